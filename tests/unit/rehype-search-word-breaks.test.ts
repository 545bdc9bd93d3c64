/**
 * The search index reads a table's header cells as words apart. Pagefind breaks after a `td`'s text but not
 * after a `th`'s, and the built pages have no white space between tags: customer-insights-pr.he-il's
 * ci-docs/service-limits.md (real-folder trial BY), headed "אזור | מגבלות | הערות", was indexed as
 * "אזורמגבלותהערות", so "הערות" found nothing there. Here the header row's text is read as Pagefind reads it,
 * every element's text joined as it stands.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { renderLearn } from '../support/learn-markdown.ts';
import { rehypeSearchWordBreaks } from '../../src/markdown/rehype-search-word-breaks.ts';

const LIMITS =
  '## מגבלות שירות\n\n| אזור  | מגבלות  | הערות |\n|-------------|---------|---------|\n' +
  '| פלחים ומידות | 100 פלחים או מדדים. | המספר הכולל |\n';

/** The elements named `tagName` in `tree`, in order. */
const all = (tree: Root | Element, tagName: string) => {
  const found: Element[] = [];
  visit(tree, 'element', (element: Element) => {
    if (element.tagName === tagName) found.push(element);
  });
  return found;
};

/**
 * The text of the first `tagName` in `html` as Pagefind joins it in the built page: each text node after
 * the one before, without the line breaks between a table's tags, which the build's HTML leaves out.
 */
const joined = (html: string, tagName: string) => {
  const [found] = all(fromHtml(html, { fragment: true }), tagName);
  if (found === undefined) return '';
  for (const part of [found, ...['tr', 'thead', 'tbody'].flatMap((name) => all(found, name))])
    part.children = part.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  return toString(found);
};

test("a table's header cells are words apart in the text the search index reads", async () => {
  const html = await renderLearn(LIMITS);
  assert.deepEqual(joined(html, 'thead').split(/\s+/).filter(Boolean), ['אזור', 'מגבלות', 'הערות']);
  // What a reader sees is the same: each cell's text, the space at its end shown as nothing.
  assert.match(html, /<th>אזור <\/th>\n<th>מגבלות <\/th>\n<th>הערות <\/th>/);
  assert.match(html, /<td>פלחים ומידות<\/td>/);
});

test('a caption, a term and its definition end with a space; one ending with one, or empty, is left', () => {
  const tree = fromHtml(
    '<table><caption>Limits</caption><tr><th><code>Name</code></th><th>Note </th><th></th></tr></table>' +
      '<dl><dt>Term</dt><dd>Meaning</dd></dl>',
    { fragment: true },
  );
  rehypeSearchWordBreaks()(tree);
  const text = (tagName: string) => all(tree, tagName).map((element) => toString(element));
  assert.deepEqual(text('caption'), ['Limits ']);
  assert.deepEqual(text('th'), ['Name ', 'Note ', '']);
  assert.deepEqual(text('dl'), ['Term Meaning ']);
});
