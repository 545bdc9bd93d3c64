import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { classifyUrl, isHostName, isRelativeReference, SITE_ORIGIN } from '../../src/lib/url-class.ts';

/** Chromium's reading of each case, recorded by tests/security/url-class-chromium.test.ts. */
const cases = JSON.parse(
  readFileSync(new URL('../fixtures/security/url-cases.json', import.meta.url), 'utf8'),
) as { href: string; page: string; browser: string | null }[];

describe('classifyUrl agrees with Chromium', () => {
  test('the table holds hostile and ordinary cases', () => {
    assert.ok(cases.length > 100);
  });

  test('what the browser keeps on the site is internal (same path, same anchor) or refused', () => {
    for (const { href, page, browser } of cases) {
      const found = classifyUrl(href, page);
      if (browser === null || new URL(browser).origin !== SITE_ORIGIN) continue;
      if (found.kind === 'refused') continue;
      assert.ok(found.kind === 'internal', `${JSON.stringify(href)} on ${page}`);
      assert.equal(found.url.href, browser, JSON.stringify(href));
    }
  });

  test('what the browser takes elsewhere is never internal; outbound names the host the browser goes to', () => {
    for (const { href, page, browser } of cases) {
      if (browser !== null && new URL(browser).origin === SITE_ORIGIN) continue;
      const found = classifyUrl(href, page);
      assert.notEqual(found.kind, 'internal', `${JSON.stringify(href)} on ${page} → ${browser}`);
      if (found.kind === 'outbound') assert.equal(found.url.href, browser, JSON.stringify(href));
      if (found.kind === 'mailto') assert.equal(found.url.href, browser);
    }
  });

  test('a case the browser cannot parse is refused', () => {
    for (const { href, page, browser } of cases) {
      if (browser === null) assert.equal(classifyUrl(href, page).kind, 'refused', JSON.stringify(href));
    }
  });
});

describe('classifyUrl refuses what reads differently than it looks', () => {
  const refused = (href: string) => classifyUrl(href, '/privacy/').kind === 'refused';

  test('another host without a scheme, or behind white space, controls or backslashes', () => {
    for (const href of [
      '//evil.example/',
      '/\\evil.example/',
      '\\\\evil.example',
      '\t//evil.example',
      ' /x',
    ]) {
      assert.ok(refused(href), JSON.stringify(href));
    }
  });

  test('schemes other than https and mailto, in any case and with hidden characters', () => {
    for (const href of [
      'javascript:x',
      'JAVASCRIPT:x',
      'java\tscript:x',
      'data:,x',
      'http://x.org/',
      'ftp://x/',
    ]) {
      assert.ok(refused(href), JSON.stringify(href));
    }
  });

  test('a special scheme without "//" (red team: `https:evil.example/x.png`, same-origin on https, another site on the http:// preview)', () => {
    for (const href of [
      'https:evil.example/x.png',
      'https:/evil.example/x.png',
      'HTTPS:evil.example',
      'http:evil.example/x',
      'wss:/x.example/',
      'https:',
    ]) {
      const found = classifyUrl(href, '/privacy/');
      assert.ok(found.kind === 'refused' && found.rule === 'disguised', href);
      assert.match(
        found.reason,
        /without "\/\/".* write the full https:\/\/host\/… address, or a relative path\./,
      );
    }
    // Written in full, or as a path that only holds a colon further on, they are what they look like.
    assert.equal(classifyUrl('https://learn.microsoft.com/x').kind, 'outbound');
    assert.equal(classifyUrl('media/https:x.png', '/privacy/').kind, 'internal');
    assert.equal(classifyUrl('#https:x', '/privacy/').kind, 'internal');
    assert.equal(classifyUrl('mailto:a@b.example').kind, 'mailto');
  });

  test('credentials in front of the host', () => {
    assert.ok(refused('https://learn.microsoft.com@evil.example/'));
    const found = classifyUrl('https://learn.microsoft.com@evil.example/');
    assert.ok(found.kind === 'refused' && found.reason.includes('evil.example'));
  });

  test('http is refused with the https address to write', () => {
    const found = classifyUrl('http://learn.microsoft.com/a?b#c');
    assert.ok(found.kind === 'refused' && found.reason.includes('https://learn.microsoft.com/a?b#c'));
  });
});

/** Why `href` is refused on a page of the site ('' when it is not). */
function reasonOf(href: string): string {
  const found = classifyUrl(href, '/privacy/');
  return found.kind === 'refused' ? found.reason : '';
}

describe('classifyUrl on ordinary links', () => {
  test('paths resolve from the page, anchors decoded', () => {
    const found = classifyUrl('../security/#further%20reading', '/privacy/');
    assert.ok(found.kind === 'internal');
    assert.equal(found.path, '/security/');
    assert.equal(found.anchor, 'further reading');
  });

  test('https to another host is outbound with that host (port included)', () => {
    const found = classifyUrl('https://learn.microsoft.com:8443/x');
    assert.ok(found.kind === 'outbound');
    assert.equal(found.host, 'learn.microsoft.com:8443');
  });

  test('a host no link can go to is refused: a placeholder (https://...), an empty label, a label ending in -', () => {
    for (const href of ['https://.../groups/x', 'https://example..com/y', 'https://a-.example.com/']) {
      const found = classifyUrl(href);
      assert.ok(found.kind === 'refused' && found.rule === 'invalid', href);
      assert.match(found.reason, /names no valid host/);
    }
    for (const href of [
      'https://learn.microsoft.com/',
      'https://my_site.example.org/',
      'https://[::1]/',
      'https://10.0.0.1/',
    ])
      assert.equal(classifyUrl(href).kind, 'outbound', href);
    assert.equal(isHostName('xn--bcher-kva.example'), true);
  });

  test('mailto is its own kind', () => {
    assert.equal(classifyUrl('mailto:a@b.example').kind, 'mailto');
  });

  test('a backslash is refused only where the URL reads it as "/": a special scheme, or a path on the page', () => {
    // windows-driver-docs-ddi's feedback link: `subject=Documentation%20feedback [GPIO\parports]:…`.
    const mail = classifyUrl(
      'mailto:wsddocfb@microsoft.com?subject=Documentation%20feedback%20[GPIO\\parports]',
    );
    assert.ok(mail.kind === 'mailto');
    assert.equal(mail.url.search, '?subject=Documentation%20feedback%20[GPIO\\parports]');
    for (const href of [
      '..\\wdm\\a.md',
      'HTTPS:\\\\evil.example/',
      'wss://x.example\\a',
      'file:\\\\x',
      'ftp:\\\\x',
    ])
      assert.match(reasonOf(href), /holds a backslash/, href);
  });
});

describe('isRelativeReference', () => {
  test('paths, queries and anchors; never a scheme, a host or a disguise', () => {
    for (const href of ['privacy.md', '../media/x.png', '/security/', '#x', '?q=1']) {
      assert.ok(isRelativeReference(href), href);
    }
    for (const href of ['https://x.org/', 'mailto:a@b.c', '//x.org/', '/\\x.org/', ' /x', 'javascript:x']) {
      assert.ok(!isRelativeReference(href), href);
    }
  });
});
