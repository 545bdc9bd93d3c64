/** ms.date as Learn reads it, and what the import says when it gives a page another date. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { learnDate, mapLearnFrontMatter } from '../../src/lib/import/front-matter.ts';

const DEFAULTS = { fallbackAuthor: 'a', date: '2026-12-05', title: 'T', description: 'D.' };

test('a two-digit year (ms.date: "05/23/17", valid on Learn) is read as docfx reads M/d/yy', () => {
  // As visualstudio-docs' debugger articles write it.
  const mapped = mapLearnFrontMatter({ 'ms.date': '05/23/17' }, 'a.md', DEFAULTS, 'ms.date: "05/23/17"\n');
  assert.equal(mapped.updated, '2017-05-23');
  assert.deepEqual(
    mapped.notes.filter((note) => note.message.includes('ms.date')),
    [],
  );
  assert.equal(learnDate('1/2/49', 'a.md'), '2049-01-02');
  assert.equal(learnDate('12/31/99', 'a.md'), '1999-12-31');
  assert.equal(learnDate('05/23/2017', 'a.md'), '2017-05-23');
  assert.throws(() => learnDate('02/30/17', 'a.md'), /MM\/DD\/YYYY/);
});

/** One file with no ms.date, planned with or without its git date. */
function missingDateNote(dateOf: string | undefined): string {
  const text = '---\ntitle: T\ndescription: D.\nauthor: a\n---\n\n# T\n\nText.\n';
  const files: SourceFiles = {
    read: (path) => (path === '/learn/a.md' ? text : undefined),
    exists: (path) => path === '/learn/a.md',
    dateOf: () => dateOf,
  };
  const plan = planImport(['/learn/a.md'], { today: '2026-12-05' }, files);
  return plan.warnings.map((warning) => warning.message).join('\n');
}

test("a missing ms.date with no git history says the date is today's, not the file's last change", () => {
  const message = missingDateNote(undefined);
  assert.match(
    message,
    /"ms\.date" is missing \(today's date, as no git history of the file was found\): using "2026-12-05"/,
  );
  assert.doesNotMatch(message, /last change/);
  assert.match(
    missingDateNote('2024-03-01'),
    /is missing \(the date of the file's last git commit\): using "2024-03-01"/,
  );
});

test('git is asked for the date of an article without a valid ms.date only, once, and never for one with it', () => {
  const page = (date: string) => `---\ntitle: T\ndescription: D.\nauthor: a\n${date}---\n\n# T\n\nText.\n`;
  const texts: Record<string, string> = {
    '/learn/dated.md': page('ms.date: 05/31/2024\n'),
    '/learn/undated.md': page(''),
    '/learn/wrong.md': page('ms.date: 31/31/2024\n'),
  };
  const asked: string[] = [];
  const files: SourceFiles = {
    read: (path) => texts[path],
    exists: (path) => path in texts,
    dateOf: (path) => {
      asked.push(path);
      return '2024-03-01';
    },
  };
  const plan = planImport(Object.keys(texts), { today: '2026-12-05' }, files);
  // Each git date costs a git process: a folder of dated articles (Learn's are) runs none.
  assert.deepEqual(asked.sort(), ['/learn/undated.md', '/learn/wrong.md']);
  assert.deepEqual(
    plan.pages.map((planned) => [planned.slug, planned.frontMatter.updated.toISOString().slice(0, 10)]),
    [
      ['dated', '2024-05-31'],
      ['undated', '2024-03-01'],
      ['wrong', '2024-03-01'],
    ],
  );
});
