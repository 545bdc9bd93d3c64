/**
 * What no reader sees on a page (`hidden`, a closed `<dialog>`) is neither searched nor copied: an MDX page's
 * `<div hidden>privacy privacy compliance security</div>` ranked it in search for words a reader never meets
 * on it, and its Markdown copy held them (red team 19).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import * as pagefind from 'pagefind';
import { SKIP, visit } from 'unist-util-visit';
import { INDEX_OPTIONS } from '../../src/integrations/pagefind.ts';
import { pageMarkdown } from '../../src/lib/page-markdown.ts';
import { indexedText } from '../../src/lib/post-build/vocabulary.ts';
import { isUnseen } from '../../src/lib/unseen.ts';

const PAGE =
  '<html><body><main><article data-pagefind-body><h1>Cloaked page</h1><div class="content"><p>Visible text.</p>' +
  '<div hidden>zyxwvut privacy privacy compliance</div><dialog>closeddialogword</dialog>' +
  '<dialog open>opendialogword</dialog><div hidden="until-found">untilfoundword</div>' +
  '<section class="learn-tab"><p>tabword</p><div id="learn-tabs-1-end" hidden></div></section>' +
  '</div></article></main></body></html>';

test('search indexes what readers see: not a hidden element nor a closed dialog', () => {
  const text = indexedText(fromHtml(PAGE));
  for (const word of ['Visible', 'opendialogword', 'tabword']) assert.match(text, new RegExp(word));
  for (const word of ['zyxwvut', 'privacy', 'closeddialogword', 'untilfoundword'])
    assert.doesNotMatch(text, new RegExp(word));
});

test('the Markdown copy holds what readers see, nothing hidden', () => {
  const { markdown } = pageMarkdown(PAGE, 'https://example.org/cloak/');
  assert.match(markdown, /Visible text\./);
  assert.doesNotMatch(markdown, /zyxwvut|closeddialogword|untilfoundword/);
});

test("the site's own hidden tab-set end marker is no hidden text: search reads it as an anchor", () => {
  const elements: Element[] = [];
  const tree = fromHtml(PAGE);
  const walk = (node: { children?: unknown[] }) => {
    for (const child of (node.children ?? []) as (Element | { type: string })[]) {
      if (child.type !== 'element') continue;
      elements.push(child as Element);
      walk(child as Element);
    }
  };
  walk(tree);
  const unseen = elements
    .filter(isUnseen)
    .map((node) => `${node.tagName}${node.properties['hidden'] ? '[hidden]' : ''}`);
  assert.deepEqual(unseen, ['div[hidden]', 'dialog', 'div[hidden]']);
});

test('Pagefind, told INDEX_OPTIONS (UNSEEN_SELECTORS), indexes of each element of the page what isUnseen leaves', async () => {
  const isContent = (node: Element) => node.properties['className']?.toString() === 'content';
  const elements: Element[] = [];
  visit(fromHtml(PAGE), 'element', (node, _, parent) => {
    if (parent?.type === 'element' && isContent(parent)) elements.push(node);
  });
  // The page with its first paragraph and `element` (none: the paragraph alone).
  const pageOf = (element: Element | undefined) => {
    const tree = fromHtml(PAGE);
    visit(tree, 'element', (node) => {
      if (!isContent(node)) return undefined;
      node.children = node.children.slice(0, 1);
      if (element) node.children.push(element);
      return SKIP;
    });
    return toHtml(tree);
  };
  const words = async (options: pagefind.PagefindServiceConfig, content: string) => {
    const { index } = await pagefind.createIndex(options);
    assert.ok(index);
    const { errors, file } = await index.addHTMLFile({ url: '/cloak/', content });
    assert.deepEqual(errors, []);
    return file.uniqueWords;
  };
  try {
    assert.equal(elements.length, 6);
    for (const element of elements.slice(1)) {
      const unseen = isUnseen(element);
      const seenWords = await words({}, pageOf(unseen ? undefined : element));
      assert.equal(await words(INDEX_OPTIONS, pageOf(element)), seenWords, toHtml(element));
      // Its words are Pagefind's when it is not told.
      if (unseen) assert.ok((await words({}, pageOf(element))) > seenWords, toHtml(element));
    }
  } finally {
    await pagefind.close();
  }
});
