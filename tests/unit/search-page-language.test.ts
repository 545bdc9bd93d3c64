/**
 * A word the vocabulary knows by no form, on a page in another language than English: Pagefind stems that
 * page's words and the reader's in its language, so only a search tells whether it finds the word. A trial on
 * Dynamics 365's Finnish general-ledger articles (Dynamics-365-Operations.fi-fi) dropped words Pagefind's
 * Finnish index finds and showed `myyntitilaukset` as a slip for the pages' `myyntitilauksen`: the English
 * stemmer had judged Finnish words. The pages are shaped like those articles.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foundAsTyped, matchedWords, planQuery, wordsToConfirm } from '../../src/search/plan.ts';
import { buildVocabulary, stemsAsEnglish, Vocabulary } from '../../src/search/vocabulary.ts';
import { partTerms } from '../support/query-plan.ts';

const generalLedger = new Vocabulary(
  buildVocabulary([
    'Valitse eliminointiyritykseksi määritellyssä yrityksessä Eliminoinnin kirjauskansio. Valitse tilauksen rivi.',
    'Jos jaksotusmallia ei voida käyttää (esimerkiksi kun on kyse myyntitilauksen laskusta tai ostotilauksen laskusta), voit kirjata ennakkoon maksetun summan.',
    'Groom the backlog: grooming sessions.',
  ]),
);

const partsOf = partTerms;

test('the English stemmer judges the words of English pages only', () => {
  for (const lang of [undefined, 'en', 'en-US', 'EN-gb']) assert.ok(stemsAsEnglish(lang), String(lang));
  for (const lang of ['fi-FI', 'de-DE', 'tr-TR', 'ko-KR', '']) assert.ok(!stemsAsEnglish(lang), lang);
  // "groomed" shares its Porter2 stem with "groom": Pagefind finds it on an English page.
  assert.equal(generalLedger.knows('groomed'), true);
  assert.equal(generalLedger.knows('groomed', 'en-US'), true);
  assert.equal(generalLedger.knows('groomed', 'fi-FI'), false, 'a Finnish page is stemmed in Finnish');
  // As written, or the start of an index word: known in any language.
  assert.equal(generalLedger.knows('tilauksen', 'fi-FI'), true);
  assert.equal(generalLedger.knows('myyntitilau', 'fi-FI'), true);
});

test('on a page in another language, a word the vocabulary does not know is asked of Pagefind', () => {
  assert.deepEqual(wordsToConfirm('tilauksia', generalLedger, 'fi-FI'), ['tilauksia']);
  assert.deepEqual(wordsToConfirm('Valitse MYYNTITILAUKSET', generalLedger, 'fi-FI'), ['myyntitilaukset']);
  assert.deepEqual(wordsToConfirm('valitse rivi', generalLedger, 'fi-FI'), [], 'known words cost no search');
  // On an English page a complete list is trusted: no search more than before.
  assert.deepEqual(wordsToConfirm('tilauksia', generalLedger, 'en'), []);
  assert.deepEqual(wordsToConfirm('tilauksia', generalLedger), []);
});

test('a word Pagefind finds is searched as typed: neither dropped nor "corrected"', () => {
  // Pagefind's Finnish stemmer joins tilauksia to tilauksen, yrityksiin to yrityksessä.
  const found = (word: string) => ({ lang: 'fi-FI', indexed: new Set([word]) });
  for (const word of ['tilauksia', 'myyntitilaukset', 'yrityksiin']) {
    const plan = planQuery(word, generalLedger, found(word));
    assert.deepEqual(partsOf(plan), [[word]], word);
    assert.equal(plan.corrected, null, word);
    assert.deepEqual(plan.dropped, [], word);
  }
  // Words Pagefind does not find either are corrected, or dropped, as before.
  assert.equal(planQuery('tilauksia', generalLedger, { lang: 'fi-FI' }).corrected, 'tilauksen');
  assert.equal(planQuery('myyntitilaukset', generalLedger, { lang: 'fi-FI' }).corrected, 'myyntitilauksen');
  assert.equal(planQuery('valitsw rivi', generalLedger, { lang: 'fi-FI' }).corrected, 'valitse rivi');
  assert.deepEqual(planQuery('yrityksiin rivi', generalLedger, { lang: 'fi-FI' }).dropped, ['yrityksiin']);
});

test('Pagefind\'s match for a word it found only a few letters of is not the word\'s (Swedish `tolkning` by "to")', () => {
  // Pagefind, finding no index word that starts with a word, searches the longest start of it one has.
  const syntex = new Vocabulary(
    buildVocabulary([
      'Kör en utvärderingsversion av SharePoint Syntex: set up and run a trial pilot program to deploy.',
      'Skapa en modell för formulärbearbetning. Säkerhet och efterlevnad i modellen.',
    ]),
  );
  // No index word starts with "tol", "pri" or "kun": the hits were "to", "pri…" or "kun"'s own.
  for (const word of ['tolkning', 'tolk', 'principer', 'kuntoutus'])
    assert.equal(foundAsTyped(word, syntex), false, word);
  // Forms the stemmer joins to a page's word, and a compound whose first word is one: the reader's words.
  for (const word of ['modellen', 'modeller', 'formulärbearbetningen', 'sakerhet', 'säkerhetsefterlevnad'])
    assert.equal(foundAsTyped(word, syntex), true, word);
  // A partial list (a large site's) cannot tell: Pagefind's word is taken.
  assert.equal(foundAsTyped('tolkning', new Vocabulary(['to'], [], false)), true);
});

test("a slip's chance match is not the word's, where the vocabulary has a near word; a form the stemmer joins is", () => {
  const procurement = new Vocabulary(
    buildVocabulary([
      'Hozzon létre egy beszerzési rendelést. Ha a dátumát 2018. január 10-re szeretné módosítani.',
      'Külön kulcsra van szükség. Minden kulcstartót a lezárt ajánlathoz kell használni. Az ajánlatkérés.',
    ]),
  );
  // What Pagefind matched on its first page (matchedWords), for a reader's slip: its start's chance word.
  assert.deepEqual(matchedWords({ content: 'Ha a dátumát 2018. január 10-re szeretné', locations: [5] }), [
    '10',
    're',
  ]);
  assert.equal(foundAsTyped('rendelsé', procurement, ['10', 're'], 'hu-HU'), false);
  assert.equal(foundAsTyped('kulcstató', procurement, ['kulcsra'], 'hu-HU'), false);
  // Pagefind's Finnish stemmer joins tilauksia to the page's tilauksen: as near as any correction.
  assert.equal(foundAsTyped('tilauksia', generalLedger, ['tilauksen'], 'fi-FI'), true);
  // No near word: the start rule alone (a compound's first word).
  assert.equal(foundAsTyped('kulcstartóosztály', procurement, ['kulcstartót'], 'hu-HU'), true);
});

test("a page's word of any length costs no more than a short one (red-team round 11: 300,000 hyphenated parts)", () => {
  const word = `securitx-${'a-'.repeat(300_000)}b`;
  const matched = matchedWords({ content: `Le security est ici. ${word}`, locations: [4] });
  assert.ok(matched.length <= 8, String(matched.length));
  assert.equal(matched[0], 'securitx');
  const page = new Vocabulary(buildVocabulary(['Le security est ici.', word.slice(0, 200)]));
  // It threw (Math.min over 300,000 distances), and the box said its index could not load.
  assert.doesNotThrow(() => foundAsTyped('securitxz', page, matched, 'fr'));
});

test('German typed without its letters (hoeher, gross, grösse) is corrected to the word it spells, on German pages', () => {
  // win32-pr.de-de's Sync articles: `gross` and `hoeher` found nothing (2 edits each from groß, höher).
  const sync = new Vocabulary(
    buildVocabulary(['Die Größe ist höher. Groß und klein. Rückgabewert ausschließlich.']),
  );
  for (const [typed, word] of [
    ['hoeher', 'höher'],
    ['gross', 'groß'],
    ['grösse', 'größe'],
    ['rueckgabewert', 'rückgabewert'],
  ] as const)
    assert.equal(planQuery(typed, sync, { lang: 'de-DE' }).corrected, word, typed);
  // Only on German pages: elsewhere `ue` is no ü.
  assert.equal(planQuery('gross', sync, { lang: 'en' }).corrected, null);
});
