/** The built feed (dist/feed.xml) is valid Atom listing every article page, and every page links it. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { SITE_URL } from '../../src/consts.ts';
import { DIST, readPage } from '../support/built-site.ts';
import { SITE_PAGES } from '../support/e2e-site.ts';
import { assertValidAtom, child, parseXml } from '../support/atom.ts';

const feed = parseXml(readFileSync(new URL('feed.xml', DIST), 'utf8'));

test('dist/feed.xml is valid Atom, newest first', () => {
  assertValidAtom(feed, new URL('/feed.xml', SITE_URL).href);
  const dates = child(feed, 'entry').map((entry) => child(entry, 'updated')[0]?.text ?? '');
  assert.deepEqual(dates, [...dates].sort().reverse());
});

test('every article page has an entry linking it', () => {
  const linked = new Set(
    child(feed, 'entry').flatMap((entry) => child(entry, 'link').map((link) => link.attributes['href'])),
  );
  for (const path of ['/', '/security/', '/privacy/', '/compliance/', '/related-resources/']) {
    assert.ok(linked.has(new URL(path, SITE_URL).href), path);
  }
});

test('every page links the feed with <link rel="alternate" type="application/atom+xml">', () => {
  for (const path of SITE_PAGES) {
    let href: unknown;
    visit(fromHtml(readPage(path)), 'element', (node) => {
      if (node.tagName === 'link' && node.properties['type'] === 'application/atom+xml')
        href = node.properties['href'];
    });
    assert.equal(href, '/feed.xml', path);
  }
});
