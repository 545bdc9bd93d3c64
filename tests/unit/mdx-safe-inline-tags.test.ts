/**
 * HTML tags in Learn Markdown balanced as a browser reads them, where MDX wants each element closed: a tag
 * left open in emphasis, strong or a link's text closes at its end (a browser closes it at the `</em>` markdig
 * writes), and a start tag closes what HTML's parser closes for it (a `<p>` the open `<p>`, a `<dd>` the open
 * `<dt>`, a `<td>` the open cell). Real-folder trial BP (microsoft-365-docs-pr.pt-BR, microsoft-365/campaigns).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile } from '@mdx-js/mdx';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { toMdxSafe } from '../../src/lib/import/mdx-safe.ts';
import { asElements } from '../support/mdx-elements.ts';

/** The HTML the build's MDX (with GFM) makes of the import of `learn`, as it makes it (it throws where the build fails). */
async function siteHtml(learn: string): Promise<string> {
  let html = '';
  await compile(toMdxSafe(learn), {
    remarkPlugins: [remarkGfm],
    rehypePlugins: [
      () => (tree: Root) => {
        html = toHtml(asElements(tree));
      },
    ],
  });
  return html.replace(/\n/g, '');
}

/** The HTML Learn shows for `learn`: its Markdown as HTML, the tags as written, read by a browser's parser. */
function learnHtml(learn: string): string {
  const html = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true })
    .processSync(learn)
    .toString();
  return toHtml(fromHtml(html, { fragment: true })).replace(/\n/g, '');
}

describe('a tag left open in emphasis, strong or a link closes at its end, where a browser closes it', () => {
  test("m365-campaigns-increase-protection.md's paragraph: builds, and reads as on Learn", async () => {
    const learn = 'Por exemplo, *ana maria <span> <span> @contoso. com*. Fim.\n';
    assert.equal(
      await siteHtml(learn),
      '<p>Por exemplo, <em>ana maria <span> <span> @contoso. com</span></span></em>. Fim.</p>',
    );
    assert.equal(await siteHtml(learn), learnHtml(learn));
  });

  test('the same in a table cell, as the page writes it in two rows', async () => {
    const learn =
      '|A|B|\n|:-----|:-----|\n|Escolher  <br/> |Por exemplo, *ana maria <span> <span> @contoso. com*. Fim.  <br/> |\n';
    assert.equal(await siteHtml(learn), learnHtml(learn));
  });

  test('a formatting element is reopened after it, as a browser reopens it', async () => {
    for (const learn of [
      'Use *the <b>Admin* center</b> now.\n',
      '**Go to <i>Settings** and then</i> Users.\n',
      'See [the <b>guide](https://example.com/guide) first</b>.\n',
    ])
      assert.equal(await siteHtml(learn), learnHtml(learn), learn);
  });

  test('one whose closing * a letter follows is written as its element: a > before it would close nothing', async () => {
    const learn = 'Un*fold <span>it*ems\n';
    assert.equal(await siteHtml(learn), '<p>Un<em>fold <span>it</span></em>ems</p>');
    assert.equal(await siteHtml(learn), learnHtml(learn));
  });

  test("a list item's paragraph after a blank line, which MDX reads as a paragraph, not code", async () => {
    const learn = '1. Sign in.\n\n    Your name, *ana maria <span> @contoso. com*.\n';
    assert.equal(await siteHtml(learn), learnHtml(learn));
  });

  test('an end tag inside one, of an element opened before it, closes it after it: it builds, the text as on Learn', async () => {
    const learn = '<span>Open *the</span> portal* now.\n';
    assert.equal(await siteHtml(learn), '<p><span>Open <em>the portal</em></span> now.</p>');
    assert.equal(
      fromHtml(await siteHtml(learn), { fragment: true }).children.length,
      fromHtml(learnHtml(learn), { fragment: true }).children.length,
    );
  });
});

describe("a start tag closes what HTML's parser closes for it", () => {
  test("m365-campaigns-increase-protection.md's cells of <p>: each ends at the next, none nested", async () => {
    const learn =
      '| |**Windows 10**|**Mac**|\n|:-----|:-----|:------|\n|Recursos|Ativar BitLocker<p><p> Verifique Defender <p>Ativar Firewall| Usar FileVault <p><p>Usar antivírus <p>Ativar firewall|\n';
    const html = await siteHtml(learn);
    assert.match(
      html,
      /<td align="left">Ativar BitLocker<p><\/p><p> Verifique Defender <\/p><p>Ativar Firewall<\/p><\/td>/,
    );
    assert.equal(html, learnHtml(learn));
  });

  for (const [what, learn] of [
    ['a block ends a paragraph', '<p>First<div>Second</div>\n'],
    ['a term or definition ends the open one', '<dl><dt>Tenant<dd>Your organization<dt>Admin<dd>You</dl>\n'],
    ['an item ends the open item, past its inline elements', '<ul><li><b>A<li>B</ul>\n'],
    ['a heading ends the open heading', '<h3>One<h4>Two\n'],
    ['a cell or row ends the open cell or row', '<table><tbody><tr><td>A<td>B<tr><td>C</table>\n'],
  ] as const)
    test(`${what}, as a browser reads it`, async () => {
      assert.equal(await siteHtml(learn), learnHtml(learn));
    });
});
