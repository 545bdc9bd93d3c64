/**
 * Acronyms the pages define, for search: "mobile device management (MDM)" on any page lets a reader's `mdm`
 * also search `mobile device management`, and the reverse, on whatever folder the site holds. Found at
 * build time with Schwartz and Hearst's algorithm ("A simple algorithm for identifying abbreviation
 * definitions in biomedical text", 2003): the short form is the upper-case word in parentheses, its long
 * form the words before them whose letters hold the short form's in order, its first letter starting the
 * first word. Pure, no DOM.
 */
import { isStopWord } from './plan.ts';
import { tokenize } from './vocabulary.ts';

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
  const long = tokenize(text.slice(start));
  // One word is a spelling, not a definition ("JSON (JavaScript…)" is the other way round); a long form
  // with more words of its own than the short form has letters, and one more, is a sentence that happens
  // to hold the letters ("right click the domain name node and select new alias (CNAME)").
  const ownWords = long.filter((word) => !isStopWord(word)).length;
  if (long.length < 2 || long.includes(letters) || ownWords > letters.length + 1) return null;
  return long.join(' ');
}

/** The acronyms `text` defines: [short form, long form], both as `tokenize` writes words (lower case). */
export function acronymsIn(text: string): [string, string][] {
  const found: [string, string][] = [];
  for (const match of text.matchAll(SHORT_FORM)) {
    const short = match[1] ?? '';
    // Within the sentence: the long form never reaches past a full stop, colon or another parenthesis.
    const before =
      text
        .slice(0, match.index)
        .split(/[.:;!?()[\]]\s/u)
        .at(-1) ?? '';
    const long = longFormOf(short, before);
    if (long !== null) found.push([short.toLowerCase(), long]);
  }
  return found;
}

/**
 * The acronyms of the site's pages, counted page by page (a large site is never held): the file keeps those
 * defined most often, so a short form that means two things keeps both only when both are common.
 */
export class AcronymCounter {
  readonly #counts = new Map<string, number>();

  add(text: string): void {
    for (const [short, long] of acronymsIn(text)) {
      const key = `${short}\u0000${long}`;
      this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
    }
  }

  /** Each pair and how often it was defined: what a worker thread posts for another counter to `merge`. */
  counts(): [string, number][] {
    return [...this.#counts];
  }

  merge(counts: Iterable<readonly [string, number]>): void {
    for (const [key, count] of counts) this.#counts.set(key, (this.#counts.get(key) ?? 0) + count);
  }

  /** The `max` most often defined pairs, most often first (ties alphabetical). */
  pairs(max = 2_000): [string, string][] {
    return [...this.#counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, max)
      .map(([key]) => {
        const [short = '', long = ''] = key.split('\u0000');
        return [short, long];
      });
  }
}
