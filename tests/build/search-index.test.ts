/** The Pagefind index holds article text only, one record per content page, each with its section. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { DIST } from '../support/built-site.ts';

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

test('every content page is indexed once, and the search page is not', () => {
  assert.deepEqual([...byUrl.keys()].sort(), ['/', '/compliance/', '/privacy/', '/related-resources/', '/security/']);
});

test('each page is filed under its section', () => {
  const sections = Object.fromEntries(fragments.map((fragment) => [fragment.url, fragment.filters['section']]));
  assert.deepEqual(sections, {
    '/': ['Overview'],
    '/security/': ['Security'],
    '/privacy/': ['Privacy'],
    '/compliance/': ['Compliance'],
    '/related-resources/': ['Related resources'],
  });
});

test('the index holds the article only: no header, sidebar, table of contents, footer or search box', () => {
  const outside = ['Defender for Business: Trust', 'On this page', 'not affiliated', 'Adapted from', 'Last updated', 'Try a section page', 'See all results'];
  for (const fragment of fragments) {
    assert.ok(fragment.content.startsWith(`${fragment.meta['title']}.`), `${fragment.url} starts with ${fragment.content.slice(0, 60)}`);
    for (const text of outside) assert.ok(!fragment.content.includes(text), `${fragment.url} has "${text}" in the index`);
  }
});
