/** Bare URLs and emails linked as Learn's markdig links them (src/markdown/remark-learn-autolinks.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '@mdx-js/mdx';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { planImport } from '../../src/lib/import/convert.ts';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';
import { byTag, textOf } from '../support/html.ts';
import { renderLearn } from '../support/learn-markdown.ts';

/** Where the links of `html` go. */
const links = (html: string) => byTag(html, 'a').map((a) => String(a.properties['href']));
/** Rendered as a `.md` page (no MDX), where `<a@b.c>` is Markdown's email autolink. */
const renderMd = (markdown: string) => renderLearn(markdown, { path: '/site/content/page.md' });

test('a URL the author escaped stays text, as on Learn (MicrosoftDocs/memdocs china-endpoints.md)', async () => {
  const html = await renderLearn(
    '- Portal: https:\\//portal.example.cn/\n- Docs: https://learn.microsoft.com/\n',
  );
  assert.deepEqual(links(html), ['https://learn.microsoft.com/']);
  assert.match(byTag(html, 'li').map(textOf).join('|'), /Portal: https:\/\/portal\.example\.cn\//);
});

test("a backslash escape in a bare URL is the author's: the link is the URL without it (OfficeDocs-SharePoint manage-crawl-rules.md)", async () => {
  // Both keep the backslash as written, which browsers read as "/": the build refused the page.
  const html = await renderLearn('Exclude **https://www.contoso.com/\\*.jpg** and www.contoso.com/a\\_b.\n');
  assert.deepEqual(links(html), ['https://www.contoso.com/*.jpg', 'https://www.contoso.com/a_b']);
  const [pattern, page] = byTag(html, 'a').map(textOf);
  assert.match(pattern ?? '', /^https:\/\/www\.contoso\.com\/\*\.jpg /);
  assert.match(page ?? '', /^www\.contoso\.com\/a_b /);
});

test("the import does not warn of a bare URL's escape as a backslash the build refuses; another backslash is still said", () => {
  const text = [
    '---\ntitle: T\ndescription: D.\nauthor: a\nms.date: 03/07/2025\n---\n',
    '# T\n',
    'Exclude **https://www.contoso.com/\\*.jpg** from crawls.\n',
    // Not an escape (`b` is no punctuation): a backslash the build refuses.
    'See https://www.contoso.com/a\\b for more.\n',
  ].join('\n');
  const files: Record<string, string> = { '/docs/a.md': text };
  const plan = planImport(
    ['/docs/a.md'],
    { readRoot: '/docs' },
    {
      read: (path) => files[path],
      exists: (path) => path in files,
    },
  );
  const said = plan.warnings.filter((warning) => /backslash/.test(warning.message));
  assert.deepEqual(
    said.map((warning) => warning.line),
    [12],
  );
  assert.match(
    said.map((warning) => warning.message).join('\n'),
    /^the link "https:\/\/www\.contoso\.com\/a\\\\b" holds a backslash/,
  );
});

test('the import does not warn that a bare www. address, which the page links over https, is not https (biztalk-docs prepare-your-computer-for-installation.md)', () => {
  const text = [
    '---\ntitle: T\ndescription: D.\nauthor: a\nms.date: 03/07/2025\n---\n',
    '# T\n',
    'For more information about IBM WebSphere MQ, see www.ibm.com.\n',
    'An [old link](http://www.example.com/a) the import writes as https.\n',
  ].join('\n');
  const files: Record<string, string> = { '/docs/a.md': text };
  const plan = planImport(
    ['/docs/a.md'],
    { readRoot: '/docs' },
    { read: (path) => files[path], exists: (path) => path in files },
  );
  assert.deepEqual(
    plan.warnings.filter((warning) => /not https/.test(warning.message)).map((w) => w.message),
    [],
  );
});

test('a bare email is text; one written <a@b.c> or as a mailto: link stays a link', async () => {
  const html = await renderMd(
    'Sign in as *yourID@yourdomain.onmicrosoft.com*. Write to <help@example.com> or [us](mailto:us@example.com).\n',
  );
  assert.deepEqual(links(html), ['mailto:help@example.com', 'mailto:us@example.com']);
  assert.equal(byTag(html, 'em').map(textOf).join(), 'yourID@yourdomain.onmicrosoft.com');
});

test('bare https:// and www. URLs where a link may start stay links, www. over https', async () => {
  const html = await renderLearn('See https://example.com/a and www.example.com for more.\n');
  assert.deepEqual(links(html), ['https://example.com/a', 'https://www.example.com']);
});

/** The HTML of `markdown` on a page whose front matter has `lang`, as Astro hands it to the plugins. */
async function renderInLang(markdown: string, lang?: string): Promise<string> {
  const pipeline = markdownPipeline({
    root: new URL('file:///nonexistent-project/'),
    sitePages: ['page'],
    strictLinks: false,
  });
  const file = new VFile({
    path: '/nonexistent-project/content/page.md',
    value: markdown,
    data: { astro: { frontmatter: lang === undefined ? {} : { lang } } },
  });
  let html = '';
  await compile(file, {
    remarkPlugins: pipeline.remarkPlugins,
    rehypePlugins: [
      ...pipeline.rehypePlugins,
      () => (tree: Root) => {
        html = toHtml(tree);
      },
    ],
  });
  return html;
}

test('on a right-to-left page, a bare URL shown as its link text is a left-to-right isolate; a named link is not', async () => {
  // A bare URL inside an Arabic sentence, as Dynamics-365-Operations.ar-sa writes them.
  const arabic =
    'لمزيد من المعلومات، راجع https://learn.microsoft.com/dynamics365/ أو [الوثائق](https://learn.microsoft.com/).\n';
  const [bare, named] = byTag(await renderInLang(arabic, 'ar-SA'), 'a');
  assert.equal(bare?.properties['dir'], 'ltr');
  assert.equal(bare.properties['href'], 'https://learn.microsoft.com/dynamics365/');
  assert.equal(named?.properties['dir'], undefined);
  // On a page written left to right, in the site's language or another, nothing changes.
  for (const lang of [undefined, 'ja-JP'])
    assert.equal(byTag(await renderInLang(arabic, lang), 'a')[0]?.properties['dir'], undefined, lang);
});

test('a bare URL ends before full-width punctuation: the Chinese sentence after it is text', async () => {
  // OfficeDocs-SkypeForBusiness-pr.zh-CN's business-voice articles: `转到 https://admin.teams.microsoft.com。`
  const html = await renderMd(
    '转到 https://admin.teams.microsoft.com。使用 https://example.com/a，然后继续。\n',
  );
  assert.deepEqual(
    [...html.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1]),
    ['https://admin.teams.microsoft.com', 'https://example.com/a'],
  );
  assert.match(html, /<\/a>。使用 /);
  assert.match(html, /<\/a>，然后继续。/);
});
