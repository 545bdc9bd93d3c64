/** Headings one level at a time under the page's title (src/markdown/rehype-heading-order.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { rehypeHeadingOrder } from '../../src/markdown/rehype-heading-order.ts';
import { buildToc } from '../../src/lib/toc.ts';
import { findElements, textOf } from '../support/html.ts';
import { headingIdsOf, renderLearn } from '../support/learn-markdown.ts';

/** The levels of `tree`'s headings, in order, after the plugin. */
function levels(...tags: string[]): string[] {
  const tree: Root = {
    type: 'root',
    children: tags.map((tagName, at): Element => ({
      type: 'element',
      tagName,
      properties: {},
      children: [{ type: 'text', value: `Heading ${String(at)}` }],
    })),
  };
  rehypeHeadingOrder()(tree);
  return tree.children.map((child) => (child as Element).tagName);
}

test("VBA-Docs' pages (trial CG) read one level at a time: the include's h3 after the title, See also's h4", async () => {
  // api/Word.WdSaveOptions.md: the H1 (the page's title), a table, then the include's `### Support and feedback`.
  const enumeration = await headingIdsOf(
    '|Name|Value|\n|:--|:--|\n| **wdDoNotSaveChanges**|0|\n\n### Support and feedback\n\nHave questions?\n',
  );
  assert.deepEqual(
    enumeration.headings.map((heading) => [heading.depth, heading.slug]),
    [[2, 'support-and-feedback']],
  );
  // api/Word.Document.md: `## See also`, then `#### Other resources`, which "On this page" left out.
  const object = await headingIdsOf(
    '## Members\n\n### Events\n\nText.\n\n## See also\n\n#### Other resources\n\n[Word Object Model Reference](https://learn.microsoft.com/office/vba/api/overview/word/object-model)\n',
  );
  assert.deepEqual(
    object.headings.map((heading) => [heading.depth, heading.slug]),
    [
      [2, 'members'],
      [3, 'events'],
      [2, 'see-also'],
      [3, 'other-resources'],
    ],
  );
  assert.deepEqual(
    buildToc(object.headings).map((item) => [item.slug, item.children.map((child) => child.slug)]),
    [
      ['members', ['events']],
      ['see-also', ['other-resources']],
    ],
  );
});

test('the headings under a raised one keep their places below it; siblings stay siblings', () => {
  assert.deepEqual(levels('h2', 'h4', 'h5', 'h4', 'h3', 'h6'), ['h2', 'h3', 'h4', 'h3', 'h3', 'h4']);
  assert.deepEqual(levels('h4', 'h4', 'h6'), ['h2', 'h2', 'h3']);
});

test('levels that skip none are kept', () => {
  assert.deepEqual(levels('h2', 'h3', 'h4', 'h3', 'h2', 'h3'), ['h2', 'h3', 'h4', 'h3', 'h2', 'h3']);
});

// Red team 34: a content h1 looked as the page's title does, so a page could start another page of its own below a
// forged footer and breadcrumb, titled as it liked.
test('a content h1 is no second title: it is an h2, a section of the page, the headings after it as written', () => {
  assert.deepEqual(levels('h3', 'h1', 'h3'), ['h2', 'h2', 'h3']);
  assert.deepEqual(levels('h1', 'h2', 'h3', 'h1', 'h4'), ['h2', 'h2', 'h3', 'h2', 'h3']);
});

test('a content h1 written in HTML or as JSX in an .mdx page is no second title either', async () => {
  const html = await renderLearn(
    'Intro.\n\n<h1>Licence renewal</h1>\n\n## Steps\n\n<div>\n\n# Privacy\n\n</div>\n',
  );
  assert.deepEqual(
    findElements(html, (element) => /^h[1-6]$/.test(element.tagName)).map(
      (heading) => `${heading.tagName} ${textOf(heading)}`,
    ),
    ['h2 Licence renewal', 'h2 Steps', 'h2 Privacy'],
  );
});

test("a tab set's labels keep their places: under the heading before the set, each other's siblings", async () => {
  const labels = await renderLearn(
    '## Mount\n\n# [SMB](#tab/smb)\n\n### SMB\n\nSMB text.\n\n# [NFS](#tab/nfs)\n\nNFS text.\n\n---\n',
  );
  assert.deepEqual(
    findElements(labels, (element) => /^h[1-6]$/.test(element.tagName)).map(
      (heading) => `${heading.tagName} ${textOf(heading)}`,
    ),
    ['h2 Mount', 'h3 SMB', 'h3 SMB', 'h3 NFS'],
  );
});
