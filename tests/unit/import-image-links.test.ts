/**
 * A link to an image file of the article's folder is published as its images are, and written as the link
 * to that copy: iis-docs links each screenshot to its full-size file (understanding-iis-url-authorization.md:71,
 * inside a step), and other repositories write `:::image … lightbox="x.png":::`. Published as an image is:
 * confined to the read root, an image by its extension and bytes, under /media/ by its path. A link to any
 * other file keeps today's behaviour, and one the import cannot publish is left as written, and said so.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport } from '../../src/lib/import/convert.ts';
import { memoryFolder } from '../support/memory-folder.ts';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const front = '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n';
const FOLDER = '/iis/manage/configuring-security';
const PAGE = `${FOLDER}/understanding-iis-url-authorization.md`;
const STATIC = 'understanding-iis-url-authorization/_static';
const MEDIA = `/media/${STATIC}`;

/** The folder with `files` (path → text or bytes), `real` resolving `links` (path → where it points). */
const folder = (files: Record<string, string | Uint8Array>, links: Record<string, string> = {}) =>
  memoryFolder(files, [FOLDER, '/iis'], links);

const importPage = (
  body: string,
  files: Record<string, string | Uint8Array>,
  links?: Record<string, string>,
) =>
  planImport(
    [PAGE],
    { sourceRoot: FOLDER },
    folder({ [PAGE]: `${front}# URL authorization\n\n${body}`, ...files }, links),
  );

test("a screenshot's link to its full-size image is published as the image is, and links that copy", () => {
  const plan = importPage(
    `3. Click "Add Allow Rule" and click the "OK" button.  \n\n    [![](${STATIC}/image2.jpg)](${STATIC}/image1.jpg)\n4. Close all Internet Explorer windows.\n`,
    { [`${FOLDER}/${STATIC}/image1.jpg`]: JPEG, [`${FOLDER}/${STATIC}/image2.jpg`]: JPEG },
  );
  assert.match(
    plan.pages[0]?.body ?? '',
    new RegExp(`^    \\[!\\[\\]\\(${MEDIA}/image2\\.jpg\\)\\]\\(${MEDIA}/image1\\.jpg\\)$`, 'm'),
  );
  assert.deepEqual(
    plan.copies.map((copy) => copy.to),
    [`public${MEDIA}/image2.jpg`, `public${MEDIA}/image1.jpg`],
  );
  assert.deepEqual(plan.warnings, []);
});

test('lightbox="…" is published as the image is', () => {
  const plan = importPage(
    `:::image type="content" source="${STATIC}/image2.jpg" alt-text="The rules." lightbox="${STATIC}/image1.jpg":::\n`,
    { [`${FOLDER}/${STATIC}/image1.jpg`]: JPEG, [`${FOLDER}/${STATIC}/image2.jpg`]: JPEG },
  );
  assert.match(
    plan.pages[0]?.body ?? '',
    new RegExp(`source="${MEDIA}/image2\\.jpg" alt-text="The rules\\." lightbox="${MEDIA}/image1\\.jpg"`),
  );
  assert.deepEqual(
    plan.copies.map((copy) => copy.to),
    [`public${MEDIA}/image2.jpg`, `public${MEDIA}/image1.jpg`],
  );
});

test('an attribute name in any case is that attribute, as docfx reads it: Lightbox="…" is published too', () => {
  // Import trial 30: fabric-docs' data-activator-tutorial.md writes alt-text="…"Lightbox="media/….png".
  const plan = importPage(
    `:::image type="content" source="${STATIC}/image2.jpg" alt-text="The rules."Lightbox="${STATIC}/image1.jpg":::\n`,
    { [`${FOLDER}/${STATIC}/image1.jpg`]: JPEG, [`${FOLDER}/${STATIC}/image2.jpg`]: JPEG },
  );
  assert.match(plan.pages[0]?.body ?? '', new RegExp(`Lightbox="${MEDIA}/image1\\.jpg"`));
  assert.deepEqual(
    plan.copies.map((copy) => copy.to),
    [`public${MEDIA}/image2.jpg`, `public${MEDIA}/image1.jpg`],
  );
});

test('a link to another file, or a reference link to an image, as written; a reference link to an image published', () => {
  const plan = importPage(
    `See [the log](${STATIC}/log.txt), [the rules](${STATIC}/image1.jpg "Full size") and [the other rules][full].\n\n[full]: ${STATIC}/image3.JPG\n`,
    {
      [`${FOLDER}/${STATIC}/log.txt`]: 'text',
      [`${FOLDER}/${STATIC}/image1.jpg`]: JPEG,
      [`${FOLDER}/${STATIC}/image3.JPG`]: JPEG,
    },
  );
  const body = plan.pages[0]?.body ?? '';
  assert.match(body, new RegExp(`\\[the log\\]\\(${STATIC}/log\\.txt\\)`));
  assert.match(body, new RegExp(`\\[the rules\\]\\(${MEDIA}/image1\\.jpg "Full size"\\)`));
  assert.match(body, new RegExp(`^\\[full\\]: ${MEDIA}/image3\\.JPG$`, 'm'));
  assert.deepEqual(plan.copies.map((copy) => copy.to).sort(), [
    `public${MEDIA}/image1.jpg`,
    `public${MEDIA}/image3.JPG`,
  ]);
});

test('a linked image missing, not an image, or outside the folder stays as written, said with its line; nothing is copied', () => {
  const plan = importPage(
    [
      `[![](${STATIC}/image2.jpg)](${STATIC}/gone.jpg)`,
      '',
      `[![](${STATIC}/image2.jpg)](${STATIC}/fake.png)`,
      '',
      `[![](${STATIC}/image2.jpg)](../../secret.png)`,
      '',
      `[![](${STATIC}/image2.jpg)](${STATIC}/outside.png)`,
      '',
    ].join('\n'),
    {
      [`${FOLDER}/${STATIC}/image2.jpg`]: JPEG,
      [`${FOLDER}/${STATIC}/fake.png`]: JPEG,
      '/secret.png': JPEG,
    },
    { [`${FOLDER}/${STATIC}/outside.png`]: '/secret.png' },
  );
  const body = plan.pages[0]?.body ?? '';
  for (const link of [
    `${STATIC}/gone.jpg`,
    `${STATIC}/fake.png`,
    '../../secret.png',
    `${STATIC}/outside.png`,
  ])
    assert.ok(body.includes(`](${link})`), `${link} as written`);
  assert.deepEqual(
    plan.copies.map((copy) => copy.to),
    [`public${MEDIA}/image2.jpg`],
  );
  assert.deepEqual(
    plan.warnings.map(
      (warning) => `${warning.line}: ${warning.message}${warning.outside ? ' (outside)' : ''}`,
    ),
    [
      `10: linked image "${STATIC}/gone.jpg" does not exist. The link is left as written: it goes to Learn's copy.`,
      `12: linked image "${STATIC}/fake.png" is not a PNG image (its bytes say otherwise). Not copied: the link is left as written, to Learn's copy.`,
      `14: linked image "../../secret.png" is outside the source folder: only files inside it are read. The link is left as written: it goes to Learn's copy. (outside)`,
      `16: linked image "${STATIC}/outside.png" is a link to a file outside the source folder: only files inside it are read. The link is left as written: it goes to Learn's copy. (outside)`,
    ],
  );
});

test('a file whose name has a space is linked by its escaped path, which Markdown can hold', () => {
  const plan = importPage(`[![](${STATIC}/image%202.jpg)](${STATIC}/image%201.jpg)\n`, {
    [`${FOLDER}/${STATIC}/image 1.jpg`]: JPEG,
    [`${FOLDER}/${STATIC}/image 2.jpg`]: JPEG,
  });
  assert.ok(
    (plan.pages[0]?.body ?? '').includes(`[![](${MEDIA}/image%202.jpg)](${MEDIA}/image%201.jpg)`),
    plan.pages[0]?.body,
  );
  assert.deepEqual(
    plan.copies.map((copy) => copy.to),
    [`public${MEDIA}/image 2.jpg`, `public${MEDIA}/image 1.jpg`],
  );
});

test('a destination in angle brackets is the destination between them: published, and written without them', () => {
  // As pandoc writes images (Microsoft/PartsUnlimited docs: `![](<media/prereq-step1.png>)`), a linked
  // screenshot's full-size file, a name with a space, and a link to another article.
  const plan = importPage(
    [
      `![](<${STATIC}/image1.jpg>)`,
      '',
      `[![](${STATIC}/image2.jpg)](<${STATIC}/../_static/image1.jpg>)`,
      '',
      `![The rules](<${STATIC}/image 3.jpg> "Rules")`,
      '',
      'See [the other article](<other article(1).md>) and [the log](<log file.txt>).',
      '',
    ].join('\n'),
    {
      [`${FOLDER}/${STATIC}/image1.jpg`]: JPEG,
      [`${FOLDER}/${STATIC}/image2.jpg`]: JPEG,
      [`${FOLDER}/${STATIC}/image 3.jpg`]: JPEG,
    },
  );
  const body = plan.pages[0]?.body ?? '';
  for (const written of [
    `![](${MEDIA}/image1.jpg)`,
    `[![](${MEDIA}/image2.jpg)](${MEDIA}/image1.jpg)`,
    `![The rules](${MEDIA}/image%203.jpg "Rules")`,
    'See [the other article](other%20article\\(1\\).md) and [the log](log%20file.txt).',
  ])
    assert.ok(body.includes(written), `${written} in:\n${body}`);
  assert.doesNotMatch(body, /<|\\</, 'no bracket left for MDX to read as a tag');
  assert.deepEqual(plan.warnings, []);
});

test('a malformed %-escape in an image path is a warning at its line, not the whole file refused', () => {
  // As a lightbox written with a cut escape: `lightbox="%E0%A4%A.png"` (a stray %).
  const plan = importPage(
    [
      `:::image type="content" source="${STATIC}/image2.jpg" alt-text="The rules." lightbox="%E0%A4%A.png":::`,
      '',
      '![Cut](%E0%A4%A.png)',
      '',
      `[![](${STATIC}/image2.jpg)](%E0%A4%A.png)`,
      '',
    ].join('\n'),
    { [`${FOLDER}/${STATIC}/image2.jpg`]: JPEG },
  );
  assert.deepEqual(plan.refused, []);
  // Written so the build reads them as the missing files they are (its check of a Markdown image's path
  // would fail on a stray %): the image without its link, the alt text, the link to Learn's copy.
  const body = plan.pages[0]?.body ?? '';
  for (const written of [
    `source="${MEDIA}/image2.jpg" alt-text="The rules." lightbox="/media/%25E0%25A4%25A.png"`,
    '![Cut](/media/%25E0%25A4%25A.png)',
    `[![](${MEDIA}/image2.jpg)](%E0%A4%A.png)`,
  ])
    assert.ok(body.includes(written), `${written} in:\n${body}`);
  assert.deepEqual(
    plan.warnings.map((warning) => `${warning.line}: ${warning.message}`),
    [
      '10: lightbox image "%E0%A4%A.png" is not a valid path (a stray %). The image is shown without a link to it.',
      '12: image "%E0%A4%A.png" is not a valid path (a stray %). The page shows its alt text instead.',
      `14: linked image "%E0%A4%A.png" is not a valid path (a stray %). The link is left as written: it goes to Learn's copy.`,
    ],
  );
});

test('an :::image::: whose file is missing is one warning, for the image and its lightbox of that file', () => {
  // Trial CH: fabric-docs' screenshots are :::image source="media\x.png" lightbox="media\x.png":::, and a
  // copy without its media said each twice (55 of the import's 201 warnings); a lightbox of another
  // missing file is still said on its own.
  const plan = importPage(
    [
      `:::image type="content" source="${STATIC}/gone.png" alt-text="Gone." lightbox="${STATIC}/gone.png":::`,
      '',
      `:::image type="content" source="${STATIC}/small.png" alt-text="Small." lightbox="${STATIC}/big.png":::`,
      '',
    ].join('\n'),
    {},
  );
  assert.deepEqual(
    plan.warnings.map((warning) => `${warning.line}: ${warning.message}`),
    [
      `10: image "${STATIC}/gone.png" does not exist. The page shows its alt text instead. Its lightbox, the same file, is left out: no link to it either.`,
      `12: image "${STATIC}/small.png" does not exist. The page shows its alt text instead.`,
      `12: lightbox image "${STATIC}/big.png" does not exist. The image is shown without a link to it.`,
    ],
  );
});

test('a file whose name has a % is published so, its link escaping the % as a URL does', () => {
  const plan = importPage(`![Full](${STATIC}/100%25.jpg)\n`, { [`${FOLDER}/${STATIC}/100%.jpg`]: JPEG });
  assert.ok((plan.pages[0]?.body ?? '').includes(`![Full](${MEDIA}/100%25.jpg)`), plan.pages[0]?.body);
  assert.deepEqual(
    plan.copies.map((copy) => copy.to),
    [`public${MEDIA}/100%.jpg`],
  );
});

test('a clickable image whose file is missing is one warning, for the image and its link (dynamics365smb-docs.fi-fi)', () => {
  // one-voucher.md:39, `[![Yksi rivi](./media/same-line.png)](./media/same-line.png)`: said twice, once
  // as the image and once as the linked image (12 of a folder's 29 warnings).
  const plan = importPage(
    `[![Yksi rivi](./media/same-line.png)](./media/same-line.png)\n\n[![](${STATIC}/gone.png)](${STATIC}/image1.jpg)\n`,
    { [`${FOLDER}/${STATIC}/image1.jpg`]: JPEG },
  );
  assert.deepEqual(
    plan.warnings.map((warning) => `${warning.line}: ${warning.message}`),
    [
      `10: image "./media/same-line.png" does not exist. The page shows its alt text instead. Its link is left as written: it goes to Learn's copy.`,
      `12: image "${STATIC}/gone.png" does not exist. The page shows its alt text instead.`,
    ],
  );
});
