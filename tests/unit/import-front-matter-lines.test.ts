/** Learn front matter written over several lines becomes the one-line fields the site's schema takes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mapLearnFrontMatter, splitFrontMatter } from '../../src/lib/import/front-matter.ts';
import { pageSchema } from '../../src/lib/page-schema.ts';

const DEFAULTS = { fallbackAuthor: 'a', date: '2026-01-02', title: 'T', description: 'D.' };

test('a YAML block or a tab in a title or description is collapsed to one line the build accepts', () => {
  const source =
    '---\ntitle: "Set up\\tdevices"\ndescription: |\n  Learn how to set up devices\n  and enroll them.\nms.date: 03/07/2025\n---\n\nText.\n';
  const { data } = splitFrontMatter(source, 'a.md');
  const learn = mapLearnFrontMatter(data, 'a.md', DEFAULTS, source);
  assert.equal(learn.title, 'Set up devices');
  assert.equal(learn.description, 'Learn how to set up devices and enroll them.');
  assert.ok(pageSchema.shape.title.safeParse(learn.title).success);
  assert.ok(pageSchema.shape.description.safeParse(learn.description).success);
  assert.equal(pageSchema.shape.description.safeParse('two\nlines').success, false, 'as the build refuses');
});

test('a title ending in "| Microsoft Docs", the site name for search engines, is the page title without it', () => {
  // As in MicrosoftDocs/powerapps-docs canvas-apps/functions/operators.md.
  const source =
    '---\ntitle: Operators and identifiers in Power Apps | Microsoft Docs\ndescription: D.\n---\n';
  const { data } = splitFrontMatter(source, 'a.md');
  assert.equal(
    mapLearnFrontMatter(data, 'a.md', DEFAULTS, source).title,
    'Operators and identifiers in Power Apps',
  );
  const learn = '---\ntitle: Pipes | in titles stay\ndescription: D.\n---\n';
  assert.equal(
    mapLearnFrontMatter(splitFrontMatter(learn, 'b.md').data, 'b.md', DEFAULTS, learn).title,
    'Pipes | in titles stay',
  );
});

test('a field of the wrong kind (a list, an object, true) is said to be that, not missing, with its line', () => {
  const source =
    '---\ntitle: [1, 2]\ndescription: {a: 1}\nauthor: true\nms.author: writer\nms.date: [03/07/2025]\n---\n\nText.\n';
  const { data } = splitFrontMatter(source, 'a.md');
  const learn = mapLearnFrontMatter(data, 'a.md', DEFAULTS, source);
  assert.deepEqual(
    learn.notes.map(({ line, message }) => `${line}: ${message}`),
    [
      '2: front-matter field "title" is a list, where it must be one line of text: using "T".',
      '3: front-matter field "description" is an object, where it must be one line of text: using "D.".',
      '4: front-matter field "author" is true, where it must be one line of text (taken from ms.author): using "writer".',
      '6: front-matter field "ms.date" is a list, where it must be a date as MM/DD/YYYY (the date of the file\'s last git commit): using "2026-01-02".',
    ],
  );
  const missing = '---\nms.author: writer\n---\n';
  assert.match(
    mapLearnFrontMatter(splitFrontMatter(missing, 'b.md').data, 'b.md', DEFAULTS, missing).notes[0]
      ?.message ?? '',
    /^front-matter field "title" is missing: using "T"\.$/,
  );
  // A key with no value (sdk-api's `description:`, which YAML reads as null) is there, empty: not "missing".
  const bare = '---\ntitle:\n---\n';
  assert.match(
    mapLearnFrontMatter(splitFrontMatter(bare, 'b.md').data, 'b.md', DEFAULTS, bare).notes[0]?.message ?? '',
    /^front-matter field "title" is empty: using "T"\.$/,
  );
  // Written with no text (office-developer-client-docs.zh-CN's `description: ''`): empty, not missing.
  const empty = "---\ntitle: T\ndescription: ''\nms.date: ' '\n---\n";
  assert.deepEqual(
    mapLearnFrontMatter(splitFrontMatter(empty, 'c.md').data, 'c.md', DEFAULTS, empty).notes.map(
      (note) => note.message.split(':')[0],
    ),
    [
      'front-matter field "description" is empty',
      'front-matter field "author" is missing (the configured default author)',
      'front-matter field "ms.date" is empty (the date of the file\'s last git commit)',
    ],
  );
});

test('front matter opened by "--- " with a space, after a byte order mark, or empty, is front matter, as docfx reads it', () => {
  // As Dynamics 365's finance/general-ledger/tasks/set-up-sales-tax-codes.md opens (a space after ---).
  const spaced =
    '--- \n# required metadata \ntitle: Set up sales tax codes\ndescription: Create sales tax codes.\n---\n# Set up sales tax codes\n';
  const read = splitFrontMatter(spaced, 'a.md');
  assert.equal(read.data['title'], 'Set up sales tax codes');
  assert.equal(read.body, '# Set up sales tax codes\n');
  assert.equal(splitFrontMatter(`\uFEFF${spaced}`, 'a.md').data['title'], 'Set up sales tax codes');
  const empty = splitFrontMatter('---\n---\n# Title\n', 'a.md');
  assert.deepEqual(empty.data, {});
  assert.equal(empty.body, '# Title\n');
  // A thematic break later in a file without front matter is no front matter.
  assert.equal(splitFrontMatter('Text.\n---\nMore.\n---\n', 'a.md').body, 'Text.\n---\nMore.\n---\n');
});
