/**
 * A list written straight inside a list is the sublist of the item before it (src/markdown/rehype-nested-lists.ts).
 * Trial CE: dynamics-365-customer-engagement's CIF getEntityMetadata page (its shared/token-getEntityMetadata.md)
 * writes the privilege types as a `<ul>` straight in the Privileges `<ul>`, which axe refused on the built
 * page at every width (list: a list holds only items).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { rehypeNestedLists, SUBLIST_ITEM_CLASS } from '../../src/markdown/rehype-nested-lists.ts';
import { renderLearn } from '../support/learn-markdown.ts';

// As the import writes the page (an HTML table's cell on one line of an .mdx page).
const PRIVILEGES =
  '<table> <tr> <th>Attribute Name</th> <th>Type</th> <th>Description</th> </tr> <tr> <td>Privileges</td> <td>Array of objects</td> ' +
  '<td>The privilege metadata for the entity: <ul> <li><b>Name</b>: String. The name of the privilege.</li> ' +
  '<li><b>PrivilegeType</b>: Number. The type of privilege, which is one of the following:</li> <ul> <li>0: None</li> ' +
  '<li>1: Create</li> <li>2: Read</li> </ul> </ul></td> </tr> </table>\n';

/** Each list's element children that are lists: none in well-formed HTML. */
function listsInLists(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, 'element', (element: Element) => {
    if (!['ul', 'ol'].includes(element.tagName)) return;
    for (const child of element.children)
      if (child.type === 'element' && ['ul', 'ol'].includes(child.tagName)) found.push(toText(child));
  });
  return found;
}

/** The `<li>` whose own text starts with `start`. */
function itemStarting(tree: Root, start: string): Element | undefined {
  let found: Element | undefined;
  visit(tree, 'element', (element: Element) => {
    if (element.tagName === 'li' && toText(element).trim().startsWith(start)) found ??= element;
  });
  return found;
}

test("the privilege types are the PrivilegeType item's sublist, read in the same order", async () => {
  const html = await renderLearn(PRIVILEGES);
  const tree = fromHtml(html, { fragment: true });
  assert.deepEqual(listsInLists(tree), []);
  const item = itemStarting(tree, 'PrivilegeType');
  assert.match(toText(item ?? tree), /one of the following:\s*0: None\s*1: Create\s*2: Read/);
  assert.match(
    toText(tree),
    /The name of the privilege\.\s*PrivilegeType: Number\..*0: None\s*1: Create\s*2: Read/s,
  );
});

test('a sublist first in its list gets an item without a marker; a well-formed list is left as written', () => {
  const tree = fromHtml('<ol><ol><li>a</li></ol><li>b</li></ol><ul><li>c<ul><li>d</li></ul></li></ul>', {
    fragment: true,
  });
  const before = toText(tree);
  rehypeNestedLists()(tree);
  assert.deepEqual(listsInLists(tree), []);
  const holder = itemStarting(tree, 'a');
  assert.deepEqual(holder?.properties['className'], [SUBLIST_ITEM_CLASS]);
  assert.equal(toText(tree), before);
  assert.equal(
    toText(itemStarting(tree, 'c') ?? tree),
    'c\nd',
    'the well-formed list keeps its sublist in its item',
  );
});

test('anything else written straight in a list, in an MDX page too, joins the item before it or one of its own', async () => {
  const html = await renderLearn(
    '<ul><p>Before any item.</p><li>First</li><div>After the first.</div></ul>\n\n<ol>Loose text<li>One</li></ol>\n',
  );
  const tree = fromHtml(html, { fragment: true });
  const strays: string[] = [];
  visit(tree, 'element', (element: Element) => {
    if (!['ul', 'ol'].includes(element.tagName)) return;
    for (const child of element.children)
      if (
        child.type === 'element' ? child.tagName !== 'li' : child.type === 'text' && child.value.trim() !== ''
      )
        strays.push(toText(child));
  });
  assert.deepEqual(strays, [], 'a list holds only items');
  assert.deepEqual(itemStarting(tree, 'Before any item')?.properties['className'], [SUBLIST_ITEM_CLASS]);
  assert.equal(toText(itemStarting(tree, 'First') ?? tree).replace(/\s+/g, ' '), 'First After the first.');
  assert.deepEqual(itemStarting(tree, 'Loose text')?.properties['className'], [SUBLIST_ITEM_CLASS]);
});

test('items written outside any list, in an MDX page too, get a list of their own, one for a run of them', async () => {
  const html = await renderLearn('Intro.\n\n<li>Alone</li>\n\n<div><li>One</li> <li>Two</li></div>\n');
  const tree = fromHtml(html, { fragment: true });
  const outside: string[] = [];
  visit(tree, 'element', (element: Element, _index, parent) => {
    if (element.tagName === 'li' && !(parent?.type === 'element' && ['ul', 'ol'].includes(parent.tagName)))
      outside.push(toText(element));
  });
  assert.deepEqual(outside, [], 'every item is in a list');
  assert.match(html, /<ul><li>Alone<\/li><\/ul>/);
  assert.match(html, /<div><ul><li>One<\/li><li>Two<\/li><\/ul><\/div>/);
});
