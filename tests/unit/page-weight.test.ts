import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { weighPage } from '../support/page-weight.ts';
import { tempDir } from '../support/temp-dir.ts';

const dist = tempDir('weight-');
after(() => {
  rmSync(dist, { recursive: true, force: true });
});

const files: Record<string, string> = {
  '/index.html':
    '<html><head><link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/print.css" media="print">' +
    '<script src="/theme.js"></script></head><body><h1>Hi</h1>' +
    '<script type="module">import"/_astro/chunk.js";const s=()=>import("/pagefind/pagefind.js");</script></body></html>',
  '/_astro/a.css': 'body{color:red}'.repeat(50),
  '/print.css': '@media print{nav{display:none}}',
  '/theme.js': 'document.documentElement.dataset.theme="dark";',
  '/_astro/chunk.js': 'export const x=1;'.repeat(20),
  '/pagefind/pagefind.js': 'x'.repeat(10000),
};
for (const [path, content] of Object.entries(files)) {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), content);
}
const gz = (path: string) => gzipSync(files[path] ?? '').length;
const weight = weighPage(dist, '/');

test('follows stylesheets, scripts and the static imports of module scripts', () => {
  assert.deepEqual(
    weight.assets.map((asset) => asset.name),
    ['/', '/_astro/a.css', '/theme.js', 'inline script #1', '/_astro/chunk.js'],
  );
});

test('print stylesheets and dynamic imports are not loaded at first paint', () => {
  assert.ok(
    !weight.assets.some((asset) => asset.name === '/print.css' || asset.name.startsWith('/pagefind')),
  );
});

test('first paint counts the HTML, stylesheets and classic head scripts', () => {
  assert.equal(weight.firstPaintBytes, gz('/index.html') + gz('/_astro/a.css') + gz('/theme.js'));
});

test('JavaScript counts inline and external scripts with what they import', () => {
  const inline = weight.assets.find((asset) => asset.name === 'inline script #1')?.gzipBytes ?? 0;
  assert.equal(weight.jsBytes, gz('/theme.js') + gz('/_astro/chunk.js') + inline);
  assert.equal(weight.totalBytes, weight.firstPaintBytes + inline + gz('/_astro/chunk.js'));
});

test('a missing file the page loads is an error naming both', () => {
  writeFileSync(join(dist, 'broken.html'), '<link rel="stylesheet" href="/gone.css">');
  assert.throws(() => weighPage(dist, '/broken.html'), /\/broken\.html loads \/gone\.css/);
});
