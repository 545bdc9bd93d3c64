/**
 * A page's Markdown copy, llms.txt and llms-full.txt link what the page links, nothing else, as a GFM reader
 * (GitHub, remark-gfm) reads them: an address the page shows as text is no link there either (red team 25).
 * llms-full.txt reads the pages llms.txt lists from inside dist/ only.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Link } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { SITE_URL } from '../../src/consts.ts';
import { formatLlmsTxt } from '../../src/lib/llms-txt.ts';
import { pageMarkdown } from '../../src/lib/page-markdown.ts';
import { markdownStage } from '../../src/lib/post-build/markdown.ts';
import { tempDir } from '../support/temp-dir.ts';

/** The links a GFM reader finds in `markdown`, autolink literals included. */
function gfmLinks(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const links: string[] = [];
  visit(tree, 'link', (node: Link) => {
    links.push(node.url);
  });
  return links;
}

/** The links of the Markdown copy of a page whose article holds `body`, but its header's (credit, licence, address). */
function copyLinks(body: string): string[] {
  const page = (html: string) =>
    `<html><body><main><article><h1>Title</h1><div class="content">${html}</div></article></main></body></html>`;
  const header = new Set(gfmLinks(pageMarkdown(page(''), 'https://site.example/p/').markdown));
  return gfmLinks(pageMarkdown(page(body), 'https://site.example/p/').markdown).filter(
    (url) => !header.has(url),
  );
}

test('an address the page shows as text is no link in its Markdown copy', () => {
  for (const body of [
    // Split by markup: no step of the build reads a link there, and the page shows none.
    '<p>See https:<span>//evil.example/x</span> now.</p>',
    '<p>See ww<span>w.evil.example</span> now.</p>',
    '<p>Mail me<span>@evil.example</span> now.</p>',
    '<p>See http<wbr>s://evil.example/x, mailto<b></b>:me@evil.example.</p>',
    '<h2 id="h">https:<em></em>//evil.example</h2><table><tr><td>ww<i></i>w.evil.example</td></tr></table>',
    '<ul><li><p>https:<span>//evil.example/</span></p></li></ul><blockquote><p>x@<span>evil.example</span></p></blockquote>',
    // The serialiser's own marks: `**a**_me_@evil.example` was read as the address _me_@evil.example.
    '<p><strong>a</strong><em>me</em>@evil.example, <em> </em>www.<span>_b</span>, <code>a`</code>ww<span>w.evil.example</span></p>',
  ]) {
    assert.deepEqual(copyLinks(body), [], body);
  }
});

test('the links a page has stay links, and a copy keeps its words', () => {
  assert.deepEqual(
    copyLinks('<p>See <a href="https://learn.microsoft.com/x">https://learn.microsoft.com/x</a>.</p>'),
    ['https://learn.microsoft.com/x'],
  );
  const { markdown } = pageMarkdown(
    '<html><body><article><h1>T</h1><p>See https:<span>//evil.example/x</span> now.</p></article></body></html>',
    'https://site.example/p/',
  );
  assert.match(markdown, /See `https:\/\/evil\.example\/x` now\./);
});

test('a description in llms.txt that names an address links nothing', () => {
  const text = formatLlmsTxt({
    name: 'Site',
    summary: 'Mail site@evil.example',
    notes: [],
    sections: [
      {
        heading: 'Pages',
        links: [
          {
            title: 'www.evil.example',
            url: 'https://site.example/p/index.md',
            description: 'See www.evil.example and https://evil.example/x.',
          },
        ],
      },
    ],
  });
  assert.deepEqual(gfmLinks(text), ['https://site.example/p/index.md']);
});

test('llms-full.txt reads only dist/: a link of llms.txt to a folder beside it is refused', () => {
  const root = tempDir('llms-full-');
  const site = join(root, 'dist');
  mkdirSync(join(root, 'dist-x'), { recursive: true });
  mkdirSync(site);
  writeFileSync(join(root, 'dist-x', 'secret.md'), 'SECRET');
  // `%2F` is no separator to URL, so `..` survives it; decoded, the path leaves dist/ for dist-x/.
  const url = `${SITE_URL}/a%2F..%2F..%2Fdist-x%2Fsecret.md`;
  writeFileSync(
    join(site, 'llms.txt'),
    formatLlmsTxt({
      name: 'Site',
      summary: 'S',
      notes: [],
      sections: [{ heading: 'Pages', links: [{ title: 'P', url }] }],
    }),
  );
  const stage = markdownStage(join(root, 'content'));
  stage.merge?.([1]);
  assert.throws(() => stage.finish?.(site), /which the build did not write/);
  assert.ok(
    !existsSync(join(site, 'llms-full.txt')) ||
      !readFileSync(join(site, 'llms-full.txt'), 'utf8').includes('SECRET'),
  );
});
