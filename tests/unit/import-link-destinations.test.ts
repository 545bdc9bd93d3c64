/**
 * An HTML link whose URL holds a space, as windows-driver-docs-ddi's generated pages end ("Send comments about
 * this topic to Microsoft", a `mailto:` with its subject and body), is imported as a link: the import writes
 * its destination in `<…>` (`[mail](<mailto:a@b.com?subject=x y>)`, CommonMark's form for one with a space),
 * and that `<` opens no tag, so it is not escaped into text the page shows.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { toMdxSafe } from '../../src/lib/import/mdx-safe.ts';
import { renderLearn } from '../support/learn-markdown.ts';

const PAGE = '/docs/gpioclx/a.md';
const FRONT = '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n# T\n\n';

/** The page the import writes of `body` (after its H1), rendered as the site renders it: its links' hrefs and the text shown. */
async function importedPage(body: string): Promise<{ links: [string, string][]; text: string }> {
  const files: SourceFiles = {
    read: (path) => (path === PAGE ? `${FRONT}${body}` : undefined),
    exists: (path) => path === PAGE,
  };
  const plan = planImport([PAGE], { sourceRoot: '/docs/gpioclx' }, files);
  const html = await renderLearn(plan.pages[0]?.body ?? '');
  const tree = fromHtml(html, { fragment: true });
  const links: [string, string][] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'a' && typeof node.properties['href'] === 'string')
      links.push([node.properties['href'], toString(node).replace(/ \(.*\)$/, '')]);
  });
  return { links, text: toString(tree) };
}

/** A URL as a browser reads it from an `href`, its percent-encoding undone (the site writes `[` as `%5B`). */
const followed = (href: string) => decodeURI(new URL(href).href);

describe('an <a href> whose URL holds a space', () => {
  test('a mailto: is a working link, its URL as a browser reads the HTML one', async () => {
    // Shaped like ne-gpioclx-_gpio_connect_io_pins_mode.md's last line (its backslash left out).
    const href =
      "mailto:wsddocfb@microsoft.com?subject=Documentation%20feedback [GPIO parports]:%20GPIO_CONNECT_IO_PINS_MODE enumeration%20 RELEASE:%20(12/14/2017)&body=%0A%0AWe don't use your email address for any other purpose, and we'll remove it.";
    const { links, text } = await importedPage(
      `<a href="${href.replace('&', '&amp;')}" title="Send comments about this topic to Microsoft">Send comments about this topic to Microsoft</a>\n`,
    );
    assert.deepEqual(
      links.map(([url, name]) => [followed(url), name]),
      [[followed(href), 'Send comments about this topic to Microsoft']],
    );
    assert.doesNotMatch(text, /mailto|\]\(/);
  });

  test('an https: URL, and a link whose text is code, each a link in a sentence', async () => {
    const { links, text } = await importedPage(
      'See <a href="https://example.com/a b">the page</a> and <a href="https://example.com/c d"><code>Code</code></a>.\n',
    );
    assert.deepEqual(
      links.map(([url, name]) => [followed(url), name]),
      [
        ['https://example.com/a b', 'the page'],
        ['https://example.com/c d', 'Code'],
      ],
    );
    assert.match(text, /^See the page \(external site\) and Code \(external site\)\.$/m);
  });
});

describe('toMdxSafe of a link written with a <…> destination', () => {
  for (const [markdown, kept] of [
    ['See [mail](<mailto:a@b.com?subject=x y>).', true],
    ['![A diagram](<media/a b.png>) and [`x`](<a b.md> "title")', true],
    ['[a <b>bold</b> word](<https://example.com/a(b>)', true],
    // Not a link's destination: still text, escaped as before.
    ['a ](<x y>) and <c d> and [e] (<f g>)', false],
  ] as const) {
    test(`${JSON.stringify(markdown)}: its destinations ${kept ? 'kept' : 'are text'}`, () => {
      const mdx = toMdxSafe(`${markdown}\n`);
      if (kept) {
        for (const [destination] of markdown.matchAll(/\]\(<[^>]*>/g))
          assert.ok(mdx.includes(destination), mdx);
        assert.doesNotMatch(mdx, /\]\(\\</);
      } else assert.equal(mdx, 'a ](\\<x y>) and \\<c d> and [e] (\\<f g>)\n');
    });
  }
});
