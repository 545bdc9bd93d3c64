/**
 * A screenshot linked to its full-size image opens that image on this site, as on Learn: iis-docs writes
 * about 25 a folder, `[![](understanding-iis-url-authorization/_static/image2.jpg)](understanding-iis-url-authorization/_static/image1.jpg)`,
 * which the import publishes both under /media/ (tests/unit/import-image-links.test.ts); other repositories
 * write `:::image … lightbox="x.png":::`. A link to a file of public/ is kept on the site and passes the link
 * check; one to a file that is not there, or outside public/, is left as before; a link showing only images
 * without alt text is named "Full-size image" for screen readers.
 */
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { compile } from '@mdx-js/mdx';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { pageMarkdown } from '../../src/lib/page-markdown.ts';
import { hasImageExtension } from '../../src/lib/learn/source-files.ts';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';
import { rehypeLinkCheck } from '../../src/markdown/rehype-link-check.ts';
import { buildError, renderLearn } from '../support/learn-markdown.ts';
import { warnings } from '../support/console.ts';
import { tempDir } from '../support/temp-dir.ts';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const project = tempDir('image-links-');
const media = join(project, 'public/media/manage/understanding-iis-url-authorization/_static');
mkdirSync(media, { recursive: true });
mkdirSync(join(project, 'content'));
for (const name of ['image1.jpg', 'image2.jpg']) writeFileSync(join(media, name), JPEG);
const secret = tempDir('image-links-outside-');
writeFileSync(join(secret, 'big.jpg'), JPEG);
symlinkSync(join(secret, 'big.jpg'), join(media, 'outside.jpg'));
const root = pathToFileURL(`${project}/`);
const MEDIA = '/media/manage/understanding-iis-url-authorization/_static';
/** As the import writes iis-docs' screenshot (understanding-iis-url-authorization.md:71). */
const SCREENSHOT = `[![](${MEDIA}/image2.jpg)](${MEDIA}/image1.jpg)\n`;

const render = (markdown: string) => renderLearn(markdown, { root, path: join(project, 'content/page.mdx') });

test("a screenshot's link to its full-size image, a file of public/, opens it here, named for screen readers", async () => {
  const html = await render(SCREENSHOT);
  assert.match(
    html,
    new RegExp(
      `<a href="${MEDIA}/image1\\.jpg"><img src="${MEDIA}/image2\\.jpg" alt=""[^>]*><span class="visually-hidden" data-pagefind-ignore="" data-markdown-ignore="">Full-size image</span></a>`,
    ),
  );
  assert.doesNotMatch(html, /learn\.microsoft\.com|external/, 'not sent to Learn, no "(external site)"');
  // The words are for screen readers: the page's Markdown copy has the link around the image alone.
  const copy = pageMarkdown(`<article><h1>T</h1>${html}</article>`, 'https://example.com/page/').markdown;
  const site = `https://example\\.com${MEDIA}`;
  assert.match(copy, new RegExp(`\\[!\\[\\]\\(${site}/image2\\.jpg\\)\\]\\(${site}/image1\\.jpg\\)`));
  assert.doesNotMatch(copy, /Full-size/);
  assert.equal(await buildError(SCREENSHOT, join(project, 'content/page.mdx'), root, ['page']), '');
});

test('a link to a file that is not in public/, or leaves it through a symlink, is not kept as a file here', async () => {
  for (const name of ['gone.jpg', 'outside.jpg']) {
    const html = await render(`[![](${MEDIA}/image2.jpg)](${MEDIA}/${name})\n`);
    assert.match(html, new RegExp(`href="https://learn\\.microsoft\\.com/en-us${MEDIA}/${name}"`), name);
  }
  // A path that climbs out once decoded names no file of public/ either: refused as before.
  const climbing = join(project, 'content/page.mdx');
  assert.match(
    await buildError('[x](/media/%2E%2E/%2E%2E/etc/passwd)\n', climbing, root, ['page']),
    /climbs out of https:\/\/learn\.microsoft\.com\/en-us\//,
  );
});

test('a link with its own name (text, alt text) gets no other; a link to a page is not named an image', async () => {
  const html = await render(
    `[![The rule list.](${MEDIA}/image2.jpg)](${MEDIA}/image1.jpg)\n\n[Full size](${MEDIA}/image1.jpg)\n\n[![](${MEDIA}/image2.jpg)](page.md)\n`,
  );
  assert.doesNotMatch(html, /Full-size image/);
});

test("on a page in another language the name is in the site's language", async () => {
  const pipeline = markdownPipeline({ root, sitePages: ['page'], strictLinks: true });
  const file = new VFile({
    path: join(project, 'content/page.mdx'),
    value: SCREENSHOT,
    data: { astro: { frontmatter: { lang: 'ja-JP' } } },
  });
  let html = '';
  const keep = () => (tree: Root) => {
    html = toHtml(tree);
  };
  await compile(file, { ...pipeline, rehypePlugins: [...pipeline.rehypePlugins, keep] });
  assert.match(
    html,
    /<span class="visually-hidden" data-pagefind-ignore="" data-markdown-ignore="" lang="en">Full-size image<\/span>/,
  );
});

test('lightbox="…" links the image to its full-size file; missing, the image stays unlinked and the build warns', async () => {
  const { result: html, warned } = await warnings(() =>
    render(
      `:::image type="content" source="${MEDIA}/image2.jpg" alt-text="The rule list." lightbox="${MEDIA}/image1.jpg":::\n\n` +
        `:::image type="content" source="${MEDIA}/image2.jpg" alt-text="" lightbox="${MEDIA}/image1.jpg":::\n\n` +
        `:::image type="content" source="${MEDIA}/image2.jpg" alt-text="Unlinked." lightbox="${MEDIA}/gone.jpg":::\n`,
    ),
  );
  assert.match(
    html,
    new RegExp(
      `<figure class="learn-image"><a href="${MEDIA}/image1\\.jpg"><img src="${MEDIA}/image2\\.jpg" alt="The rule list\\."`,
    ),
  );
  assert.match(
    html,
    /alt=""[^>]*><span class="visually-hidden" data-pagefind-ignore="" data-markdown-ignore="">Full-size image<\/span><\/a>/,
  );
  assert.match(html, /<figure class="learn-image"><img [^>]*alt="Unlinked\.".*?<\/figure>/);
  assert.deepEqual(
    warned
      .filter((line) => line.includes('lightbox'))
      .map((line) => line.replace(/^.*?: lightbox/, 'lightbox')),
    [
      `lightbox "${MEDIA}/gone.jpg" is not in public/: the image is shown without a link to its full-size file. Put the file there (the import copies the images it finds beside an article).`,
    ],
  );
});

test('an attribute name in any case is that attribute, as docfx reads it: Lightbox="…" links the image', async () => {
  // Import trial 30: fabric-docs' data-activator-tutorial.md writes alt-text="…"Lightbox="media/….png".
  const html = await render(
    `:::image type="content" Source="${MEDIA}/image2.jpg" Alt-Text="The rule list."Lightbox="${MEDIA}/image1.jpg":::\n`,
  );
  assert.match(
    html,
    new RegExp(
      `<figure class="learn-image"><a href="${MEDIA}/image1\\.jpg"><img src="${MEDIA}/image2\\.jpg" alt="The rule list\\."`,
    ),
  );
});

test('the link check takes a link to a file of public/ as that file, not a page of the site', () => {
  const file = new VFile({ path: join(project, 'content/page.mdx'), data: { astro: { frontmatter: {} } } });
  rehypeLinkCheck({ allowedHosts: [], root: project, strict: true })(
    fromHtml(`<p><a href="${MEDIA}/image1.jpg">x</a> <a href="/no-page/">y</a></p>`, { fragment: true }),
    file,
  );
  const record = file.data.astro?.frontmatter?.['linkCheck'] as { internal: { path: string }[] };
  assert.deepEqual(
    record.internal.map((link) => link.path),
    ['/no-page/'],
  );
});

test('an image file is known by its extension, in any case, as the import, the image check and the link name read it', () => {
  for (const path of ['_static/image1.jpg', 'media/a.PNG', '/media/b.svg', 'c.webp'])
    assert.equal(hasImageExtension(path), true, path);
  for (const path of ['a.png.txt', 'media/png', 'page.md', 'a.bmp', ''])
    assert.equal(hasImageExtension(path), false, path);
});
