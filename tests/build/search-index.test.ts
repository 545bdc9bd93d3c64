/** The search index holds article text only, one record per content page with its section; the search page works without JS. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { UNUSED_PAGEFIND_FILES } from '../../src/integrations/pagefind.ts';
import { articleText, DIST, normalise, readPage } from '../support/built-site.ts';

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

const fragmentDir = new URL('pagefind/fragment/', DIST);
/** Pagefind writes each page as gzipped JSON behind a `pagefind_dcd` signature. */
const fragments: Fragment[] = readdirSync(fragmentDir).map((file) => {
  const text = gunzipSync(readFileSync(new URL(file, fragmentDir))).toString('utf8');
  return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
});
const byUrl = new Map(fragments.map((fragment) => [fragment.url, fragment]));

test("every page of the article is indexed once; the site's own pages (links, accessibility, search, 404) are not", () => {
  assert.deepEqual([...byUrl.keys()].sort(), [
    '/',
    '/compliance/',
    '/privacy/',
    '/related-resources/',
    '/security/',
  ]);
});

test("Pagefind's UIs and worker, which the site never loads, are not published; what it loads is", () => {
  const published = (file: string) => existsSync(new URL(`pagefind/${file}`, DIST));
  assert.deepEqual(UNUSED_PAGEFIND_FILES.filter(published), []);
  for (const file of ['pagefind.js', 'pagefind-highlight.js', 'pagefind-entry.json', 'wasm.en.pagefind'])
    assert.ok(published(file), file);
});

test('each page is filed under its section', () => {
  const sections = Object.fromEntries(
    fragments.map((fragment) => [fragment.url, fragment.filters['section']]),
  );
  assert.deepEqual(sections, {
    '/': ['Overview'],
    '/security/': ['Security'],
    '/privacy/': ['Privacy'],
    '/compliance/': ['Compliance'],
    '/related-resources/': ['Related resources'],
  });
});

test('the index holds the article only: no header, sidebar, table of contents, footer or search box', () => {
  const outside = [
    'Defender for Business: Trust',
    'On this page',
    'not affiliated',
    'Adapted from',
    'Last updated',
    'Try a section page',
    'See all results',
  ];
  for (const fragment of fragments) {
    assert.ok(
      fragment.content.startsWith(`${fragment.meta['title']}.`),
      `${fragment.url} starts with ${fragment.content.slice(0, 60)}`,
    );
    // Words of the layout may be indexed only where the article itself says them (the accessibility statement names the site).
    const article = articleText(readPage(fragment.url));
    for (const text of outside) {
      assert.ok(
        !fragment.content.includes(text) || article.includes(text),
        `${fragment.url} has "${text}" in the index`,
      );
    }
  }
});

test('without JavaScript the search page says search needs it and links every page', () => {
  const tree = fromHtml(readPage('/search/'));
  let noscript: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'noscript') noscript = node;
  });
  assert.ok(noscript, 'the search page has a <noscript> message');
  // A parser with scripting on reads <noscript> as text: parse that text as a browser without JS would.
  const holdsElements = noscript.children.some((child) => child.type === 'element');
  const inner = holdsElements ? noscript : fromHtml(toString(noscript), { fragment: true });
  assert.match(normalise(toString(inner)), /^Search needs JavaScript/);
  const links: string[] = [];
  visit(inner, 'element', (node: Element) => {
    if (node.tagName === 'a') links.push(String(node.properties['href']));
  });
  assert.deepEqual(links, [
    '/',
    '/security/',
    '/privacy/',
    '/compliance/',
    '/related-resources/',
    '/links/',
    '/whats-new/',
    '/accessibility/',
  ]);
});
