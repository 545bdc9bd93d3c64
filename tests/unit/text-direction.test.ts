/**
 * Which way a page's language is written, and the `lang` and `dir` a name in another language needs among
 * the words around it: an Arabic page (MicrosoftDocs/Dynamics-365-Operations.ar-sa, `ms.contentlocale:
 * ar-SA`) was laid out left to right, its title "إعداد الكتابة المزدوجة من Lifecycle Services" read out of
 * order, its sentences' full stops at the wrong end.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SITE_LANG } from '../../src/consts.ts';
import {
  findTextDirection,
  languageAttributes,
  siteWordsOn,
  textDirection,
} from '../../src/lib/text-direction.ts';

test('a language written right to left is rtl, whatever its region or script tag says, and never by its name', () => {
  for (const tag of [
    'ar-SA',
    'ar',
    'AR-sa',
    'he',
    'he-IL',
    'fa-IR',
    'ur',
    'ur-PK',
    'dv-MV',
    'yi',
    'dv',
    'pa-Arab',
  ])
    assert.equal(textDirection(tag), 'rtl', tag);
  for (const tag of [
    'en',
    'en-US',
    'ja-JP',
    'zh-Hant',
    'zh-Hant-TW',
    'sr-Latn',
    'sr-Latn-RS',
    'ru-RU',
    'hi-IN',
    'az-Latn',
  ])
    assert.equal(textDirection(tag), 'ltr', tag);
});

test('a tag that is no language tag is ltr, not an error', () => {
  for (const tag of ['', 'x', 'not a tag', 'en_US', '-'])
    assert.equal(textDirection(tag), 'ltr', JSON.stringify(tag));
});

test("without Intl.Locale's text info (older engines), the likely script of the language decides", (t) => {
  // findTextDirection, not textDirection: the tags textDirection answered above it would answer from memory.
  const proto = Intl.Locale.prototype as { getTextInfo?: unknown };
  const method = Object.getOwnPropertyDescriptor(proto, 'getTextInfo');
  const getter = Object.getOwnPropertyDescriptor(proto, 'textInfo');
  delete proto.getTextInfo;
  delete (proto as { textInfo?: unknown }).textInfo;
  const maximize = t.mock.method(Intl.Locale.prototype as { maximize(): Intl.Locale }, 'maximize');
  const rtl = ['ar-SA', 'he', 'fa-IR', 'ur', 'syr', 'dv', 'nqo', 'ff-Adlm', 'pa-Arab', 'yi'];
  const ltr = ['en-US', 'ja-JP', 'zh-Hant', 'sr-Latn', 'pa', 'ru-RU', 'az-Latn'];
  try {
    for (const tag of rtl) assert.equal(findTextDirection(tag), 'rtl', tag);
    for (const tag of ltr) assert.equal(findTextDirection(tag), 'ltr', tag);
    assert.equal(findTextDirection('x'), 'ltr');
  } finally {
    if (method) Object.defineProperty(proto, 'getTextInfo', method);
    if (getter) Object.defineProperty(proto, 'textInfo', getter);
  }
  // Every tag reached the fallback (its likely script); 'x', no language tag, stops before it.
  assert.equal(maximize.mock.callCount(), rtl.length + ltr.length);
});

test('among the site’s words on an English page, an Arabic page’s name carries its lang and rtl, a Japanese one its lang only', () => {
  const around = siteWordsOn();
  assert.deepEqual(around, { lang: SITE_LANG, dir: 'ltr' });
  assert.deepEqual(languageAttributes('ar-SA', around), { lang: 'ar-SA', dir: 'rtl' });
  assert.deepEqual(languageAttributes('he', around), { lang: 'he', dir: 'rtl' });
  assert.deepEqual(languageAttributes('ja-JP', around), { lang: 'ja-JP' });
  assert.deepEqual(languageAttributes(undefined, around), {});
  assert.deepEqual(languageAttributes(SITE_LANG, around), {});
});

test('among the site’s words on an Arabic page (laid out right to left), every name carries its direction', () => {
  const around = siteWordsOn('ar-SA');
  assert.deepEqual(around, { lang: SITE_LANG, dir: 'rtl' });
  // An Arabic name inside English words is isolated right to left ("Adapted from إعداد … Lifecycle Services").
  assert.deepEqual(languageAttributes('ar-SA', around), { lang: 'ar-SA', dir: 'rtl' });
  // An English name in the right-to-left frame reads left to right ("Troubleshooting (2 pages)").
  assert.deepEqual(languageAttributes(undefined, around), { dir: 'ltr' });
  assert.deepEqual(languageAttributes('ja-JP', around), { lang: 'ja-JP', dir: 'ltr' });
});

test('inside an Arabic page’s article, an Arabic name needs nothing, the site’s words their lang and ltr', () => {
  const around = { lang: 'ar-SA', dir: 'rtl' } as const;
  assert.deepEqual(languageAttributes('ar-SA', around), {});
  assert.deepEqual(languageAttributes('ar-EG', around), { lang: 'ar-EG' });
  assert.deepEqual(languageAttributes(SITE_LANG, around), { lang: SITE_LANG, dir: 'ltr' });
});

test('a tag is read once: every link of every page asks again of the same few languages', (t) => {
  const locale = t.mock.method(Intl, 'Locale');
  for (let pass = 0; pass < 3; pass++) {
    assert.equal(textDirection('ckb-IQ'), 'rtl');
    assert.equal(textDirection('km-KH'), 'ltr');
  }
  assert.equal(locale.mock.callCount(), 2);
});
