/**
 * Precompressed copies, from memory (pages) and streamed (large files): each decompresses to its file; the
 * build's step compresses every text file of the site, and only files.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompressSite } from '../../src/integrations/precompress.ts';
import { precompress } from '../../src/lib/precompress.ts';
import { tempDir } from '../support/temp-dir.ts';

const site = tempDir('precompress-');
after(() => {
  rmSync(site, { recursive: true, force: true });
});

const page = Buffer.from(
  `<!DOCTYPE html><title>Privacy</title>${'<p>Data stays in your tenant.</p>'.repeat(200)}`,
);

for (const [how, inMemoryBytes] of [
  ['read once and compressed in memory', Infinity],
  ['streamed, as files over the in-memory size are', 0],
] as const) {
  test(`a page ${how}: a .br and a .gz copy of its bytes`, async () => {
    const name = `page-${String(inMemoryBytes)}.html`;
    writeFileSync(join(site, name), page);
    assert.equal(await precompress(site, name, inMemoryBytes), 2);
    assert.deepEqual(brotliDecompressSync(readFileSync(join(site, `${name}.br`))), page);
    assert.deepEqual(gunzipSync(readFileSync(join(site, `${name}.gz`))), page);
  });

  test(`a file that compression does not shrink gets no copy (${how})`, async () => {
    const name = `tiny-${String(inMemoryBytes)}.txt`;
    writeFileSync(join(site, name), 'a');
    assert.equal(await precompress(site, name, inMemoryBytes), 0);
    assert.ok(!existsSync(join(site, `${name}.br`)) && !existsSync(join(site, `${name}.gz`)));
  });
}

test('the site step compresses files only: a page named guide.json.md is the folder dist/guide.json/', async () => {
  // Red team round 7: readdirSync's recursive listing filtered by extension took the folder for a file (EISDIR).
  const built = tempDir('precompress-site-');
  const deploy = tempDir('precompress-deploy-');
  try {
    writeFileSync(join(built, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
    for (const folder of ['guide.json', 'feed.xml', 'notes.txt', 'style.css']) {
      mkdirSync(join(built, folder, 'nested.js'), { recursive: true });
      writeFileSync(join(built, folder, 'index.html'), page);
    }
    const said: string[] = [];
    await precompressSite(built, deploy, { info: (message) => said.push(message) });
    for (const folder of ['guide.json', 'feed.xml', 'notes.txt', 'style.css']) {
      assert.deepEqual(gunzipSync(readFileSync(join(built, folder, 'index.html.gz'))), page, folder);
      assert.ok(!existsSync(join(built, `${folder}.gz`)) && !existsSync(join(built, `${folder}.br`)), folder);
    }
    assert.match(said.join('\n'), /^8 precompressed copies of 4 text files/);
  } finally {
    rmSync(built, { recursive: true, force: true });
    rmSync(deploy, { recursive: true, force: true });
  }
});
