/**
 * Text a browser never shows is neither searched nor copied, as a `<div hidden>`'s is not (red team 19). Red team
 * 22: a `<datalist>`'s options, `<rp>`, the fallback text inside `<audio>`, `<video>`, `<canvas>`, `<meter>` and
 * `<progress>`, and MathML's `<annotation>` all built, and Pagefind indexed their words, so search found the page
 * by words no reader meets on it and its excerpt showed them (src/lib/unseen.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import * as pagefind from 'pagefind';
import { INDEX_OPTIONS } from '../../src/integrations/pagefind.ts';
import { pageMarkdown } from '../../src/lib/page-markdown.ts';
import { indexedText } from '../../src/lib/post-build/vocabulary.ts';

const NEVER_SHOWN = [
  '<datalist id="d"><option>datalistword</option></datalist>',
  '<ruby>base<rp>rpword</rp><rt>rubytext</rt></ruby>',
  '<audio>audioword</audio>',
  '<video>videoword</video>',
  '<canvas>canvasword</canvas>',
  '<meter value="1">meterword</meter>',
  '<progress>progressword</progress>',
  '<math><semantics><mi>x</mi><annotation>annotationword</annotation></semantics></math>',
  // Red team 23: a phantom keeps its content's room and shows none of it.
  '<math><mi>y</mi><mphantom><mtext>phantomword</mtext></mphantom></math>',
];
const HIDDEN_WORDS =
  /datalistword|rpword|audioword|videoword|canvasword|meterword|progressword|annotationword|phantomword/;
const PAGE = `<html lang="en"><body><main><article data-pagefind-body><h1>Cloaked page</h1><div class="content"><p>Visible text.</p><p>${NEVER_SHOWN.join('')}</p></div></article></main></body></html>`;

test('the search vocabulary and the Markdown copy hold none of the words a browser never shows', () => {
  const text = indexedText(fromHtml(PAGE));
  assert.match(text, /Visible text/);
  assert.match(text, /rubytext/);
  assert.doesNotMatch(text, HIDDEN_WORDS);
  const { markdown } = pageMarkdown(PAGE, 'https://example.org/cloak/');
  assert.match(markdown, /Visible text\./);
  assert.doesNotMatch(markdown, HIDDEN_WORDS);
});

test('Pagefind, told INDEX_OPTIONS, indexes the visible words only', async () => {
  try {
    const { index } = await pagefind.createIndex(INDEX_OPTIONS);
    assert.ok(index);
    await index.addHTMLFile({ url: '/cloak/', content: PAGE });
    const { files } = await index.getFiles();
    const { gunzipSync } = await import('node:zlib');
    const fragments = files
      .filter((file) => file.path.startsWith('fragment/'))
      .map((file) => gunzipSync(Buffer.from(file.content)).toString());
    assert.equal(fragments.length, 1);
    assert.match(fragments[0] ?? '', /Visible text/);
    assert.doesNotMatch(fragments[0] ?? '', HIDDEN_WORDS);
  } finally {
    await pagefind.close();
  }
});
