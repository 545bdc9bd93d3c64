/** The Atom feed (RFC 4287) and the changelog it reads: parsed with a real XML parser (sax), checked offline. */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  appendChangelogEntry,
  readChangelog,
  validateChangelog,
  type ChangelogEntry,
} from '../../src/lib/changelog.ts';
import { atomFeed, listChanges, type ChangedPage } from '../../src/lib/feed.ts';
import { assertValidAtom, child, parseXml, type XmlElement } from '../support/atom.ts';
import { tempDir } from '../support/temp-dir.ts';

const SITE = 'https://docs.example.org';
const PAGES: ChangedPage[] = [
  { slug: 'index', title: 'Overview', url: `${SITE}/`, updated: new Date('2024-05-31T00:00:00Z') },
  {
    slug: 'security',
    title: 'Security & <trust>',
    url: `${SITE}/security/`,
    updated: new Date('2024-06-02T00:00:00Z'),
  },
];
const OPTIONS = {
  title: 'Docs: what’s new',
  subtitle: 'Changes',
  siteUrl: `${SITE}/`,
  feedUrl: `${SITE}/feed.xml`,
  author: 'Docs',
  rights: 'CC BY 4.0',
};

const entryDates = (feed: XmlElement) =>
  child(feed, 'entry').map((entry) => child(entry, 'updated')[0]?.text ?? '');

describe('atomFeed', () => {
  const changelog: ChangelogEntry[] = [
    { page: 'security', date: '2024-07-01', summary: 'The list of practices gained "Security hardening".' },
  ];
  const feed = parseXml(atomFeed(OPTIONS, listChanges(PAGES, changelog, SITE)));

  test('is well-formed Atom: required elements, RFC 3339 dates, unique ids, a self link', () => {
    assertValidAtom(feed, OPTIONS.feedUrl);
  });

  test('lists changes newest first, the feed updated at the newest', () => {
    const dates = entryDates(feed);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.equal(child(feed, 'updated')[0]?.text, dates[0]);
  });

  test("a source update's sentence writes its date as the page does, not as YYYY-MM-DD", () => {
    const summaries = child(feed, 'entry').map((entry) => child(entry, 'summary')[0]?.text);
    assert.ok(
      summaries.includes('The Learn article\'s text for "Overview" was last updated on May 31, 2024.'),
      summaries.join(' | '),
    );
  });

  test('escapes text: titles with & and < survive the round trip', () => {
    const titles = child(feed, 'entry').map((entry) => child(entry, 'title')[0]?.text);
    assert.ok(titles.includes('Security & <trust>: source updated'), titles.join(' | '));
  });

  test('a changed fixture page shows up first, with its sentence and diff link; ids stay stable', () => {
    const changed = [
      ...changelog,
      {
        page: 'index',
        date: '2024-08-15',
        summary: 'The introduction now names the Trust Center.',
        diff: 'https://github.com/MicrosoftDocs/defender-docs/commit/abc123',
      },
    ];
    const pages = PAGES.map((page) =>
      page.slug === 'index' ? { ...page, updated: new Date('2024-08-15T00:00:00Z') } : page,
    );
    const after = parseXml(atomFeed(OPTIONS, listChanges(pages, changed, SITE)));
    assertValidAtom(after, OPTIONS.feedUrl);
    const [first] = child(after, 'entry');
    assert.ok(first);
    assert.equal(child(first, 'summary')[0]?.text, 'The introduction now names the Trust Center.');
    assert.equal(child(first, 'updated')[0]?.text, '2024-08-15T00:00:00.000Z');
    const related = child(first, 'link').find((link) => link.attributes['rel'] === 'related');
    assert.equal(related?.attributes['href'], 'https://github.com/MicrosoftDocs/defender-docs/commit/abc123');
    assert.equal(child(after, 'updated')[0]?.text, '2024-08-15T00:00:00.000Z');
    // The old change keeps its id, so feed readers do not show it again.
    const ids = (f: XmlElement) => child(f, 'entry').map((entry) => child(entry, 'id')[0]?.text);
    const securityChange = ids(feed).find((id) => id?.includes('/security/changes/'));
    assert.ok(ids(after).includes(securityChange));
  });

  test('a changelog entry for a page that does not exist fails, naming the page and the nearest ten', () => {
    assert.throws(
      () => listChanges(PAGES, [{ page: 'nope', date: '2024-01-01', summary: 'x' }], SITE),
      /"nope", which does not exist/,
    );
    // A site of thousands of pages: the nearest slugs, not all of them.
    const many: ChangedPage[] = Array.from({ length: 5000 }, (_, index) => ({
      slug: `page-${String(index)}`,
      title: `Page ${String(index)}`,
      url: `${SITE}/page-${String(index)}/`,
      updated: new Date('2024-05-31T00:00:00Z'),
    }));
    assert.throws(
      () => listChanges(many, [{ page: 'page-4321x', date: '2024-01-01', summary: 'x' }], SITE),
      /"page-4321x", which does not exist: use one of page-4321, [^…]*, … and 4990 more\.$/,
    );
  });
});

describe('the changelog file', () => {
  test('appendChangelogEntry adds an entry once; a second run changes nothing', () => {
    const dir = tempDir('changelog-');
    try {
      const file = join(dir, 'changelog.json');
      writeFileSync(file, '{ "entries": [] }\n');
      const entry = {
        page: 'privacy',
        date: '2026-12-03',
        summary: 'A sentence about the Trust Center was added.',
      };
      appendChangelogEntry(file, entry);
      appendChangelogEntry(file, entry);
      assert.deepEqual(readChangelog(file), [entry]);
      assert.throws(() => {
        appendChangelogEntry(file, { ...entry, date: '03/12/2026' });
      }, /YYYY-MM-DD/);
      assert.equal(readFileSync(file, 'utf8').endsWith('\n'), true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a bad entry fails naming the file, the entry and the fix', () => {
    assert.throws(
      () => validateChangelog({ entries: [{ page: 'x', date: '2024-01-01' }] }, 'content/changelog.json'),
      /content\/changelog\.json: entry 1 needs "summary"/,
    );
    assert.throws(
      () =>
        validateChangelog(
          { entries: [{ page: 'x', date: '2024-01-01', summary: 's', diff: 'http://x' }] },
          'f',
        ),
      /https:\/\//,
    );
    assert.throws(() => validateChangelog([], 'f'), /must be \{ "entries"/);
  });

  test('an entry may name a page in a folder, as the import writes them; a slug that is no page is refused', () => {
    const entry = (page: string) => ({ entries: [{ page, date: '2026-12-03', summary: 'Changed.' }] });
    for (const page of ['security', 'index', 'docs-authoring/sort-redirects', 'a/b-c', 'v1.2/x_y'])
      assert.equal(validateChangelog(entry(page), 'f')[0]?.page, page);
    for (const page of ['', 'Security', 'a//b', '../x', 'a/./b', 'a/index', 'a b', 'a/', '/a', 'a?b', 'a#b'])
      assert.throws(() => validateChangelog(entry(page), 'f'), /needs "page"/, page);
  });

  test('the site’s own changelog is valid', () => {
    assert.ok(readChangelog('content/changelog.json').length > 0);
  });
});
