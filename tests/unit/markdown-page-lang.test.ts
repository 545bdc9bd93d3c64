/**
 * The words the Markdown plugins add for screen readers on a page in another language than the site's
 * (front matter `lang: "ja-JP"`): "Link to section: …" (src/markdown/rehype-heading-anchors.ts) and
 * "(external site)", "(email)" (src/markdown/external-links.ts) are the site's, marked `lang="en"`; the
 * heading's text they name stays the page's. A page in the site's language is rendered as before.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '@mdx-js/mdx';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';

/** The HTML the pipeline makes of `markdown` on a page whose front matter has `lang` (when given). */
async function render(markdown: string, lang?: string): Promise<string> {
  const pipeline = markdownPipeline({
    root: new URL('file:///nonexistent-project/'),
    sitePages: ['page'],
    strictLinks: false,
  });
  const file = new VFile({
    path: '/nonexistent-project/content/page.mdx',
    value: markdown,
    data: { astro: { frontmatter: lang === undefined ? {} : { lang } } },
  });
  let html = '';
  const keep = () => (tree: Root) => {
    html = toHtml(tree);
  };
  await compile(file, {
    remarkPlugins: pipeline.remarkPlugins,
    rehypePlugins: [...pipeline.rehypePlugins, keep],
  });
  return html;
}

// As microsoft-365-docs-pr.ja-JP writes them (bookings/employee-hours.md), its Learn link made absolute.
const JAPANESE = [
  '1. [PowerShell を使用してMicrosoft 365するConnect](https://learn.microsoft.com/ja-jp/office365/enterprise/powershell/connect-to-office-365-powershell)。',
  '## 勤務時間を設定する',
  'Bookings で、**[スタッフ]** を選択します。[bookings@contoso.com](mailto:bookings@contoso.com)',
].join('\n\n');

test('on a Japanese page, "Link to section:" is English and the heading it names Japanese', async () => {
  const html = await render(JAPANESE, 'ja-JP');
  assert.match(
    html,
    /<span class="visually-hidden" lang="en">Link to section: <span lang="ja-JP">勤務時間を設定する<\/span><\/span>/,
  );
});

test('on a Japanese page, an outbound link\'s "(external site)" and an e-mail link\'s "(email)" are English', async () => {
  const html = await render(JAPANESE, 'ja-JP');
  assert.match(html, /<span class="visually-hidden" lang="en"> \(external site\)<\/span>/);
  assert.match(html, /<span class="visually-hidden" lang="en"> \(email\)<\/span>/);
});

test('a page in the site’s language, or one saying so (lang: en), gets no lang attribute', async () => {
  for (const lang of [undefined, 'en', ' en ']) {
    const html = await render(JAPANESE, lang);
    assert.doesNotMatch(html, /lang=/, String(lang));
    assert.match(html, /<span class="visually-hidden">Link to section: 勤務時間を設定する<\/span>/);
    assert.match(html, /<span class="visually-hidden"> \(external site\)<\/span>/);
  }
});
