/**
 * A translation's docfx.json names the repository Learn sends feedback to, which need not be the
 * translation's: microsoft-365-docs-pr.pt-BR's names MicrosoftDocs/microsoft-365-docs (the English one), and
 * azure-docs-sdk-dotnet.de-DE's Azure/azure-docs-sdk-dotnet.de-DE (real-folder trials BP and BQ). Taken from
 * there for files of another locale than en-us, the import says once that the pages' Source links name it
 * and how to give the translated repository; it guesses none.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { importCommand } from '../support/run-import.ts';
import { tempDir } from '../support/temp-dir.ts';

/** A docfx.json as microsoft-365-docs-pr.pt-BR's: its globalMetadata naming the English repository. */
const DOCFX = `${JSON.stringify(
  {
    build: {
      content: [{ files: ['**/*.md'], exclude: ['**/includes/**'] }],
      globalMetadata: { feedback_system: 'GitHub', feedback_github_repo: 'MicrosoftDocs/microsoft-365-docs' },
    },
  },
  null,
  2,
)}\n`;

/** An article as the translated repositories write one: `ms.contentlocale` names its locale (or none). */
const article = (locale?: string) =>
  `---\ntitle: Visão geral\ndescription: Sobre isso.\nauthor: a\nms.date: 01/02/2024\n${locale === undefined ? '' : `ms.contentlocale: ${locale}\n`}---\n\n# Visão geral\n\nTexto.\n`;

async function runImport(files: Record<string, string>, ...options: string[]) {
  const repo = tempDir('import-translated-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  const site = tempDir('import-translated-site-');
  const run = await importCommand([join(repo, 'bookings/overview.md'), '--root', site, ...options]);
  const output = `${run.stdout}\n${run.stderr}`;
  assert.equal(run.status, 0, output);
  return { output, page: readFileSync(join(site, 'content/overview.md'), 'utf8') };
}

const TRANSLATED =
  /warning {3}the repository MicrosoftDocs\/microsoft-365-docs is taken from \S*docfx\.json's feedback_github_repo, .* these files are a translation \(pt-br\).* Each page's Source and "Suggest a fix" links will name it\. If the translated files are in another GitHub repository, import again with --repository owner\/name/;

test("files of another locale (--learn-path's) whose repository is their docfx.json's: warned once, the name kept", async () => {
  const { output, page } = await runImport(
    {
      'bookings/docfx.json': DOCFX,
      'bookings/overview.md': article('pt-BR'),
    },
    '--learn-path',
    'pt-br/microsoft-365/bookings',
  );
  assert.match(output, TRANSLATED);
  assert.equal(output.match(/are a translation/g)?.length, 1);
  // No name is guessed: the page names the repository docfx.json names.
  assert.match(page, /^repository: "MicrosoftDocs\/microsoft-365-docs"$/m);
});

test('files whose front matter names another locale than en-us are a translation too', async () => {
  const { output } = await runImport(
    { 'bookings/docfx.json': DOCFX, 'bookings/overview.md': article('pt-BR') },
    '--learn-path',
    'microsoft-365/bookings',
  );
  assert.match(output, TRANSLATED);
});

test('English files, or a repository given with --repository, are not warned of', async () => {
  const english = await runImport(
    { 'bookings/docfx.json': DOCFX, 'bookings/overview.md': article() },
    '--learn-path',
    'microsoft-365/bookings',
  );
  assert.doesNotMatch(english.output, /are a translation/);
  const given = await runImport(
    { 'bookings/docfx.json': DOCFX, 'bookings/overview.md': article('pt-BR') },
    '--learn-path',
    'pt-br/microsoft-365/bookings',
    '--repository',
    'MicrosoftDocs/microsoft-365-docs-pr.pt-BR',
  );
  assert.doesNotMatch(given.output, /are a translation/);
  assert.match(given.page, /^repository: "MicrosoftDocs\/microsoft-365-docs-pr\.pt-BR"$/m);
});
