/**
 * A read "inside" the read root is no read of its hidden files: with --read-root at a repository,
 * `:::code source="../../.git/config"` published the repository's remote with its token (the page, its
 * Markdown copy, llms-full.txt). The confinement the import and the build share (source-files.ts) refuses
 * any hidden part of the path, as written or behind a symlink.
 */
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { confine } from '../../src/lib/learn/source-files.ts';
import { tempDir } from '../support/temp-dir.ts';

const SECRET = 'TOP-SECRET-7f3a';

describe('reads inside the read root skip its hidden files and folders', () => {
  const repo = tempDir('hidden-reads-');
  for (const folder of ['.git', '.github/workflows', '.devcontainer', 'docs/f', 'samples/.env.d'])
    mkdirSync(join(repo, folder), { recursive: true });
  writeFileSync(join(repo, '.git/config'), `url = https://user:${SECRET}@github.com/o/r.git\n`);
  writeFileSync(join(repo, '.env'), `TOKEN=${SECRET}\n`);
  writeFileSync(join(repo, 'samples/.env.d/x.txt'), SECRET);
  writeFileSync(join(repo, '.github/workflows/build.yml'), 'on: push\n');
  writeFileSync(join(repo, '.github/.secret'), SECRET);
  writeFileSync(join(repo, '.devcontainer/devcontainer.json'), '{}\n');
  writeFileSync(join(repo, 'docs/f/config.txt'), 'plain\n');
  symlinkSync(join(repo, '.git/config'), join(repo, 'docs/f/config.ini'));
  const from = join(repo, 'docs/f');

  test('.git, .env and any other hidden part is refused, as written and behind a symlink', () => {
    for (const written of [
      '../../.git/config',
      '../../.env',
      '../../samples/.env.d/x.txt',
      '../../.github/.secret',
    ]) {
      const found = confine(written, from, repo);
      assert.ok(!found.ok, written);
      assert.match(found.problem, /hidden (file|folder).*never read/, written);
    }
    const linked = confine('config.ini', from, repo);
    assert.match(linked.ok ? '' : linked.problem, /"config\.ini" is in \.git, a hidden folder/);
  });

  test(".github and .devcontainer, whose files Learn shows as code, are read; the page's own files too", () => {
    for (const written of [
      '../../.github/workflows/build.yml',
      '../../.devcontainer/devcontainer.json',
      'config.txt',
    ])
      assert.equal(confine(written, from, repo).ok, true, written);
  });

  test('the import of :::code source="../../.git/config" with --read-root publishes nothing of it', () => {
    const files: SourceFiles = {
      read: (path) =>
        ({
          [join(from, 'a.md')]:
            '---\ntitle: A\ndescription: "About."\nauthor: a\nms.date: 01/01/2024\n---\n\n# A\n\n:::code language="ini" source="../../.git/config":::\n\n[!code-ini[](../../.git/config)]\n\n[!INCLUDE [x](../../.env)]\n',
          [join(repo, '.git/config')]: `url = https://user:${SECRET}@github.com/o/r.git\n`,
          [join(repo, '.env')]: `TOKEN=${SECRET}\n`,
        })[path],
      exists: (path) => [join(from, 'a.md'), join(repo, '.git/config'), join(repo, '.env')].includes(path),
    };
    const plan = planImport([join(from, 'a.md')], { readRoot: repo }, files);
    assert.ok(!(plan.pages[0]?.body ?? '').includes(SECRET), plan.pages[0]?.body);
    const hidden = plan.warnings.filter((note) => /a hidden (file|folder)/.test(note.message));
    assert.deepEqual(
      hidden.map((note) => note.line),
      [10, 12, 14],
      JSON.stringify(plan.warnings, null, 1),
    );
  });
});
