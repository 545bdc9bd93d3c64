/**
 * content/changelog.json feeds What's new and feed.xml: its text is held to the pages' rule on
 * bidirectional controls, and its days to the pages' range, when the build reads it and when the import
 * writes it.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { appendChangelogEntry, readChangelog, validateChangelog } from '../../src/lib/changelog.ts';
import { isoDate } from '../../src/lib/dates.ts';
import { tempDir } from '../support/temp-dir.ts';

const FILE = 'content/changelog.json';
const entry = { page: 'security', date: '2024-05-31', summary: 'Changed the section "Install".' };
const check =
  (...entries: Record<string, unknown>[]) =>
  () =>
    validateChangelog({ entries }, FILE);

describe('the build reads the changelog', () => {
  test('a summary with a right-to-left override is refused, naming the file, the entry and the character', () => {
    // The red team's entry: a heading "Install \u202Egnp.exe" imported with --force.
    assert.throws(
      check(entry, { ...entry, summary: 'Changed the section "Install \u202Egnp.exe x <b>".' }),
      /^Error: content\/changelog\.json: entry 2 has a "summary" that holds the bidirectional control character U\+202E: it makes text show in another order than it is written\. Remove it; right-to-left text needs no control character\.$/,
    );
    assert.throws(
      check({ ...entry, diff: 'https://github.com/o/r/commit/\u2066abc' }),
      /entry 1 has a "diff" that holds the bidirectional control character U\+2066/,
    );
    // Right-to-left text itself, and its marks, are text.
    assert.doesNotThrow(check({ ...entry, summary: 'Changed the section "התקנה\u200F".' }));
  });

  test("a diff going anywhere but a host the site links to, or disguised, is refused, as a page's link is", () => {
    // Red team 21: "diff" had only to start with https://, so What's new and the feed linked any host, and
    // one reading as GitHub that a browser takes elsewhere.
    for (const [diff, words] of [
      ['https://evil.example/o/r/commit/abc', /goes to evil\.example, which is not on the allowlist/],
      ['https://evil.example\\@github.com/o/r/commit/abc', /holds a backslash/],
      ['https://github.com@evil.example/o/r/commit/abc', /carries a user name before "@"/],
      ['https://github.com:8443/o/r/commit/abc', /goes to github\.com:8443, which is not on the allowlist/],
    ] as const)
      assert.throws(check({ ...entry, diff }), new RegExp(`entry 1 has a "diff" that ${words.source}`), diff);
    assert.doesNotThrow(check({ ...entry, diff: 'https://github.com/MicrosoftDocs/x/commit/abc123' }));
  });

  test('a summary with a control character or a noncharacter, which the feed (XML) cannot hold, is refused', () => {
    // Red team 19: a heading holding U+0001 or U+FFFF, named in a summary, made /feed.xml unreadable.
    assert.throws(
      check({ ...entry, summary: 'Changed the section "A\u0001B".' }),
      /^Error: content\/changelog\.json: entry 1 has a "summary" that holds the control character U\+0001/,
    );
    assert.throws(
      check({ ...entry, summary: 'Changed the section "A\uFFFFB".' }),
      /entry 1 has a "summary" that holds U\+FFFF, a noncharacter/,
    );
    assert.throws(check({ ...entry, summary: 'Changed \uDC00.' }), /U\+DC00, a surrogate without its pair/);
  });

  test('a day the month does not have (2024-02-30) is refused, not read as March 1', () => {
    assert.throws(
      check({ ...entry, date: '2024-02-30' }),
      /content\/changelog\.json: entry 1 needs "date": the day of the change, as YYYY-MM-DD\./,
    );
    // A month that does not exist reads as no date at all: the same message, not a RangeError.
    assert.throws(
      check({ ...entry, date: '2024-13-01' }),
      /content\/changelog\.json: entry 1 needs "date": the day of the change, as YYYY-MM-DD\./,
    );
  });

  test('a day before 1990 or more than a year ahead is refused: 9999-12-31 would head the feed for ever', () => {
    assert.throws(
      check({ ...entry, date: '9999-12-31' }),
      /entry 1 has a "date" that is 9999-12-31, more than a year after today/,
    );
    assert.throws(
      check({ ...entry, date: '0001-01-01' }),
      /entry 1 has a "date" that is 0001-01-01, before 1990-01-01/,
    );
    assert.doesNotThrow(check({ ...entry, date: isoDate(new Date()) }));
  });
});

test('the import writes a summary naming a heading with a bidirectional control with its code point instead', () => {
  const dir = tempDir('changelog-safety-');
  try {
    const file = join(dir, 'changelog.json');
    appendChangelogEntry(file, { ...entry, summary: 'Changed the section "Install \u202Egnp.exe".' });
    assert.doesNotMatch(readFileSync(file, 'utf8'), /\u202E/);
    assert.equal(readChangelog(file)[0]?.summary, 'Changed the section "Install [U+202E]gnp.exe".');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the import writes a heading’s control characters and noncharacters in a summary as code points', () => {
  const file = join(tempDir('changelog-safety-'), 'changelog.json');
  appendChangelogEntry(file, { ...entry, summary: 'Changed the section "A\u0001B\uFFFFC\uD800".' });
  assert.equal(readChangelog(file)[0]?.summary, 'Changed the section "A[U+0001]B[U+FFFF]C[U+D800]".');
});

describe('the changelog has limits, as a page does (red team 23)', () => {
  test('a summary over 1,000 characters, or more than 2,000 entries, is refused naming the file and what to do', () => {
    assert.throws(
      check(entry, { ...entry, summary: `${'word '.repeat(2_000)}.` }),
      /^Error: content\/changelog\.json: entry 2 has a "summary" of 10,001 characters, more than the 1,000 What's new and the feed show: say what changed in a sentence\.$/,
    );
    assert.doesNotThrow(check({ ...entry, summary: `${'x'.repeat(999)}.` }));
    const many = Array.from({ length: 2_001 }, (_, index) => ({ ...entry, summary: `Change ${index}.` }));
    assert.throws(
      check(...many),
      /^Error: content\/changelog\.json has 2,001 entries, more than the 2,000 .*: remove the oldest \(the first in the file; the import keeps the newest 2,000\)\.$/,
    );
    assert.doesNotThrow(check(...many.slice(1)));
  });

  test('the import cuts a long summary at a word and keeps the newest 2,000 entries', () => {
    const dir = tempDir('changelog-limits-');
    try {
      const file = join(dir, 'changelog.json');
      const heading = 'Configure '.repeat(150).trim();
      appendChangelogEntry(file, { ...entry, summary: `Changed the section "${heading}".` });
      const summary = readChangelog(file)[0]?.summary ?? '';
      assert.ok(summary.length <= 1_000, `${summary.length} characters`);
      assert.match(summary, /^Changed the section "Configure( Configure)+…$/);
      const entries = Array.from({ length: 2_000 }, (_, index) => ({
        ...entry,
        summary: `Change ${index}.`,
      }));
      writeFileSync(file, JSON.stringify({ entries }));
      appendChangelogEntry(file, { ...entry, summary: 'Change 2000.' });
      const kept = readChangelog(file);
      assert.equal(kept.length, 2_000);
      assert.equal(kept[0]?.summary, 'Change 1.');
      assert.equal(kept.at(-1)?.summary, 'Change 2000.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
