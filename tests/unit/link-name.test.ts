/**
 * A link with no name (no text, no image alt text) fails the build at its line, as axe's link-name rule
 * flags it: a reader sees nothing to click, a screen reader hears no name, on an outbound link only
 * "(external site)". Real machine-translated text of microsoft-365-docs-pr.de-DE
 * (set-password-to-never-expire.md): `Sie können [](/powershell/module/Azuread) auch AzureAD-Cmdlets
 * verwenden`, whose English was `You can also use [AzureAD](/powershell/module/Azuread) cmdlets`.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { buildError } from '../support/learn-markdown.ts';
import { tempDir } from '../support/temp-dir.ts';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const project = tempDir('link-name-');
mkdirSync(join(project, 'public/media'), { recursive: true });
mkdirSync(join(project, 'content'));
for (const name of ['shot.jpg', 'full.jpg']) writeFileSync(join(project, 'public/media', name), JPEG);
const root = pathToFileURL(`${project}/`);

/** The error the build stops with on `markdown` as the page content/page.<extension>, or ''. */
const built = (markdown: string, extension = 'md') =>
  buildError(markdown, join(project, `content/page.${extension}`), root, ['page', 'other']);

describe('the build refuses a link with no name, at its line', () => {
  test('no text: outbound (the real construct), to a page of this site, to an anchor, blank text', async () => {
    assert.match(
      await built('# Page\n\nSie können [](/powershell/module/Azuread) auch AzureAD-Cmdlets verwenden.\n'),
      /content\/page\.md:3: the link "\/powershell\/module\/Azuread" \(published as https:\/\/learn\.microsoft\.com\/en-us\/powershell\/module\/Azuread\) has no text: a reader sees nothing to click, and a screen reader hears only "\(external site\)"\. Write its text: \[text\]\(url\)\./,
    );
    assert.match(
      await built('A [](https://learn.microsoft.com/x) link.\n'),
      /content\/page\.md:1: the link "https:\/\/learn\.microsoft\.com\/x" has no text/,
    );
    assert.match(
      await built('See [](other.md).\n'),
      /content\/page\.md:1: the link "other\.md" \(published as \/other\/\) has no text: .* hears no name for it/,
    );
    assert.match(
      await built('# Page\n\n## Part\n\nSee [ ](#part).\n'),
      /page\.md:5: the link "#part" has no text/,
    );
    assert.match(await built('Mail [](mailto:a@example.com).\n'), /hears only "\(email\)"/);
  });

  test('only an image without alt text, as Markdown or as HTML in an .mdx page', async () => {
    assert.match(
      await built('See [![](/media/shot.jpg)](other.md).\n'),
      /content\/page\.md:1: the link "other\.md" \(published as \/other\/\) shows only an image without alt text: .* Give the image alt text saying where the link goes/,
    );
    assert.match(
      await built('See <a href="/other/"><img src="/media/shot.jpg" alt="" /></a>.\n', 'mdx'),
      /content\/page\.mdx:1: the link "\/other\/" shows only an image without alt text/,
    );
    assert.match(await built('See <a href="/other/"></a>.\n', 'mdx'), /the link "\/other\/" has no text/);
  });

  // Red team 35: each passed as named, and axe's link-name failed on the built page.
  test('only text hidden from screen readers, or an SVG link of shapes alone, in an .mdx page', async () => {
    assert.match(
      await built('See <a href="/other/"><span aria-hidden="true">Other</span></a>.\n', 'mdx'),
      /content\/page\.mdx:1: the link "\/other\/" has no text/,
    );
    assert.match(
      await built(
        '<svg width="50" height="20"><a href="/other/"><rect width="50" height="20" /></a></svg>\n',
        'mdx',
      ),
      /content\/page\.mdx:1: the link "\/other\/" has no text/,
    );
    // An attribute's name in any case, as the browser reads it.
    assert.match(
      await built('See <a href="/other/"><span ARIA-HIDDEN="true">Other</span></a>.\n', 'mdx'),
      /content\/page\.mdx:1: the link "\/other\/" has no text/,
    );
    assert.equal(await built('See <a href="/other/" Aria-Label="Other"></a>.\n', 'mdx'), '');
    assert.equal(
      await built('See <a href="/other/"><span aria-hidden="true">→</span> Other</a>.\n', 'mdx'),
      '',
    );
  });

  test('a link with a name passes: text, code, alt text, a title, aria-label; a bookmark is no link', async () => {
    for (const markdown of [
      'See [AzureAD](/powershell/module/Azuread).\n',
      'See [`Get-User`](other.md).\n',
      'See [![The rule list.](/media/shot.jpg)](other.md).\n',
      'See [](other.md "The other page").\n',
      // A screenshot linked to its full size is named "Full-size image" (rehype-image-link-name).
      '[![](/media/shot.jpg)](/media/full.jpg)\n',
      '# Page\n\n## Part\n\nText.\n',
    ])
      assert.equal(await built(markdown), '', markdown);
    for (const mdx of [
      'See <a href="/other/" aria-label="The other page"></a>.\n',
      'See <a href="/other/"><img src="/media/shot.jpg" alt="The other page" /></a>.\n',
      '<a id="x"></a>Options.\n',
    ])
      assert.equal(await built(mdx, 'mdx'), '', mdx);
  });
});
