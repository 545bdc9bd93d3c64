/**
 * Words as search splits and lower-cases them, in the vocabulary and in the query, agreeing with Pagefind's
 * index: Turkish İ and I (cpp-docs.tr-tr's build/reference articles), marks inside words (Hindi, Arabic).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planQuery, planTerms, wordsToConfirm } from '../../src/search/plan.ts';
import { dropLeadingTitle } from '../../src/search/results.ts';
import {
  buildVocabulary,
  foldDiacritics,
  lowerCase,
  tokenize,
  Vocabulary,
} from '../../src/search/vocabulary.ts';

// Sentences of cpp-docs.tr-tr's docs/build/reference, as the pages say them.
const ARCH_X86 =
  'İyileştirici ne zaman ve nasıl SSE ve SSE2 yönergelerini kullanın seçtiği zaman /arch belirtilir.';
const ENVIRONMENT = 'İlgili bilgiler için bkz. ortam değişkenlerini ayarlamak.';
const EXCEPTIONS =
  'Derleyicinin C++ özel durum herhangi bir kod görmez olsa bile, tüm yerel nesneleri Yıkıcılar otomatik olarak çağrı özel durum filtreleri bırakır. İsterseniz, C++ özel durumlarını etkinleştirmek için Hayır.';
const RETURN_VALUE =
  'Hatayla ilişkili açıklayıcı metni bulmak için hata değerini girin. Yanıt adlı bir dosya içinde.';

const turkish = new Vocabulary(buildVocabulary([ARCH_X86, ENVIRONMENT, EXCEPTIONS, RETURN_VALUE]));

/** The terms each part of the plan of `query` searches. */
const partsOf = (query: string, vocabulary: Vocabulary | null, lang?: string) =>
  planQuery(query, vocabulary, lang === undefined ? {} : { lang }).parts.map((part) =>
    part.alternatives.map((alternative) => alternative.term),
  );

test('a word starting with İ is one word, with i: no combining dot left to split it at', () => {
  assert.deepEqual(tokenize(ARCH_X86).slice(0, 3), ['iyileştirici', 'ne', 'zaman']);
  assert.deepEqual(tokenize('İlgili İçinde İsterseniz İYİLEŞTİRİCİ'), [
    'ilgili',
    'içinde',
    'isterseniz',
    'iyileştirici',
  ]);
  const words = buildVocabulary([ARCH_X86, ENVIRONMENT, EXCEPTIONS]);
  for (const word of ['iyileştirici', 'ilgili', 'isterseniz']) assert.ok(words.includes(word), word);
  for (const piece of ['yileştirici', 'lgili', 'sterseniz']) assert.ok(!words.includes(piece), piece);
});

test('İyileştirici is found typed with İ, with i and in capitals, never "corrected" to a piece of it', () => {
  for (const query of ['İyileştirici', 'iyileştirici', 'İYİLEŞTİRİCİ']) {
    const plan = planQuery(query, turkish);
    assert.equal(plan.corrected, null, query);
    assert.deepEqual(plan.dropped, [], query);
    assert.deepEqual(planTerms(plan), ['iyileştirici'], query);
  }
  assert.deepEqual(partsOf('İlgili', turkish), [['ilgili']]);
  assert.deepEqual(partsOf('İçinde', turkish), [['içinde']]);
  // A prefix of the word is found, as Pagefind finds it; what is left of it past the İ is no word.
  assert.deepEqual(partsOf('iyileş', turkish), [['iyileş']]);
  assert.equal(turkish.knows('yileştirici'), false);
});

test('on a Turkish page a word typed in capitals is the page’s word: I is ı, İ is i', () => {
  assert.equal(lowerCase('AÇIKLAYICI YIKICILAR İYİLEŞTİRİCİ', 'tr-TR'), 'açıklayıcı yıkıcılar iyileştirici');
  assert.equal(lowerCase('AÇIKLAYICI', 'az'), 'açıklayıcı');
  assert.equal(lowerCase('AÇIKLAYICI', 'en'), 'açiklayici', 'elsewhere I is i');
  assert.deepEqual(partsOf('AÇIKLAYICI', turkish, 'tr-TR'), [['açıklayıcı']]);
  assert.deepEqual(partsOf('YIKICILAR', turkish, 'tr-TR'), [['yıkıcılar']]);
  assert.deepEqual(partsOf('Açıklayıcı metni', turkish, 'tr-TR'), [['açıklayıcı'], ['metni']]);
});

test('a word a Turkish page writes in capitals is searched as Pagefind indexes it (I as i) too', () => {
  // Pagefind lower-cases I to i whatever the page's language: a heading's `YIKICILAR` is `yikicilar` there.
  const both = new Vocabulary(buildVocabulary(['YIKICILAR', EXCEPTIONS]));
  assert.deepEqual(partsOf('YIKICILAR', both, 'tr-TR'), [['yıkıcılar', 'yikicilar']]);
  const capitalsOnly = new Vocabulary(buildVocabulary(['AÇIKLAYICI NOTLAR']));
  assert.deepEqual(partsOf('AÇIKLAYICI', capitalsOnly, 'tr-TR'), [['açiklayici']]);
  assert.deepEqual(
    partsOf('Açıklayıcı', capitalsOnly, 'tr-TR'),
    [],
    'a word typed in lower case is as typed',
  );
  // Not loaded yet: both spellings are searched.
  assert.deepEqual(partsOf('YIKICILAR', null, 'tr-TR'), [['yıkıcılar', 'yikicilar']]);
  // A partial vocabulary asks Pagefind about both.
  const partial = Vocabulary.fromFile({ words: ['metni'], acronyms: [], complete: false });
  assert.deepEqual(wordsToConfirm('YIKICILAR metni', partial, 'tr-TR'), ['yıkıcılar', 'yikicilar']);
});

test('marks are part of their word (Hindi vowel signs, Arabic harakat), found with or without them', () => {
  assert.deepEqual(tokenize('हिन्दी किताब पढ़िए'), ['हिन्दी', 'किताब', 'पढ़िए']);
  assert.deepEqual(tokenize('مَدْرَسَة كِتَابٌ'), ['مَدْرَسَة', 'كِتَابٌ']);
  const words = new Vocabulary(buildVocabulary(['مَدْرَسَة كِتَابٌ', 'Übung résumé']));
  // Pagefind folds diacritics, the query's and the index's: a reader typing none finds the page.
  for (const typed of ['مدرسة', 'كتاب', 'ubung', 'resume', 'résumé']) assert.ok(words.knows(typed), typed);
  assert.equal(foldDiacritics('İyileştirici'), 'Iyilestirici');
  assert.equal(foldDiacritics('ガイド'), 'ガイド', 'kana keep their voicing marks');
});

test('an excerpt starting with the page title loses it, a title starting with İ too', () => {
  assert.deepEqual(
    dropLeadingTitle([{ text: 'İlgili içerik. Metin burada.', marked: false }], 'İlgili içerik'),
    [{ text: 'Metin burada.', marked: false }],
  );
});
