import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  acceptsGzip,
  cacheControlFor,
  caddyfile,
  headersFileProblems,
  IMMUTABLE,
  brotliQuality,
  isGzipStream,
  isPrecompressible,
  nginxConfig,
  REVALIDATE,
} from '../../src/lib/server-config.ts';

const HEADERS = { 'Content-Security-Policy': "default-src 'self'", 'X-Content-Type-Options': 'nosniff' };

describe('headersFileProblems (Cloudflare Pages: 100 rules, 2,000 characters a line)', () => {
  const rule = (path: string, value = 'nosniff') => `${path}\n  X-Content-Type-Options: ${value}\n`;

  test('a file within the limits has no problems', () => {
    assert.deepEqual(headersFileProblems(`# comment\n${rule('/*')}${rule('/a/*')}`), []);
  });

  test('100 rules pass, 101 fail naming the count', () => {
    const rules = (count: number) => Array.from({ length: count }, (_, i) => rule(`/p${i}/*`)).join('');
    assert.deepEqual(headersFileProblems(rules(100)), []);
    const problems = headersFileProblems(rules(101));
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? '', /101 rules.*at most 100/);
  });

  test('a line of 2,000 characters passes, 2,001 fails naming the line', () => {
    const header = '  Content-Security-Policy: ';
    const line = (length: number) => header + 'x'.repeat(length - header.length);
    assert.deepEqual(headersFileProblems(`/*\n${line(2000)}\n`), []);
    const problems = headersFileProblems(`/*\n${line(2001)}\n`);
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? '', /line 2 is 2001 characters/);
  });
});

describe('cacheControlFor', () => {
  test('hashed bundles and Pagefind chunks are immutable', () => {
    for (const path of [
      '/_astro/DocsLayout.Cumbc0xp.css',
      '/pagefind/fragment/en_1a2b3c.pf_fragment',
      '/pagefind/index/en_ab858d7.pf_index',
      '/pagefind/pagefind.en_aa57846ba7.pf_meta',
    ]) {
      assert.equal(cacheControlFor(path), IMMUTABLE, path);
    }
  });

  test('pages and files that keep their names across builds revalidate', () => {
    for (const path of [
      '/',
      '/privacy/',
      '/404.html',
      '/theme-init.js',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.en.pagefind',
      // A page named as Pagefind's files are (content/x.pf_meta.md), and its redirect: not Pagefind's.
      '/x.pf_meta/',
      '/x.pf_meta',
      '/docs/pagefind.en_aa57846ba7.pf_meta',
      '/pagefind-page/x.pf_meta',
    ]) {
      assert.equal(cacheControlFor(path), REVALIDATE, path);
    }
  });
});

/** `predicate` holds for every one of `accepted` and for none of `refused`; a failure names the value. */
function assertSplits<T>(
  predicate: (value: T) => boolean,
  accepted: readonly T[],
  refused: readonly T[],
): void {
  for (const value of accepted) assert.ok(predicate(value), String(value));
  for (const value of refused) assert.ok(!predicate(value), String(value));
}

test('isPrecompressible: text files, not host files or binary ones', () => {
  assertSplits(
    isPrecompressible,
    [
      'index.html',
      'a/b.css',
      'x.js',
      'feed.xml',
      'llms.txt',
      'index.md',
      'favicon.svg',
      'pagefind/pagefind-entry.json',
    ],
    ['_headers', '_redirects', 'x.png', 'pagefind/wasm.en.pagefind', 'index.html.gz', 'a.pf_fragment'],
  );
});

test("isGzipStream: Pagefind's index and WebAssembly, which it writes gzipped, and nothing else", () => {
  assertSplits(
    isGzipStream,
    [
      'pagefind/pagefind.en_63d1b7611a.pf_meta',
      'pagefind/index/en_ab858d7.pf_index',
      'pagefind/filter/en_ab62c41.pf_filter',
      'pagefind/fragment/en_1a2b3c.pf_fragment',
      'pagefind/wasm.en.pagefind',
    ],
    ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'index.html', 'x.pf_fragment.html'],
  );
});

test('acceptsGzip reads Accept-Encoding as browsers and HTTP clients send it', () => {
  assertSplits(
    acceptsGzip,
    ['gzip, deflate, br, zstd', 'GZIP', 'br;q=1.0, gzip;q=0.8', 'x-gzip', '*', 'identity, *;q=0.1'],
    [undefined, '', 'br', 'identity', 'gzip;q=0', 'br, *;q=0', 'gzipx'],
  );
});

describe('nginxConfig and caddyfile', () => {
  test('send every header on every response, serve precompressed copies and the 404 page', () => {
    const nginx = nginxConfig({ root: '/srv/site', headers: HEADERS });
    assert.match(nginx, /add_header Content-Security-Policy "default-src 'self'" always;/);
    assert.match(nginx, /add_header X-Content-Type-Options "nosniff" always;/);
    assert.match(nginx, /gzip_static on;/);
    assert.match(nginx, /error_page 404 \/404\.html;/);
    assert.match(nginx, /root \/srv\/site;/);
    const caddy = caddyfile({ root: '/srv/site', headers: HEADERS });
    assert.match(caddy, /Content-Security-Policy "default-src 'self'"/);
    assert.match(caddy, /precompressed br gzip/);
    assert.match(caddy, /rewrite \* \/404\.html/);
  });

  test('Brotli only when the nginx module is there', () => {
    assert.match(nginxConfig({ root: '/s', headers: HEADERS }), /^\s*# brotli_static on;/m);
    assert.match(nginxConfig({ root: '/s', headers: HEADERS, brotli: true }), /^\s*brotli_static on;/m);
  });

  test('refuse a header value that would break out of its quotes', () => {
    const headers = { 'X-Bad': 'a" always; add_header X-Evil "1' };
    assert.throws(() => nginxConfig({ root: '/s', headers }), /X-Bad header has a quote/);
    assert.throws(() => caddyfile({ root: '/s', headers }), /X-Bad header has a quote/);
  });
});

test('brotliQuality: the best for the code every page fetches, fast for what grows with the site', () => {
  for (const path of ['_astro/index.a1b2.css', '_astro/search.c3d4.js', 'pagefind/pagefind.js'])
    assert.equal(brotliQuality(path), 11, path);
  for (const path of ['index.html', 'security/index.md', 'llms-full.txt', 'feed.xml', 'sitemap-0.xml'])
    assert.equal(brotliQuality(path), 5, path);
});
