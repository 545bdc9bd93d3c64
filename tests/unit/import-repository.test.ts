/**
 * The GitHub repository imported pages name as their source's: --repository, else the folder's, else its publish
 * config's own (git_repository_url_open_to_public_contributors), else its docfx.json's (feedback_github_repo, else
 * open_source_feedback_issueUrl).
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { importCommand } from '../support/run-import.ts';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../support/temp-dir.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FRONT = '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n';

/** A docfx.json shaped as business-central's (MicrosoftDocs/dynamics365smb-docs), its globalMetadata naming `repository`. */
const docfxJson = (repository: string) =>
  `${JSON.stringify(
    {
      build: {
        content: [{ files: ['**/*.md', '**/*.yml'], exclude: ['**/obj/**', '**/includes/**'] }],
        globalMetadata: {
          feedback_system: 'GitHub',
          feedback_github_repo: repository,
          titleSuffix: 'Business Central',
        },
        fileMetadata: {},
      },
    },
    null,
    2,
  )}\n`;

/** A docfx.json shaped as windows-driver-docs' (feedback_system OpenSource): no feedback_github_repo, the issue form's address naming the repository. */
const openSourceDocfxJson = (issueUrl: string, more: Record<string, string> = {}) =>
  `${JSON.stringify(
    {
      build: {
        content: [{ files: ['**/*.md', '**/*.yml'], exclude: ['**/obj/**', '**/includes/**'] }],
        globalMetadata: {
          feedback_system: 'OpenSource',
          open_source_feedback_issueUrl: issueUrl,
          open_source_feedback_productName: 'Windows driver docs',
          titleSuffix: 'Windows drivers',
          ...more,
        },
        fileMetadata: {},
      },
    },
    null,
    2,
  )}\n`;

function tree(files: Record<string, string>): string {
  const repo = tempDir('import-repository-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  return repo;
}

/** The warnings an import printed, and how many its summary says it printed. */
function warningsCounted(output: string): { printed: number; counted: number } {
  return {
    printed: output.split('\n').filter((line) => line.startsWith('  warning   ')).length,
    counted: Number(/(\d+) warning\(s\)/.exec(output)?.[1]),
  };
}

async function runImport(files: string[], ...options: string[]): Promise<{ output: string; page: string }> {
  const site = tempDir('import-repository-site-');
  const { status, output } = await importCommand([
    ...files,
    '--learn-path',
    'dynamics365/business-central',
    '--root',
    site,
    ...options,
  ]);
  assert.equal(status, 0, output);
  return { output, page: readFileSync(join(site, 'content/finance-dimensions.md'), 'utf8') };
}

const ARTICLE = `${FRONT}# Work with dimensions\n\nText.\n`;

test("without --repository, the pages name the repository their docfx.json's feedback_github_repo names, and the import says so", async () => {
  const repo = tree({
    'business-central/docfx.json': docfxJson('MicrosoftDocs/dynamics365smb-docs'),
    'business-central/finance-dimensions.md': ARTICLE,
  });
  const { output, page } = await runImport([join(repo, 'business-central/finance-dimensions.md')]);
  assert.match(page, /^repository: "MicrosoftDocs\/dynamics365smb-docs"$/m);
  assert.match(
    output,
    /source {4}MicrosoftDocs\/dynamics365smb-docs \(from \S*business-central\/docfx\.json's feedback_github_repo\)/,
  );
  assert.doesNotMatch(output, /repository of these files is unknown/);
});

test("the publish config's own repository wins over a docfx.json's feedback_github_repo, which names where feedback goes", async () => {
  // Import trial 32: azure-databases-docs' docfx.json sends feedback to MicrosoftDocs/azure-docs, which holds none of its articles.
  const publishConfig = JSON.stringify({
    git_repository_url_open_to_public_contributors: 'https://github.com/MicrosoftDocs/azure-databases-docs',
    git_repository_branch_open_to_public_contributors: 'live',
  });
  const repo = tree({
    '.openpublishing.publish.config.json': publishConfig,
    'business-central/docfx.json': docfxJson('MicrosoftDocs/azure-docs'),
    'business-central/finance-dimensions.md': ARTICLE,
  });
  const { output, page } = await runImport(
    [join(repo, 'business-central/finance-dimensions.md')],
    '--read-root',
    repo,
  );
  assert.match(page, /^repository: "MicrosoftDocs\/azure-databases-docs"$/m);
  assert.match(page, /^branch: "live"$/m);
  assert.match(
    output,
    /source {4}MicrosoftDocs\/azure-databases-docs \(from \S*\.openpublishing\.publish\.config\.json's git_repository_url_open_to_public_contributors\)/,
  );
});

test('--repository wins over the docfx.json, and the import says which it used', async () => {
  const repo = tree({
    'business-central/docfx.json': docfxJson('MicrosoftDocs/dynamics365smb-docs'),
    'business-central/finance-dimensions.md': ARTICLE,
  });
  const { output, page } = await runImport(
    [join(repo, 'business-central/finance-dimensions.md')],
    '--repository',
    'contoso/smb-docs',
  );
  assert.match(page, /^repository: "contoso\/smb-docs"$/m);
  assert.match(output, /source {4}contoso\/smb-docs \(from --repository\)/);
});

test('a feedback_github_repo that is no owner/name is warned of at its line, and names no repository', async () => {
  const docfx = docfxJson('https://example.com/dynamics365smb-docs');
  const line = docfx.split('\n').findIndex((text) => text.includes('feedback_github_repo')) + 1;
  const repo = tree({
    'business-central/docfx.json': docfx,
    'business-central/finance-dimensions.md': ARTICLE,
  });
  const { output, page } = await runImport([join(repo, 'business-central/finance-dimensions.md')]);
  assert.match(output, new RegExp(`warning {3}\\S*business-central/docfx\\.json:${line}: `));
  assert.match(
    output,
    /docfx\.json:\d+: "feedback_github_repo" is "https:\/\/example\.com\/dynamics365smb-docs", not a GitHub repository \(owner\/name/,
  );
  assert.match(output, /repository of these files is unknown/);
  // Not the seed's: recorded as not known, so the page links no file on GitHub.
  assert.match(page, /^repository: "unknown"$/m);
});

test('a docfx.json above the read root is not read, and the warning says where it is and what to do', async () => {
  // office-developer-client-docs: docs/docfx.json over docs/outlook/auxiliary, imported without --read-root.
  const repo = tree({
    'docfx.json': docfxJson('MicrosoftDocs/dynamics365smb-docs'),
    'business-central/finance-dimensions.md': ARTICLE,
  });
  const { output, page } = await runImport([join(repo, 'business-central/finance-dimensions.md')]);
  assert.match(page, /^repository: "unknown"$/m);
  assert.match(output, /repository of these files is unknown/);
  assert.match(
    output,
    /A docfx\.json is at \S*docfx\.json, above the folder read, and was not read \(nor the author and dates it gives\): import again with --read-root \S+ \(or the repository's root\)\./,
  );
  assert.ok(output.includes(`--read-root ${relative(ROOT, repo)} `), output);
});

const ISSUES =
  'https://github.com/MicrosoftDocs/windows-driver-docs/issues/new?template=customer-feedback.yml';

test("without feedback_github_repo, the pages name the repository of the docfx.json's open_source_feedback_issueUrl, and the import says so", async () => {
  const repo = tree({
    'business-central/docfx.json': openSourceDocfxJson(ISSUES),
    'business-central/finance-dimensions.md': ARTICLE,
  });
  const { output, page } = await runImport([join(repo, 'business-central/finance-dimensions.md')]);
  assert.match(page, /^repository: "MicrosoftDocs\/windows-driver-docs"$/m);
  assert.match(
    output,
    /source {4}MicrosoftDocs\/windows-driver-docs \(from \S*business-central\/docfx\.json's open_source_feedback_issueUrl\)/,
  );
  assert.doesNotMatch(output, /repository of these files is unknown|warning {3}\S*docfx\.json/);
});

test('feedback_github_repo wins over open_source_feedback_issueUrl', async () => {
  const repo = tree({
    'business-central/docfx.json': openSourceDocfxJson(ISSUES, {
      feedback_github_repo: 'MicrosoftDocs/dynamics365smb-docs',
    }),
    'business-central/finance-dimensions.md': ARTICLE,
  });
  const { output, page } = await runImport([join(repo, 'business-central/finance-dimensions.md')]);
  assert.match(page, /^repository: "MicrosoftDocs\/dynamics365smb-docs"$/m);
  assert.match(output, /docfx\.json's feedback_github_repo\)/);
});

test('an open_source_feedback_issueUrl not on github.com, or naming no owner/name, is warned of at its line, and names no repository', async () => {
  for (const issueUrl of [
    'https://github.com.example.net/MicrosoftDocs/windows-driver-docs/issues/new',
    'https://user@github.com/MicrosoftDocs/windows-driver-docs/issues/new',
    'https://github.com/MicrosoftDocs/windows-driver-docs/pulls',
    'https://github.com/MicrosoftDocs',
    'github.com/MicrosoftDocs/windows-driver-docs/issues/new',
    'javascript:alert(1)//github.com/MicrosoftDocs/windows-driver-docs/issues',
  ]) {
    const docfx = openSourceDocfxJson(issueUrl);
    const line = docfx.split('\n').findIndex((text) => text.includes('open_source_feedback_issueUrl')) + 1;
    const repo = tree({
      'business-central/docfx.json': docfx,
      'business-central/finance-dimensions.md': ARTICLE,
    });
    const { output, page } = await runImport([join(repo, 'business-central/finance-dimensions.md')]);
    assert.match(
      output,
      new RegExp(
        `warning {3}\\S*business-central/docfx\\.json:${line}: "open_source_feedback_issueUrl" is .*, not the address of a GitHub repository's issues`,
      ),
      issueUrl,
    );
    assert.match(output, /repository of these files is unknown/, issueUrl);
    assert.match(page, /^repository: "unknown"$/m, issueUrl);
  }
});

test('the summary counts every warning the import printed, the unknown repository one too', async () => {
  const repo = tree({ 'business-central/finance-dimensions.md': ARTICLE });
  const { output } = await runImport([join(repo, 'business-central/finance-dimensions.md')]);
  assert.match(output, /warning {3}the GitHub repository of these files is unknown/);
  const { printed, counted } = warningsCounted(output);
  assert.equal(counted, printed, output);
});

test('a docfx.json warning and the unknown repository one are both counted', async () => {
  const repo = tree({
    'business-central/docfx.json': docfxJson('https://example.com/dynamics365smb-docs'),
    'business-central/finance-dimensions.md': ARTICLE,
  });
  const { output } = await runImport([join(repo, 'business-central/finance-dimensions.md')]);
  assert.deepEqual(warningsCounted(output), { printed: 2, counted: 2 }, output);
});
