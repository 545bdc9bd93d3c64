/**
 * Importing pages the site has already: the same article with its place in the repository now known is the
 * same article, and pages imported again without a TOC keep their places in the sidebar (real-folder trial
 * BN, MicrosoftDocs/azure-docs-powershell.id-ID's azps-7.5.0/Az.Accounts).
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { importCommand } from '../support/run-import.ts';
import { isAnotherArticle } from '../../src/lib/import/page-change.ts';
import { tempDir } from '../support/temp-dir.ts';

/** `npm run import -- …args` from this project: its status and what it printed. */
const runImport = (...args: string[]) => importCommand(args);

/** A cmdlet page as PlatyPS writes it (no title in front matter: the H1 is). */
const cmdlet = (name: string) =>
  `---\nexternal help file: Microsoft.Azure.PowerShell.Cmdlets.Accounts.dll-Help.xml\nModule Name: Az.Accounts\nauthor: a\nms.date: 03/07/2025\ndescription: About ${name}.\n---\n\n# ${name}\n\n## SYNOPSIS\n${name} does a thing.\n`;

describe('isAnotherArticle', () => {
  const place = { learnFolder: 'powershell/module/az.accounts', locale: 'id-id' };

  test("a source that was only the Learn path taken for it, then the file's own: the same article", () => {
    assert.equal(
      isAnotherArticle(
        { ...place, source: 'powershell/module/az.accounts/Get-AzTenant.md' },
        { ...place, source: 'azps-7.5.0/Az.Accounts/Get-AzTenant.md' },
        'Get-AzTenant.md',
      ),
      false,
    );
    // The module page, on Learn at its folder (learnPath), the same both times.
    const learnPath = 'powershell/module/az.accounts';
    assert.equal(
      isAnotherArticle(
        { ...place, learnPath, source: 'powershell/module/az.accounts/Az.Accounts.md' },
        { ...place, learnPath, source: 'azps-7.5.0/Az.Accounts/Az.Accounts.md' },
        'Az.Accounts.md',
      ),
      false,
    );
  });

  test('two articles at two Learn addresses, or two known files of one name: other articles', () => {
    // Two training modules' 1-introduction.md, their places in the repository unknown.
    assert.equal(
      isAnotherArticle(
        {
          learnFolder: 'training/modules/key-vault',
          locale: 'en-us',
          source: 'training/modules/key-vault/1-introduction.md',
        },
        {
          learnFolder: 'training/modules/github-auth',
          locale: 'en-us',
          source: 'training/modules/github-auth/1-introduction.md',
        },
        '1-introduction.md',
      ),
      true,
    );
    // One Learn folder, another locale.
    assert.equal(
      isAnotherArticle(
        { ...place, source: 'powershell/module/az.accounts/a.md' },
        { ...place, locale: 'it-it', source: 'azps-7.5.0/Az.Accounts/a.md' },
        'a.md',
      ),
      true,
    );
    // Known both times, in two places of the repository.
    assert.equal(
      isAnotherArticle(
        { ...place, source: 'key-vault/1-introduction.md' },
        { ...place, source: 'github-auth/1-introduction.md' },
        '1-introduction.md',
      ),
      true,
    );
  });
});

describe('a page imported without --read-root, edited, then imported again with it', () => {
  const dir = tempDir('import-again-');
  const repo = join(dir, 'repo');
  const site = join(dir, 'site');
  mkdirSync(join(repo, 'azps-7.5.0/Az.Accounts'), { recursive: true });
  const file = join(repo, 'azps-7.5.0/Az.Accounts/Get-AzTenant.md');
  writeFileSync(file, cmdlet('Get-AzTenant'));
  const flags = [
    '--learn-path',
    'id-id/powershell/module/az.accounts',
    '--repository',
    'MicrosoftDocs/azure-docs-powershell.id-ID',
    '--root',
    site,
  ];

  test('is said to exist and differ, not to be the page of another article', async () => {
    const first = await runImport(file, ...flags);
    assert.equal(first.status, 0, first.output);
    const page = join(site, 'content/get-aztenant.md');
    assert.match(
      readFileSync(page, 'utf8'),
      /^source: "powershell\/module\/az\.accounts\/Get-AzTenant\.md"$/m,
    );
    writeFileSync(page, readFileSync(page, 'utf8').replace('does a thing.', 'does a thing, edited.'));
    const again = await runImport(file, '--read-root', repo, ...flags);
    assert.equal(again.status, 1, again.output);
    assert.match(
      again.output,
      /kept {6}content\/get-aztenant\.md: it exists and differs \(pass --force to overwrite it\)/,
    );
    assert.doesNotMatch(again.output, /another article/);
  });
});

describe('two folders of one Learn locale with an article of the same name, imported without --read-root', () => {
  test("the second's page is kept, and the run names the other article", async () => {
    const dir = tempDir('import-again-other-');
    const site = join(dir, 'site');
    for (const module of ['key-vault', 'github-auth']) {
      mkdirSync(join(dir, module));
      writeFileSync(join(dir, module, '1-introduction.md'), cmdlet(module));
    }
    const run = (module: string) =>
      runImport(
        join(dir, module, '1-introduction.md'),
        '--learn-path',
        `training/modules/${module}`,
        '--root',
        site,
      );
    assert.equal((await run('key-vault')).status, 0);
    const second = await run('github-auth');
    assert.equal(second.status, 1, second.output);
    assert.match(
      second.output,
      /kept {6}content\/1-introduction\.md: it is the page of another article, training\/modules\/key-vault\/1-introduction\.md, of the same name/,
    );
  });
});

describe('pages imported again without a TOC', () => {
  const dir = tempDir('import-again-order-');
  const site = join(dir, 'site');
  const folder = (name: string, articles: readonly string[]) => {
    mkdirSync(join(dir, name));
    return articles.map((article) => {
      const file = join(dir, name, `${article}.md`);
      writeFileSync(file, cmdlet(article));
      return file;
    });
  };
  const accounts = folder('Az.Accounts', [
    'Clear-AzDefault',
    'Get-AzAccessToken',
    'Get-AzTenant',
    'Send-Feedback',
  ]);
  const compute = folder('Az.Compute', ['Get-AzVM', 'New-AzVM']);
  const run = (learnPath: string, ...files: string[]) =>
    runImport(
      ...files,
      '--learn-path',
      learnPath,
      '--repository',
      'MicrosoftDocs/azure-docs-powershell',
      '--root',
      site,
    );
  const orderOf = (slug: string) =>
    Number(/^order: (\d+)$/m.exec(readFileSync(join(site, `content/${slug}.md`), 'utf8'))?.[1]);
  const orders = () =>
    ['clear-azdefault', 'get-azaccesstoken', 'get-aztenant', 'send-feedback', 'get-azvm', 'new-azvm'].map(
      orderOf,
    );

  test('keep their places: a few of a folder, or a folder before another', async () => {
    assert.equal((await run('powershell/module/az.accounts', ...accounts)).status, 0);
    assert.equal((await run('powershell/module/az.compute', ...compute)).status, 0);
    assert.deepEqual(orders(), [1, 2, 3, 4, 5, 6]);
    // Two of the folder's four, as trial BN imported three of nine: they stay where they are.
    const some = await run('powershell/module/az.accounts', accounts[0] ?? '', accounts[2] ?? '');
    assert.equal(some.status, 0, some.output);
    assert.doesNotMatch(some.output, /order \d+ → \d+/);
    assert.match(some.output, /unchanged content\/clear-azdefault\.md/);
    // The whole folder, another one's pages after it: still before them.
    const all = await run('powershell/module/az.accounts', ...accounts);
    assert.equal(all.status, 0, all.output);
    assert.deepEqual(orders(), [1, 2, 3, 4, 5, 6]);
  });

  test('are numbered after the pages left alone when given in another order, as the import gives them', async () => {
    const swapped = await run('powershell/module/az.accounts', accounts[2] ?? '', accounts[0] ?? '');
    assert.equal(swapped.status, 0, swapped.output);
    assert.match(swapped.output, /updated {3}content\/get-aztenant\.md: order 3 → 7/);
    assert.deepEqual(orders(), [8, 2, 7, 4, 5, 6]);
  });
});
