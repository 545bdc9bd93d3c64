/** Every text file of dist/ has a .br and .gz copy of its final bytes (after the CSP step), and nothing else does. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { isPrecompressible } from '../../src/lib/server-config.ts';
import { DIST } from '../support/built-site.ts';

const root = fileURLToPath(DIST);
const files = readdirSync(root, { recursive: true, encoding: 'utf8' });
const copies = files.filter((file) => file.endsWith('.br') || file.endsWith('.gz'));
const textFiles = files.filter(isPrecompressible);

test('pages, styles, scripts and Pagefind’s JavaScript are among the compressed files', () => {
  for (const expected of ['index.html', 'privacy/index.html', 'pagefind/pagefind.js', 'sitemap-0.xml']) {
    assert.ok(textFiles.includes(expected), expected);
  }
  assert.ok(textFiles.some((file) => file.startsWith('_astro/') && file.endsWith('.css')));
});

test('every text file of 1 KB or more has a .br and a .gz copy', () => {
  const missing = textFiles
    .filter((file) => readFileSync(`${root}${file}`).length >= 1024)
    .flatMap((file) =>
      ['.br', '.gz']
        .filter((suffix) => !existsSync(`${root}${file}${suffix}`))
        .map((suffix) => file + suffix),
    );
  assert.deepEqual(missing, []);
});

test('each copy decompresses to the file as built, and is smaller', () => {
  for (const copy of copies) {
    const original = readFileSync(`${root}${copy.slice(0, -3)}`);
    const compressed = readFileSync(`${root}${copy}`);
    const decompressed = copy.endsWith('.br') ? brotliDecompressSync(compressed) : gunzipSync(compressed);
    assert.ok(decompressed.equals(original), `${copy} is not the final ${copy.slice(0, -3)}`);
    assert.ok(compressed.length < original.length, `${copy} is not smaller than its file`);
  }
});

test('only text files get copies: not _headers, nor Pagefind’s already-compressed index', () => {
  const strays = copies.filter((copy) => !isPrecompressible(copy.slice(0, -3)));
  assert.deepEqual(strays, []);
  assert.ok(!existsSync(`${root}_headers.gz`));
});
