import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { SITE_ORIGIN } from '../../src/lib/url-class.ts';
import { joinedLinkText } from '../support/html.ts';
import { buildError, renderLearn } from '../support/learn-markdown.ts';
import { warnings } from '../support/console.ts';
import { tempDir } from '../support/temp-dir.ts';

const project = tempDir('learn-project-');
const publicDir = join(project, 'public');
mkdirSync(join(publicDir, 'media'), { recursive: true });
for (const name of ['dial.svg', 'chart.svg', 'gear.svg'])
  writeFileSync(join(publicDir, 'media', name), '<svg xmlns="http://www.w3.org/2000/svg"/>');
const render = (markdown: string) => renderLearn(markdown, { root: pathToFileURL(`${project}/`) });

describe('remark-learn-images', () => {
  test('type="content" is a figure with the image and its alt text', async () => {
    const html = await render(
      ':::image type="content" source="/media/dial.svg" alt-text="The dial, at zero.":::\n',
    );
    assert.match(
      html,
      /<figure class="learn-image"><img src="\/media\/dial.svg" alt="The dial, at zero." loading="lazy" decoding="async"><\/figure>/,
    );
    assert.doesNotMatch(html, /:::/);
  });

  test('an image written on the line under text, or under another image, is a figure of its own', async () => {
    // As in MicrosoftDocs/fabric-docs: two images on consecutive lines; a step with its screenshot under it.
    const { result: html, warned } = await warnings(() =>
      render(
        ':::image type="content" source="/media/dial.svg" alt-text="The dial.":::\n' +
          ':::image type="content" source="/media/chart.svg" alt-text="The chart.":::\n\n' +
          '1. Select **OK**.\n:::image type="content" source="/media/gone.png" alt-text="The OK button.":::\n' +
          '2. Close the dialog.\n',
      ),
    );
    const figures = [...html.matchAll(/<figure class="learn-image[^"]*">(.*?)<\/figure>/gs)].map((m) => m[1]);
    assert.equal(figures.length, 3, html);
    assert.match(figures[0] ?? '', /alt="The dial\."/);
    assert.match(figures[1] ?? '', /alt="The chart\."/);
    assert.match(figures[2] ?? '', /The OK button\./);
    assert.match(
      html,
      /<li>\s*<p>Select <strong>OK<\/strong>\.<\/p>\s*<figure/,
      'the figure stays in its step',
    );
    assert.doesNotMatch(
      html,
      /<p>[^<]*<(?:img|span)[^>]*(?:dial|chart|image-missing)/,
      'no image inside a paragraph',
    );
    assert.deepEqual(
      warned.map((warning) => /:(\d+): image/.exec(warning)?.[1]),
      ['5'],
      'the missing one is named at its own line',
    );
  });

  test('more colons after the directive and spaces around its source are read as Learn reads them', async () => {
    const html = await render(
      ':::image type="content" source=" /media/dial.svg " alt-text="The dial.":::::::::\n',
    );
    assert.match(html, /<img src="\/media\/dial.svg" alt="The dial\."/);
    assert.doesNotMatch(html, /::/);
  });

  test("Markdown's own image of a missing file shows its alt text and warns; a present one is kept", async () => {
    const { result: html, warned } = await warnings(() =>
      render(
        '![The back panel.](/media/gone.png) and ![The dial.](/media/dial.svg?v=2)\n\n![](/media/%E0%A4%A.png)\n',
      ),
    );
    assert.match(html, /<span class="image-missing">The back panel\.<\/span>/);
    assert.match(html, /<img src="\/media\/dial.svg\?v=2" alt="The dial\."/);
    assert.doesNotMatch(html, /%E0%A4%A/, 'no alt text: decorative, nothing shows');
    assert.doesNotMatch(html, /gone\.png"/, 'no request for the missing file');
    assert.equal(warned.length, 2);
    assert.match(warned[0] ?? '', /page\.mdx:1: image "\/media\/gone\.png" is not in public\//);
  });

  test("an image written as the site's own address in full is checked as its path is: a missing one shows its alt text", async () => {
    const { result: html, warned } = await warnings(() =>
      render(
        `![The back panel.](${SITE_ORIGIN}/media/gone.png) and ![The dial.](${SITE_ORIGIN}/media/dial.svg)\n`,
      ),
    );
    assert.match(html, /<span class="image-missing">The back panel\.<\/span>/);
    assert.match(html, /<img src="[^"]*\/media\/dial\.svg" alt="The dial\."/);
    assert.equal(warned.length, 1);
    assert.match(
      warned[0] ?? '',
      /page\.mdx:1: image "https:\/\/[^"]+\/media\/gone\.png" is not in public\//,
    );
  });

  test('an image path that leaves public/, decoded or through a symlink, names no image', async () => {
    writeFileSync(join(project, 'outside.png'), 'png');
    symlinkSync(join(project, 'outside.png'), join(publicDir, 'media', 'linked.png'));
    const { result: html } = await warnings(() =>
      render(
        '![Up.](/%2E%2E/outside.png) ![Encoded.](/media/%2E%2E%2F%2E%2E%2Foutside.png) ![Linked.](/media/linked.png)\n',
      ),
    );
    for (const alt of ['Up.', 'Encoded.', 'Linked.'])
      assert.match(html, new RegExp(`<span class="image-missing">${alt.replace('.', '\\.')}</span>`), alt);
  });

  test('a missing Markdown image without alt text (decorative) shows nothing, not its path', async () => {
    const { result: html } = await warnings(() => render('Choose the ![](/media/star.png) star icon.\n'));
    assert.equal(html.trim(), '<p>Choose the  star icon.</p>');
  });

  test('a missing image is named from the project, says what to do, and once per place in a build', async () => {
    const markdown = ':::image type="content" source="/media/twice.png" alt-text="Twice.":::\n';
    const { warned } = await warnings(async () => {
      await render(markdown);
      await render(markdown);
    });
    assert.equal(warned.length, 1, warned.join('\n'));
    assert.doesNotMatch(warned[0] ?? '', /npm run import` to copy it/);
    assert.match(warned[0] ?? '', /Put the file there/);
  });

  test('type="complex" keeps its long description on the page, in <details>', async () => {
    const html = await render(
      ':::image type="complex" source="/media/chart.svg" alt-text="Signal against dial.":::\n   The signal grows to seven, then stays flat.\n:::image-end:::\n',
    );
    assert.match(
      html,
      /<figure class="learn-image">[\s\S]*<img src="\/media\/chart.svg" alt="Signal against dial\."[\s\S]*<details>\s*<summary>Description of the image<\/summary>\s*<p>The signal grows to seven, then stays flat\.<\/p>\s*<\/details>\s*<\/figure>/,
    );
    assert.doesNotMatch(html, /:::/);
  });

  test('a complex description may span paragraphs', async () => {
    const html = await render(
      ':::image type="complex" source="/media/chart.svg" alt-text="Chart.":::\n\nFirst part.\n\nSecond part.\n\n:::image-end:::\n\nAfter.\n',
    );
    assert.match(
      html,
      /<details>[\s\S]*<p>First part\.<\/p>\s*<p>Second part\.<\/p>\s*<\/details>\s*<\/figure>\s*<p>After\.<\/p>/,
    );
  });

  test('a complex image without :::image-end::: leaves the blocks after it on the page, and is warned at its line', async () => {
    const { result: html, warned } = await warnings(() =>
      render(
        'Intro.\n\n:::image type="complex" source="/media/chart.svg" alt-text="Chart.":::\n   The long description.\n\n## Next steps\n\nAfter.\n',
      ),
    );
    assert.match(
      html,
      /<\/figure>\s*<p>The long description\.<\/p>\s*<div class="heading"><h2[^>]*>Next steps<\/h2>[\s\S]*<p>After\.<\/p>$/,
    );
    assert.doesNotMatch(html, /<details>/);
    assert.equal(warned.filter((line) => line.includes('image-end')).length, 1, warned.join('\n'));
    assert.match(warned.join('\n'), /:3: this :::image type="complex"::: has no :::image-end::: after it/);
  });

  test('type="icon" is an inline image within its sentence, decorative without alt text', async () => {
    const html = await render(
      'Select :::image type="icon" source="/media/gear.svg" border="false"::: **Settings**.\n',
    );
    assert.match(html, /<p>Select <img src="\/media\/gear.svg" alt=""> <strong>Settings<\/strong>\.<\/p>/);
  });

  test('a missing decorative icon shows nothing, not its path; a missing icon with alt text shows that', async () => {
    const { result: html, warned } = await warnings(() =>
      render(
        '[Hybrid join :::image type="icon" source="/media/absent.svg" border="false":::](https://learn.microsoft.com/u)\n\n:::image type="icon" source="/media/absent.svg":::\n\nOpen :::image type="icon" source="/media/absent.svg" alt-text="the gear":::.\n',
      ),
    );
    assert.match(joinedLinkText(html), /<a href="https:\/\/learn\.microsoft\.com\/u"[^>]*>Hybrid join <span/);
    assert.match(html, /<p>Open <span class="image-missing">the gear<\/span>\.<\/p>/);
    assert.doesNotMatch(html, /absent\.svg|:::/);
    assert.equal(warned.length, 1, warned.join('\n'));
    assert.match(
      warned[0] ?? '',
      /page\.mdx:1: image "\/media\/absent\.svg" is not in public\/.*\(used 3 times in this file: also lines 3, 5\)/,
    );
  });

  test('a file missing again on the page is one warning at its first use, counting the others', async () => {
    // As MicrosoftDocs/memdocs' certificates-configure.md shows its one check mark 40 times on 12 table rows.
    const check = '![Supported](/media/certs/green-check.png)';
    const { warned } = await warnings(() =>
      render(
        `| Type | Signing | Encryption |\n|--|--|--|\n| PKCS | ${check} | ${check} |\n| SCEP | ${check} | |\n\n` +
          `Text.\n\n| Platform | PKCS |\n|--|--|\n| iOS | ${check} |\n| macOS | ${check} |\n| Linux | ${check} |\n\n` +
          '![Gone too](/media/certs/profile.png)\n',
      ),
    );
    assert.deepEqual(
      warned.map((warning) => warning.replace(/^.*?page\.mdx/, 'page.mdx').replace(/\. Put the file.*/, '')),
      [
        'page.mdx:3: image "/media/certs/green-check.png" is not in public/: the page shows its alt text instead (used 6 times in this file: also lines 4, 10, 11 and 1 more)',
        'page.mdx:14: image "/media/certs/profile.png" is not in public/: the page shows its alt text instead',
      ],
    );
  });

  test("a tab label's missing icon leaves its label and heading id alone", async () => {
    const { result: html } = await warnings(() =>
      render(
        '## [:::image type="icon" source="/media/intune.svg"::: **Intune**](#tab/intune)\n\nOne.\n\n## [:::image type="icon" source="/media/gpo.svg"::: **GPO**](#tab/gpo)\n\nTwo.\n\n---\n',
      ),
    );
    assert.match(html, /<h2 id="tabset-1-tab-1">Intune<\/h2>/);
    assert.match(html, /<h2 id="tabset-1-tab-2">GPO<\/h2>/);
  });

  test('a linked image keeps its link: the figure holds the image inside the link, named by its alt text', async () => {
    const html = await render(
      '[:::image type="content" source="/media/dial.svg" alt-text="Guide.":::](https://learn.microsoft.com/g.pdf "Get the guide")\n',
    );
    assert.match(
      html,
      /<figure class="learn-image"><a href="https:\/\/learn\.microsoft\.com\/g\.pdf" title="Get the guide"[^>]*><img src="\/media\/dial\.svg" alt="Guide\."[^>]*>.*<\/a><\/figure>/,
    );
  });

  test("a linked image that is missing keeps its link around its alt text's box; a reference link too", async () => {
    const { result: html } = await warnings(() =>
      render(
        '[:::image type="content" source="/media/gone.png" alt-text="Playbook.":::][guide]\n\n[guide]: https://learn.microsoft.com/playbook\n',
      ),
    );
    assert.match(
      html,
      /<figure class="learn-image learn-image-missing"><a href="https:\/\/learn\.microsoft\.com\/playbook"[^>]*><span class="image-missing">Playbook\.<\/span>/,
    );
  });

  test('a linked complex image links its picture, its description outside the link', async () => {
    const html = await render(
      '[:::image type="complex" source="/media/chart.svg" alt-text="Chart.":::](https://learn.microsoft.com/c)\n   The long description.\n:::image-end:::\n',
    );
    assert.match(
      html,
      /<div class="learn-image-picture"><a href="https:\/\/learn\.microsoft\.com\/c"[^>]*><img src="\/media\/chart\.svg" alt="Chart\."[^>]*>.*<\/a><\/div>\s*<details>\s*<summary>Description of the image<\/summary>\s*<p>The long description\.<\/p>/,
    );
  });

  test("a linked image's link to an article of the site goes to its page, as any link does", async () => {
    const html = joinedLinkText(
      await renderLearn(
        '[:::image type="content" source="/media/dial.svg" alt-text="Privacy.":::](privacy.md)\n',
        { root: pathToFileURL(`${project}/`), sitePages: ['page', 'privacy'] },
      ),
    );
    assert.match(html, /<figure class="learn-image"><a href="\/privacy\/"><img src="\/media\/dial\.svg"/);
  });

  test('an image\'s link="…" links its picture, present or missing, as docfx renders it (a "Deploy to Azure" button)', async () => {
    const deploy =
      'https://portal.azure.com/#create/Microsoft.Template/uri/https%3A%2F%2Fexample.org%2Fa.json';
    const { result: html } = await warnings(() =>
      render(
        `:::image type="content" source="/media/dial.svg" alt-text="Deploy." border="false" link="${deploy}":::\n\n` +
          `:::image type="content" source="/media/gone.svg" alt-text="Deploy too." link="${deploy}":::\n\n` +
          `See :::image type="icon" source="/media/gear.svg" Link="${deploy}"::: here.\n`,
      ),
    );
    const href = deploy.replaceAll('.', String.raw`\.`);
    assert.match(
      html,
      new RegExp(
        `<figure class="learn-image"><a href="${href}"[^>]*><img src="/media/dial\\.svg" alt="Deploy\\."`,
      ),
    );
    assert.match(
      html,
      new RegExp(
        `<figure class="learn-image learn-image-missing"><a href="${href}"[^>]*><span class="image-missing">Deploy too\\.</span>`,
      ),
    );
    assert.match(html, new RegExp(`See <a href="${href}"[^>]*><img src="/media/gear\\.svg"`));
  });

  test('an image\'s link="…" comes before its lightbox, and goes to a page of the site as any link does', async () => {
    const html = joinedLinkText(
      await renderLearn(
        ':::image type="content" source="/media/dial.svg" alt-text="Privacy." lightbox="/media/chart.svg" link="privacy.md":::\n',
        { root: pathToFileURL(`${project}/`), sitePages: ['page', 'privacy'] },
      ),
    );
    assert.match(html, /<figure class="learn-image"><a href="\/privacy\/"><img src="\/media\/dial\.svg"/);
    assert.doesNotMatch(html, /chart\.svg/);
  });

  test('an image\'s link="javascript:…" fails the build, as the same link written in Markdown does', async () => {
    const error = await buildError(
      ':::image type="content" source="/media/dial.svg" alt-text="Run." link="javascript:alert(1)":::\n',
      join(project, 'content', 'page.mdx'),
      pathToFileURL(`${project}/`),
      ['page'],
    );
    assert.match(error, /"javascript:alert\(1\)" is a javascript: URL/);
  });

  test('a missing image is a warning and a figure showing its alt text', async () => {
    const { result: html, warned } = await warnings(() =>
      render(':::image type="content" source="/media/absent.png" alt-text="The back panel.":::\n'),
    );
    assert.match(
      html,
      /<figure class="learn-image learn-image-missing"><span class="image-missing">The back panel\.<\/span><\/figure>/,
    );
    assert.doesNotMatch(html, /<img/);
    assert.equal(warned.length, 1);
    assert.match(warned[0] ?? '', /page\.mdx:1: image "\/media\/absent.png" is not in public\//);
  });

  test('an image on another site is not loaded: the alt text shows instead', async () => {
    const { result: html } = await warnings(() =>
      render(':::image type="content" source="https://example.org/a.png" alt-text="Remote.":::\n'),
    );
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /Remote\./);
  });
});
