/**
 * An imported folder whose subfolder is a symlink out of it: an article reached through it is refused,
 * not read and published, as includes, images and code already are.
 */
import assert from 'node:assert/strict';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { importProcess } from '../support/run-import.ts';
import { tempDir } from '../support/temp-dir.ts';

const disk: SourceFiles = {
  read: (path) => (existsSync(path) && lstatSync(path).isFile() ? readFileSync(path, 'utf8') : undefined),
  exists: (path) => existsSync(path),
  real: (path) => (existsSync(path) ? realpathSync(path) : undefined),
};

test('an article in a symlinked folder that leads out of the source folder is refused, the others imported', () => {
  const dir = tempDir('import-symlink-');
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

test('the import lists folders without following symlinks: a loop, a link out, a page linked to a device', async () => {
  // Red-team round 12: links to the source folder made the import list it forever; one out of it wrote the
  // outside folder's file names into learn-folder.json; content/zero.md linked to /dev/zero was read forever.
  const dir = tempDir('import-walk-');
  const folder = join(dir, 'folder');
  const outside = join(dir, 'outside');
  mkdirSync(folder);
  mkdirSync(outside);
  mkdirSync(join(dir, 'content'));
  writeFileSync(
    join(folder, 'a.md'),
    '---\ntitle: A\ndescription: D.\nauthor: a\nms.date: 03/07/2025\n---\n\n# A\n\nText.\n',
  );
  writeFileSync(join(outside, 'secret-name-of-outside-file.md'), '# Outside\n');
  for (const name of ['la', 'lb', 'lc']) symlinkSync(folder, join(folder, name));
  symlinkSync(outside, join(folder, 'out'));
  symlinkSync('/dev/zero', join(dir, 'content/zero.md'));
  // In a process of its own: were the links followed or the device read, the run would not end, and a test's
  // own thread so busy cannot be stopped.
  const run = await importProcess([join(folder, 'a.md'), '--root', dir], { timeout: 60_000 });
  assert.equal(run.status, 0, run.output);
  assert.doesNotMatch(readFileSync(join(dir, 'src/data/learn-folder.json'), 'utf8'), /secret-name/);
});
