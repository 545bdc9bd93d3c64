import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GROUP_SIZE, syntheticPages } from '../../scripts/bench/synthetic-pages.ts';

test('the same seed writes the same pages', () => {
  assert.deepEqual(syntheticPages(3, 7), syntheticPages(3, 7));
  assert.notDeepEqual(syntheticPages(3, 7), syntheticPages(3, 8));
});

test('pages are about 600 words with headings, lists and links, one per order', () => {
  const pages = syntheticPages(10);
  assert.deepEqual(pages.map((page) => page.slug).slice(0, 3), ['index', 'page-2', 'page-3']);
  for (const [i, page] of pages.entries()) {
    const body = page.mdx.split('---\n')[2] ?? '';
    const words = body.split(/\s+/).filter(Boolean).length;
    assert.ok(words > 450 && words < 750, `${page.slug} has ${words} words`);
    assert.match(page.mdx, new RegExp(`^order: ${i + 1}$`, 'm'));
    assert.equal(page.mdx.match(/^## /gm)?.length, 3);
    assert.match(body, /^- /m);
    assert.match(body, /\]\(\/[a-z-]+\//);
  }
});

test('pages after the overview come in sidebar groups of GROUP_SIZE', () => {
  const groups = syntheticPages(60).map((page) => page.mdx.match(/^group: (.+)$/m)?.[1]);
  assert.equal(groups[0], undefined);
  assert.equal(groups.filter((group) => group === 'Topic 1').length, GROUP_SIZE);
  assert.deepEqual([...new Set(groups.slice(1))], ['Topic 1', 'Topic 2', 'Topic 3']);
});
