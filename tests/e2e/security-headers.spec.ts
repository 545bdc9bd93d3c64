/** `npm start` sends the security headers on every response; its CSP, the pages' <meta> and dist/_headers agree. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SITE_URL } from '../../src/consts.ts';
import {
  formatHeadersFile,
  formatPolicy,
  parseHeadersFile,
  parsePolicy,
  readMetaPolicy,
  securityHeaders,
} from '../../src/lib/security-headers.ts';
import { DIST } from '../support/built-site.ts';
import { listDistPages } from '../support/dist-pages.ts';
import { byTag, textOf } from '../support/html.ts';

const headersText = readFileSync(new URL('_headers', DIST), 'utf8');
const headersFile = parseHeadersFile(headersText);

test("dist/_headers is what src/lib/security-headers.ts makes of the pages' CSP", () => {
  const meta = readMetaPolicy(readFileSync(new URL('index.html', DIST), 'utf8'));
  expect(headersText).toBe(formatHeadersFile(securityHeaders(parsePolicy(meta ?? ''))));
});

test('dist/_headers carries the CSP and every security header, for every path', () => {
  expect(Object.keys(headersFile).sort()).toEqual(
    [
      'Content-Security-Policy',
      'Cross-Origin-Opener-Policy',
      'Permissions-Policy',
      'Referrer-Policy',
      'X-Content-Type-Options',
    ].sort(),
  );
  expect(headersFile['X-Content-Type-Options']).toBe('nosniff');
  expect(headersFile['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  expect(headersFile['Cross-Origin-Opener-Policy']).toBe('same-origin');
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'display-capture']) {
    expect(headersFile['Permissions-Policy'], feature).toMatch(new RegExp(`(^|, )${feature}=\\(\\)`));
  }
  const csp = parsePolicy(headersFile['Content-Security-Policy'] ?? '');
  expect(csp['frame-ancestors']).toEqual(["'none'"]);
  expect(csp['default-src']).toEqual(["'self'"]);
  expect(csp['object-src']).toEqual(["'none'"]);
  expect(csp['base-uri']).toEqual(["'self'"]);
  expect(csp['form-action']).toEqual(["'self'"]);
  expect(csp['script-src']?.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(csp['script-src']?.slice(2).every((source) => source.startsWith("'sha256-"))).toBe(true);
  expect(csp['script-src']).not.toContain("'unsafe-inline'");
  expect(csp['script-src']).not.toContain("'unsafe-eval'");
  expect(csp['style-src']).not.toContain("'unsafe-inline'");
});

for (const path of listDistPages(DIST)) {
  test(`${path}: the response headers are dist/_headers, and its CSP is the page's <meta> plus frame-ancestors`, async ({
    request,
  }) => {
    const response = await request.get(path);
    expect(response.ok()).toBe(true);
    const headers = response.headers();
    for (const [name, value] of Object.entries(headersFile))
      expect(headers[name.toLowerCase()], name).toBe(value);

    const meta = readMetaPolicy(await response.text());
    expect(meta, 'the page has a CSP <meta>').toBeDefined();
    const { 'frame-ancestors': frameAncestors, ...rest } = parsePolicy(
      headers['content-security-policy'] ?? '',
    );
    expect(frameAncestors).toEqual(["'none'"]);
    expect(formatPolicy(rest)).toBe(meta);
  });
}

test('the CSP <meta> comes before any script, style or stylesheet in the head', async ({ request }) => {
  for (const path of listDistPages(DIST)) {
    const html = await (await request.get(path)).text();
    const head = html.slice(0, html.indexOf('</head>'));
    const meta = head.indexOf('http-equiv="content-security-policy"');
    const firstResource = head.search(/<script|<style|<link[^>]*rel="?stylesheet/);
    expect(meta, path).toBeGreaterThan(-1);
    if (firstResource > -1) expect(meta, path).toBeLessThan(firstResource);
  }
});

test('assets and unknown paths carry the headers too', async ({ request }) => {
  for (const path of [
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-highlight.js',
    '/favicon.svg',
    '/no-such-page/',
  ]) {
    const headers = (await request.get(path)).headers();
    for (const [name, value] of Object.entries(headersFile))
      expect(headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
  }
});

test('robots.txt points crawlers at the sitemap, which lists every page at the real address', async ({
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemapUrl).toBe(new URL('/sitemap-index.xml', SITE_URL).href);
  const index = await (await request.get(new URL(sitemapUrl ?? '').pathname)).text();
  const locs = (xml: string) => byTag(xml, 'loc').map((loc) => textOf(loc));
  const chunks = locs(index).map((loc) => new URL(loc).pathname);
  const listed = new Set<string>();
  for (const chunk of chunks) {
    const xml = await (await request.get(chunk)).text();
    for (const loc of locs(xml)) listed.add(loc);
  }
  for (const path of listDistPages(DIST).filter((page) => !page.endsWith('404.html'))) {
    expect(listed, path).toContain(new URL(path, SITE_URL).href);
  }
});
