/** A moniker range naming none of the versions docfx publishes its article in: in none of them on Learn, nor on the page. */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { namedMonikers, withoutUnpublishedMonikers } from '../../src/lib/import/monikers.ts';
import { importCommand } from '../support/run-import.ts';
import { tempDir } from '../support/temp-dir.ts';

test('a range naming its monikers one by one is read; one with an order, which only Learn can read, is not', () => {
  assert.deepEqual(
    [...(namedMonikers('=o365-worldwide || =O365-21vianet') ?? [])],
    ['o365-worldwide', 'o365-21vianet'],
  );
  assert.deepEqual([...(namedMonikers('o365-germany') ?? [])], ['o365-germany']);
  assert.equal(namedMonikers('>= sql-server-2017'), undefined);
  assert.equal(namedMonikers('=a || >=b'), undefined);
  assert.equal(namedMonikers(''), undefined);
});

test('withoutUnpublishedMonikers leaves out a range naming none of the versions, its inner ranges too, and keeps the others', () => {
  const markdown = [
    'Intro.',
    '::: moniker range="o365-worldwide"',
    'Worldwide.',
    '::: moniker-end',
    '::: moniker range="o365-germany"',
    '> [!NOTE]',
    '> Germany.',
    '::: moniker range="o365-germany"',
    'Inner.',
    '::: moniker-end',
    '::: moniker-end',
    '::: moniker range=">= v2"',
    'Ordered.',
    '::: moniker-end',
    '```md',
    '::: moniker range="o365-germany"',
    '```',
    'End.',
  ].join('\n');
  const { markdown: kept, left } = withoutUnpublishedMonikers(
    markdown,
    new Set(['o365-worldwide', 'o365-21vianet']),
  );
  assert.deepEqual(left, [{ line: 5, range: 'o365-germany' }]);
  assert.equal(
    kept,
    [
      'Intro.',
      '::: moniker range="o365-worldwide"',
      'Worldwide.',
      '::: moniker-end',
      '::: moniker range=">= v2"',
      'Ordered.',
      '::: moniker-end',
      '```md',
      '::: moniker range="o365-germany"',
      '```',
      'End.',
    ].join('\n'),
  );
  // A range without its end is left as the build reads it.
  const open = 'A.\n::: moniker range="o365-germany"\nB.\n';
  assert.deepEqual(withoutUnpublishedMonikers(open, new Set(['x'])), { markdown: open, left: [] });
});

describe('npm run import of an article with a range of a version its docset does not publish', async () => {
  // As microsoft-365-docs' get-access-to-and-back-up-a-former-user-s-data.md (import trial 33): its docfx.json's
  // group publishes "=o365-worldwide || =o365-21vianet"; the article still has o365-germany blocks.
  const repo = tempDir('import-monikers-src-');
  mkdirSync(join(repo, 'docs/admin'), { recursive: true });
  writeFileSync(
    join(repo, 'docs/docfx.json'),
    JSON.stringify({
      build: {
        content: [{ files: ['**/*.md'], group: 'office365', exclude: ['**/includes/**'] }],
        groups: { office365: { dest: 'o365-dest', moniker_range: '=o365-worldwide || =o365-21vianet' } },
      },
    }),
  );
  const front = (extra: string) =>
    `---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n${extra}---\n\n`;
  const blocks =
    '# Access\n\nIntro.\n\n::: moniker range="o365-worldwide"\n\nWorldwide step.\n\n::: moniker-end\n\n::: moniker range="o365-germany"\n\nGermany step.\n\n::: moniker-end\n\n::: moniker range="o365-21vianet"\n\nChina step.\n\n::: moniker-end\n';
  writeFileSync(join(repo, 'docs/admin/access.md'), `${front('')}${blocks}`);
  writeFileSync(join(repo, 'docs/admin/narrow.md'), `${front('monikerRange: "=o365-worldwide"\n')}${blocks}`);
  const dir = tempDir('import-monikers-');
  const run = await importCommand([
    join(repo, 'docs/admin/access.md'),
    join(repo, 'docs/admin/narrow.md'),
    '--read-root',
    repo,
    '--learn-path',
    'microsoft-365/admin',
    '--root',
    dir,
  ]);
  const output = `${run.stdout}\n${run.stderr}`;
  const page = readFileSync(join(dir, 'content/access.md'), 'utf8');

  test('the range is left out and said at its line in the article; the published ones stay', () => {
    assert.doesNotMatch(page, /Germany step|o365-germany/);
    assert.match(page, /Worldwide step[\s\S]*China step/);
    assert.match(
      output,
      /access\.md:18: moniker range "o365-germany" names none of the versions docfx publishes the article in \(o365-worldwide, o365-21vianet\): Learn shows its content in none of them, nor does the page\./,
    );
  });

  test("the article's own monikerRange narrows the versions, as docfx reads it", () => {
    const narrow = readFileSync(join(dir, 'content/narrow.md'), 'utf8');
    assert.match(narrow, /Worldwide step/);
    assert.doesNotMatch(narrow, /Germany step|China step/);
    assert.match(
      output,
      /narrow\.md:25: moniker range "o365-21vianet" names none of the versions docfx publishes the article in \(o365-worldwide\)/,
    );
  });
});

test('npm run import keeps every range when docfx.json gives the article no range to read', async () => {
  const repo = tempDir('import-monikers-none-src-');
  writeFileSync(join(repo, 'docfx.json'), '{ "build": { "content": [{ "files": ["**/*.md"] }] } }');
  writeFileSync(
    join(repo, 'a.md'),
    '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n# A\n\n::: moniker range="o365-germany"\n\nGermany step.\n\n::: moniker-end\n',
  );
  const dir = tempDir('import-monikers-none-');
  const run = await importCommand([
    join(repo, 'a.md'),
    '--read-root',
    repo,
    '--learn-path',
    'contoso',
    '--root',
    dir,
  ]);
  assert.match(readFileSync(join(dir, 'content/a.md'), 'utf8'), /Germany step/);
  assert.doesNotMatch(`${run.stdout}\n${run.stderr}`, /names none of the versions/);
});
