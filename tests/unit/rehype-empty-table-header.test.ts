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
