import assert from 'node:assert/strict';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { isPublicFile } from '../../src/lib/public-file.ts';
import { tempDir } from '../support/temp-dir.ts';

/** A fresh public/ folder (each test its own: answers are kept by folder) and its site's files. */
function publicFolder(t: { after: (fn: () => void) => void }): string {
  const root = tempDir('public-file-');
  t.after(() => {
    rmSync(root, { recursive: true, force: true });
  });
  const publicDir = join(root, 'public');
  mkdirSync(join(publicDir, 'media'), { recursive: true });
  writeFileSync(join(publicDir, 'media', 'a.png'), 'png');
  writeFileSync(join(root, 'secret.txt'), 'secret');
  return publicDir;
}

/** Runs `fn` with NODE_ENV set to `value` (astro dev sets "development"). */
function withNodeEnv(value: string | undefined, fn: () => void): void {
  const before = process.env['NODE_ENV'];
  if (value === undefined) delete process.env['NODE_ENV'];
  else process.env['NODE_ENV'] = value;
  try {
    fn();
  } finally {
    if (before === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = before;
  }
}

describe('isPublicFile', () => {
  test('a path of the site names a regular file of public/, never one outside it', (t) => {
    const publicDir = publicFolder(t);
    symlinkSync(join(publicDir, '..', 'secret.txt'), join(publicDir, 'media', 'out.txt'));
    withNodeEnv('production', () => {
      assert.equal(isPublicFile('/media/a.png?v=1#top', publicDir), true);
      assert.equal(isPublicFile('/media/a.png', publicDir), true);
      assert.equal(isPublicFile('/media', publicDir), false);
      assert.equal(isPublicFile('/media/b.png', publicDir), false);
      assert.equal(isPublicFile('/%2E%2E%2Fsecret.txt', publicDir), false);
      assert.equal(isPublicFile('/media/out.txt', publicDir), false);
      assert.equal(isPublicFile('//example.com/media/a.png', publicDir), false);
      assert.equal(isPublicFile('media/a.png', publicDir), false);
    });
  });

  test('a build asks the disk once per file: the answer is kept for the next page', (t) => {
    const publicDir = publicFolder(t);
    withNodeEnv('production', () => {
      assert.equal(isPublicFile('/media/b.png', publicDir), false);
      assert.equal(isPublicFile('/media/a.png', publicDir), true);
      writeFileSync(join(publicDir, 'media', 'b.png'), 'png');
      rmSync(join(publicDir, 'media', 'a.png'));
      assert.equal(isPublicFile('/media/b.png', publicDir), false);
      assert.equal(isPublicFile('/media/a.png', publicDir), true);
    });
  });

  test('astro dev sees a file added to public/ while it runs', (t) => {
    const publicDir = publicFolder(t);
    withNodeEnv('development', () => {
      assert.equal(isPublicFile('/media/b.png', publicDir), false);
      writeFileSync(join(publicDir, 'media', 'b.png'), 'png');
      assert.equal(isPublicFile('/media/b.png', publicDir), true);
    });
  });
});
