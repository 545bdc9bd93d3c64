/**
 * What one query searches and how its pages are ranked. Pagefind finds pages holding every word of a
 * term, so a query is searched as several terms: all its words together, and each word (or phrase with
 * synonyms) alone; a page scores the sum over the query's parts, plus the all-words score. Stop words
 * drop out, a word the index lacks is corrected to a near index word or dropped. Pure, no DOM.
 */
import { isStopWord } from './stop-words.ts';
import { findSynonyms, SYNONYM_GROUPS, type SynonymPhrase } from './synonyms.ts';
import {
  editDistance,
  foldDiacritics,
  lowerCase,
  outsideVocabulary,
  pagefindWordsAt,
  stemsAsEnglish,
  tokenize,
  WORD,
  type Vocabulary,
} from './vocabulary.ts';

export { isStopWord, STOP_WORDS } from './stop-words.ts';

/**
 * Whether a word of `query` is a stop word there: a word typed in capitals among lower-case ones is an
 * abbreviation the reader means (`DID` numbers, `IT` admins), never a stop word.
 */
function stopWordsOf(query: string, lang: string | undefined): (word: string) => boolean {
  const typed = query.match(WORD) ?? [];
  const capitals = new Set(
    /\p{Ll}/u.test(query)
      ? typed.filter((word) => word.length > 1 && !/\p{Ll}/u.test(word)).map((word) => lowerCase(word, lang))
      : [],
  );
  return (word) => isStopWord(word) && !capitals.has(word);
}

/**
 * Korean particles, longest first: written on the noun they follow (루프를, 루프에서), so a reader's 루프를
 * found only the pages that say 루프를, or none, where the page about 루프 says 루프는, 루프가.
 */
const KOREAN_PARTICLES = [
  '에서',
  '으로',
  '까지',
  '부터',
  '에게',
  '한테',
  '처럼',
  '보다',
  '을',
  '를',
  '이',
  '가',
  '은',
  '는',
  '에',
  '의',
  '로',
  '와',
  '과',
  '도',
  '만',
] as const;

/**
 * A Korean word without its trailing particle (`루프를` → `루프`), or null when it ends in none or the rest
 * would be one syllable (then too often a word of its own: 아이 is no 아 with 이). Pagefind matches a word's
 * start, so the rest finds 루프는, 루프에서 and 루프가 alike.
 */
export function withoutParticle(word: string): string | null {
  if (!/\p{Script=Hangul}$/u.test(word)) return null;
  const particle = KOREAN_PARTICLES.find((ending) => word.endsWith(ending));
  if (!particle) return null;
  const rest = word.slice(0, -particle.length);
  return rest.length >= 2 && /^\p{Script=Hangul}+$/u.test(rest) ? rest : null;
}

/** One part of the query: a word or phrase and its alternatives, each searched alone; a page takes the best. */
export interface QueryPart {
  alternatives: Alternative[];
}

/** A term a part is searched by, and how much its score counts. */
export interface Alternative {
  term: string;
  weight: number;
  /**
   * A Pagefind phrase (`"log on"`) whose pages alone count for `term`: the term's words stand together there.
   * Pagefind scores a phrase's pages alike (1), so the term's own score ranks them.
   */
  within?: string;
}

export interface QueryPlan {
  /** The words as typed. */
  words: string[];
  /** The query with its corrections ("firewall policy" for "firewal policy"), or null when none was made. */
  corrected: string | null;
  /** Words no page holds, nor a near word: left out of the search (the reader is told). */
  dropped: string[];
  /** The term holding every kept word, searched for the all-words bonus; null with fewer than two parts. */
  all: string | null;
  parts: QueryPart[];
  /** Each typed word searched as two index words (Vocabulary.split), with the Pagefind phrase they count within. */
  splits?: readonly { word: string; phrase: string }[];
  /**
   * The long forms of the acronyms the pages define, by short form (`efs` → `encrypting file system`): what a
   * title's short form says in the reader's words (results.ts namedFirst). Empty without a vocabulary.
   */
  longForms?: ReadonlyMap<string, readonly string[]>;
}

const longFormMaps = new WeakMap<Vocabulary, ReadonlyMap<string, readonly string[]>>();

/** The long forms of the acronyms `vocabulary` holds, by short form: made once per vocabulary. */
export function longFormsOf(vocabulary: Vocabulary | null): ReadonlyMap<string, readonly string[]> {
  if (!vocabulary) return new Map();
  let forms = longFormMaps.get(vocabulary);
  if (!forms) {
    const found = new Map<string, string[]>();
    for (const [short, long] of vocabulary.acronyms) found.set(short, [...(found.get(short) ?? []), long]);
    forms = found;
    longFormMaps.set(vocabulary, forms);
  }
  return forms;
}

/** How much a synonym's match counts beside the reader's own word. */
export const SYNONYM_WEIGHT = 0.8;

export interface PlanOptions {
  /** Correct words the index lacks (off for "Search instead for …"). */
  correct?: boolean;
  /**
   * Words Pagefind found though the vocabulary does not know them (`wordsToConfirm`: a partial vocabulary, or
   * a page's language Pagefind stems otherwise than English): searched as typed, never corrected.
   */
  indexed?: ReadonlySet<string>;
  /**
   * The page's language (its `<html lang>`, whose index Pagefind searches): in Turkish and Azerbaijani a word
   * typed with I is searched as the page writes it in lower case (ı) and as Pagefind's index has it in
   * capitals (i).
   */
  lang?: string;
  /**
   * Typed words not to search as two index words (Vocabulary.split): no page holds the two together
   * (`unfoundSplits`), so the word is dropped, not "corrected" to them.
   */
  unsplit?: ReadonlySet<string>;
}

/**
 * True when Pagefind can find `word` on a page in `lang`: an index word (or, in English, a word of its stem),
 * or one the vocabulary leaves out (short words, numbers, words of scripts without spaces).
 */
function inIndex(word: string, vocabulary: Vocabulary, lang: string | undefined): boolean {
  return outsideVocabulary(word) || vocabulary.knows(word, lang);
}

/**
 * The words of `query` that only a search can place: those the vocabulary does not know where it cannot tell
 * all Pagefind finds, that is where it is partial (a large site's, which lists its commonest words) or the
 * page's language (`lang`) is not English (Pagefind stems a Finnish page's `tilauksen` and a reader's `tilaus`
 * alike, which the vocabulary cannot tell). Each is searched before the plan is made, and those found are
 * passed as `indexed`: a word typed right is neither dropped nor "corrected" to another. None for an English
 * page and a vocabulary listing every index word.
 */
export function wordsToConfirm(query: string, vocabulary: Vocabulary | null, lang?: string): string[] {
  if (!vocabulary || (vocabulary.complete && stemsAsEnglish(lang))) return [];
  return [...new Set([...tokenize(query, lang), ...tokenize(query)])]
    .filter((word) => !inIndex(word, vocabulary, lang))
    .slice(0, MAX_WORDS_TO_CONFIRM);
}

/**
 * Whether Pagefind's results for `word`, a word wordsToConfirm asked it about, can be the word's own.
 * Finding no index word that starts with a word, Pagefind searches the longest start of it that one has,
 * however short: a Swedish page's English "to" for `tolkning` (its one page, where "No results" was right),
 * "re" of "10-re" for a Hungarian reader's slip `rendelsé`, "de" for a Swedish page's `Defender`. So the
 * start the vocabulary knows, and the word Pagefind matched on its first page shares, must be 4 letters or
 * the whole word; and where the vocabulary has a near word for it (its correction), the word
 * Pagefind matched on its first page (`matched`, matchedWords) must be as near to it: a form Pagefind's stemmer
 * joins is (`tilauksia`, the page's `tilauksen`), a slip's chance match is not (`kulcstató`: "kulcsra", not
 * `kulcstartó`). A compound's first word (`säkerhet` of `säkerhetsefterlevnad`) is what the reader means
 * where no near word is. Only where the vocabulary lists every index word.
 */
export function foundAsTyped(
  word: string,
  vocabulary: Vocabulary,
  matched?: readonly string[],
  lang?: string,
): boolean {
  if (!vocabulary.complete) return true;
  const typed = foldDiacritics(word);
  const start = typed.slice(0, MIN_WORD_START);
  if (!vocabulary.knowsStart(word, start.length)) return false;
  if (matched === undefined || matched.length === 0) return true;
  if (!matched.some((other) => foldDiacritics(other).startsWith(start))) return false;
  const correction = vocabulary.correct(word, lang);
  if (correction === null) return true;
  // The correction is within a few edits: a matched word is as near when it is within as many (bounded, so a
  // page's 600 KB "word" costs no more than a short one).
  const near = editDistance(typed, foldDiacritics(correction), typed.length + correction.length);
  return matched.some((other) => editDistance(typed, foldDiacritics(other), near) <= near);
}

/**
 * The words at the first place Pagefind matched on a page (`locations`, counted in its `content` split as
 * Pagefind splits it): the word there, in the words search reads (`10-re` is 10 and re); none when there is
 * no place.
 */
export function matchedWords(data: {
  content?: string | undefined;
  locations?: readonly number[] | undefined;
}): string[] {
  const at = data.locations?.[0];
  const content = data.content ?? '';
  if (at === undefined) return [];
  const word = pagefindWordsAt(content, [at]).get(at) ?? '';
  // A page's "word" may be any length (300,000 parts joined by hyphens): its first few parts are enough.
  return tokenize(word.slice(0, MAX_MATCHED_CHARACTERS)).slice(0, MAX_MATCHED_WORDS);
}

/** What matchedWords reads of the word at a match: at most this many characters, and words of them. */
const MAX_MATCHED_CHARACTERS = 200;
const MAX_MATCHED_WORDS = 8;

/** The fewest letters of a query's word that Pagefind's match must share with it (foundAsTyped). */
const MIN_WORD_START = 4;

/** The most words one query asks Pagefind about (a search each): a link's `?q=` of 60 unknown words costs 8. */
export const MAX_WORDS_TO_CONFIRM = 8;

const groupsOf = new WeakMap<Vocabulary, readonly (readonly string[])[]>();

/** The synonym groups a query is planned with: the site's map and the acronyms the pages define. */
function synonymGroups(vocabulary: Vocabulary | null): readonly (readonly string[])[] {
  if (!vocabulary || vocabulary.acronyms.length === 0) return SYNONYM_GROUPS;
  let groups = groupsOf.get(vocabulary);
  if (!groups) {
    groups = [...SYNONYM_GROUPS, ...vocabulary.acronyms];
    groupsOf.set(vocabulary, groups);
  }
  return groups;
}

/**
 * The words of `query` that Pagefind's index may hold spelled otherwise than `words` (the query's words in
 * the page's language): each, by the language-neutral lower case, where that differs. Turkish `YIKICILAR` is
 * `yıkıcılar` as the pages write it, and `yikicilar` where they write it in capitals (Pagefind lower-cases
 * I to i whatever the language).
 */
function otherSpellings(query: string, words: readonly string[]): ReadonlyMap<string, string> {
  const neutral = tokenize(query);
  const spellings = new Map<string, string>();
  if (neutral.length !== words.length) return spellings;
  words.forEach((word, index) => {
    const other = neutral[index];
    if (other !== undefined && other !== word) spellings.set(word, other);
  });
  return spellings;
}

/** A phrase of the query searched by other terms: a synonym map's phrase, or two words the index joins. */
interface Alternatives extends SynonymPhrase {
  /** The alternative is the two words written as one: the reader's own word, counted in full. */
  joined?: boolean;
}

/**
 * `synonyms` with the pairs of neighbouring words the index holds as one word (`fail over` where the pages
 * say `failover`, `back up` for `backup`, stop words included), where no synonym phrase holds either word.
 * Only a joined word on more pages than the rarer of its two is taken: `secondaryreplica`, in one page's
 * script, is not what a reader's `secondary replica` means; `failover`, on every page, is their `fail over`; nor is
 * `publicip`, of one page's `$publicIp`, their `public ip` (blind trial 24: it counted in full, the words 0.8).
 */
function withJoinedWords(
  words: readonly string[],
  synonyms: readonly Alternatives[],
  vocabulary: Vocabulary | null,
  stop: (word: string) => boolean,
): Alternatives[] {
  const found = [...synonyms];
  if (!vocabulary) return found;
  const taken = new Set(
    synonyms.flatMap((entry) => Array.from({ length: entry.length }, (_, offset) => entry.start + offset)),
  );
  for (let index = 0; index + 1 < words.length; index++) {
    const first = words[index] ?? '';
    const second = words[index + 1] ?? '';
    const joined = first + second;
    if (taken.has(index) || taken.has(index + 1) || stop(first) || stop(joined) || /^\p{L}$/u.test(second))
      continue;
    // The rarer of the two the vocabulary counts: a word it leaves out (`ip`, `vm`: under three letters) is
    // unranked, not rare, so "public ip" is compared with "public" alone; a stop word (`up` of "back up") is kept.
    const counted = [first, second].filter((word) => stop(word) || !outsideVocabulary(word));
    const rarer =
      counted.length === 0 ? Infinity : Math.max(...counted.map((word) => vocabulary.rankOf(word)));
    if (vocabulary.rankOf(joined) >= rarer) continue;
    found.push({
      phrase: `${first} ${second}`,
      start: index,
      length: 2,
      alternatives: [joined],
      joined: true,
    });
    taken.add(index).add(index + 1);
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A word typed with dots or hyphens between its pieces (`10.0.16`, `Get-AzEventHub`, `sign-in`): Pagefind
 * indexes it whole, without its punctuation (`10016`), and its pieces of two or more characters too; a query's
 * word so typed it searches whole.
 */
const COMPOUND = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)+/gu;

/** A word of letters with hyphens between its pieces, written so in a synonym map to be searched whole. */
const HYPHENATED = /^\p{L}+(?:-\p{L}+)+$/u;

/** A piece of digits only: a number's part (`16` of `10.0.16`), which means nothing alone. */
const DIGITS = /^\p{N}+$/u;

/**
 * The parts of a plan and its all-words term, with each word typed with dots or hyphens between its pieces
 * (COMPOUND) searched as typed: a part of its own, first of its pieces, and written so in the all-words term.
 * Pagefind holds it whole where a page writes it so: its pieces apart missed the cmdlet's own page
 * (Get-AzEventHub, azure-docs-powershell.it-IT), and a page writing them apart ("restore" here, "post" there)
 * counted as much as the page on "post-restore". A piece of digits only is not searched alone: `10`, `0` and `16`
 * match the start of any number, and "10.0.16" found first the page listing ten other versions of 10.0, above
 * the two holding it; "8.1.3" found every page (Dynamics 365 Commerce, is-is). A piece with a letter still is
 * (`sign` of `sign-in`, where a page writes "sign in").
 */
function withCompounds(
  query: string,
  parts: readonly QueryPart[],
  lang: string | undefined,
): { parts: QueryPart[]; all: string | null } {
  const searched = parts.map((part) => part.alternatives[0]?.term ?? '');
  const kept: QueryPart[] = [];
  const allWords: string[] = [];
  let next = 0;
  for (const { 0: typed, index: typedAt } of query.matchAll(COMPOUND)) {
    const whole = lowerCase(typed, lang);
    // The pieces searched (a stop word among them, `get`, is not; a piece typed twice is one part), one after
    // another. A piece corrected or dropped leaves the compound to its pieces: its whole is no word of the pages.
    const typedPieces = [...new Set(whole.match(WORD) ?? [])];
    const found = typedPieces.filter((piece) => searched.includes(piece));
    // A compound of stop words only (`many-to-many`, `how-to`) is searched whole, after the words typed before
    // it: its pieces dropped, "many-to-many relationship" was "relationship" alone.
    const searchedWhole = parts.some((part) => part.alternatives.some(({ term }) => term === whole));
    if (found.length === 0 && typedPieces.every(isStopWord) && !searchedWhole) {
      const before = tokenize(query.slice(0, typedAt), lang);
      const typedBefore = (term: string) => tokenize(term).every((word) => before.includes(word));
      while (next < parts.length && typedBefore(searched[next] ?? '')) {
        kept.push(parts[next] as QueryPart);
        allWords.push(searched[next] ?? '');
        next++;
      }
      kept.push({ alternatives: [{ term: whole, weight: 1 }] });
      allWords.push(whole);
      continue;
    }
    if (found.length === 0 || typedPieces.some((piece) => !found.includes(piece) && !isStopWord(piece)))
      continue;
    // A piece the query typed before is a part already (`hosted` of "service-hosted or application-hosted").
    const pieces = found.filter((piece) => searched.indexOf(piece) >= next);
    if (pieces.length === 0) continue;
    const at = searched.findIndex(
      (_, start) => start >= next && pieces.every((piece, offset) => searched[start + offset] === piece),
    );
    if (at === -1) continue;
    for (; next < at; next++) {
      kept.push(parts[next] as QueryPart);
      allWords.push(searched[next] ?? '');
    }
    allWords.push(whole);
    kept.push(
      { alternatives: [{ term: whole, weight: 1 }] },
      ...parts.slice(at, at + pieces.length).filter((_, offset) => !DIGITS.test(pieces[offset] ?? '')),
    );
    next = at + pieces.length;
  }
  for (; next < parts.length; next++) {
    kept.push(parts[next] as QueryPart);
    allWords.push(searched[next] ?? '');
  }
  return { parts: kept, all: kept.length > 1 ? allWords.join(' ') : null };
}

/**
 * `query` as typed with its corrected words in place (`fixed`, one for each of its words): "read-only routing"
 * for "read-only routnig", its hyphen kept, and the reader's capitals (`Surface` for `Surfce`).
 */
function withCorrections(
  query: string,
  fixed: readonly { word: string; changed: boolean }[],
  lang: string | undefined,
): string {
  const lowered = lowerCase(query, lang);
  // The typed text where lower case keeps each character's place (it does but for a few letters).
  const typed = lowered.length === query.length ? query : lowered;
  let index = 0;
  return lowered
    .replace(WORD, (word, at: number) => {
      const entry = fixed[index++];
      const own = typed.slice(at, at + word.length);
      return entry?.changed ? inCaseOf(own, entry.word) : own;
    })
    .replace(/\s+/gu, ' ')
    .trim();
}

/** `word` in the case `typed` has: capitals (`SURFCE`), a capital first (`Surfce`), or as it is. */
function inCaseOf(typed: string, word: string): string {
  if (typed.length > 1 && !/\p{Ll}/u.test(typed) && /\p{Lu}/u.test(typed)) return word.toUpperCase();
  if (/^\p{Lu}\p{Ll}*$/u.test(typed)) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/**
 * A synonym searched for `weight`, counted only where its words stand together when it has several, one a
 * stop word (`log on`, `turn off`, `set up`): as loose words it found every page holding the other word, the
 * stop word being on all of them. On Entra's Conditional Access articles a reader's `login` also searched
 * `log on`, which found the 11 pages on "sign-in logs" and ranked the insights workbook above the page on
 * risky sign-ins.
 */
export function withinPhrase(term: string, weight: number): Alternative {
  const words = term.split(' ');
  return words.length > 1 && words.some((word) => isStopWord(word))
    ? { term, weight, within: `"${term}"` }
    : { term, weight };
}

/**
 * What a synonym of more words than the reader's phrase counts of its score: the phrase's share of its words.
 * Pagefind scores a term of several words as the sum of its words' scores, so a long form counted several
 * words' worth for one word typed: on Azure's NAT gateway articles (blind trial 13) a reader's `nat` also searched
 * `network address translation`, the long form the pages define, and the one page spelling it out throughout
 * scored it nearly twice what any page scored `nat`, and came first for "detach nat gateway from subnet", "is my nat
 * gateway down" and "nat gateway max speed". A synonym of as many words or fewer counts in full.
 */
export function wordShare(phrase: string, term: string): number {
  return Math.min(1, phrase.split(' ').length / term.split(' ').length);
}

/**
 * The reader's own word, counted only on the pages that hold it (`within` its Pagefind phrase, which matches the
 * word's stem whole) where Pagefind's match would take in longer words (Vocabulary.widens): on Microsoft Teams'
 * bot articles "frame rate" (for `frme rate`) ranked the page on rate limits, which says "Bot Framework", above
 * the page on frame rates; PowerShell's `direct` found "Active Directory" (blind trials 10 and 11). `always`
 * when the reader typed an abbreviation the synonym map spells out (spellsOut).
 */
export function asWhole(
  term: string,
  vocabulary: Vocabulary | null,
  lang?: string,
  always = false,
): Alternative {
  return always || vocabulary?.widens(term, lang)
    ? { term, weight: 1, within: `"${term}"` }
    : { term, weight: 1 };
}

/**
 * True when `alternative`, a synonym of the reader's `word`, is the word spelled out (`temporary` for `temp`,
 * `administrator` for `admin`): the reader typed an abbreviation, whose own matches then count only where the
 * pages write it whole (within its Pagefind phrase), the synonym finding the rest. Pagefind's match of its start
 * took in other words: on Windows' USMT articles (blind trial 17) "change temp folder" found the page saying
 * "templates" and "folders" above the one on changing the temporary directory.
 */
export function spellsOut(word: string, alternative: string): boolean {
  return !alternative.includes(' ') && alternative.length > word.length && alternative.startsWith(word);
}

/** The plan for `query`; without a vocabulary (not loaded yet) words are searched as typed. */
export function planQuery(
  query: string,
  vocabulary: Vocabulary | null,
  options: PlanOptions = {},
): QueryPlan {
  const words = tokenize(query, options.lang);
  const spellings = otherSpellings(query, words);
  const stop = stopWordsOf(query, options.lang);
  const correct = options.correct ?? true;
  const indexed = (word: string) =>
    !vocabulary || inIndex(word, vocabulary, options.lang) || (options.indexed?.has(word) ?? false);
  /** The spellings of a word or phrase that Pagefind finds: as typed, then with the index's capitals' letters. */
  const findable = (phrase: string) =>
    [...new Set([phrase, phrase.replace(/\S+/gu, (word) => spellings.get(word) ?? word)])].filter(
      (spelling) => spelling.split(' ').every(indexed),
    );
  // A word the index lacks but the synonym map knows (`2fa`) is searched by its synonyms, not corrected. Only
  // synonyms the index holds count: `decommission` mapped to a word these pages never use would be lost.
  const groups = synonymGroups(vocabulary);
  // One written with hyphens (`many-to-many`) Pagefind holds whole, where the vocabulary holds its pieces.
  const usable = (alternative: string) =>
    !vocabulary ||
    !vocabulary.complete ||
    findable(alternative).length > 0 ||
    (HYPHENATED.test(alternative) && tokenize(alternative).every((piece) => findable(piece).length > 0));
  const mapped = new Set(
    findSynonyms(words, groups, usable).flatMap((entry) =>
      words.slice(entry.start, entry.start + entry.length),
    ),
  );
  /** Korean words searched without their particle too (`변수를` also as `변수`, which finds `변수에`). */
  const stems = new Map<string, string>();
  /** The words typed as one that the index holds as two (Vocabulary.split), as searched: `smart card`. */
  const splits = new Set<string>();
  const splitWords: { word: string; phrase: string }[] = [];
  /** The words the index holds only as the start of rarer ones, as the two index words they also are (Vocabulary.splitOfStart). */
  const startSplits = new Map<string, string>();
  const fixed = words.map((word) => {
    const stem = vocabulary ? withoutParticle(word) : null;
    const stemFound = stem !== null && findable(stem).length > 0;
    if (!vocabulary || findable(word).length > 0 || mapped.has(word)) {
      if (stemFound && !mapped.has(word)) stems.set(word, stem);
      const apart = vocabulary && !mapped.has(word) ? vocabulary.splitOfStart(word) : null;
      if (apart) startSplits.set(word, apart.join(' '));
      return { word, known: true, changed: false };
    }
    // A particle is grammar, not a slip: the word is searched without it, as a stem would be.
    if (stemFound) return { word: stem, known: true, changed: false };
    const correction = correct ? vocabulary.correct(word, options.lang) : null;
    if (correction) return { word: correction, known: true, changed: true };
    // A word no index word is near may be two written as one (`smartcard`), counted where they stand together.
    const split = correct && !options.unsplit?.has(word) ? vocabulary.split(word, options.lang) : null;
    if (split) {
      const phrase = split.join(' ');
      splits.add(phrase);
      splitWords.push({ word, phrase: `"${phrase}"` });
      return { word: phrase, known: true, changed: true };
    }
    return { word, known: vocabulary.size === 0, changed: false };
  });
  const corrected = fixed.some((entry) => entry.changed) ? withCorrections(query, fixed, options.lang) : null;
  const known = fixed.filter((entry) => entry.known).map((entry) => entry.word);
  // Each once: "No page has fail, back" for a query that types them twice (or 150 times).
  const dropped = [
    ...new Set(fixed.filter((entry) => !entry.known && !stop(entry.word)).map((entry) => entry.word)),
  ];
  // Stop words drop out unless the query has nothing else; a synonym phrase may hold some (`more than one`).
  const dropStopWords = known.some((word) => !stop(word));
  const synonyms = withJoinedWords(known, findSynonyms(known, groups, usable), vocabulary, stop);
  const parts: QueryPart[] = [];
  /** The phrases already made parts: a word typed twice ("2 node … node cluster") counts once. */
  const seen = new Set<string>();
  for (let index = 0; index < known.length;) {
    const found = synonyms.find((entry) => entry.start === index);
    if (!found && dropStopWords && stop(known[index] ?? '')) {
      index++;
      continue;
    }
    const phrase = found ? found.phrase : (known[index] ?? '');
    if (seen.has(phrase)) {
      index += found ? found.length : 1;
      continue;
    }
    seen.add(phrase);
    // The reader's own words count in full, each spelling; so do the synonyms of words the index lacks.
    const own = findable(phrase);
    const ownInIndex = own.length > 0;
    // Words the index joins: the joined word first (the all-words term searches it), the words as typed after.
    if (found?.joined) {
      parts.push({
        alternatives: [
          ...found.alternatives.map((term) => ({ term, weight: 1 })),
          ...own.map((term) => ({ term, weight: SYNONYM_WEIGHT })),
        ],
      });
      index += found.length;
      continue;
    }
    parts.push({
      alternatives: [
        // The reader's own phrase with a stop word ("if else", "turn on") counts where its words stand together,
        // as its synonyms do: loose, "if" is on every page and "else" found the pages saying "or else".
        ...own.map((term) =>
          splits.has(term)
            ? asWhole(term, vocabulary, options.lang, true)
            : term.includes(' ')
              ? withinPhrase(term, 1)
              : asWhole(
                  term,
                  vocabulary,
                  options.lang,
                  found?.alternatives.some((alternative) => spellsOut(term, alternative)),
                ),
        ),
        ...(found?.alternatives ?? []).map((term) =>
          withinPhrase(term, wordShare(phrase, term) * (ownInIndex ? SYNONYM_WEIGHT : 1)),
        ),
        ...(!found && stems.has(phrase) ? [{ term: stems.get(phrase) ?? '', weight: SYNONYM_WEIGHT }] : []),
        // Written apart too, counted where the two words stand together (`auto forward` for `autoforward`).
        ...(!found && startSplits.has(phrase)
          ? [asWhole(startSplits.get(phrase) ?? '', vocabulary, options.lang, true)]
          : []),
      ],
    });
    index += found ? found.length : 1;
  }
  return {
    words,
    corrected,
    dropped,
    ...withCompounds(query, parts, options.lang),
    ...(splitWords.length > 0 ? { splits: splitWords } : {}),
    longForms: longFormsOf(vocabulary),
  };
}

/** Every distinct term the plan searches. */
export function planTerms(plan: QueryPlan): string[] {
  const terms = new Set<string>();
  if (plan.all) terms.add(plan.all);
  for (const part of plan.parts) {
    for (const alternative of part.alternatives) {
      terms.add(alternative.term);
      if (alternative.within !== undefined) terms.add(alternative.within);
    }
  }
  return [...terms];
}

/**
 * The term to search first: the all-words term, or the query's one term. `alone`: its results are the
 * whole answer (a one-word query). Null when a word has synonyms, which only per-word searches find.
 */
export function leadTerm(plan: QueryPlan): { term: string; alone: boolean } | null {
  if (plan.parts.some((part) => part.alternatives.length !== 1)) return null;
  if (plan.all !== null) return { term: plan.all, alone: false };
  const only = plan.parts.length === 1 ? plan.parts[0]?.alternatives[0]?.term : undefined;
  return only === undefined ? null : { term: only, alone: true };
}

/** A page Pagefind found for one term, with its score. */
export interface ScoredPage {
  id: string;
  score: number;
}

export interface RankedPage {
  id: string;
  score: number;
  /** The term whose result best represents the page (its excerpt and headings are shown). */
  term: string;
  /** Every term that counted for the page (each part's best, the all-words term): its headings are chosen by their matches. */
  terms: string[];
}

/**
 * How much a page's share of the query's parts counts: its score is multiplied by the share to this power.
 * A reader's question holds words the right page need not use ("how do I add a new user and give them a
 * license"): squared, the share let a page that happened to say "new" and "give" outrank the page on adding
 * users. On 40 judged queries written without sight of the search's tuning: hit@1 35 → 38, MRR 0.93 → 0.96.
 */
export const COVERAGE_EXPONENT = 0.5;

/**
 * How much the all-words term's score adds: it finds pages holding every word anywhere, however far apart,
 * so it is a hint, not the answer ("give admin permissions" scattered over a page beat the page on roles).
 */
export const ALL_WORDS_WEIGHT = 0.5;

/**
 * Pages ranked by the plan: the sum over parts of each part's best weighted score, plus the all-words score
 * at ALL_WORDS_WEIGHT, times the share of the parts the page matches to COVERAGE_EXPONENT.
 */
export function rankPages(plan: QueryPlan, found: ReadonlyMap<string, readonly ScoredPage[]>): RankedPage[] {
  const pages = new Map<
    string,
    { score: number; term: string; termScore: number; parts: number; terms: string[] }
  >();
  const add = (id: string, score: number, term: string, part = 0) => {
    const page = pages.get(id);
    if (!page) pages.set(id, { score, term, termScore: score, parts: part, terms: [term] });
    else {
      page.score += score;
      page.parts += part;
      if (!page.terms.includes(term)) page.terms.push(term);
      if (term === plan.all || (page.term !== plan.all && score > page.termScore)) {
        page.term = term;
        page.termScore = score;
      }
    }
  };
  for (const part of plan.parts) {
    const best = new Map<string, { score: number; term: string }>();
    for (const { term, weight, within } of part.alternatives) {
      const phrase =
        within === undefined ? null : new Set((found.get(within) ?? []).map((result) => result.id));
      for (const result of found.get(term) ?? []) {
        if (phrase && !phrase.has(result.id)) continue;
        const score = result.score * weight;
        if (score > (best.get(result.id)?.score ?? -1)) best.set(result.id, { score, term });
      }
    }
    for (const [id, { score, term }] of best) add(id, score, term, 1);
  }
  if (plan.all) {
    // The all-words term matches as Pagefind does: its bonus only where each word counted whole is whole.
    const whole = plan.parts.flatMap(({ alternatives: [first] }) =>
      first?.within === undefined
        ? []
        : [new Set((found.get(first.within) ?? []).map((result) => result.id))],
    );
    for (const result of found.get(plan.all) ?? []) {
      if (whole.every((pages) => pages.has(result.id)))
        add(result.id, result.score * ALL_WORDS_WEIGHT, plan.all);
    }
  }
  const parts = plan.parts.length || 1;
  return [...pages]
    .map(([id, page]) => ({
      id,
      score: page.score * (page.parts / parts) ** COVERAGE_EXPONENT,
      term: page.term,
      terms: page.terms,
    }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
}

/**
 * How rare each of the plan's parts is on the site: the inverse document frequency (BM25's, never below 0) of
 * the pages its terms find, of `pages` in all. A part the reader's question shares with most pages ("public
 * IP" on 21 of 27) says less about which page or section answers it than one on a single page ("passive",
 * "ftp").
 */
export function partRarity(
  plan: QueryPlan,
  found: ReadonlyMap<string, readonly ScoredPage[]>,
  pages: number,
): number[] {
  return plan.parts.map((part) => {
    const holding = new Set(
      part.alternatives.flatMap(({ term }) => (found.get(term) ?? []).map((result) => result.id)),
    ).size;
    const all = Math.max(pages, holding);
    return Math.log(1 + (all - holding + 0.5) / (holding + 0.5));
  });
}
