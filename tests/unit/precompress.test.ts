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

/** The window a Brotli stream declares, WBITS: a window of 2^WBITS - 16 bytes (RFC 7932, 9.1). */
function brotliWindow(stream: Buffer): number {
  let at = 0;
  const bits = (count: number) => {
    let value = 0;
    for (let index = 0; index < count; index++, at++)
      value |= (((stream[at >> 3] ?? 0) >> (at & 7)) & 1) << index;
    return value;
  };
  if (bits(1) === 0) return 16;
  const large = bits(3);
  if (large !== 0) return 17 + large;
  const small = bits(3);
  return small === 0 ? 17 : 8 + small;
}

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

  test(`a page's Brotli copy has the least window that holds the page, not Brotli's 4 MB (${how})`, async () => {
    const name = `window-${String(inMemoryBytes)}.html`;
    writeFileSync(join(site, name), page);
    await precompress(site, name, inMemoryBytes);
    const window = brotliWindow(readFileSync(join(site, `${name}.br`)));
    assert.ok(
      2 ** window - 16 >= page.length && 2 ** (window - 1) - 16 < page.length,
      `a window of 2^${window}`,
    );
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
