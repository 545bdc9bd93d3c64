/**
 * Acronyms the pages define, for search: "mobile device management (MDM)" on any page lets a reader's `mdm`
 * also search `mobile device management`, and the reverse, on whatever folder the site holds. Found at
 * build time with Schwartz and Hearst's algorithm ("A simple algorithm for identifying abbreviation
 * definitions in biomedical text", 2003): the short form is the upper-case word in parentheses, its long
 * form the words before them whose letters hold the short form's in order, its first letter starting the
 * first word. Pure, no DOM.
 */
import { isStopWord } from './stop-words.ts';
import { PageCounts, tokenize } from './vocabulary.ts';

/** A short form as pages write one in parentheses: 2 to 8 capitals and digits, a capital first; `s` for a plural. */
const SHORT_FORM = /\(([A-Z][A-Z0-9]{1,7})s?\)/gu;

/** Letters and digits, and what is not. */
const ALPHANUMERIC = /[\p{L}\p{N}]/u;

/**
 * The long form of `short` at the end of `before` (the text just before the parenthesis), or null: scanned
 * from the end, each of the short form's characters (last first) is found in turn, the first at the start of
 * a word. At most min(|short| + 5, 2 × |short|) words, as in the paper.
 */
export function longFormOf(short: string, before: string): string | null {
  const maxWords = Math.min(short.length + 5, short.length * 2);
  const words = before.trimEnd().split(/\s+/u).slice(-maxWords);
  const text = words.join(' ').toLowerCase();
  const letters = short.toLowerCase();
  let at = text.length - 1;
  for (let index = letters.length - 1; index >= 0; index--) {
    const letter = letters[index] ?? '';
    while (
      at >= 0 &&
      (text[at] !== letter || (index === 0 && at > 0 && ALPHANUMERIC.test(text[at - 1] ?? '')))
    )
      at--;
    if (at < 0) return null;
    at--;
  }
  const start = text.lastIndexOf(' ', at) + 1;
  // The first letter may start a word inside a longer run ("registered/workplace joined (WPJ)"): the long
  // form starts at that word.
  const long = tokenize(text.slice(start));
  while (long.length > 0 && !long[0]?.startsWith(letters[0] ?? '')) long.shift();
  // A long form starting with a stop word is a phrase that happens to hold the letters ("are not
  // supported for android (AOSP)"), not a name.
  if (isStopWord(long[0] ?? '')) return null;
  // One word is a spelling, not a definition ("JSON (JavaScript…)" is the other way round); a long form
  // with more words of its own than the short form has letters, and one more, is a sentence that happens
  // to hold the letters ("right click the domain name node and select new alias (CNAME)").
  // A short form with more than two letters a word is taken from inside words ("Sabcde ecurity (SECURITY)").
  const ownWords = long.filter((word) => !isStopWord(word)).length;
  if (long.length < 2 || long.includes(letters) || ownWords > letters.length + 1) return null;
  if (letters.length > 2 * long.length) return null;
  return long.join(' ');
}

/** How much text before a short form its long form is looked for in. */
const WINDOW = 400;

/** The acronyms `text` defines: [short form, long form], both as `tokenize` writes words (lower case). */
export function acronymsIn(text: string): [string, string][] {
  const found: [string, string][] = [];
  for (const match of text.matchAll(SHORT_FORM)) {
    const short = match[1] ?? '';
    // Within the sentence: the long form never reaches past a full stop, colon or another parenthesis.
    // The text just before it is enough (the longest long form is 13 words): a slice of the whole text
    // before each match made a page of many short forms quadratic (330 KB: a minute).
    const before =
      text
        .slice(Math.max(0, match.index - WINDOW), match.index)
        .split(/[.:;!?()[\]]\s/u)
        .at(-1) ?? '';
    const long = longFormOf(short, before);
    if (long !== null) found.push([short.toLowerCase(), long]);
  }
  return found;
}

/** The most definitions one page counts: real Learn pages define at most 11 (12 folders of trials). */
export const MAX_DEFINITIONS_PER_PAGE = 25;

/** The most long forms kept for one short form: real folders give at most 4 ("csp"). */
export const MAX_LONG_FORMS = 4;

/**
 * The acronyms of the site's pages, counted by the pages that define them (a page at a time, so a large site
 * is never held): the file keeps those defined on most pages. One page counts one definition a short form,
 * and at most MAX_DEFINITIONS_PER_PAGE of them, so a page cannot fill the list nor a short form's places; a
 * short form keeps at most MAX_LONG_FORMS long forms, so a page cannot make a word search hundreds of others.
 */
export class AcronymCounter extends PageCounts {
  /**
   * Counts the definitions of one page's `text`: one long form a short form, its first. A page defining a
   * short form four ways (`ca sa pa (CSP)`, `ca sb pa (CSP)`…) took all of its MAX_LONG_FORMS places from
   * the other pages' definition, defined once too and later in the alphabet (red team 17): `csp` no longer
   * searched "cloud solution provider".
   */
  add(text: string): void {
    const defined = new Map<string, string>();
    for (const [short, long] of acronymsIn(text)) if (!defined.has(short)) defined.set(short, long);
    this.count(
      [...defined].slice(0, MAX_DEFINITIONS_PER_PAGE).map(([short, long]) => `${short}\u0000${long}`),
    );
  }

  /** The `max` pairs defined on most pages, most first (ties alphabetical), MAX_LONG_FORMS at most a short form. */
  pairs(max = 2_000): [string, string][] {
    const perShort = new Map<string, number>();
    const kept: [string, string][] = [];
    for (const key of this.ranked()) {
      const [short = '', long = ''] = key.split('\u0000');
      const forms = perShort.get(short) ?? 0;
      if (forms >= MAX_LONG_FORMS) continue;
      perShort.set(short, forms + 1);
      kept.push([short, long]);
      if (kept.length === max) break;
    }
    return kept;
  }
}
