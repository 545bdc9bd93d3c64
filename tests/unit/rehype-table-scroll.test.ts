import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { renderLearn } from '../support/learn-markdown.ts';

test('a table is in a box that scrolls, a region the keyboard reaches, named by the heading above it', async () => {
  const html = await renderLearn('## Ports to open\n\n| Port | Use |\n| --- | --- |\n| 443 | HTTPS |\n');
  assert.match(
    html,
    /<div class="table-scroll" role="region" tabindex="0" aria-label="Table: Ports to open"><table>/,
  );
});

test('a table with a caption is named by it; one before any heading is a "Table"', async () => {
  const { rehypeTableScroll } = await import('../../src/markdown/rehype-table-scroll.ts');
  const table = (children: Element['children']): Element => ({
    type: 'element',
    tagName: 'table',
    properties: {},
    children,
  });
  const caption: Element = {
    type: 'element',
    tagName: 'caption',
    properties: {},
    children: [{ type: 'text', value: 'Supported systems' }],
  };
  const tree: Root = { type: 'root', children: [table([]), table([caption])] };
  rehypeTableScroll()(tree);
  assert.deepEqual(
    tree.children.map((box) => (box as Element).properties['ariaLabel']),
    ['Table', 'Supported systems'],
  );
});
