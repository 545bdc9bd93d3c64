/**
 * A page's `lang` is a language tag as Learn's locales are (language, maybe script, maybe region): Pagefind
 * names each language's index after it, and a longer tag (an extension, private use) crashed Pagefind, so
 * the site had no search index. A tag of the site's own language with a region (`en-US` on an `en` site) is
 * refused too: its page was indexed apart, where the site's search never looks.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SITE_LANG } from '../../src/consts.ts';
import { pageSchema } from '../../src/lib/page-schema.ts';

// As the import writes a page of microsoft-365-docs-pr.ja-JP (bookings/employee-hours.md).
const page = {
  title: '従業員の勤務時間を設定する',
  description: 'Bookings でスタッフの勤務時間を設定します。',
  order: 1,
  updated: new Date('2022-04-09T00:00:00Z'),
  author: 'kwekuako',
};

/** The messages the schema gives for `lang`, none when it takes it. */
function messages(lang: string): string[] {
  const result = pageSchema.safeParse({ ...page, lang });
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

test('the site is in English, as these tests assume', () => {
  assert.equal(SITE_LANG, 'en');
});

test("every shape of Learn's locales is taken: language, script, region, as Learn or BCP 47 cases them", () => {
  for (const lang of ['ja', 'ja-JP', 'ja-jp', 'pt-BR', 'zh-Hant-TW', 'sr-Latn-RS', 'es-419', 'en'])
    assert.deepEqual(messages(lang), [], lang);
});

test('a tag with an extension, a variant or a private-use part is refused, saying what to write', () => {
  for (const lang of [
    'zh-Hant-TW-u-ca-chinese-nu-hanidec',
    'en-x-aaaaaaaa-aaaaaaaa-aaaaaaaa',
    'de-CH-1996',
    'ja-JP-x-kana',
  ]) {
    assert.deepEqual(
      messages(lang),
      [
        `front-matter field "lang" is ${JSON.stringify(lang)}: it must be a language tag as BCP 47 writes it, such as ja-JP, and as Learn's locales are: a language, maybe a script and a region (ja, zh-Hant-TW, sr-Latn-RS), no extension, variant or private-use part (Pagefind cannot index a longer tag).`,
      ],
      lang,
    );
  }
});

test('a long tag is shown cut in the message', () => {
  const lang = `en-x-${Array.from({ length: 100 }, () => 'aaaaaaaa').join('-')}`;
  const [message = ''] = messages(lang);
  assert.match(message, /^front-matter field "lang" is "en-x-a{8}-a{8}-.*…: it must be a language tag/);
  assert.ok(message.length < 400, message);
});

test("the site's own language with a region or in other case is refused: leave lang out", () => {
  for (const lang of ['en-US', 'en-GB', 'EN', 'en-Latn'])
    assert.deepEqual(
      messages(lang),
      [
        `front-matter field "lang" is ${JSON.stringify(lang)}, the site's own language (en): leave lang out, a page in the site's language has none (with one of its own, the page would be searched apart, and the site's search would never find it).`,
      ],
      lang,
    );
});
