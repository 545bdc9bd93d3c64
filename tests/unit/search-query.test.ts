import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  MAX_QUERY_LENGTH,
  describeCount,
  normalizeQuery,
  readHighlightTerms,
  readSearchState,
  searchPageUrl,
} from '../../src/search/query.ts';

/** The site's sections, as the search page's filters list them. */
const SECTIONS = ['Overview', 'Privacy'];

test('the query and section come from ?q= and ?section=', () => {
  assert.deepEqual(readSearchState('?q=trust+center&section=Privacy', SECTIONS), {
    query: 'trust center',
    section: 'Privacy',
    lang: null,
  });
  assert.deepEqual(readSearchState('?q=zero%20trust', SECTIONS), {
    query: 'zero trust',
    section: null,
    lang: null,
  });
  assert.deepEqual(readSearchState('', SECTIONS), { query: '', section: null, lang: null });
  assert.deepEqual(readSearchState('?section=', SECTIONS), { query: '', section: null, lang: null });
});

test('a section the site does not have is none: the page would show its words as its own', () => {
  const scam = 'Privacy. Your licence has expired: call +1 555 0100 to renew it';
  assert.equal(readSearchState(`?q=licence&section=${encodeURIComponent(scam)}`, SECTIONS).section, null);
  assert.equal(readSearchState('?q=licence&section=Security', SECTIONS).section, null);
  assert.equal(readSearchState('?q=licence&section=privacy', SECTIONS).section, null);
  assert.equal(readSearchState('?q=licence&section=Privacy', []).section, null);
});

test('hostile queries come back as the same text, not decoded twice or cut', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  assert.equal(readSearchState(`?q=${encodeURIComponent(hostile)}`, SECTIONS).query, hostile);
  assert.equal(readSearchState(`?q=${encodeURIComponent('"><script>')}`, SECTIONS).query, '"><script>');
  assert.equal(readSearchState(`?q=${encodeURIComponent('%3Cb%3E')}`, SECTIONS).query, '%3Cb%3E');
});

test('queries are trimmed, whitespace folded and the length capped', () => {
  assert.equal(normalizeQuery('  trust \n\t center  '), 'trust center');
  assert.equal(normalizeQuery('x'.repeat(2000)).length, MAX_QUERY_LENGTH);
  assert.equal(normalizeQuery('🔒 שלום privacy'), '🔒 שלום privacy');
});

test("a URL's bidirectional controls are dropped from the query, which cannot reorder the page's sentence so", () => {
  // U+202E (right-to-left override) then reversed text: shown, it read "No results for “zz”. Your licence…”.
  const REVERSED = '0010-555 llac :deripxe sah ecnecil ruoY .';
  const spoof = `zz\u202E${REVERSED}`;
  const query = readSearchState(`?q=${encodeURIComponent(spoof)}`, SECTIONS).query;
  assert.doesNotMatch(query, /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u);
  assert.equal(query, `zz${REVERSED}`);
  for (const control of [
    '\u061C',
    '\u200E',
    '\u200F',
    '\u202A',
    '\u202B',
    '\u202C',
    '\u202D',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
  ])
    assert.equal(
      normalizeQuery(`trust${control} center`),
      'trust center',
      `U+${control.codePointAt(0)?.toString(16)}`,
    );
  // What right-to-left and joined scripts write stays: Hebrew, Arabic, a Persian zero-width non-joiner, an emoji's joiner.
  assert.equal(
    normalizeQuery('שלום خصوصية می\u200Cخواهم 👩🏽\u200D💻'),
    'שלום خصوصية می\u200Cخواهم 👩🏽\u200D💻',
  );
});

test('the search page URL round-trips the state, and is bare without one', () => {
  const state = { query: 'trust center & more', section: 'Related resources', lang: null };
  const url = searchPageUrl(state);
  assert.equal(url, '/search/?q=trust+center+%26+more&section=Related+resources');
  assert.deepEqual(readSearchState(url.slice(url.indexOf('?')), ['Related resources']), state);
  assert.equal(searchPageUrl({ query: '', section: null }), '/search/');
});

test('highlight terms are read from every ?highlight= parameter', () => {
  assert.deepEqual(readHighlightTerms('?highlight=trust&highlight=center'), ['trust', 'center']);
  assert.deepEqual(readHighlightTerms('?q=x'), []);
});

test('the count reads as a sentence start', () => {
  assert.equal(describeCount(0), 'No results for');
  assert.equal(describeCount(1), '1 result for');
  assert.equal(describeCount(4), '4 results for');
});

test("a search sent on from a page in another language carries it; a URL's language that is no tag is left out", () => {
  assert.equal(
    searchPageUrl({ query: 'tilauksia', section: null, lang: 'fi-FI' }),
    '/search/?q=tilauksia&lang=fi-FI',
  );
  assert.equal(readSearchState('?q=x&lang=fi-fi', SECTIONS).lang, 'fi-FI');
  assert.equal(readSearchState('?q=x&lang=%3Cb%3E', SECTIONS).lang, null);
  assert.equal(readSearchState(`?q=x&lang=${'a'.repeat(40)}`, SECTIONS).lang, null);
  assert.equal(readSearchState('?q=x', SECTIONS).lang, null);
});
