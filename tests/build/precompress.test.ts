/**
 * Every text file of dist/ has a .br and .gz copy of its final bytes (after the CSP step), and nothing else
 * does; a page whose name ends like a text file's (guide.json.md, dist/guide.json/) builds and is served.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { closeSite, serveSite } from '../../scripts/serve.ts';
import { isPrecompressible } from '../../src/lib/server-config.ts';
import { DIST } from '../support/built-site.ts';
import { englishSite, FILE_NAMES } from '../support/english-site.ts';

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

test('pages named like text files (guide.json.md, guide.html.md, diagram.svg.md…) build, compressed, and are served', async () => {
  // Red team round 7: the folder dist/guide.json/ was taken for a JSON file, and the build failed with EISDIR;
  // so did the post-build step on dist/guide.html/ (taken for a page) and dist/diagram.svg/ (for an SVG).
  // The site shared with other build tests (tests/support/english-site.ts) has a page of each name.
  const { status, output, dist: site } = await englishSite();
  assert.equal(status, 0, output);
  assert.doesNotMatch(output, /EISDIR/);
  const server = await serveSite(site, 0);
  try {
    const { port } = server.address() as AddressInfo;
    for (const name of FILE_NAMES) {
      const compressed = readFileSync(join(site, name, 'index.html.gz'));
      assert.match(gunzipSync(compressed).toString(), new RegExp(`The text of ${name.replace('.', '\\.')}`));
      const response = await fetch(`http://127.0.0.1:${port}/${name}/`);
      assert.equal(response.status, 200, name);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/, name);
      assert.match(await response.text(), new RegExp(`<h1[^>]*>Page ${name.replace('.', '\\.')}</h1>`), name);
    }
  } finally {
    await closeSite(server);
  }
});
