/**
 * Whether a path leads out of a folder is asked of `relative()`'s answer in one place (leavesFolder): the
 * import, the build's link check and the symlink check each once wrote it their own way, and isInside read
 * `..notes`, a folder of that name inside, as a way out.
 */
import assert from 'node:assert/strict';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { isInside, leavesFolder, relativePath } from '../../src/lib/learn/source-files.ts';

const root = join('/', 'site', 'content');

test('a path up and out, or to another root, leaves the folder; a name beginning with two dots does not', () => {
  for (const path of ['/site', '/site/public/x.png', '/other/content', '/site/contents/a.md'])
    for (const rel of [relative(root, path), relativePath(root, path)])
      assert.equal(leavesFolder(rel), true, `${path} (${rel})`);
  for (const path of [root, `${root}/a.md`, `${root}/..notes/a.md`, `${root}/...`, `${root}/..x`])
    for (const rel of [relative(root, path), relativePath(root, path)])
      assert.equal(leavesFolder(rel), false, `${path} (${rel})`);
});

test('isInside agrees: the folder and what is below it, names with leading dots included', () => {
  assert.equal(isInside(root, root), true);
  assert.equal(isInside(root, join(root, '..notes', 'a.md')), true);
  assert.equal(isInside(root, join(root, 'docs', '..', 'a.md')), true);
  assert.equal(isInside(root, join(root, '..', 'secret.md')), false);
  assert.equal(isInside(root, '/site/content-old/a.md'), false);
});
