/**
 * An imported folder whose subfolder is a symlink out of it: an article reached through it is refused,
 * not read and published, as includes, images and code already are.
 */
import assert from 'node:assert/strict';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';

const disk: SourceFiles = {
  read: (path) => (existsSync(path) && lstatSync(path).isFile() ? readFileSync(path, 'utf8') : undefined),
  exists: (path) => existsSync(path),
  real: (path) => (existsSync(path) ? realpathSync(path) : undefined),
};

test('an article in a symlinked folder that leads out of the source folder is refused, the others imported', () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-symlink-'));
  const folder = join(dir, 'folder');
  const outside = join(dir, 'outside');
  mkdirSync(folder);
  mkdirSync(outside);
  const front = '---\ntitle: T\ndescription: D.\n---\n\n';
  writeFileSync(join(folder, 'a.md'), `${front}# A\n\nInside.\n`);
  writeFileSync(join(outside, 'notes.md'), `${front}# Notes\n\nSECRET outside the folder.\n`);
  symlinkSync(outside, join(folder, 'sub'));
  const plan = planImport([join(folder, 'a.md'), join(folder, 'sub/notes.md')], {}, disk);
  assert.deepEqual(
    plan.pages.map((page) => page.slug),
    ['a'],
  );
  assert.equal(plan.refused.length, 1);
  assert.match(plan.refused[0]?.message ?? '', /outside the source folder/);
  assert.equal(JSON.stringify(plan).includes('SECRET'), false, 'nothing of the file was read into the plan');
});
