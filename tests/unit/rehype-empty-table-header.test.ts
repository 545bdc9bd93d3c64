import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { renderLearn } from '../support/learn-markdown.ts';

// win32's desktop-src/Sync/unregisterwaitex.md: the requirements table under "## Requirements".
const REQUIREMENTS =
  '## Requirements\n\n| | |\n|-|-|\n| Minimum supported client<br/> | Windows XP \\[desktop apps only\\]<br/> |\n' +
  '| Header<br/> | Threadpoollegacyapiset.h |\n';

test("a table's empty header row is no header: no <thead> of empty <th>s for a screen reader to announce", async () => {
  const html = await renderLearn(REQUIREMENTS);
  assert.doesNotMatch(html, /<thead|<th[\s>]/);
  assert.match(html, /<td>Minimum supported client<br><\/td>/);
  assert.match(html, /<td>Threadpoollegacyapiset.h<\/td>/);
});

test('a header row with any text, or an image, stays', async () => {
  assert.match(
    await renderLearn('| Port | |\n| --- | --- |\n| 443 | HTTPS |\n'),
    /<thead>[\s\S]*<th>Port <\/th>/,
  );
  const { rehypeEmptyTableHeader } = await import('../../src/markdown/rehype-empty-table-header.ts');
  const element = (tagName: string, children: Element['children'], properties = {}): Element => ({
    type: 'element',
    tagName,
    properties,
    children,
  });
  const image = element('img', [], { src: '/status.png', alt: 'Status' });
  const tree: Root = {
    type: 'root',
    children: [element('table', [element('thead', [element('tr', [element('th', [image])])])])],
  };
  rehypeEmptyTableHeader()(tree);
  assert.equal(((tree.children[0] as Element).children[0] as Element).tagName, 'thead');
});

test('a header row holding only a bookmark stays: links may land on it', async () => {
  const html = await renderLearn('| <a id="limits"></a> | |\n|-|-|\n| a | b |\n');
  assert.match(html, /<thead>[\s\S]*id="limits"/);
});

test('an empty header cell beside others, the corner of a grid, is a data cell: it heads nothing', async () => {
  const html = await renderLearn('| | Basic | Premium |\n|---|---|---|\n| Price | 1 | 2 |\n');
  assert.match(html, /<thead>\s*<tr>\s*<td><\/td>\s*<th>Basic <\/th>\s*<th>Premium <\/th>/);
  // An MDX page's own table: an empty <th>, and its scope=, which a data cell may not have.
  const jsx = await renderLearn(
    '<table><thead><tr><th scope="col"></th><th scope="col">Basic</th></tr></thead><tbody><tr><th scope="row">Price</th><td>1</td></tr></tbody></table>\n',
  );
  assert.match(jsx, /<tr><td><\/td><th scope="col">Basic<\/th><\/tr>/);
  assert.match(jsx, /<th scope="row">Price<\/th>/);
});
