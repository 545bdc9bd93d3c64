/**
 * The search vocabulary holds the words Pagefind indexes, and no others: Pagefind leaves `<nav>`, `<footer>`,
 * `<label>`, `<svg>`… out of every page by itself, and a page's `<footer>securty</footer>`, counted, made
 * "securty" an index word the search never corrected to "security", though Pagefind found nothing for it
 * (red team 20).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import * as pagefind from 'pagefind';
import { INDEX_OPTIONS } from '../../src/integrations/pagefind.ts';
import { indexedText, PAGEFIND_REMOVED_TAGS } from '../../src/lib/post-build/vocabulary.ts';

/** A page of the site's shape whose content is a paragraph and `part`. */
const page = (part: string) =>
  '<html><body><main><article data-pagefind-body><h1>Title</h1><div class="content"><p>Visible text.</p>' +
  `${part}</div></article></main></body></html>`;

/** `word` inside an element `tag`: an SVG's text in a `<text>`, as a drawing holds it. */
const inside = (tag: string, word: string) =>
  tag === 'svg' ? `<svg><text>${word}</text></svg>` : `<${tag}>${word}</${tag}>`;

/** Elements that can stand in a page's body (a `<head>` there is dropped by the HTML parser). */
const removed = [...PAGEFIND_REMOVED_TAGS].filter((tag) => tag !== 'head');

test("the vocabulary leaves out the words of the elements Pagefind removes, and keeps other elements' words", () => {
  for (const tag of removed)
    assert.doesNotMatch(indexedText(fromHtml(page(inside(tag, 'securty')))), /securty/, tag);
  for (const tag of ['header', 'aside', 'section', 'button', 'figcaption'])
    assert.match(indexedText(fromHtml(page(inside(tag, 'securty')))), /securty/, tag);
});

test('Pagefind, as the site runs it, indexes no word of those elements, and those of the others', async () => {
  const words = async (content: string) => {
    const { index } = await pagefind.createIndex(INDEX_OPTIONS);
    assert.ok(index);
    const { errors, file } = await index.addHTMLFile({ url: '/page/', content });
    assert.deepEqual(errors, []);
    return file.uniqueWords;
  };
  try {
    const base = await words(page(''));
    for (const tag of removed) assert.equal(await words(page(inside(tag, 'securty'))), base, tag);
    assert.equal(await words(page(inside('header', 'securty'))), base + 1);
  } finally {
    await pagefind.close();
  }
});
