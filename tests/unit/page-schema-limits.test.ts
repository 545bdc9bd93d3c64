/**
 * Front matter within bounds: a wrong value is described in a line however large YAML aliases make it,
 * a line of text has a length limit, and a date is a day from 1990 to a year ahead.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import {
  dayProblem,
  FIELD_LIMITS,
  impossibleDays,
  pageSchema,
  previewValue,
} from '../../src/lib/page-schema.ts';

const valid = {
  title: 'Privacy',
  description: 'How data is handled.',
  order: 3,
  updated: new Date('2024-05-31T00:00:00Z'),
  author: 'denisebmsft',
};

/** The schema's messages for `data`. */
function messages(data: Record<string, unknown>): string[] {
  const result = pageSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

/**
 * The red team's front matter: nine levels of nine aliases, each level a list of the one above. Astro's
 * YAML reader (js-yaml) gives each alias the same object, as `yaml` does with its alias count uncapped, so
 * the data is small; written out as JSON it is 387 million strings.
 */
function aliasBomb(field: string, levels: number): Record<string, unknown> {
  const names = 'abcdefghi'.slice(0, levels).split('');
  const lines = names.map((name, index) =>
    index === 0
      ? `${name}: &${name} ${JSON.stringify(Array(9).fill('lol'))}`
      : `${name}: &${name} [${Array(9)
          .fill(`*${names[index - 1] ?? ''}`)
          .join(',')}]`,
  );
  const data = parse(`${lines.join('\n')}\n${field}: *${names.at(-1) ?? ''}\n`, {
    maxAliasCount: -1,
  }) as Record<string, unknown>;
  return { ...valid, [field]: data[field] };
}

describe('a wrong value is named in one short line', () => {
  test('an alias bomb in the title (nine levels of nine) is described by its kind and start, at once', () => {
    const found = messages(aliasBomb('title', 9));
    assert.equal(found.length, 1);
    assert.match(found[0] ?? '', /^front-matter field "title" is a list starting \[\[\[\[\[\[\[\[\["lol",/);
    assert.match(found[0] ?? '', /…: it must be the page title, shown as its H1$/);
    assert.ok((found[0]?.length ?? 0) < 200, found[0]);
  });

  test('eight levels in the author (a 269 MB message before) are one line too', () => {
    const found = messages(aliasBomb('author', 8));
    assert.equal(found.length, 1);
    assert.match(found[0] ?? '', /^front-matter field "author" is a list starting \[\[\[/);
    assert.ok((found[0]?.length ?? 0) < 200, found[0]);
  });

  test('a short wrong value is shown as written; a long one by its start', () => {
    assert.equal(previewValue(['Privacy']), '["Privacy"]');
    assert.equal(previewValue({ a: 1 }), '{"a":1}');
    assert.equal(previewValue('x'.repeat(100_000)), `"${'x'.repeat(79)}…`);
    assert.equal(previewValue(Array(1000).fill(1)).length, 81);
    assert.match(
      messages({ ...valid, order: { a: 'x'.repeat(500) } })[0] ?? '',
      /"order" is a mapping starting \{"a":"xxx/,
    );
  });
});

describe('a line of text has a limit', () => {
  test('a 100,000-character title, description or author is refused, naming its length and the limit', () => {
    const cases = [
      [
        'title',
        100_000,
        /^front-matter field "title" is 100,000 characters long: it must be the page title, shown as its H1, at most 200 characters\. Shorten it\.$/,
      ],
      ['description', 100_000, /"description" is 100,000 characters long: .* at most 1,000 characters/],
      ['author', 50_000, /"author" is 50,000 characters long: .* at most 200 characters/],
      ['sidebarLabel', 201, /"sidebarLabel" is 201 characters long: .* at most 200 characters/],
      ['group', 201, /"group" is 201 characters long: .* at most 200 characters/],
    ] as const;
    for (const [field, length, expected] of cases) {
      const found = messages({ ...valid, [field]: 'T'.repeat(length) });
      assert.equal(found.length, 1, `${field}: ${JSON.stringify(found)}`);
      assert.match(found[0] ?? '', expected);
    }
  });

  test('a field at its limit is taken; white space around it does not count', () => {
    for (const [field, limit] of Object.entries(FIELD_LIMITS))
      assert.deepEqual(messages({ ...valid, [field]: ` ${'é'.repeat(limit)} ` }), [], field);
  });
});

describe('a date is a day from 1990 to a year after the build', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  test('0001-01-01 (read by YAML as 1901), 9999-12-31 and a year and more ahead are refused, saying why', () => {
    assert.match(
      dayProblem(new Date('1901-01-01T00:00:00Z'), now) ?? '',
      /^is 1901-01-01, before 1990-01-01, the earliest day a page may name \(YAML reads a year written 0001 to 0099 as 1901 to 1999\)$/,
    );
    assert.match(dayProblem(new Date('1989-12-31T00:00:00Z'), now) ?? '', /before 1990-01-01/);
    assert.match(
      dayProblem(new Date('9999-12-31T00:00:00Z'), now) ?? '',
      /^is 9999-12-31, more than a year after today \(2026-03-01\): .* first in What's new and the feed/,
    );
    assert.match(dayProblem(new Date('2027-03-03T00:00:00Z'), now) ?? '', /more than a year after today/);
  });

  test('any day from 1990-01-01 to a year ahead is taken (ms.date, a writer a time zone ahead)', () => {
    for (const day of ['1990-01-01', '2016-11-04', '2026-03-02', '2027-03-01'])
      assert.equal(dayProblem(new Date(`${day}T00:00:00Z`), now), undefined, day);
  });

  test('the schema refuses such an updated or imported date with the field named', () => {
    assert.match(
      messages({ ...valid, updated: new Date('1901-01-01T00:00:00Z') })[0] ?? '',
      /^front-matter field "updated" is 1901-01-01, before 1990-01-01, .*\. It must be the date the source last changed, as YYYY-MM-DD\.$/,
    );
    assert.match(
      messages({ ...valid, imported: new Date('9999-12-31T00:00:00Z') })[0] ?? '',
      /^front-matter field "imported" is 9999-12-31, more than a year after today/,
    );
  });
});

describe('a day the month does not have', () => {
  test('2024-02-30 in the text is found with its line, which the Date YAML gives (March 1) cannot show', () => {
    const yaml =
      'title: T\ndescription: D.\nupdated: 2024-02-30\nauthor: a\nimported: 2023-04-31T00:00:00Z\n';
    assert.deepEqual(impossibleDays(yaml), [
      {
        line: 3,
        message:
          'front-matter field "updated" is 2024-02-30, a day its month does not have (YAML would read it as 2024-03-01): write a real day as YYYY-MM-DD.',
      },
      {
        line: 5,
        message:
          'front-matter field "imported" is 2023-04-31, a day its month does not have (YAML would read it as 2023-05-01): write a real day as YYYY-MM-DD.',
      },
    ]);
  });

  test('real days, a leap day, text in quotes (the schema says it is no date) and other fields are not its concern', () => {
    assert.deepEqual(impossibleDays('updated: 2024-02-29\nimported: 2025-12-31\n'), []);
    assert.deepEqual(impossibleDays('updated: "2024-02-30"\ntitle: 2024-02-30\n'), []);
    assert.equal(impossibleDays('d: &d 2024-02-30\nupdated: *d\n')[0]?.line, 2);
  });

  test('a month or day past any (2024-13-01, 2024-02-32) is said as one, not thrown as a RangeError', () => {
    assert.deepEqual(impossibleDays('title: x\nupdated: 2024-13-01\n'), [
      {
        line: 2,
        message:
          'front-matter field "updated" is 2024-13-01, a day its month does not have: write a real day as YYYY-MM-DD.',
      },
    ]);
    assert.equal(impossibleDays('updated: 2024-02-32\n').length, 1);
  });
});
