/**
 * An HTML element of an .mdx page that loads a file of the site (`<img src>`, `srcset`, `<video poster>`) names
 * a file of public/, or the build fails naming the page's line: Astro processes Markdown images only, and the
 * browser requests such a path as written, resolved against the page's URL. Real-folder trial BW
 * (OfficeDocs-Exchange-Test-pr.fr-fr): `<img src="images/Dn986544.note(EXCHG.150).gif">` was published as a
 * broken image on 10 pages, the build silent.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { buildError } from '../support/learn-markdown.ts';
import { tempDir } from '../support/temp-dir.ts';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const project = tempDir('html-image-files-');
mkdirSync(join(project, 'public/media'), { recursive: true });
mkdirSync(join(project, 'content'));
writeFileSync(join(project, 'public/media/note.png'), PNG);
const root = pathToFileURL(`${project}/`);
const page = join(project, 'content/guide.mdx');
const check = (mdx: string) => buildError(mdx, page, root, ['guide']);

describe('an HTML element that loads a file of the site', () => {
  test('a relative <img src> that names nothing fails the build at its line, with the path the browser asks for', async () => {
    const error = await check('Text.\n\n<img src="images/a(b).gif" alt="Note" />\n');
    assert.match(error, /content\/guide\.mdx:3: the src= of <img> "images\/a\(b\)\.gif"/);
    assert.match(error, /names no file of public\/ \(\/guide\/images\/a\(b\)\.gif\)/);
  });

  test('so does a path from the root, and one candidate of a srcset (its descriptors are no paths)', async () => {
    assert.match(
      await check('<img src="/media/missing.png" alt="Note" />\n'),
      /"\/media\/missing\.png" names no file/,
    );
    assert.match(
      await check(
        '<img src="/media/note.png" srcset="/media/note.png 1x, /media/big.png 2x" alt="Note" />\n',
      ),
      /srcset= of <img> "\/media\/big\.png" names no file/,
    );
    assert.equal(
      await check('<img src="/media/note.png" srcset="/media/note.png 1x,/media/note.png 2x" alt="N" />\n'),
      '',
    );
  });

  test("a file of public/ passes, and so does a reference to the page's own element", async () => {
    assert.equal(await check('<img src="/media/note.png" alt="Note" />\n'), '');
    assert.equal(await check('<img src="../media/note.png" alt="Note" />\n'), '');
    assert.equal(
      await check('<svg role="img" aria-label="Dot"><circle id="c" r="1" /><use href="#c" /></svg>\n'),
      '',
    );
  });
});
