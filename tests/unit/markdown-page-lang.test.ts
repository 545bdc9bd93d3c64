/**
 * The words the Markdown plugins add on a page in another language than the site's (front matter
 * `lang: "ja-JP"`): "Link to section: …" (src/markdown/rehype-heading-anchors.ts), "(external site)",
 * "(email)" (src/markdown/external-links.ts), a callout's title, a variant's label, "Watch the video on …"
 * and a complex image's "Description of the image" (src/markdown/remark-learn-*.ts) are the site's, marked
 * `lang="en"`; the page's own words they name stay the page's. A page in the site's language is rendered
 * as before.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '@mdx-js/mdx';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { LEARN_ARTICLES, LEARN_FOLDER } from '../../src/consts.ts';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';
import { findElements } from '../support/html.ts';

/**
 * The HTML the pipeline makes of `markdown` on a page whose front matter has `lang` (when given), zones
 * labelled by `pivotTitles`.
 */
async function render(
  markdown: string,
  lang?: string,
  pivotTitles: Record<string, string> = {},
): Promise<string> {
  const pipeline = markdownPipeline({
    root: new URL('file:///nonexistent-project/'),
    sitePages: ['page'],
    strictLinks: false,
    learnFolders: { learnFolder: LEARN_FOLDER, articles: LEARN_ARTICLES, pivotTitles },
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

/**
 * The language a screen reader reads each text of `html` in, as a browser computes it (the nearest
 * `lang` around it, else the page's `pageLang`), by the text, white space collapsed; texts under
 * `aria-hidden` or in an SVG are left out.
 */
function languages(html: string, pageLang: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (node: Root | RootContent, lang: string) => {
    if (node.type === 'text') {
      const text = node.value.replace(/\s+/g, ' ').trim();
      if (text !== '') found.set(text, lang);
      return;
    }
    if (node.type !== 'root' && node.type !== 'element') return;
    if (node.type === 'element' && (node.tagName === 'svg' || node.properties['ariaHidden'] === 'true'))
      return;
    const own = node.type === 'element' ? node.properties['lang'] : undefined;
    for (const child of node.children) walk(child, typeof own === 'string' ? own : lang);
  };
  walk(fromHtml(html, { fragment: true }), pageLang);
  return found;
}

// As microsoft-365-docs-pr.de-DE writes them (admin-overview.md, restore-user.md; the import leaves the
// translation alone), a zone, a complex image and a video's alt text added.
const GERMAN = [
  '> [!NOTE]\n> Das Admin Center wird geändert.',
  '> [!WARNING]\n> Gelöschte Benutzer.',
  '::: moniker range="o365-worldwide"\n\n**Melden Sie sich mit Ihrem Administratorkonto an.**\n\n::: moniker-end',
  ':::zone pivot="admin-center,powershell"\n\nIm Admin Center.\n\n:::zone-end',
  '> [!VIDEO https://www.microsoft.com/videoplayer/embed/3a4e19ee-1a2a-473f-8995-06de0052c169?autoplay=false]',
  '> [!VIDEO https://www.microsoft.com/videoplayer/embed/RE1 alt-text="Benutzer hinzufügen."]',
  ':::image type="complex" source="/media/nonexistent.png" alt-text="Das Admin Center.":::\nDie Startseite.\n:::image-end:::',
].join('\n\n');
const PIVOT_TITLES = { 'admin-center': 'Admin Center' };

test('on a German page, the words the Learn plugins add are English and the page’s words German', async () => {
  const html = await render(GERMAN, 'de-DE', PIVOT_TITLES);
  const lang = languages(html, 'de-DE');
  for (const words of [
    'Note',
    'Warning',
    'For o365-worldwide:',
    'For',
    ', powershell:',
    'Watch the video on microsoft.com',
    'Watch the video on microsoft.co',
    'Description of the image',
  ])
    assert.equal(lang.get(words), 'en', words);
  for (const words of [
    'Das Admin Center wird geändert.',
    'Melden Sie sich mit Ihrem Administratorkonto an.',
    'Admin Center',
    'Im Admin Center.',
    ': Benutzer hinzufügen',
    'Die Startseite.',
  ])
    assert.equal(lang.get(words), 'de-DE', words);
});

test('on a German page, a callout has no aria-label, which a German voice would read: its English title names it', async () => {
  const callouts = findElements(
    await render(GERMAN, 'de-DE'),
    (element: Element) => element.properties['role'] === 'note',
  );
  assert.equal(callouts.length, 2);
  for (const callout of callouts) assert.equal(callout.properties['ariaLabel'], undefined);
});

test('on an English page the Learn plugins’ words carry no lang, and a callout keeps its aria-label', async () => {
  for (const lang of [undefined, 'en']) {
    const html = await render(GERMAN, lang, PIVOT_TITLES);
    assert.doesNotMatch(html, /lang=/, String(lang));
    assert.deepEqual(
      findElements(html, (element) => element.properties['role'] === 'note').map(
        (callout) => callout.properties['ariaLabel'],
      ),
      ['Note', 'Warning'],
    );
    assert.match(html, /<p class="learn-zone-label">For Admin Center, powershell:<\/p>/);
    assert.match(html, /<p class="learn-zone-label">For o365-worldwide:<\/p>/);
  }
});

test("a video file the site does not publish is named after the site's words, in English", async (t) => {
  t.mock.method(console, 'warn', () => undefined);
  const html = await render('[!VIDEO ~/assets/videos/ツアー.mp4]\n', 'ja-JP');
  assert.match(
    html,
    /<p class="learn-video"><span lang="en">Video not published on this site<\/span>: ツアー\.mp4<\/p>/,
  );
});

test('on a Japanese page, a code block\'s bar (its language\'s name, "Copy") is English', async () => {
  const html = await render('実行します:\n\n```powershell\nGet-Date\n```\n', 'ja-JP');
  assert.match(
    html,
    /<div class="code-bar" [^>]*lang="en"><span class="learn-code-label">PowerShell<\/span><button type="button" data-copy="">Copy<\/button><\/div><pre/,
  );
  assert.doesNotMatch(
    (await render('Run:\n\n```powershell\nGet-Date\n```\n')).split('<pre')[0] ?? '',
    /lang=/,
  );
});
