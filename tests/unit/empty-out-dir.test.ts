/**
 * dist/ is emptied of everything but `.git` before `astro build` writes: Astro 7.3's own emptying keeps
 * every entry named "g", "i" or "t" (`new Set(".git")` is a set of letters), so a deleted page
 * content/t.mdx stayed published from the build before (tests/build/stale-dist.test.ts builds it).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { emptyBuildFolder } from '../../src/integrations/empty-out-dir.ts';
import { tempDir } from '../support/temp-dir.ts';

/** A folder holding `files` (path → text), for the test to empty. */
function folderWith(files: Record<string, string>): string {
  const dir = tempDir('empty-out-dir-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

test('a build before left pages named g, i and t: all removed, .git kept', async () => {
  const dir = folderWith({
    't/index.html': '<h1>T</h1>',
    't/index.md': '# T',
    'g/index.html': '<h1>G</h1>',
    'i/index.html': '<h1>I</h1>',
    'privacy/index.html': '<h1>Privacy</h1>',
    'pagefind/vocabulary.json': '[]',
    '.pagefind-x/pagefind.js': '',
    '.git/HEAD': 'ref: refs/heads/main\n',
    'index.html': '<h1>Home</h1>',
  });
  try {
    await emptyBuildFolder(dir);
    assert.deepEqual(readdirSync(dir), ['.git']);
    assert.ok(existsSync(join(dir, '.git/HEAD')), "the deploy repository's files stay");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a symbolic link in it is removed as a link: what it points to stays', async () => {
  const outside = folderWith({ 'keep.txt': 'kept' });
  const dir = folderWith({ 'index.html': '' });
  symlinkSync(outside, join(dir, 't'));
  try {
    await emptyBuildFolder(dir);
    assert.deepEqual(readdirSync(dir), []);
    assert.ok(existsSync(join(outside, 'keep.txt')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  }
});

test('no folder yet (a first build): nothing to do', async () => {
  const dir = join(tmpdir(), `empty-out-dir-missing-${String(process.pid)}`);
  await emptyBuildFolder(dir);
  assert.ok(!existsSync(dir));
});
