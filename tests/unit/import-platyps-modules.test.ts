/**
 * PlatyPS reference folders (azure-docs-powershell's azps-0.10.0/Az.Accounts, PowerShell-Docs' reference/7.4):
 * front matter without title or description, a module page named as its folder, and a docfx.json that may
 * not build them.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { warningLines } from '../../src/lib/import/report.ts';
import { moduleLearnPath } from '../../src/lib/learn-links.ts';
import { runImport } from '../support/run-import.ts';
import { tempDir } from '../support/temp-dir.ts';

/** An in-memory Learn folder. */
function folder(files: Record<string, string>): SourceFiles {
  return { read: (path) => files[path], exists: (path) => path in files };
}

// As azure-docs-powershell writes them (azps-0.10.0/Az.Accounts, its English text).
const MODULE = [
  '---',
  'Module Name: Az.Accounts',
  'Module Guid: 342714fc-4009-4863-8afb-a9067e3db04b',
  'Download Help Link: https://docs.microsoft.com/en-us/powershell/module/az.accounts',
  'Help Version: 4.6.0.0',
  'Locale: en-US',
  '---',
  '# Az.Accounts Module',
  '## Description',
  'Manages credentials and common configuration for all Azure modules.',
  '',
  '## Az.Accounts Cmdlets',
  '### [Get-AzContext](Get-AzContext.md)',
  'Gets the metadata used to authenticate Azure Resource Manager requests.',
  '',
].join('\n');
const CMDLET = [
  '---',
  'external help file: Microsoft.Azure.PowerShell.Cmdlets.Accounts.dll-Help.xml',
  'Module Name: Az.Accounts',
  'online version: https://docs.microsoft.com/en-us/powershell/module/az.accounts/get-azcontext',
  'schema: 2.0.0',
  '---',
  '# Get-AzContext',
  '',
  '## SYNOPSIS',
  'Gets the metadata used to authenticate Azure Resource Manager requests.',
  '',
].join('\n');
const FILES = {
  '/repo/azps-0.10.0/Az.Accounts/Az.Accounts.md': MODULE,
  '/repo/azps-0.10.0/Az.Accounts/Get-AzContext.md': CMDLET,
};
const ARTICLES = Object.keys(FILES);
const OPTIONS = { readRoot: '/repo', author: 'a' };

describe('a PlatyPS folder', () => {
  test('each missing title and description says where its text came from (the H1, the first sentence)', () => {
    const plan = planImport(ARTICLES, OPTIONS, folder(FILES));
    const lines = warningLines(plan.warnings, (file) => file).filter((line) =>
      /"title"|"description"/.test(line),
    );
    assert.deepEqual(lines, [
      '2 files: front-matter field "title" is missing (taken from the H1): each given its own (/repo/azps-0.10.0/Az.Accounts/Az.Accounts.md:1, /repo/azps-0.10.0/Az.Accounts/Get-AzContext.md:1).',
      '2 files: front-matter field "description" is missing (taken from the synopsis): each given its own (/repo/azps-0.10.0/Az.Accounts/Az.Accounts.md:1, /repo/azps-0.10.0/Az.Accounts/Get-AzContext.md:1).',
    ]);
    const headless = planImport(
      ['/repo/x/a.md'],
      OPTIONS,
      folder({ '/repo/x/a.md': '---\nauthor: a\n---\n' }),
    );
    assert.match(
      warningLines(headless.warnings, (file) => file).join('\n'),
      /"title" is missing \(taken from the file name\): using "a"[\s\S]*"description" is missing \(taken from the file name\)/,
    );
  });
});

describe("a cmdlet page's description", () => {
  test('is its synopsis, written without a full stop (azure-docs-powershell.it-IT), not a later sentence', () => {
    const page = [
      '---',
      'external help file: Microsoft.Azure.PowerShell.Cmdlets.EventHub.dll-Help.xml',
      'Module Name: Az.EventHub',
      'schema: 2.0.0',
      '---',
      '# Add-AzEventHubIPRule',
      '',
      '## Sinossi',
      'Aggiungere una singola regola IP allo spazio dei nomi specifico',
      '',
      '## Esempi',
      '',
      'Name: default DefaultAction: Allow tipo: Microsoft. Eventhub/Namespaces/NetworkRuleSet',
      '',
    ].join('\n');
    const plan = planImport(
      ['/repo/Az.EventHub/Add-AzEventHubIPRule.md'],
      OPTIONS,
      folder({ '/repo/Az.EventHub/Add-AzEventHubIPRule.md': page }),
    );
    assert.equal(
      plan.pages[0]?.frontMatter.description,
      'Aggiungere una singola regola IP allo spazio dei nomi specifico',
    );
  });
});

describe('a docfx.json that does not build the articles', () => {
  // azure-docs-powershell's root docfx.json at an old commit: content for other versions only, and the
  // repository in globalMetadata.
  const docfx = (content: unknown[]) =>
    JSON.stringify(
      {
        build: {
          content,
          globalMetadata: { feedback_github_repo: 'azure/azure-docs-powershell', author: 'docfx-author' },
        },
      },
      null,
      2,
    );
  const OLD = [
    { files: ['index.md'], src: 'docs-conceptual', dest: 'azure' },
    {
      files: ['**/*.yml', '**/*.md'],
      src: 'azurermps-6.7.0',
      exclude: ['docs-conceptual/**'],
      dest: 'module',
    },
  ];

  test('gives them nothing (no author, no ~/ root), and a warning names it and them', () => {
    const plan = planImport(
      ARTICLES,
      { readRoot: '/repo' },
      folder({ ...FILES, '/repo/docfx.json': docfx(OLD) }),
    );
    assert.deepEqual(
      plan.pages.map((page) => page.frontMatter.author),
      ['MicrosoftDocs', 'MicrosoftDocs'],
    );
    const [note, ...more] = plan.warnings.filter((note) => note.file === '/repo/docfx.json');
    assert.equal(more.length, 0);
    assert.ok(note);
    assert.equal(note.line, 3);
    assert.match(
      note.message,
      /^its build\.content \(a "files" glob below its "src"\) lists none of the 2 articles imported below it \(azps-0\.10\.0\/Az\.Accounts\/Az\.Accounts\.md, azps-0\.10\.0\/Az\.Accounts\/Get-AzContext\.md\), so docfx does not build them from this docfx\.json/,
    );
  });

  test('one that lists them (a files glob below its src, not excluded) gives what it gives, as before', () => {
    for (const entry of [
      { files: ['**/*.md'], src: 'azps-0.10.0', exclude: ['docs-conceptual/**'] },
      { files: ['AZPS-0.10.0/**/*.md'] },
      { files: '**/*.md', src: './azps-0.10.0/' },
    ]) {
      const plan = planImport(
        ARTICLES,
        { readRoot: '/repo' },
        folder({ ...FILES, '/repo/docfx.json': docfx([...OLD, entry]) }),
      );
      assert.deepEqual(
        plan.pages.map((page) => page.frontMatter.author),
        ['docfx-author', 'docfx-author'],
        JSON.stringify(entry),
      );
      assert.deepEqual(
        plan.warnings.filter((note) => note.file === '/repo/docfx.json'),
        [],
      );
    }
    const excluded = { files: ['**/*.md'], src: 'azps-0.10.0', exclude: ['**/Get-*.md'] };
    const plan = planImport(
      ARTICLES,
      { readRoot: '/repo' },
      folder({ ...FILES, '/repo/docfx.json': docfx([excluded]) }),
    );
    assert.deepEqual(
      plan.pages.map((page) => page.frontMatter.author),
      ['docfx-author', 'MicrosoftDocs'],
    );
  });

  test('one whose "exclude" glob takes them out says so (MicrosoftDocs/learn leaves its units\' includes/ out)', () => {
    const plan = planImport(
      ARTICLES,
      { readRoot: '/repo' },
      folder({
        ...FILES,
        '/repo/docfx.json': docfx([
          { files: ['**/*.md'], src: 'azps-0.10.0', exclude: ['**/Az.Accounts/**'] },
        ]),
      }),
    );
    const notes = plan.warnings.filter((note) => note.file === '/repo/docfx.json');
    assert.equal(notes.length, 1);
    assert.match(
      notes[0]?.message ?? '',
      /^its build\.content leaves the 2 articles imported below it \(azps-0\.10\.0\/Az\.Accounts\/Az\.Accounts\.md, azps-0\.10\.0\/Az\.Accounts\/Get-AzContext\.md\) out, by its "exclude" glob "\*\*\/Az\.Accounts\/\*\*", so docfx does not build them from this docfx\.json/,
    );
  });
});

describe('a PlatyPS module page is on Learn at its folder', () => {
  test("its folder's path, lower-cased, is its learnPath; a cmdlet page keeps its own", () => {
    const plan = planImport(ARTICLES, OPTIONS, folder(FILES));
    assert.deepEqual(
      plan.pages.map((page) => [page.slug, page.moduleFolder]),
      [
        ['az.accounts', ''],
        ['get-azcontext', undefined],
      ],
    );
    assert.equal(moduleLearnPath('powershell/module/az.accounts', ''), 'powershell/module/az.accounts');
    // PowerShell-Docs: reference/7.4/Microsoft.PowerShell.Core/Microsoft.PowerShell.Core.md is
    // /powershell/module/microsoft.powershell.core/.
    const core = '/docs/reference/7.4/Microsoft.PowerShell.Core/Microsoft.PowerShell.Core.md';
    const nested = planImport(
      [core, '/docs/reference/7.4/About/About.md'],
      { readRoot: '/docs', author: 'a' },
      folder({
        [core]: MODULE.replace(/Az\.Accounts/g, 'Microsoft.PowerShell.Core'),
        // Named as its folder, but no module's page (no Module Name nor Guid).
        '/docs/reference/7.4/About/About.md': '---\ntitle: About\ndescription: About topics.\n---\n# About\n',
      }),
    );
    assert.deepEqual(
      nested.pages.map((page) => page.moduleFolder),
      ['Microsoft.PowerShell.Core', undefined],
    );
    assert.equal(
      moduleLearnPath('powershell/module', 'Microsoft.PowerShell.Core'),
      'powershell/module/microsoft.powershell.core',
    );
    assert.equal(moduleLearnPath('powershell/module', 'Name with spaces'), undefined);
  });

  test('the import writes it, so the page credits Learn at the folder', async () => {
    const repo = tempDir('platyps-');
    for (const [path, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      writeFileSync(join(repo, path), text);
    }
    const site = tempDir('platyps-site-');
    const run = await runImport(
      ARTICLES.map((path) => join(repo, path)),
      { root: site, repository: 'Azure/azure-docs-powershell', learnPath: 'powershell/module/az.accounts' },
    );
    assert.equal(run.status, 0, run.output);
    assert.match(
      readFileSync(join(site, 'content/az.accounts.md'), 'utf8'),
      /^learnPath: "powershell\/module\/az\.accounts"$/m,
    );
    assert.doesNotMatch(readFileSync(join(site, 'content/get-azcontext.md'), 'utf8'), /learnPath/);
  });
});
