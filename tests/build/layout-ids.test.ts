/**
 * LAYOUT_IDS (src/lib/layout-ids.ts) holds every id the layout writes, so content is kept off them all
 * (src/markdown/rehype-reserved-ids.ts): on each built page, each id outside the content is one of them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { SKIP, visit } from 'unist-util-visit';
import { RESERVED_IDS } from '../../src/lib/layout-ids.ts';
import { DIST, readPage } from '../support/built-site.ts';
import { listDistPages } from '../support/dist-pages.ts';

const isContent = (node: Element) =>
  Array.isArray(node.properties['className']) && node.properties['className'].includes('content');

const pages = listDistPages(DIST).filter((path) => path.endsWith('/'));
/** The ids of each page outside its content, by page. */
const layoutIds = new Map(
  pages.map((page) => {
    const ids: string[] = [];
    visit(fromHtml(readPage(page)), 'element', (node: Element) => {
      if (isContent(node)) return SKIP;
      if (typeof node.properties['id'] === 'string') ids.push(node.properties['id']);
      return undefined;
    });
    return [page, ids];
  }),
);

for (const [page, ids] of layoutIds) {
  test(`${page}: every id of the layout is in LAYOUT_IDS`, () => {
    for (const id of ids)
      assert.ok(
        RESERVED_IDS.has(id),
        `the layout writes id="${id}": add it to LAYOUT_IDS in src/lib/layout-ids.ts`,
      );
  });
}

test('the layout writes the ids content took in the red-team page', () => {
  const written = new Set([...layoutIds.values()].flat());
  for (const id of ['main-content', 'toc-heading', 'search-input', 'menu-panel', 'theme-select'])
    assert.ok(written.has(id), id);
});
