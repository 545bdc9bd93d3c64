/** The import writes no front matter the build refuses for its size or its date: it cuts, or takes the default, and says so. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  fitField,
  fitPageFields,
  mapLearnFrontMatter,
  splitFrontMatter,
} from '../../src/lib/import/front-matter.ts';
import { FIELD_LIMITS, pageSchema } from '../../src/lib/page-schema.ts';

const DEFAULTS = { fallbackAuthor: 'a', date: '2026-01-02', title: 'T', description: 'D.' };

/** The fields the import keeps for `source`, and its notes as `line: message`. */
function imported(source: string) {
  const { data } = splitFrontMatter(source, 'a.md');
  const learn = mapLearnFrontMatter(data, 'a.md', DEFAULTS, source);
  return { learn, notes: learn.notes.map(({ line, message }) => `${line}: ${message}`) };
}

test('a 100,000-character title, description or author is cut at a word to the limit the build takes, with a warning', () => {
  // The red team's page: a title of 100,000 "T", a description of 100 KB, an author of 50 KB.
  const words = 'Configure the security settings of every device '.repeat(30);
  const source = `---\ntitle: ${'T'.repeat(100_000)}\ndescription: ${words}\nauthor: ${'a'.repeat(50_000)}\nms.date: 03/07/2025\n---\n\nText.\n`;
  const { learn, notes } = imported(source);
  assert.equal(learn.title.length, FIELD_LIMITS.title);
  assert.ok(learn.title.endsWith('T…'));
  assert.ok(learn.description.length <= FIELD_LIMITS.description);
  assert.ok(words.startsWith(learn.description.slice(0, -1)));
  assert.match(learn.description, / settings of…$/, 'cut after a whole word');
  assert.equal(learn.author.length, FIELD_LIMITS.author);
  assert.match(
    notes[0] ?? '',
    /^2: front-matter field "title" is 100,000 characters long, more than the 200 the site takes: cut to "T{30}…T{28}…"\. Shorten it in the source\.$/,
  );
  assert.match(
    notes[1] ?? '',
    /^3: front-matter field "description" is 1,439 characters long, more than the 1,000/,
  );
  assert.match(
    notes[2] ?? '',
    /^4: front-matter field "author" is 50,000 characters long, more than the 200/,
  );
  for (const field of ['title', 'description', 'author'] as const)
    assert.ok(pageSchema.shape[field].safeParse(learn[field]).success, field);
});

test('a field within its limit is kept as it is, with no warning; an emoji at the cut is not split', () => {
  assert.deepEqual(fitField('title', 'Privacy', 2), { value: 'Privacy' });
  assert.deepEqual(fitField('group', 'x'.repeat(200), 2), { value: 'x'.repeat(200) });
  const emoji = fitField('title', `${'a'.repeat(198)}😀😀`, 2).value;
  assert.equal(emoji, `${'a'.repeat(198)}…`);
});

test('an ms.date the build refuses (before 1990, more than a year ahead) gets the default date and a warning', () => {
  const early = imported('---\ntitle: T\nms.date: 12/31/1989\n---\n');
  assert.equal(early.learn.updated, '2026-01-02');
  assert.match(
    early.notes.join('\n'),
    /3: front-matter field "ms\.date" is 1989-12-31, before 1990-01-01, the earliest day a page may name .*\(the date of the file's last git commit\): using "2026-01-02"\./,
  );
  const ahead = imported('---\ntitle: T\nms.date: 12/31/9999\n---\n');
  assert.equal(ahead.learn.updated, '2026-01-02');
  assert.match(ahead.notes.join('\n'), /"ms\.date" is 9999-12-31, more than a year after today/);
  // Learn's ms.date is a real past day: kept.
  assert.equal(imported('---\ntitle: T\nms.date: 11/04/2016\n---\n').learn.updated, '2016-11-04');
});

test("the import's YAML reader refuses an alias bomb at once, naming the file (yaml's alias count)", () => {
  const names = 'abcdefghi'.split('');
  const lines = names.map((name, index) =>
    index === 0
      ? `${name}: &${name} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`
      : `${name}: &${name} [${Array(9)
          .fill(`*${names[index - 1] ?? ''}`)
          .join(',')}]`,
  );
  assert.throws(
    () => splitFrontMatter(`---\n${lines.join('\n')}\ntitle: *i\n---\n`, 'bomb.md'),
    /^Error: bomb\.md:\d+: its front matter .* Excessive alias count/,
  );
});

test("a page's fields from elsewhere (its H1, a TOC's names) are fitted too, each said at the line given", () => {
  const page = {
    title: `About ${'the very long heading '.repeat(20)}`.trim(),
    group: 'G'.repeat(250),
    sidebarLabel: 'Short',
    description: 'About it.',
    order: 1,
    updated: new Date('2024-01-02T00:00:00Z'),
    author: 'a',
  };
  const { frontMatter, notes } = fitPageFields(page, (field) => (field === 'title' ? 9 : 1));
  assert.ok(frontMatter.title.length <= FIELD_LIMITS.title && frontMatter.title.endsWith(' very long…'));
  assert.equal(frontMatter.group, `${'G'.repeat(199)}…`);
  assert.equal(frontMatter.sidebarLabel, 'Short');
  assert.deepEqual(
    notes.map(({ line, message }) => `${line}: ${message.slice(0, 60)}`),
    [
      '9: front-matter field "title" is 445 characters long, more than',
      '1: front-matter field "group" is 250 characters long, more than',
    ],
  );
  assert.ok(pageSchema.safeParse(frontMatter).success);
});
