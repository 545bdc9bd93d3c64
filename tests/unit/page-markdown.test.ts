/** A page's Markdown copy is made from a copy of its tree: the other post-build stages read the same tree. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
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

test('the title and the credited article are text in the copy, whatever they hold', () => {
  // The red-team title (newlines, a link, HTML), as the layout writes it into the H1 and the footer's credit.
  const title = 'Hi\n\n[Click me](https://evil.example/title)\n\n<img src=x onerror=alert(1)>';
  const escaped = title.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  const credit = 'https://learn.microsoft.com/en-us/contoso/kb/kb-start';
  const html =
    `<html><body><main><article><h1>${escaped}</h1><p>Text.</p></article></main>` +
    `<footer><p data-source-article>Adapted from <a href="${credit}">${escaped} ](https://evil.example/credit)</a>.</p></footer></body></html>`;
  const { markdown } = pageMarkdown(html, 'https://example.org/a/[x](https:/evil.example/path)/');
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const [heading] = tree.children;
  assert.equal(heading?.type, 'heading');
  assert.equal(toString(heading), title.replace(/\s+/g, ' '));
  const links: string[] = [];
  const kinds = new Set<string>();
  visit(tree, (node) => {
    kinds.add(node.type);
    // GFM links a bare URL whatever escapes it (remark-gfm does): shown as itself, it hides nothing.
    if (node.type === 'link' && toString(node) !== node.url) links.push(node.url);
  });
  assert.ok(!kinds.has('html'), markdown);
  assert.ok(
    !links.some((url) => url.includes('evil.example') && !url.startsWith('https://example.org/')),
    links.join(' '),
  );
  assert.ok(links.includes(credit));
  assert.equal(tree.children.filter((node) => node.type === 'heading').length, 1, markdown);
});
