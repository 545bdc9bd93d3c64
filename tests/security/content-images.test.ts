/**
 * Files from outside content/ reach neither the build nor the site. A relative image path in a page
 * (`![d](../../x.svg)`) is a file Astro hands to Vite, which reads it from anywhere and through any loader
 * a query names (`?raw` printed /etc/passwd in the build's error, an outside SVG was published): it must
 * name an image file inside content/, once its symlinks are resolved, with no query, or the build fails
 * naming the page and line before Astro reads anything.
 */
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { buildError, renderLearn } from '../support/learn-markdown.ts';
import { tempDir } from '../support/temp-dir.ts';

const SECRET = 'TOP-SECRET-7f3a';
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>';

// A project: content/ with its pages' images, and files beside it that no page may publish.
const project = tempDir('content-reads-');
mkdirSync(join(project, 'content/media'), { recursive: true });
mkdirSync(join(project, 'content/.git'), { recursive: true });
mkdirSync(join(project, 'public'));
mkdirSync(join(project, 'secret'));
writeFileSync(join(project, 'secret/leak.svg'), SVG.replace('<rect', `<text>${SECRET}</text><rect`));
writeFileSync(join(project, 'secret.txt'), SECRET);
writeFileSync(join(project, 'content/media/chart.svg'), SVG);
writeFileSync(join(project, 'content/notes.txt'), SECRET);
writeFileSync(join(project, 'content/.git/logo.svg'), SVG);
writeFileSync(
  join(project, 'content/evil.svg'),
  '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>',
);
symlinkSync(join(project, 'secret/leak.svg'), join(project, 'content/media/linked.svg'));
const root = pathToFileURL(`${project}/`);

/** The build's error for a page of content/ whose third line is `line`, or '' when it compiles. */
const errorOf = (line: string, extension: 'md' | 'mdx') =>
  buildError(`Intro.\n\n${line}\n`, join(project, `content/page.${extension}`), root, ['page']);

describe('a relative image path in a page names an image file of content/, or the build fails', () => {
  const refused: [string, RegExp][] = [
    // As the red team wrote them: Vite loaders read any file as text or base64.
    ['![d](../../../../etc/passwd?raw)', /has a query or fragment.*\?raw/],
    ['![d](../astro.config.mjs?inline)', /has a query or fragment/],
    ['![d](./media/chart.svg?url)', /has a query or fragment/],
    ['![d](media/chart.svg%3Fraw)', /has a query or fragment/],
    ['![d](media/chart.svg#x)', /has a query or fragment/],
    // Outside content/: as written, once %-decoded, through a symlink, through a reference.
    ['![d](../secret/leak.svg)', /"\.\.\/secret\/leak\.svg" is outside the content folder/],
    ['![d](media/%2E%2E/%2E%2E/secret/leak.svg)', /is outside the content folder/],
    ['![d](media/linked.svg)', /"media\/linked\.svg" is a link to a file outside the content folder/],
    ['![d][leak]\n\n[leak]: ../secret/leak.svg', /is outside the content folder/],
    ['![d](~/../secret/leak.svg)', /is outside the content folder/],
    // Not an image, or an image that is no safe one.
    ['![d](notes.txt)', /"notes\.txt" is not an image this site publishes/],
    ['![d](./evil.svg)', /"\.\/evil\.svg" is an SVG that could run script.*<script> runs script/],
    ['![d](.git/logo.svg)', /"\.git\/logo\.svg" is in \.git, a hidden folder/],
    ['![d](./missing.png)', /"\.\/missing\.png" does not exist/],
  ];
  for (const extension of ['md', 'mdx'] as const) {
    for (const [line, expect] of refused) {
      test(`${line.split('\n')[0] ?? ''} in a .${extension} page`, async () => {
        const error = await errorOf(line, extension);
        assert.match(error, new RegExp(`content/page\\.${extension}:3\\b`), error || '(it compiled)');
        assert.match(error, expect);
        assert.ok(!error.includes(SECRET), 'the error shows nothing of the file');
        assert.ok(!error.includes('root:'), 'nor of /etc/passwd');
      });
    }
  }

  test('an image of content/ is kept, its path written from the page (no alias, no package)', async () => {
    for (const written of ['media/chart.svg', './media/chart.svg', '~/media/chart.svg']) {
      const html = await renderLearn(`![A chart](${written})\n`, {
        root,
        path: join(project, 'content/page.mdx'),
      });
      assert.match(html, /<img src="\.\/media\/chart\.svg" alt="A chart">/, written);
    }
    assert.equal(await errorOf('![A chart](media/chart.svg)', 'md'), '');
  });

  test('a path of the site (/media/x.png) and other URLs are left to their own checks', async () => {
    const html = await renderLearn('![Gone](/media/gone.png)\n', {
      root,
      path: join(project, 'content/page.mdx'),
    });
    assert.match(html, /image-missing/);
    assert.match(await errorOf('![x](https://evil.example/x.png)', 'md'), /evil\.example/);
  });
});
