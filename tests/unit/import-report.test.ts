/** The import's report: repeats summarised, every distinct problem still on a line of its own with file and line. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ImportNote } from '../../src/lib/import/convert.ts';
import { droppedKeysLines, warningLines, warningPrinter } from '../../src/lib/import/report.ts';

const shown = (file: string) => file.replace('/learn/', '');
const missingImage = 'image "x.svg" does not exist. The page shows its alt text instead.';
const author = (file: string): ImportNote => ({
  file,
  line: 1,
  message: 'front-matter field "author" is missing (the configured default author): using "MicrosoftDocs".',
  defaulted: {
    what: 'front-matter field "author" is missing (the configured default author)',
    value: 'MicrosoftDocs',
  },
});

describe('warningLines', () => {
  test("an include's warning, met once per page that includes it, is one line naming the pages", () => {
    const pages = ['a.md', 'b.md', 'c.md', 'd.md', 'e.md'].map((page) => `/learn/${page}`);
    const lines = warningLines(
      pages.map((page) => ({ file: '/learn/includes/x.md', line: 8, message: missingImage, page })),
      shown,
    );
    assert.deepEqual(lines, [
      `includes/x.md:8: ${missingImage} (included by 5 pages: a.md, b.md, c.md and 2 more)`,
    ]);
    assert.deepEqual(
      warningLines(
        [{ file: '/learn/includes/x.md', line: 8, message: missingImage, page: '/learn/a.md' }],
        shown,
      ),
      [`includes/x.md:8: ${missingImage} (included by a.md)`],
    );
  });

  test('a default given to several files is one line naming a few; a default given once keeps its own line', () => {
    const files = Array.from({ length: 21 }, (_, index) => `/learn/p${index + 1}.md`);
    assert.deepEqual(warningLines(files.map(author), shown), [
      '21 files: front-matter field "author" is missing (the configured default author): using "MicrosoftDocs" (p1.md:1, p2.md:1, p3.md:1 and 18 more).',
    ]);
    assert.deepEqual(warningLines([author('/learn/a.md')], shown), [
      'a.md:1: front-matter field "author" is missing (the configured default author): using "MicrosoftDocs".',
    ]);
    const described = (file: string, value: string): ImportNote => ({
      file,
      line: 1,
      message: `front-matter field "description" is missing: using "${value}".`,
      defaulted: { what: 'front-matter field "description" is missing', value },
    });
    assert.deepEqual(warningLines([described('/learn/a.md', 'A.'), described('/learn/b.md', 'B.')], shown), [
      '2 files: front-matter field "description" is missing: each given its own (a.md:1, b.md:1).',
    ]);
  });

  test('distinct problems each keep their line, in order, summaries where their first note was', () => {
    const lines = warningLines(
      [
        author('/learn/a.md'),
        { file: '/learn/a.md', line: 14, message: missingImage },
        author('/learn/b.md'),
        { file: '/learn/b.md', line: 99, message: missingImage },
        { file: '/learn/b.md', line: 1, message: 'not in TOC.yml: placed after the pages it lists.' },
      ],
      shown,
    );
    assert.deepEqual(lines, [
      '2 files: front-matter field "author" is missing (the configured default author): using "MicrosoftDocs" (a.md:1, b.md:1).',
      `a.md:14: ${missingImage}`,
      `b.md:99: ${missingImage}`,
      'b.md:1: not in TOC.yml: placed after the pages it lists.',
    ]);
  });
});

describe('droppedKeysLines', () => {
  test('each key once, grouped by how many files had it, most first; the files named when a few', () => {
    const dropped = ['a', 'b', 'c', 'd'].map((name) => ({
      file: `/learn/${name}.md`,
      keys: name === 'b' ? ['ms.topic', 'appliesto'] : ['ms.topic'],
    }));
    assert.deepEqual(droppedKeysLines(dropped, shown), [
      'front-matter keys the site does not keep, by how many files had them:',
      '4 files: ms.topic',
      '1 file: appliesto (b.md)',
    ]);
    assert.deepEqual(droppedKeysLines([], shown), []);
  });

  test("a folder's many keys and files: lines a terminal shows, no file name repeated (as powerbi-docs' admin folder)", () => {
    // Trial T: one line of 1,583 characters naming the same three files for each of 7 keys.
    const all = ['ms.author', 'ms.service', 'ms.subservice', 'ms.topic', 'ms.custom'];
    const dropped = Array.from({ length: 28 }, (_, index) => ({
      file: `/learn/../src/powerbi-docs/admin/service-admin-portal-page-${index + 1}.md`,
      keys: index === 0 ? all : [...all, 'ms.reviewer', 'LocalizationGroup'],
    }));
    const many = Array.from({ length: 30 }, (_, index) => `custom.key-${index + 1}`);
    dropped.push({ file: '/learn/../src/powerbi-docs/admin/odd.md', keys: many });
    const lines = droppedKeysLines(dropped, shown);
    assert.deepEqual(lines.slice(0, 3), [
      'front-matter keys the site does not keep, by how many files had them:',
      '28 files: ms.author, ms.service, ms.subservice, ms.topic, ms.custom',
      '27 files: ms.reviewer, LocalizationGroup',
    ]);
    assert.match(lines[3] ?? '', /^1 file: custom\.key-1, custom\.key-2, /);
    assert.match(lines.at(-1) ?? '', /^ {8}.*custom\.key-30 \(\.\.\/src\/powerbi-docs\/admin\/odd\.md\)$/);
    for (const line of lines) assert.ok(line.length <= 150, line);
  });
});

describe('warningPrinter', () => {
  test('prints each warning with its label and counts what it printed', () => {
    const printed: string[] = [];
    const warnings = warningPrinter((line) => printed.push(line));
    assert.equal(warnings.count, 0);
    warnings.warn(`includes/x.md:8: ${missingImage}`);
    warnings.warn(
      'the GitHub repository of these files is unknown (no SOURCE.md naming it, no git clone): their pages name MicrosoftDocs/defender-docs as their source.',
    );
    assert.deepEqual(printed, [
      `  warning   includes/x.md:8: ${missingImage}`,
      '  warning   the GitHub repository of these files is unknown (no SOURCE.md naming it, no git clone): their pages name MicrosoftDocs/defender-docs as their source.',
    ]);
    assert.equal(warnings.count, printed.length);
  });
});
