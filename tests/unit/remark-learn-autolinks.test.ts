/** Bare URLs and emails linked as Learn's markdig links them (src/markdown/remark-learn-autolinks.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
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
