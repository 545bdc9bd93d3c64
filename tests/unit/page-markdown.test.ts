/** A page's Markdown copy is made from a copy of its tree: the other post-build stages read the same tree. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { pageMarkdown } from '../../src/lib/page-markdown.ts';

const PAGE =
  '<html><body><article><h1>Privacy</h1><h2 id="x">Data <a class="heading-anchor" href="#x">#</a></h2>' +
  '<div class="callout"><p class="callout-title"><svg aria-hidden="true"></svg>Note</p><p>Read <a href="../security/">this</a>.</p></div>' +
  '<nav class="toc"><a href="#a">On this page</a></nav><p>Text <img src="a.png" alt="A"></p></article></body></html>';

test('leaves the page’s tree as it was, and makes the same Markdown again', () => {
  const tree = fromHtml(PAGE);
  const before = structuredClone(tree);
  const first = pageMarkdown(tree, 'https://example.org/privacy/');
  assert.deepEqual(tree, before);
  assert.equal(pageMarkdown(tree, 'https://example.org/privacy/').markdown, first.markdown);
});

test('a callout is a quote led by its label in bold; links and images are absolute; the chrome is left out', () => {
  const { title, markdown } = pageMarkdown(fromHtml(PAGE), 'https://example.org/privacy/');
  assert.equal(title, 'Privacy');
  assert.match(markdown, /^## Data$/m);
  assert.match(markdown, /^> \*\*Note\*\*$/m);
  assert.match(markdown, /^> Read \[this\]\(https:\/\/example\.org\/security\/\)\.$/m);
  assert.match(markdown, /!\[A\]\(https:\/\/example\.org\/privacy\/a\.png\)/);
  assert.doesNotMatch(markdown, /On this page/);
});

test('a page whose footer credits another Learn article credits it in its Markdown too', () => {
  const url = 'https://learn.microsoft.com/en-us/contoso/kb/kb-start';
  const html =
    '<html><body><main><article><h1>Start</h1><p>Text.</p></article></main>' +
    `<footer><p data-source-article>Adapted from <a href="${url}">Start<span class="external-marker"><span class="visually-hidden">(external site)</span></span></a> (${url}).</p></footer></body></html>`;
  const { markdown } = pageMarkdown(html, 'https://example.org/kb-start/');
  assert.match(
    markdown,
    /^> Adapted from \[Start\]\(https:\/\/learn\.microsoft\.com\/en-us\/contoso\/kb\/kb-start\), © Microsoft/m,
  );
  assert.doesNotMatch(markdown, /split into pages/);
  const seed = pageMarkdown(
    '<html><body><main><article><h1>Privacy</h1></article></main></body></html>',
    'https://example.org/privacy/',
  );
  assert.match(seed.markdown, /The article is split into pages here/);
});
