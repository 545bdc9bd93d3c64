/**
 * The search index is written into place or the build stops with why: never waits forever. Pagefind's
 * service never answers a write it cannot make, so a folder standing where one of its files goes hung
 * the build at "Waiting for integration 'finish'".
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { indexSite } from '../../src/integrations/pagefind.ts';
import { tempDir } from '../support/temp-dir.ts';

const log = { info: () => undefined, warn: () => undefined };

/** A built site of one page Pagefind indexes. */
function site(): string {
  const dir = tempDir('pagefind-write-');
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><title>A</title></head><body><article data-pagefind-body><h1>A</h1><p>Searchable words.</p></article></body></html>',
  );
  return dir;
}

test(
  'the index is written to pagefind/, beside the vocabulary already there, nothing left over',
  { timeout: 180_000 },
  async () => {
    const dir = site();
    mkdirSync(join(dir, 'pagefind'));
    writeFileSync(join(dir, 'pagefind/vocabulary.json'), '[]');
    await indexSite(dir, log);
    assert.ok(existsSync(join(dir, 'pagefind/pagefind.js')));
    assert.ok(existsSync(join(dir, 'pagefind/vocabulary.json')));
    assert.deepEqual(readdirSync(dir).sort(), ['index.html', 'pagefind']);
  },
);

test(
  'a folder where the index goes stops the build with why, instead of waiting forever',
  { timeout: 180_000 },
  async () => {
    const dir = site();
    mkdirSync(join(dir, 'pagefind/pagefind.js'), { recursive: true });
    await assert.rejects(
      indexSite(dir, log),
      /could not write .*pagefind\/pagefind\.js: something else is there/,
    );
    assert.deepEqual(
      readdirSync(dir).sort(),
      ['index.html', 'pagefind'],
      'the half-written index is removed',
    );
  },
);
