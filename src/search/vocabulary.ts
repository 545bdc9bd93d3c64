/**
 * The index's words, for typo correction: a word not in the index is replaced by the nearest index word
 * within a small edit distance, the one on more pages on a tie. Pure, no DOM; the list is written at build
 * time (pagefind/vocabulary.json).
 */
import { stem } from 'porter2';
import { STOP_WORDS } from './stop-words.ts';

/** Where the build writes the vocabulary: beside Pagefind's files, under the site's root. */
export const VOCABULARY_FILE = 'vocabulary.json';
export const VOCABULARY_PATH = `pagefind/${VOCABULARY_FILE}`;

/**
 * A word: a letter or digit, then letters, digits and the marks written on them (Hindi's vowel signs,
 * Arabic's harakat, the dot of a Turkish İ lower-cased), as Pagefind keeps a word whole.
 */
export const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** Languages with a dotted and a dotless i (Turkish, Azerbaijani): there I is ı in lower case, İ is i. */
const DOTTED_I_LANGUAGES: ReadonlySet<string> = new Set(['tr', 'az']);

/**
 * `text` in lower case as search compares words. İ is i, as Pagefind matches it: JavaScript and Pagefind's
 * index lower-case it to i and a combining dot, which Pagefind's diacritic folding drops (a word split at
 * that dot was found by no spelling). I is i, as Pagefind's index has it, but in Turkish and Azerbaijani
 * (`lang`, a page's language): there I is ı, so `AÇIKLAYICI` is the page's `açıklayıcı`.
 */
export function lowerCase(text: string, lang = ''): string {
  const language = lang.split('-')[0]?.toLowerCase() ?? '';
  return DOTTED_I_LANGUAGES.has(language)
    ? text.toLocaleLowerCase(language)
    : text.replaceAll('\u0130', 'i').toLowerCase();
}

/** Words of a text as search sees them: lower case (see `lowerCase`; `lang`, the page's language) and `WORD`s. */
export function tokenize(text: string, lang?: string): string[] {
  return lowerCase(text, lang).match(WORD) ?? [];
}

/** A word written in camel case (`EnableTimeoutWarning`, `GitHub`): a lower-case letter before a capital. */
const CAMEL_CASE = /\p{Ll}\p{Lu}/u;

/**
 * The parts of `text`'s camel-case words (`enable`, `timeout`, `warning` of `EnableTimeoutWarning`), which
 * Pagefind indexes beside the whole word: split where a capital follows a lower-case letter, in lower case.
 * A reader's `timeout` finds the page saying only `EnableTimeoutWarning`, so the vocabulary must know it: not
 * known, it was dropped from "rdp session timeout popup", and that page came second (blind trial 18).
 */
export function camelCaseParts(text: string, lang?: string): string[] {
  const parts: string[] = [];
  for (const [word] of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    if (CAMEL_CASE.test(word))
      parts.push(...word.split(/(?<=\p{Ll})(?=\p{Lu})/u).flatMap((part) => tokenize(part, lang)));
  }
  return parts;
}

/**
 * Whether Pagefind stems the words of a page in `lang` (its `<html lang>`; none given: the site's, English) as
 * Porter2 does: English only. In another language Pagefind stems with that language's Snowball stemmer, or
 * none, and only a search tells whether it finds a word the vocabulary does not hold as written.
 */
export function stemsAsEnglish(lang = 'en'): boolean {
  return lang.split('-')[0]?.toLowerCase() === 'en';
}

/**
 * `word` without its diacritics, as Pagefind compares a query's words with its index's (`résumé` finds
 * `resume`, `مدرسة` finds `مَدْرَسَة`): decomposed and its marks dropped, but Japanese kana's voicing marks.
 */
export function foldDiacritics(word: string): string {
  const folded = word.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return /[\u3099\u309A]/u.test(folded) ? folded.normalize('NFC') : folded;
}

/**
 * Most words the vocabulary file lists (about 90 KB gzipped at most, fetched on intent): a site with more
 * has a partial list (`Vocabulary.complete`).
 */
export const MAX_VOCABULARY_WORDS = 20_000;

/**
 * Shortest and longest word kept in the vocabulary: shorter ones are too ambiguous to correct; German
 * compounds run to 30 letters and more (Verzeichnissynchronisierung, 27), a longer word is rather a hash.
 */
export const VOCABULARY_WORD_LENGTH = { min: 3, max: 40 } as const;

/**
 * Letters of the scripts written without spaces between words (Chinese, Japanese, Thai…): `tokenize` takes a
 * run of them for one word, where Pagefind segments it into words itself. Such a word is searched as
 * typed, never checked against the vocabulary or corrected, and is not counted into it.
 */
export const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * Whether the vocabulary leaves `word` out whatever the pages hold (too short to correct or too long to
 * list, only digits, a script without spaces): Pagefind finds it as typed, and it is never counted, checked
 * or corrected.
 */
export function outsideVocabulary(word: string): boolean {
  return (
    word.length < VOCABULARY_WORD_LENGTH.min ||
    word.length > VOCABULARY_WORD_LENGTH.max ||
    /^\p{N}+$/u.test(word) ||
    UNSPACED_SCRIPT.test(word)
  );
}

/** Corrections allowed for a word of `length` letters: none under 4, one up to 7, two from 8. */
export function maxEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * Optimal string alignment distance (insertions, deletions, substitutions and swaps of neighbours), or
 * `limit + 1` as soon as it must exceed `limit`: bounded, so a scan of the whole list stays cheap.
 */
export function editDistance(a: string, b: string, limit: number): number {
  return alignment(
    a,
    b,
    limit,
    (x, y) => (x === y ? 0 : 1),
    () => 1,
  );
}

/**
 * The cheapest alignment of `a` with `b` (OSA): a substitution costs `substitute`, a letter of `a` left out
 * `extra(at)`, one of `b` added or two neighbours swapped 1; `limit + 1` as soon as it must exceed `limit`.
 */
function alignment(
  a: string,
  b: string,
  limit: number,
  substitute: (x: string, y: string) => number,
  extra: (at: number) => number,
): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [(previous[0] ?? 0) + extra(i - 1)];
    let rowMin = current[0] ?? i;
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(
        (previous[j] ?? 0) + extra(i - 1),
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + substitute(a[i - 1] ?? '', b[j - 1] ?? ''),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** The letter rows of a QWERTY keyboard, each key set half a key right of the one above's. */
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'] as const;

/**
 * Pairs of letters a finger slips between: keys side by side or touching diagonally on a QWERTY keyboard,
 * and letters that sound alike (`defence`, `defense`; `c`, `k`). Each pair written both ways.
 */
const NEAR_LETTERS: ReadonlySet<string> = (() => {
  const pairs = new Set<string>();
  const add = (a: string | undefined, b: string | undefined) => {
    if (a === undefined || b === undefined) return;
    pairs.add(a + b).add(b + a);
  };
  KEY_ROWS.forEach((row, rowIndex) => {
    const below = KEY_ROWS[rowIndex + 1] ?? '';
    Array.from({ length: row.length }, (_, index) => row[index] ?? '').forEach((key, index) => {
      add(key, row[index + 1]);
      // The row below is set half a key right: its keys under this one are at index - 1 and index.
      add(key, below[index - 1]);
      add(key, below[index]);
    });
  });
  add('c', 's');
  add('c', 'k');
  return pairs;
})();

/**
 * What replacing one letter by another costs as a typo: 1 for letters a finger slips between (NEAR_LETTERS)
 * or any outside a to z, FAR_SUBSTITUTION for two keys apart on the keyboard, which is rather another word
 * (`stuck` is not a slip for `stack`, nor `slow` for `show`).
 */
export const FAR_SUBSTITUTION = 1.5;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (!/^[a-z]$/.test(a) || !/^[a-z]$/.test(b) || NEAR_LETTERS.has(a + b)) return 1;
  return FAR_SUBSTITUTION;
}

/**
 * What a letter typed too many costs (`typed[at]`): 1 when a finger slipped to it from a letter beside it in
 * the word (a key touching, or the same key twice: `wizzard`), or it is outside a to z; FAR_SUBSTITUTION when
 * it is no neighbour's, as the `s` of `slow` is not a slip for `low`, nor the `r` of `bring` for `bing`.
 */
function extraLetterCost(typed: string, at: number): number {
  const letter = typed[at] ?? '';
  if (!/^[a-z]$/.test(letter)) return 1;
  const beside = [typed[at - 1], typed[at + 1]];
  return beside.some((other) => other !== undefined && (other === letter || NEAR_LETTERS.has(letter + other)))
    ? 1
    : FAR_SUBSTITUTION;
}

/**
 * editDistance of a typed word `a` from a word `b` as a typist's slip: a substitution of two keys apart on a
 * QWERTY keyboard, or a letter typed too many beside none it slips from, costs FAR_SUBSTITUTION
 * (substitutionCost, extraLetterCost); a letter left out or a swap of two costs 1. `limit + 1` once it must
 * exceed `limit`.
 */
export function typoDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const extras = Array.from({ length: a.length }, (_, at) => extraLetterCost(a, at));
  return alignment(a, b, limit, substitutionCost, (at) => extras[at] ?? 1);
}

/** White space as Pagefind splits a page's words at it: JavaScript's, but U+FEFF (no break). */
const SPACE = /[^\S\uFEFF]/u;

/**
 * The words of a page's text (Pagefind's `content`) at `locations`, the numbers Pagefind gives its matches: words
 * between white space, or between zero-width spaces (Chinese, Japanese). Read up to the last location only, a
 * character at a time: splitting a page of 20,000 words took 8 ms, for each result whose headings are ordered.
 */
export function pagefindWordsAt(content: string, locations: Iterable<number>): Map<number, string> {
  const wanted = new Set(locations);
  const found = new Map<number, string>();
  const last = Math.max(-1, ...wanted);
  const zeroWidth = content.includes('\u200b');
  const separates = (at: number) => {
    const code = content.charCodeAt(at);
    if (zeroWidth) return code === 0x200b;
    return code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(content.charAt(at)));
  };
  let index = 0;
  let start = 0;
  for (let at = 0; at < content.length && index <= last; at++) {
    if (!separates(at)) continue;
    if (wanted.has(index)) found.set(index, content.slice(start, at));
    index++;
    while (at + 1 < content.length && separates(at + 1)) at++;
    start = at + 1;
  }
  if (index <= last && wanted.has(index)) found.set(index, content.slice(start));
  return found;
}

/**
 * The vocabulary file: the index's words, those on most pages first, and the acronyms the pages define
 * ([short form, long form], acronyms.ts), which search as each other. `complete` is false when the index
 * has more words than the file lists (a large site): a word the file lacks may still be in the index.
 */
export interface VocabularyFile {
  words: string[];
  acronyms: [string, string][];
  complete: boolean;
  /**
   * The words of the pages in each other language than the site's, by the language as Pagefind names its
   * index (`<html lang>` in lower case, `fi-fi`): a page's box searches its language's index, and a word only
   * another language's pages hold is none of that index's (an English page's `förhindra`, a Swedish page's
   * `Defender`, which Pagefind then matched by a start of it).
   */
  languages?: Record<string, { words: string[]; complete: boolean }>;
}

/** How German is typed without its own letters. */
const GERMAN_SPELLINGS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** `word` with ä, ö, ü and ß spelled ae, oe, ue and ss. */
function germanSpelled(word: string): string {
  return word.replace(/[äöüß]/g, (letter) => GERMAN_SPELLINGS[letter] ?? letter);
}

/** The fewest letters of a word the search matches only as a whole word where Pagefind would widen it (`widens`). */
export const EXACT_WORD_LENGTH = 5;

/** The fewest letters of each word a word typed as one is split into (Vocabulary.split): `smart` `card`, not `a` `b…`. */
export const MIN_SPLIT_LENGTH = 3;

/** At most this many corrections are kept (a query of hundreds of words, or a long session, starts again). */
const CORRECTIONS_KEPT = 256;

/** The index's words, those on most pages first, with fast look-ups by word and by prefix; and the pages' acronyms. */
export class Vocabulary {
  readonly #rank = new Map<string, number>();
  #german: Map<string, string> | undefined;
  /** The corrections made, by language and word: each keystroke plans the query again, a word at a time. */
  readonly #corrections = new Map<string, string | null>();
  /** The words without their diacritics (foldDiacritics), sorted: what Pagefind matches a query's words to. */
  readonly #sorted: string[];
  #stemSet: Set<string> | undefined;
  /** The index word on most pages for each stem (split's pieces), made once, on the first word split. */
  #stemWords: Map<string, string> | undefined;
  /** The acronyms the pages define: [short form, long form], which search as each other (synonyms.ts). */
  readonly acronyms: readonly (readonly [string, string])[];
  /**
   * False when the index has words this list leaves out (those on most pages are kept): then a word `knows`
   * denies may still be in the index, and only a search can tell (session.ts asks Pagefind).
   */
  readonly complete: boolean;

  /** `words`: the index's words, those on most pages first. */
  constructor(
    words: readonly string[],
    acronyms: readonly (readonly [string, string])[] = [],
    complete = true,
  ) {
    words.forEach((word, index) => {
      if (!this.#rank.has(word)) this.#rank.set(word, index);
    });
    this.#sorted = [...new Set(Array.from(this.#rank.keys(), foldDiacritics))].sort();
    this.acronyms = acronyms;
    this.complete = complete;
  }

  /**
   * The vocabulary of a fetched vocabulary file for the index of `lang` (the language Pagefind searches: its
   * words where the file lists that language's, or its base language's, else the site's), or null when it is
   * not one (what is not a string is left out).
   */
  static fromFile(file: unknown, lang = ''): Vocabulary | null {
    if (typeof file !== 'object' || file === null || !('words' in file) || !Array.isArray(file.words))
      return null;
    const acronyms = 'acronyms' in file && Array.isArray(file.acronyms) ? (file.acronyms as unknown[]) : [];
    const languages = 'languages' in file ? file.languages : undefined;
    const key = lang.toLowerCase();
    const own =
      typeof languages === 'object' && languages !== null
        ? [key, key.split('-')[0] ?? key]
            .filter((code) => Object.hasOwn(languages, code))
            .map((code) => (languages as Record<string, unknown>)[code])[0]
        : undefined;
    const list =
      typeof own === 'object' && own !== null && 'words' in own && Array.isArray(own.words) ? own : file;
    return new Vocabulary(
      (list.words as unknown[]).filter((word): word is string => typeof word === 'string'),
      acronyms.filter(
        (pair): pair is [string, string] =>
          Array.isArray(pair) && pair.length === 2 && pair.every((part) => typeof part === 'string'),
      ),
      !('complete' in list) || list.complete !== false,
    );
  }

  get size(): number {
    return this.#rank.size;
  }

  /**
   * True when Pagefind finds `word` on a page in `lang` (see `stemsAsEnglish`): an index word, the start of one
   * (Pagefind matches a word's prefix), each with or without its diacritics (Pagefind folds them, the query's
   * and the index's), or, in English, a word with the stem of one. Pagefind stems English words, the index's
   * and the query's, with Porter2 (Snowball's English stemmer, as `porter2` does), so "grooming" finds a page
   * that says "groom": it is no typo to correct (to "grouping"). In another language it stems otherwise (a
   * Finnish page's `tilauksen` is found by `tilaus`), so a word known by no form here may still be found
   * (plan.ts's `wordsToConfirm` asks Pagefind).
   */
  knows(word: string, lang?: string): boolean {
    return this.#knowsPrefix(word) || (stemsAsEnglish(lang) && this.#stems().has(stem(word)));
  }

  /**
   * The index's words with ä, ö, ü and ß spelled ae, oe, ue and ss, as German is typed without them, to the
   * word (the first, on most pages); made once, on the first German word to correct.
   */
  #germanSpellings(): ReadonlyMap<string, string> {
    if (!this.#german) {
      this.#german = new Map();
      for (const word of this.#rank.keys()) {
        const spelled = germanSpelled(word);
        if (spelled !== word && !this.#german.has(spelled)) this.#german.set(spelled, word);
      }
    }
    return this.#german;
  }

  /** The stems of the index's words, made once, the first time a word is neither an index word nor a prefix. */
  #stems(): ReadonlySet<string> {
    this.#stemSet ??= new Set(Array.from(this.#rank.keys(), (word) => stem(word)));
    return this.#stemSet;
  }

  /**
   * Whether Pagefind's match of `word`, a whole word of an English page's index (an index word has its stem),
   * takes in longer index words of other stems: Pagefind matches the start of index words, so `frame` finds the
   * pages that say only "Framework", `blocked` (`block`) those with "Blockquote". Words of fewer than
   * EXACT_WORD_LENGTH letters never: `auth`, `cert` are what readers type for the longer words. Only the index
   * words that start with the stem are stemmed.
   */
  widens(word: string, lang?: string): boolean {
    if (!this.complete || !stemsAsEnglish(lang) || word.length < EXACT_WORD_LENGTH || !/^\p{L}+$/u.test(word))
      return false;
    const root = stem(word);
    let whole = this.#rank.has(word);
    let wider = false;
    for (let index = this.#firstFrom(root); this.#sorted[index]?.startsWith(root); index++) {
      const other = stem(this.#sorted[index] ?? '');
      if (other === root) whole = true;
      else if (other.startsWith(root)) wider = true;
      if (whole && wider) return true;
    }
    return false;
  }

  /** The place in the sorted words of the first one not before `word`. */
  #firstFrom(word: string): number {
    let low = 0;
    let high = this.#sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.#sorted[middle] ?? '') < word) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  #knowsPrefix(typed: string): boolean {
    if (this.#rank.has(typed)) return true;
    const word = foldDiacritics(typed);
    return this.#sorted[this.#firstFrom(word)]?.startsWith(word) ?? false;
  }

  /**
   * Whether the first `length` characters of `word` begin an index word (diacritics folded). Pagefind, when no
   * index word starts with a query's word, searches the longest start of it that one does (its
   * "backtracking": `tolkning` finds the pages that say "to").
   */
  knowsStart(word: string, length: number): boolean {
    return this.#knowsPrefix(foldDiacritics(word).slice(0, length));
  }

  /**
   * Where `word`, as written, stands in the list (0: on the most pages), or Infinity when it is no index word
   * (only the start or the stem of one, or none).
   */
  rankOf(word: string): number {
    return this.#rank.get(word) ?? Infinity;
  }

  /**
   * `word`, which no index word is near, as two index words written together (`smartcard` for the pages'
   * "smart card", `capslock` for "Caps Lock"): the split whose rarer word is on the most pages, each word of
   * MIN_SPLIT_LENGTH letters or more and no stop word, on an English page (`lang`) a piece by the index's form of
   * its stem (#asIndexed); null when none. A few lookups, whatever the index's size.
   */
  split(word: string, lang?: string): [string, string] | null {
    return this.#split(word, (piece) => this.#asIndexed(piece, lang));
  }

  /** split, each piece as `indexed` gives it. */
  #split(word: string, indexed: (piece: string) => string = (piece) => piece): [string, string] | null {
    let best: [string, string] | null = null;
    let bestRank = Infinity;
    for (let at = MIN_SPLIT_LENGTH; at <= word.length - MIN_SPLIT_LENGTH; at++) {
      const first = indexed(word.slice(0, at));
      const second = indexed(word.slice(at));
      if (STOP_WORDS.has(first) || STOP_WORDS.has(second)) continue;
      const rank = Math.max(this.rankOf(first), this.rankOf(second));
      if (rank < bestRank) {
        best = [first, second];
        bestRank = rank;
      }
    }
    return best;
  }

  /**
   * `piece` of a word typed as two (split) as the index writes it: the piece itself where it is an index word,
   * else, on an English page, the index word on most pages with its stem (`loggers` for the `logger` of
   * `keylogger`, where the pages say "key loggers": blind trial 21, Windows' Credential Guard articles); a piece
   * the index has no form of stays as it is (no index word: the split is not taken).
   */
  #asIndexed(piece: string, lang?: string): string {
    if (this.#rank.has(piece) || !stemsAsEnglish(lang)) return piece;
    if (!this.#stemWords) {
      this.#stemWords = new Map();
      for (const [indexed, rank] of this.#rank) {
        const root = stem(indexed);
        const known = this.#stemWords.get(root);
        if (known === undefined || rank < this.rankOf(known)) this.#stemWords.set(root, indexed);
      }
    }
    return this.#stemWords.get(stem(piece)) ?? piece;
  }

  /**
   * `word`, which the index holds only as the start of longer words, as two index words written together
   * (`split`) whose rarer word is on more pages than any word it starts; null otherwise. Pagefind matches the
   * start of index words, so such a word finds only those longer words: on Defender for Office 365's articles
   * (blind trial 20) a reader's `autoforward` found the one page saying "Autoforwarded", not the page on
   * automatic forwarding, which writes "auto forwarded".
   */
  splitOfStart(word: string): [string, string] | null {
    // The split first: a few lookups, where the words `word` starts may be many (a prefix being typed).
    const split = this.#rank.has(word) ? null : this.#split(word);
    if (!split) return null;
    const apart = Math.max(this.rankOf(split[0]), this.rankOf(split[1]));
    const folded = foldDiacritics(word);
    let started = false;
    for (let index = this.#firstFrom(folded); this.#sorted[index]?.startsWith(folded); index++) {
      if (this.rankOf(this.#sorted[index] ?? '') <= apart) return null;
      started = true;
    }
    return started ? split : null;
  }

  /**
   * The index word closest to `word` within its edit bound (`maxEdits`); on a tie, one that differs only
   * by a doubled letter (`ofboard` → `offboard`, not `onboard`), then the one on more pages. Null when `word`
   * is known (on a page in `lang`), too short to correct, or has no near word.
   */
  correct(word: string, lang?: string): string | null {
    const key = `${lang ?? ''}\u0000${word}`;
    const known = this.#corrections.get(key);
    if (known !== undefined) return known;
    const found = this.#correct(word, lang);
    if (this.#corrections.size >= CORRECTIONS_KEPT) this.#corrections.clear();
    this.#corrections.set(key, found);
    return found;
  }

  /** correct, without its memory. */
  #correct(word: string, lang?: string): string | null {
    const limit = maxEdits(word.length);
    if (limit === 0 || this.knows(word, lang)) return null;
    // German written without its letters (`hoeher`, `gross`): the word it spells, whatever its length.
    if (/^de(?:-|$)/i.test(lang ?? '')) {
      const spelled = this.#germanSpellings().get(germanSpelled(word));
      if (spelled !== undefined && spelled !== word) return spelled;
    }
    let best: string | null = null;
    let bestDistance = limit + 1;
    let bestDoubled = false;
    const squeezed = squeezeDoubles(word);
    // An English reader types on a QWERTY keyboard (as far as a page's language tells): a slip is of keys
    // that touch. Elsewhere the keys differ, and every letter counts alike.
    const distanceOf = stemsAsEnglish(lang) ? typoDistance : editDistance;
    // Those on most pages first: a later word of the same distance wins only by a doubled letter.
    for (const candidate of this.#rank.keys()) {
      // A stop word is no correction: "bring" read as "being" is a word dropped from the query.
      if (STOP_WORDS.has(candidate)) continue;
      const distance = distanceOf(word, candidate, Math.min(limit, bestDistance));
      if (distance > bestDistance || distance > limit) continue;
      const doubled = squeezeDoubles(candidate) === squeezed;
      if (distance < bestDistance || (doubled && !bestDoubled)) {
        best = candidate;
        bestDistance = distance;
        bestDoubled = doubled;
      }
    }
    return best;
  }
}

/** A word with each run of one letter cut to one (`offboard` → `ofboard`). */
function squeezeDoubles(word: string): string {
  return word.replace(/(.)\1+/gu, '$1');
}

/**
 * Keys counted by the texts (pages) that hold them, each once a text, a page at a time so a large site is
 * never held; counted in shares (a worker thread each) and merged. The counters of the vocabulary file's
 * words and acronyms.
 */
export class PageCounts {
  readonly #counts = new Map<string, number>();

  /** Counts each of one text's `keys` once, `weight` times (a text of many words weighs less, WordCounter). */
  protected count(keys: Iterable<string>, weight = 1): void {
    for (const key of keys) this.#counts.set(key, (this.#counts.get(key) ?? 0) + weight);
  }

  /** How many different keys were counted. */
  get size(): number {
    return this.#counts.size;
  }

  /** Each key and how many texts held it: what a worker thread posts for another counter to `merge`. */
  counts(): [string, number][] {
    return [...this.#counts];
  }

  /** Adds the `counts` of another counter (another share of the texts), as if its texts were added here. */
  merge(counts: Iterable<readonly [string, number]>): void {
    for (const [key, count] of counts) this.#counts.set(key, (this.#counts.get(key) ?? 0) + count);
  }

  /** The keys, those on most texts first (ties in alphabetical order). */
  protected ranked(): string[] {
    return [...this.#counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([key]) => key);
  }
}

/**
 * The most different words a page holds and still counts each in full (PAGE_WEIGHT): the real Learn articles
 * tried hold at most about 2,000 (this project's README, 2,166, more than any article).
 */
export const PAGE_WORDS = 5_000;

/** What one page of at most PAGE_WORDS words adds to each of its words' count. */
const PAGE_WEIGHT = PAGE_WORDS;

/**
 * The vocabulary file's words, counted text by text: each word once, those on the most texts first, within
 * the length bounds and not only digits. A word counts once a text however often the text repeats it, so
 * one page cannot push other pages' words out of a full list by repeating its own; and a text of more than
 * PAGE_WORDS different words counts each by that share of a page, so its words together count as much as a
 * page of PAGE_WORDS words' do: a page of 20,000 made-up words (`aaab`, `aaac`…, 160 KB) filled the list
 * and pushed out the words other pages hold one each, later in the alphabet (red team 17), leaving them to
 * no correction. Counts are whole numbers (PAGE_WEIGHT a page), so shares merge in any order alike. Used at
 * build time.
 */
export class WordCounter extends PageCounts {
  /** Counts the words of one text (a page), each once. */
  add(text: string): void {
    const words = [...new Set([...tokenize(text), ...camelCaseParts(text)])].filter(
      (word) => !outsideVocabulary(word),
    );
    this.count(
      words,
      words.length <= PAGE_WORDS
        ? PAGE_WEIGHT
        : Math.max(1, Math.floor((PAGE_WEIGHT * PAGE_WORDS) / words.length)),
    );
  }

  /** The `maxWords` words on the most texts, those on most first (ties in alphabetical order). */
  words(maxWords = MAX_VOCABULARY_WORDS): string[] {
    return this.ranked().slice(0, maxWords);
  }
}

/** The vocabulary file's words from the indexed texts (see WordCounter). */
export function buildVocabulary(texts: Iterable<string>, maxWords = MAX_VOCABULARY_WORDS): string[] {
  const counter = new WordCounter();
  for (const text of texts) counter.add(text);
  return counter.words(maxWords);
}
