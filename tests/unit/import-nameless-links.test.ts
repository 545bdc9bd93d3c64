/**
 * A link with no name, which the build refuses on a hand-written page (tests/unit/link-name.test.ts), is
 * imported as Learn shows it, so a real Learn folder builds: `[](url)` is an empty link there, which no reader
 * sees, and is left out; a link showing only an image without alt text keeps the image, without the link.
 * Real machine-translated text of microsoft-365-docs-pr.de-DE (add-users/set-password-to-never-expire.md):
 * `Sie können [](/powershell/module/Azuread) auch AzureAD-Cmdlets verwenden`, whose English was
 * `You can also use [AzureAD](/powershell/module/Azuread) cmdlets`.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { planImport } from '../../src/lib/import/convert.ts';
import { emptyLinkReport, rewriteLinks, type LinkNote } from '../../src/lib/import/links.ts';
import { buildError } from '../support/learn-markdown.ts';
import { memoryFolder } from '../support/memory-folder.ts';
import { tempDir } from '../support/temp-dir.ts';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const FOLDER = '/docs/admin';
const PAGE = `${FOLDER}/set-password.md`;
const front = '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n';

/** The source line of the real page, its English hidden by the translation markup Learn leaves out. */
const GERMAN =
  '<span data-ttu-id="c44bb-112">Sie können [](/powershell/module/Azuread) auch AzureAD-Cmdlets verwenden, um die nie abgelaufene Konfiguration zu entfernen oder um zu sehen, welche Benutzerkennwörter auf nie ablaufen festgelegt sind.</span><span class="sxs-lookup"><span data-stu-id="c44bb-112">You can also use [AzureAD](/powershell/module/Azuread) cmdlets to remove the never-expires configuration or to see which user passwords are set to never expire.</span></span>';

/** The Learn folder of `files` (path → text or bytes), besides the page. */
const folder = (files: Record<string, string | Uint8Array>) => memoryFolder(files, [FOLDER, '/docs']);

/** The body the import writes of a page whose text after its H1 is `body` (from line 10 of the file). */
function imported(body: string, files: Record<string, string | Uint8Array> = {}): string {
  const plan = planImport(
    [PAGE],
    { sourceRoot: FOLDER },
    folder({ [PAGE]: `${front}# Kennwort\n\n${body}`, ...files }),
  );
  return plan.pages[0]?.body ?? '';
}

/** What the import warns of a page whose text after its H1 is `body`: each warning's line and message. */
function warned(body: string, files: Record<string, string | Uint8Array> = {}): string[] {
  const plan = planImport(
    [PAGE],
    { sourceRoot: FOLDER },
    folder({ [PAGE]: `${front}# Kennwort\n\n${body}`, ...files }),
  );
  return plan.warnings.map(({ line, message }) => `${line}: ${message}`);
}

/** What rewriteLinks, the import's link pass, says of `text` (from line 10 of the page): each note's line and message. */
function notes(text: string): string[] {
  const said: LinkNote[] = [];
  rewriteLinks(text, 'set-password.md', 10, emptyLinkReport(), said);
  return said.map(({ file, line, message }) => `${file}:${line}: ${message}`);
}

// A project where the build finds the images the import publishes.
const project = tempDir('import-nameless-links-');
mkdirSync(join(project, 'public/media'), { recursive: true });
mkdirSync(join(project, 'content'));
for (const name of ['shot.jpg', 'full.jpg']) writeFileSync(join(project, 'public/media', name), JPEG);
const root = pathToFileURL(`${project}/`);

/** The error the strict build stops with on `body` as an imported page (content/set-password.mdx), or ''. */
const built = (body: string) =>
  buildError(body, join(project, 'content/set-password.mdx'), root, ['set-password', 'other']);

describe('a link with no text is left out, as Learn shows nothing there', () => {
  test('the real German line: the sentence as a reader of Learn reads it, and the page builds', async () => {
    const body = imported(`${GERMAN}\n`);
    assert.match(
      body,
      /^Sie können auch AzureAD-Cmdlets verwenden, um die nie abgelaufene Konfiguration zu entfernen/m,
    );
    assert.doesNotMatch(body, /\]\(|powershell/);
    assert.deepEqual(warned(`${GERMAN}\n`), [
      '10: the link "/powershell/module/Azuread" has no text: Learn shows nothing there, so it is left out of the page. If a link was meant, give it text: [text](/powershell/module/Azuread).',
    ]);
    assert.equal(await built(body), '');
    // The same line as Learn has it fails the build: the link is what the import leaves out.
    assert.match(await built('Sie können [](/powershell/module/Azuread) auch.\n'), /has no text/);
  });

  test('each shape of it: blank text, a reference, an HTML link (in a paragraph and an HTML table cell)', async () => {
    const body = imported(
      [
        'One [ ](https://learn.microsoft.com/x) two.',
        '',
        'Three [][ref] four.',
        '',
        'Five <a href="other.md"></a> six.',
        '',
        '<table><tr><td><a href="other.md"> </a></td><td>Seven</td></tr></table>',
        '',
        '[ref]: /powershell/module/Azuread',
        '',
      ].join('\n'),
    );
    assert.match(body, /^One two\.$/m);
    assert.match(body, /^Three four\.$/m);
    assert.match(body, /^Five six\.$/m);
    assert.match(body, /<td> <\/td>/);
    assert.doesNotMatch(body, /\[\]|\[ \]|href/);
    assert.equal(await built(body), '');
  });

  test('each is warned of at its line, saying it was left out and what to write if a link was meant', () => {
    assert.deepEqual(
      notes(
        [
          'Sie können [](/powershell/module/Azuread) auch.',
          'Three [][ref] four.',
          '<table><tr><td><a href="other.md"> </a></td></tr></table>',
          '',
          '[ref]: https://learn.microsoft.com/x',
        ].join('\n'),
      ),
      [
        'set-password.md:10: the link "/powershell/module/Azuread" has no text: Learn shows nothing there, so it is left out of the page. If a link was meant, give it text: [text](/powershell/module/Azuread).',
        'set-password.md:11: the link "https://learn.microsoft.com/x" has no text: Learn shows nothing there, so it is left out of the page. If a link was meant, give it text: [text](https://learn.microsoft.com/x).',
        'set-password.md:12: the link "other.md" has no text: Learn shows nothing there, so it is left out of the page. If a link was meant, give it text: [text](other.md).',
      ],
    );
  });

  test('lines keep their numbers, and a quote its marks, when the link is over two lines', () => {
    const text = '> Sie können [](\n> /powershell/module/Azuread) auch.\n>\n> [Next](other.md)\n';
    const said: LinkNote[] = [];
    const written = rewriteLinks(text, 'a.md', 1, emptyLinkReport(), said);
    assert.equal(written, '> Sie können \n>  auch.\n>\n> [Next](other.md)\n');
    assert.deepEqual(
      said.map((note) => note.line),
      [1],
    );
    // Its blank text over a line break keeps the break; between two words, one space stays between them.
    assert.equal(
      rewriteLinks('a[ ](other.md)b, c [\n](other.md) d.\n', 'a.md', 1, emptyLinkReport()),
      'a b, c \n d.\n',
    );
  });

  test('an HTML link with no text but an id keeps the id, a bookmark that #links land on', () => {
    assert.match(imported('See <a id="setup" href="#setup"></a>it.\n'), /^See <a id="setup"><\/a>it\.$/m);
  });
});

describe('a link showing only an image without alt text', () => {
  const files = {
    [`${FOLDER}/media/shot.jpg`]: JPEG,
    [`${FOLDER}/media/full.jpg`]: JPEG,
  };

  test('to a page: the image is kept without the link, and said so at its line', async () => {
    const body = imported('See [![](media/shot.jpg)](other.md) here.\n', files);
    assert.deepEqual(warned('See [![](media/shot.jpg)](other.md) here.\n', files), [
      '10: the link "other.md" shows only an image without alt text, so it has no name a screen reader can say (this site builds no link without one): the image is kept, without the link. If the link was meant, give the image alt text saying where it goes: [![where it goes](image)](other.md).',
    ]);
    assert.match(body, /^See !\[\]\(\/media\/shot\.jpg\) here\.$/m);
    assert.deepEqual(notes('See [![](/media/shot.jpg)](other.md) here.\n'), [
      'set-password.md:10: the link "other.md" shows only an image without alt text, so it has no name a screen reader can say (this site builds no link without one): the image is kept, without the link. If the link was meant, give the image alt text saying where it goes: [![where it goes](image)](other.md).',
    ]);
    assert.equal(await built('See ![](/media/shot.jpg) here.\n'), '');
    assert.match(await built('See [![](/media/shot.jpg)](other.md) here.\n'), /only an image/);
  });

  test('to its full-size image: kept, as the build names it "Full-size image"', () => {
    assert.match(
      imported('[![](media/shot.jpg)](media/full.jpg)\n', files),
      /^\[!\[\]\(\/media\/shot\.jpg\)\]\(\/media\/full\.jpg\)$/m,
    );
    assert.deepEqual(notes('[![](/media/shot.jpg)](/media/full.jpg)\n'), []);
  });
});

describe('what has a name, or is no link, stays as written', () => {
  test('a bookmark, a link with a title or alt text, a Learn marker whose title is empty', () => {
    const text = [
      '<a id="x"></a><a name="y"></a>Bookmarks.',
      '[](https://learn.microsoft.com/x "Azure AD cmdlets")',
      '[![Cmdlets](/media/shot.jpg)](other.md)',
      '[!INCLUDE [](../includes/note.md)]',
      '[!code-powershell[](run.ps1?range=2-3)]',
      '[!code-c#[](run.cs)]',
    ].join('\n\n');
    assert.equal(rewriteLinks(text, 'a.md', 1, emptyLinkReport()), text);
    assert.deepEqual(notes(text), []);
  });
});
