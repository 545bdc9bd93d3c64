/** Precompressed copies, from memory (pages) and streamed (large files): each decompresses to its file. */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompress } from '../../src/lib/precompress.ts';

const site = mkdtempSync(join(tmpdir(), 'precompress-'));
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
