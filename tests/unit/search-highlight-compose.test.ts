/**
 * Result links carry the searched words composed (NFC): Pagefind 1.6 folds a query's diacritics by
 * decomposing it (normalize("NFD")), so a Korean word reached `?highlight=` as its letters (루프 as
 * ᄅ ᅮ ᄑ ᅳ) and the opened page, whose text is composed, marked nothing. Japanese voiced kana (が) too.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { composeHighlightUrl, readHighlightTerms } from '../../src/search/query.ts';
import { toResultView } from '../../src/search/results.ts';

const loop = '루프';
const decomposed = loop.normalize('NFD');
const nfdParam = (word: string) => encodeURIComponent(word.normalize('NFD'));

test('a result link with a decomposed Korean or Japanese word gets it composed, the rest as it was', () => {
  assert.notEqual(decomposed, loop);
  assert.equal(
    composeHighlightUrl(`/ko-kr/about_do/?highlight=${nfdParam(loop)}#루프-문`),
    `/ko-kr/about_do/?highlight=${encodeURIComponent(loop)}#루프-문`,
  );
  const url = composeHighlightUrl(`/ja-jp/page/?highlight=${nfdParam('ログが')}&highlight=x`);
  assert.deepEqual(new URL(url, 'https://example.com').searchParams.getAll('highlight'), ['ログが', 'x']);
  assert.ok(url.startsWith('/ja-jp/page/?'));
  // Already composed (English, accents Pagefind dropped): the URL is kept byte for byte.
  const english = '/security/?highlight=trust%20center#further-reading';
  assert.equal(composeHighlightUrl(english), english);
  assert.equal(
    composeHighlightUrl('https://docs.example/x/?highlight=' + nfdParam(loop)),
    `https://docs.example/x/?highlight=${encodeURIComponent(loop)}`,
  );
});

test('a lone hiragana, a particle Pagefind splits off a Japanese query, is not marked on the opened page', () => {
  // 作成可能なオブジェクト, as Pagefind's segmenter gives it: な was marked 25 times on one page.
  const words = ['作成', '可能', 'な', 'オブジェクト'];
  const url = composeHighlightUrl(
    `/ja-jp/concepts/?${words.map((word) => `highlight=${encodeURIComponent(word)}`).join('&')}#x`,
  );
  assert.deepEqual(new URL(url, 'https://example.com').searchParams.getAll('highlight'), [
    '作成',
    '可能',
    'オブジェクト',
  ]);
  assert.ok(url.endsWith('#x'));
  // A word with kana in it is kept (ログが, 使う).
  const kept = composeHighlightUrl(
    `/ja-jp/page/?highlight=${encodeURIComponent('ログが')}&highlight=${encodeURIComponent('使う')}`,
  );
  assert.deepEqual(new URL(kept, 'https://example.com').searchParams.getAll('highlight'), ['ログが', '使う']);
});

test('the landing page reads ?highlight= words composed', () => {
  assert.deepEqual(readHighlightTerms(`?highlight=${nfdParam(loop)}`), [loop]);
});

test('a result view links its page and headings with the words composed', () => {
  const view = toResultView({
    url: `/ko-kr/about_do/?highlight=${nfdParam(loop)}`,
    meta: { title: 'about_Do' },
    excerpt: '<mark>루프</mark>는',
    sub_results: [
      {
        title: '루프 문',
        url: `/ko-kr/about_do/?highlight=${nfdParam(loop)}#루프-문`,
        excerpt: '',
        locations: [1],
        weighted_locations: [],
      },
    ],
    content: '',
    raw_content: '',
    raw_url: '/ko-kr/about_do/',
    word_count: 2,
    filters: {},
    anchors: [],
    locations: [1],
    weighted_locations: [],
  } as unknown as Parameters<typeof toResultView>[0]);
  assert.equal(new URL(view.url, 'https://x').searchParams.get('highlight'), loop);
  assert.equal(new URL(view.headings[0]?.url ?? '', 'https://x').searchParams.get('highlight'), loop);
});
