/**
 * The site's /media/ is one for every Learn folder imported, each publishing its images by their path below
 * it: two folders' `img/a.png` (or `media/image1.png`, as every pandoc-converted article names its first
 * screenshot) are both /media/img/a.png. A second folder's different file there is published beside it,
 * so neither folder's pages show the other's image, and importing either again changes nothing.
 */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { planImport } from '../../src/lib/import/convert.ts';
import { siteMediaOf, type MediaUser, type SiteMedia } from '../../src/lib/import/site-media.ts';
import { memoryFolder } from '../support/memory-folder.ts';
import { tempDir } from '../support/temp-dir.ts';

const png = (colour: number) => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, colour]);
const RED = png(1);
const BLUE = png(2);
const front = '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n';
const FOLDER = '/repo/other';

/** An in-memory folder of `files` (path → text or bytes). */
const folder = (files: Record<string, string | Uint8Array>) => memoryFolder(files, [FOLDER, '/repo']);

/** A site whose public/ holds `files` and whose pages from other folders show what `users` says. */
function site(files: Record<string, Uint8Array>, users: Record<string, MediaUser[]> = {}): SiteMedia {
  return { bytes: (path) => files[path], otherFolderPages: (destination) => users[destination] ?? [] };
}

const DOCS_PAGE: MediaUser = { file: 'content/imglinks.md', slug: 'imglinks', folder: '/en-us/docs/' };

const importOther = (siteMedia: SiteMedia | undefined, files: Record<string, string | Uint8Array> = {}) =>
  planImport(
    [`${FOLDER}/other.md`],
    { sourceRoot: FOLDER, siteMedia },
    folder({
      [`${FOLDER}/other.md`]: `${front}# Other\n\n![A red square](img/a.png)\n`,
      [`${FOLDER}/img/a.png`]: RED,
      ...files,
    }),
  );

test("another folder's image at the same path is published beside it, said with both; importing again finds the same path", () => {
  const docs = site({ 'public/media/img/a.png': BLUE }, { '/media/img/a.png': [DOCS_PAGE] });
  const plan = importOther(docs);
  const [copy] = plan.copies;
  assert.match(copy?.to ?? '', /^public\/media\/img\/a-[0-9a-f]{12}\.png$/);
  const published = (copy?.to ?? '').slice('public'.length);
  assert.ok(plan.pages[0]?.body.includes(`![A red square](${published})`), plan.pages[0]?.body);
  assert.deepEqual(
    plan.warnings.map((warning) => `${warning.file}:${warning.line}: ${warning.message}`),
    [
      `${FOLDER}/other.md:10: image "img/a.png" is published as ${published}: /media/img/a.png is another image already, shown by content/imglinks.md (Learn's /en-us/docs/). Each page shows its own.`,
    ],
  );
  // Imported again (its copy now on the site too), the folder's image goes to the same place.
  const again = importOther(
    site(
      { 'public/media/img/a.png': BLUE, [`public${published}`]: RED },
      { '/media/img/a.png': [DOCS_PAGE] },
    ),
  );
  assert.deepEqual(again.copies, plan.copies);
  assert.equal(again.pages[0]?.body, plan.pages[0]?.body);
});

test("the same file, an image only this folder's pages show, or one a page this import rewrites shows, stays at its path", () => {
  const same = importOther(site({ 'public/media/img/a.png': RED }, { '/media/img/a.png': [DOCS_PAGE] }));
  // An image changed upstream is the folder's own: written over with --force, as before.
  const own = importOther(site({ 'public/media/img/a.png': BLUE }));
  const rewritten = importOther(
    site(
      { 'public/media/img/a.png': BLUE },
      { '/media/img/a.png': [{ file: 'content/other.md', slug: 'other', folder: '/en-us/docs/' }] },
    ),
  );
  const none = importOther(undefined);
  for (const plan of [same, own, rewritten, none]) {
    assert.deepEqual(
      plan.copies.map((copy) => copy.to),
      ['public/media/img/a.png'],
    );
    assert.ok(plan.pages[0]?.body.includes('![A red square](/media/img/a.png)'));
    assert.deepEqual(plan.warnings, []);
  }
});

test('two files of one import at one published path: the second is published beside the first', () => {
  // `a.png` and `media/a.png` are both /media/a.png (a path below the folder goes under /media/).
  const plan = planImport(
    [`${FOLDER}/other.md`],
    { sourceRoot: FOLDER },
    folder({
      [`${FOLDER}/other.md`]: `${front}# Other\n\n![Red](a.png)\n\n![Blue](media/a.png)\n\n![Red again](a.png)\n`,
      [`${FOLDER}/a.png`]: RED,
      [`${FOLDER}/media/a.png`]: BLUE,
    }),
  );
  const [first, second] = plan.copies;
  assert.equal(plan.copies.length, 2);
  assert.deepEqual(first, { from: `${FOLDER}/a.png`, to: 'public/media/a.png' });
  assert.match(second?.to ?? '', /^public\/media\/a-[0-9a-f]{12}\.png$/);
  assert.equal(plan.warnings.length, 1);
  assert.match(
    plan.warnings[0]?.message ?? '',
    /^image "media\/a\.png" is published as \/media\/a-[0-9a-f]{12}\.png: \/media\/a\.png is another image of this import, a\.png\./,
  );
});

// Red team 31: a folder holding media/Diagram.png beside media/diagram.png published both; where file names ignore
// case (Windows, macOS) they are one file, so one page showed the other's image.
test('two images of one import whose paths differ only in case: the second is published beside the first', () => {
  const plan = planImport(
    [`${FOLDER}/other.md`],
    { sourceRoot: FOLDER },
    folder({
      [`${FOLDER}/other.md`]: `${front}# Other\n\n![Red](media/diagram.png)\n\n![Blue](media/Diagram.png)\n`,
      [`${FOLDER}/media/diagram.png`]: RED,
      [`${FOLDER}/media/Diagram.png`]: BLUE,
    }),
  );
  const [first, second] = plan.copies;
  assert.deepEqual(first, { from: `${FOLDER}/media/diagram.png`, to: 'public/media/diagram.png' });
  assert.match(second?.to ?? '', /^public\/media\/Diagram-[0-9a-f]{12}\.png$/);
  assert.equal(plan.warnings.length, 1);
  assert.match(
    plan.warnings[0]?.message ?? '',
    /^image "media\/Diagram\.png" is published as \/media\/Diagram-[0-9a-f]{12}\.png: \/media\/Diagram\.png is one file with \/media\/diagram\.png where file names ignore case \(Windows, macOS\), another image of this import, media\/diagram\.png\./,
  );
});

test("siteMediaOf: the site's files, and its pages of other Learn folders showing a path, by learn-folder.json", (t) => {
  const root = tempDir('site-media-');
  t.after(() => {
    rmSync(root, { recursive: true, force: true });
  });
  mkdirSync(join(root, 'public/media/img'), { recursive: true });
  mkdirSync(join(root, 'content/guide'), { recursive: true });
  writeFileSync(join(root, 'public/media/img/a.png'), BLUE);
  symlinkSync(join(root, 'public/media/img/a.png'), join(root, 'public/media/img/linked.png'));
  writeFileSync(join(root, 'content/imglinks.md'), '---\ntitle: I\n---\n\n![Blue](/media/img/a.png)\n');
  writeFileSync(
    join(root, 'content/lightbox.mdx'),
    ':::image type="content" source="/media/b.png" alt-text="B" lightbox="/media/img/a.png":::\n',
  );
  writeFileSync(join(root, 'content/longer.md'), '![x](/media/img/a.png.bak) ![y](/x/media/img/a.png)\n');
  writeFileSync(join(root, 'content/guide/other.md'), '![Red](/media/img/a.png)\n');
  const folders = {
    learnFolder: 'defender-business',
    articles: [],
    otherFolders: [
      { learnFolder: 'docs', articles: [], pages: ['imglinks', 'lightbox', 'longer'] },
      { learnFolder: 'other', locale: 'ja-jp', articles: [], pages: ['guide/other'] },
    ],
  };
  const media = siteMediaOf(root, folders, { learnFolder: 'other', locale: 'ja-jp' });
  assert.deepEqual(media.bytes('public/media/img/a.png'), BLUE);
  assert.equal(media.bytes('public/media/img/linked.png'), undefined, 'a symlink is no file of the site');
  assert.equal(media.bytes('public/media/img/none.png'), undefined);
  assert.deepEqual(media.otherFolderPages('/media/img/a.png'), [
    { file: 'content/imglinks.md', slug: 'imglinks', folder: '/en-us/docs/' },
    { file: 'content/lightbox.mdx', slug: 'lightbox', folder: '/en-us/docs/' },
  ]);
  // From the docs folder, the other folder's page is the other one.
  assert.deepEqual(siteMediaOf(root, folders, { learnFolder: 'docs' }).otherFolderPages('/media/img/a.png'), [
    { file: 'content/guide/other.md', slug: 'guide/other', folder: '/ja-jp/other/' },
  ]);
});
