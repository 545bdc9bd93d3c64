/** The query plan: stop words, typo correction, fallback to the words the index has, synonyms, ranking. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { leadTerm, planQuery, planTerms, rankPages, wordsToConfirm } from '../../src/search/plan.ts';
import { findSynonyms, synonymsOf } from '../../src/search/synonyms.ts';
import { Vocabulary, WordCounter, buildVocabulary, editDistance } from '../../src/search/vocabulary.ts';
import { partTerms } from '../support/query-plan.ts';

/** Each part's terms, in order. */
const termsOf = partTerms;

const vocabulary = new Vocabulary(
  buildVocabulary([
    'Onboard devices. Onboard a device. Offboard a device. Firewall policy and firewall rules.',
    'Policy order: devices receive the first policy. Multifactor authentication (MFA) for users.',
  ]),
);

test('texts counted in shares and merged give the vocabulary of one count over all of them', () => {
  const texts = ['Encryption keys rotate', 'keys and audit logs', 'audit, audit, encryption', 'logs 2024 ab'];
  const [first, second] = [new WordCounter(), new WordCounter()];
  texts.forEach((text, index) => {
    (index % 2 ? second : first).add(text);
  });
  const merged = new WordCounter();
  merged.merge(second.counts());
  merged.merge(first.counts());
  assert.deepEqual(merged.words(), buildVocabulary(texts));
  assert.deepEqual(merged.words(), ['audit', 'encryption', 'keys', 'logs', 'and', 'rotate']);
});

test('a word counts once a page: one page repeating its words cannot push out words other pages share', () => {
  const flood = Array.from({ length: 20 }, (_, n) => `spam${'x'.repeat(n)}`).join(' ');
  const texts = ['Firewall rules', 'firewall policy', `${flood} ${flood} ${flood}`];
  const counter = new WordCounter();
  for (const text of texts) counter.add(text);
  assert.equal(counter.words(1)[0], 'firewall', 'on two pages, before words repeated on one');
  assert.deepEqual(
    counter.words(3),
    ['firewall', 'policy', 'rules'],
    'then alphabetical among one-page words',
  );
  assert.equal(counter.size, 23, 'every different word is counted, whatever the list keeps');
});

test('a page of more words than any article counts each by its share: it cannot push out the words other pages hold one each (red team 17)', () => {
  const made = (n: number) =>
    `aa${n.toString(26).replace(/\d/g, (digit) => 'qrstuvwxyz'[Number(digit)] ?? '')}`;
  const flood = Array.from({ length: 20_000 }, (_, n) => made(n)).join(' ');
  const counter = new WordCounter();
  for (const text of ['Firewall rules', 'Zookeeper ensembles', flood]) counter.add(text);
  const words = counter.words(20_000);
  for (const word of ['rules', 'zookeeper', 'ensembles']) assert.ok(words.includes(word), word);
  assert.deepEqual(words.slice(0, 4), ['ensembles', 'firewall', 'rules', 'zookeeper']);
  // Shares merge as one count does.
  const [first, second] = [new WordCounter(), new WordCounter()];
  first.add(flood);
  second.add('Zookeeper ensembles');
  first.merge(second.counts());
  assert.deepEqual(first.words(3), ['ensembles', 'zookeeper', 'aaa']);
});

test("a partial vocabulary (a large site's commonest words) leaves its unknown words to a search", () => {
  const partial = Vocabulary.fromFile({ words: ['policy', 'device'], acronyms: [], complete: false });
  assert.equal(partial?.complete, false);
  assert.equal(
    Vocabulary.fromFile({ words: ['policy'], acronyms: [] })?.complete,
    true,
    'a list says if it is partial',
  );
  assert.deepEqual(wordsToConfirm('polcy device devicetype 2024 polcy', partial), ['polcy', 'devicetype']);
  assert.deepEqual(wordsToConfirm('polcy', vocabulary), [], 'a complete list is trusted');
  const many = Array.from({ length: 40 }, (_, n) => `zq${n.toString(36)}x`).join(' ');
  assert.equal(wordsToConfirm(many, partial).length, 8, 'a long query asks Pagefind about 8 words at most');
  assert.equal(planQuery('polcy', partial).corrected, 'policy', 'not found by Pagefind: corrected');
  const found = planQuery('polcy device', partial, { indexed: new Set(['polcy']) });
  assert.equal(found.corrected, null, 'found by Pagefind: searched as typed');
  assert.deepEqual(planTerms(found), ['polcy device', 'polcy', 'device']);
});

test('edit distance counts insertions, deletions, substitutions and swapped neighbours, up to a bound', () => {
  assert.equal(editDistance('firewal', 'firewall', 2), 1);
  assert.equal(editDistance('incidnets', 'incidents', 2), 1);
  assert.equal(editDistance('policy', 'polcy', 2), 1);
  assert.equal(editDistance('kubernetes', 'firewall', 2), 3, 'past the bound it stops at bound + 1');
});

test('a word the index lacks is corrected to the nearest index word, a doubled-letter slip first', () => {
  assert.equal(vocabulary.correct('firewal'), null, 'a prefix of an index word is found as typed');
  assert.equal(vocabulary.correct('polcy'), 'policy');
  assert.equal(vocabulary.correct('ofboard'), 'offboard', 'not the more frequent "onboard"');
  assert.equal(vocabulary.correct('zzz'), null, 'too short to correct');
  assert.equal(vocabulary.correct('kubernetes'), null, 'nothing near');
});

test('a word with the stem of an index word is no typo: Pagefind finds it as typed, as it stems both', () => {
  const groom = new Vocabulary(buildVocabulary(['Groom the backlog. Grouping work items by area.']));
  assert.equal(groom.knows('grooming'), true, '"grooming" stems to "groom", an index word');
  assert.equal(groom.correct('grooming'), null, 'not "grouping", the nearer word by its letters');
  assert.deepEqual(planTerms(planQuery('backlog grooming', groom)), [
    'backlog grooming',
    'backlog',
    'grooming',
  ]);
  assert.equal(vocabulary.knows('policies'), true, 'policy and policies share the stem "polici"');
  assert.equal(vocabulary.knows('polcy'), false, 'a slip has no stem of the index: it is still corrected');
  assert.equal(vocabulary.knows('kubernetes'), false);
});

test('a corrected query says what it searched, and "search instead" searches the words as typed', () => {
  const plan = planQuery('polcy order', vocabulary);
  assert.equal(plan.corrected, 'policy order');
  assert.deepEqual(planTerms(plan), ['policy order', 'policy', 'order']);
  const literal = planQuery('polcy order', vocabulary, { correct: false });
  assert.equal(literal.corrected, null);
  assert.deepEqual(planTerms(literal), ['order'], 'the unknown word drops out, so the list is not empty');
});

test('stop words and words on no page drop out, so a question still finds the pages of its other words', () => {
  const plan = planQuery('how do I onboard a device to kubernetes', vocabulary);
  assert.deepEqual(planTerms(plan), ['onboard device', 'onboard', 'device']);
  assert.deepEqual(
    planTerms(planQuery('how do I', vocabulary)),
    ['do i', 'do', 'i'],
    'only stop words: kept',
  );
});

test('a lone letter left of a contraction, and "how many", drop out like stop words', () => {
  assert.deepEqual(planTerms(planQuery("can't onboard many devices", vocabulary)), [
    'onboard devices',
    'onboard',
    'devices',
  ]);
  assert.deepEqual(planTerms(planQuery('how much policy', vocabulary)), ['policy']);
});

test('the words on no page, and only those, are named as left out', () => {
  assert.deepEqual(planQuery('how do I onboard a device to kubernetes', vocabulary).dropped, ['kubernetes']);
  assert.deepEqual(planQuery('polcy order', vocabulary).dropped, [], 'a corrected word is not left out');
  assert.deepEqual(planQuery('onboard device', vocabulary).dropped, []);
  // Said once each, however often typed (red-team round 10's query of the same words 150 times).
  assert.deepEqual(planQuery('kubernetes onboard helm kubernetes helm kubernetes', vocabulary).dropped, [
    'kubernetes',
    'helm',
  ]);
  assert.deepEqual(
    planQuery('kubernetes helm', null).dropped,
    [],
    'without a vocabulary nothing is known missing',
  );
});

test('a synonym phrase is found before its stop words drop out', () => {
  const plan = planQuery(
    'a device in more than one policy',
    new Vocabulary(buildVocabulary(['Multiple policy order: each device receives the first policy.'])),
  );
  assert.deepEqual(
    partTerms(plan),
    [['device'], ['multiple'], ['policy']],
    '"more than one" is searched as "multiple"; the stop words around it drop out',
  );
});

test('without a vocabulary (not loaded yet) every word is searched as typed', () => {
  assert.deepEqual(planTerms(planQuery('firewal polcy', null)), ['firewal polcy', 'firewal', 'polcy']);
});

test('synonyms widen a word; a word the index lacks is searched by its synonyms alone', () => {
  assert.deepEqual(findSynonyms(['two', 'factor', 'login']), [
    { phrase: 'two factor', start: 0, length: 2, alternatives: ['mfa', '2fa', 'multifactor'] },
    {
      phrase: 'login',
      start: 2,
      length: 1,
      alternatives: ['sign in', 'log in', 'logon', 'log on', 'signin'],
    },
  ]);
  assert.deepEqual(findSynonyms(['backlog', 'hotkeys']), [
    {
      phrase: 'hotkeys',
      start: 1,
      length: 1,
      alternatives: ['keyboard shortcut', 'shortcut key', 'key binding', 'keybinding'],
    },
  ]);
  const plan = planQuery('2fa users', vocabulary);
  assert.equal(plan.corrected, null);
  assert.deepEqual(plan.parts[0]?.alternatives, [
    { term: 'mfa', weight: 1 },
    { term: 'multifactor', weight: 1 },
  ]);
  // The reader's own word counts in full, its synonyms less; only synonyms the index holds are searched
  // (these pages say neither "2fa" nor "two factor").
  assert.deepEqual(planQuery('mfa', vocabulary).parts[0]?.alternatives, [
    { term: 'mfa', weight: 1 },
    { term: 'multifactor', weight: 0.8 },
  ]);
});

test('pages matching more of the query rank first; the all-words term represents a page that has it', () => {
  const plan = planQuery('firewall policy', vocabulary);
  const ranked = rankPages(
    plan,
    new Map([
      ['firewall policy', [{ id: 'both', score: 2 }]],
      [
        'firewall',
        [
          { id: 'both', score: 2 },
          { id: 'firewall-only', score: 4 },
        ],
      ],
      ['policy', [{ id: 'both', score: 2 }]],
    ]),
  );
  assert.deepEqual(
    ranked.map((page) => [page.id, page.term]),
    [
      ['both', 'firewall policy'],
      ['firewall-only', 'firewall'],
    ],
  );
});

test("a question's incidental words do not sink the page that answers its main ones", () => {
  // "onboard new device policy order": the answer matches three words strongly, a page that happens to
  // hold all five (scattered, so the all-words term finds it) matches each weakly.
  const words = ['onboard', 'new', 'device', 'policy', 'order'];
  const plan = planQuery(words.join(' '), new Vocabulary(buildVocabulary([words.join(' ')])));
  const answer = { id: 'answer', score: 4 };
  const scattered = { id: 'scattered', score: 1 };
  const ranked = rankPages(
    plan,
    new Map([
      [words.join(' '), [{ ...scattered, score: 3 }]],
      ['onboard', [answer, scattered]],
      ['new', [scattered]],
      ['device', [answer, scattered]],
      ['policy', [answer, scattered]],
      ['order', [scattered]],
    ]),
  );
  assert.deepEqual(
    ranked.map((page) => page.id),
    ['answer', 'scattered'],
  );
});

test("a reader's word the pages say otherwise widens one way only, plural or not", () => {
  assert.deepEqual(synonymsOf('laptop'), ['device']);
  assert.deepEqual(synonymsOf('laptops'), ['device']);
  assert.deepEqual(synonymsOf('phones'), ['mobile', 'telephone']);
  assert.deepEqual(synonymsOf('blacklist'), ['block', 'blocklist', 'block list'], 'a term the docs replaced');
  assert.deepEqual(synonymsOf('block'), [], 'every "block" does not also search "blacklist"');
  assert.deepEqual(synonymsOf('iphones'), ['ios'], 'a device for its platform');
  assert.deepEqual(synonymsOf('mail'), ['email']);
  assert.deepEqual(synonymsOf('mass'), [], 'a word ending in "ss" is not a plural');
  assert.deepEqual(synonymsOf('device'), [], 'every "device" does not also search "laptop"');
  assert.deepEqual(synonymsOf('constructor'), [], 'no word of the object prototype');
});

test('words of a script written without spaces are searched as typed, never corrected nor counted', () => {
  const plan = planQuery('休暇中に顧客 polcy', vocabulary);
  assert.equal(plan.corrected, '休暇中に顧客 policy', 'Pagefind segments the Japanese itself');
  assert.deepEqual(plan.dropped, []);
  assert.deepEqual(wordsToConfirm('休暇中に顧客', new Vocabulary(['policy'], [], false)), []);
  assert.deepEqual(buildVocabulary(['予約はオンラインで policy']), ['policy']);
});

test('long compound words (German: Verzeichnissynchronisierung, 27 letters) are listed and found; longer ones searched as typed', () => {
  const german = new Vocabulary(
    buildVocabulary([
      'Die Verzeichnissynchronisierung und der Wiederherstellungsvorgang der Kennwortablaufrichtlinie.',
    ]),
  );
  for (const word of [
    'verzeichnissynchronisierung',
    'wiederherstellungsvorgang',
    'kennwortablaufrichtlinie',
  ]) {
    assert.ok(german.knows(word), word);
    const plan = planQuery(word, german);
    assert.deepEqual(plan.dropped, [], word);
    assert.equal(plan.corrected, null, word);
  }
  // A slip in one is corrected, as in any listed word.
  assert.equal(planQuery('verzeichnissynchronisirung', german).corrected, 'verzeichnissynchronisierung');
  // A word longer than any the list keeps (a hash) is searched as typed, never said to be on no page.
  const hash = 'da39a3ee5e6b4b0d3255bfef95601890afd80709aa';
  assert.deepEqual(buildVocabulary([`The hash ${hash}.`]), ['hash', 'the']);
  assert.deepEqual(planQuery(hash, german).dropped, []);
});

test('a word typed in capitals among lower-case ones is an abbreviation, never a stop word', () => {
  const terms = (query: string) => planTerms(planQuery(query, null));
  assert.deepEqual(terms('DID allowance per license'), [
    'did allowance per license',
    'did',
    'allowance',
    'per',
    'license',
  ]);
  assert.deepEqual(terms('did the license change'), ['license change', 'license', 'change']);
  assert.deepEqual(terms('IT security roles'), ['it security roles', 'it', 'security', 'roles']);
  assert.deepEqual(
    terms('HOW DO I BLOCK CALLS'),
    ['block calls', 'block', 'calls'],
    'caps lock: all in capitals',
  );
});

test('the term searched first is the all-words term, or the one word; none when a word has synonyms', () => {
  assert.deepEqual(leadTerm(planQuery('firewall policy', vocabulary)), {
    term: 'firewall policy',
    alone: false,
  });
  assert.deepEqual(leadTerm(planQuery('the firewall', vocabulary)), { term: 'firewall', alone: true });
  // `mfa` also searches `multifactor`: a page saying only that is found by the per-word searches alone.
  assert.equal(leadTerm(planQuery('mfa policy', vocabulary)), null);
  assert.equal(leadTerm(planQuery('', vocabulary)), null);
});

test('a word typed with hyphens is searched as typed, alone and in the all-words term (a cmdlet name: Get-AzEventHub)', () => {
  const cmdlets = new Vocabulary(buildVocabulary(['The Get-AzEventHub cmdlet gets an Event Hub.']));
  const plan = planQuery('Get-AzEventHub', cmdlets);
  // Pagefind holds it whole where a page writes it so; each piece is still searched alone (but a stop word).
  assert.equal(plan.all, 'get-azeventhub');
  assert.deepEqual(termsOf(plan), [['get-azeventhub'], ['azeventhub']]);
  assert.equal(planQuery('Get-AzEventHub cmdlet', cmdlets).all, 'get-azeventhub cmdlet');
  assert.equal(planQuery('cmdlet gets', cmdlets).all, 'cmdlet gets');
  // A piece corrected leaves the word to its pieces: the whole as typed is no word of the pages.
  const slip = planQuery('Get-AzEvnetHub', cmdlets);
  assert.deepEqual(termsOf(slip), [['azeventhub']]);
  assert.equal(slip.all, null);
});

test('a version number is searched as typed, never by its numbers alone (10.0.16; Dynamics 365 Commerce, is-is)', () => {
  // Shaped like adyen-connector.md, which lists other versions, and pos-app-signing-certificate.md, which holds it.
  const versions = new Vocabulary(
    buildVocabulary([
      'Dynamics 365 Retail POS útgáfa 10.0.25, 10.0.26, 10.0.27. Adyen firmware 8.1.3 on Windows 8.',
      'Þessi eiginleiki er í boði frá útgáfu 10.0.16.',
    ]),
  );
  // `10`, `0` and `16` alone match the start of every number: the page listing ten 10.0 versions came first.
  const version = planQuery('10.0.16', versions);
  assert.deepEqual(termsOf(version), [['10.0.16']]);
  assert.deepEqual(leadTerm(version), { term: '10.0.16', alone: true });
  assert.deepEqual(termsOf(planQuery('8.1.3', versions)), [['8.1.3']]);
  const phrase = planQuery('Retail POS 10.0.16', versions);
  assert.deepEqual(termsOf(phrase), [['retail'], ['pos'], ['10.0.16']]);
  assert.equal(phrase.all, 'retail pos 10.0.16');
  // A piece with a letter is still searched alone (`windows`, where a page writes "Windows 8"); digits are not.
  assert.deepEqual(termsOf(planQuery('windows-8 firmware', versions)), [
    ['windows-8'],
    ['windows'],
    ['firmware'],
  ]);
  // A full stop after the number ends the sentence, not the number.
  assert.deepEqual(termsOf(planQuery('útgáfa 10.0.16.', versions)), [['útgáfa'], ['10.0.16']]);
});
