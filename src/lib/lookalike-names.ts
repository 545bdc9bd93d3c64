/**
 * Page names that pass for others: UTS #39's confusable detection on titles, sidebar labels and groups, with
 * Unicode's confusables data (unhomoglyph's copy of confusables.txt). Only the main thread and the import load
 * it; the Markdown render workers never name a page.
 */
import unhomoglyph from 'unhomoglyph';
import { groupPath, labelAsRead, labelAsShown, type PageRef } from './navigation.ts';

/**
 * UTS #39's skeleton: each character mapped to the one it is confused with, between two NFDs. Two texts whose
 * skeletons are the same look alike ("Privасy" with a Cyrillic "а" and "с" and "Privacy"); the skeleton is for
 * comparing, never for showing ("m" is "rn" in it).
 */
export function skeleton(text: string): string {
  return unhomoglyph(text.normalize('NFD')).normalize('NFD');
}

/**
 * Scripts whose letters pass for one another's (Latin "a", Cyrillic "а", Greek "ο"; Armenian "օ", Cherokee "Ꭺ").
 * Script_Extensions, so a letter several scripts share is each's.
 */
const LOOKALIKE_SCRIPTS = ['Latin', 'Greek', 'Cyrillic', 'Armenian', 'Cherokee'].map(
  (script) => [script, new RegExp(`\\p{Script_Extensions=${script}}`, 'u')] as const,
);

/** A word: letters and the marks on them, between anything else (spaces, digits, punctuation). */
const WORDS = /[\p{L}\p{M}]+/gu;

/** Characters that show nothing (a zero-width space, a soft hyphen, a word joiner). */
const SHOWS_NOTHING = /\p{Default_Ignorable_Code_Point}/gu;

/** The LOOKALIKE_SCRIPTS every letter of `word` is of, by name (a letter of none of them, such as a Han one, is any). */
function commonScripts(word: string): string[] {
  let common = LOOKALIKE_SCRIPTS;
  for (const letter of word) {
    const its = LOOKALIKE_SCRIPTS.filter(([, pattern]) => pattern.test(letter));
    if (its.length > 0) common = common.filter((script) => its.includes(script));
  }
  return common.map(([name]) => name);
}

/** A word that mixes scripts into the look of a word of one: the word, its scripts, and what it reads as in which. */
export interface LookalikeWord {
  word: string;
  scripts: string[];
  looksLike: string;
  script: string;
}

/**
 * The first word of `text` whose letters are of two of LOOKALIKE_SCRIPTS and which reads as a word of one script
 * (UTS #39's mixed-script confusable), or undefined. A Greek letter written as a symbol beside Latin ones ("μs",
 * "ΔT", "kΩ") looks like no Latin letter, so it stays, as do words of one script each ("Настройка Microsoft
 * Defender") and Latin with Han, kana or Hangul ("Windowsの設定").
 */
export function lookalikeWord(text: string): LookalikeWord | undefined {
  // Characters that show nothing join the letters around them, as a reader sees them: "Priv\u200Bас\u200By"
  // shows as one word, "Privасy", not three of one script each.
  for (const [word] of text.replace(SHOWS_NOTHING, '').matchAll(WORDS)) {
    if (commonScripts(word).length > 0) continue;
    const looksLike = skeleton(word).normalize('NFC');
    const [script] = commonScripts(looksLike);
    if (script === undefined) continue;
    const scripts = LOOKALIKE_SCRIPTS.filter(([, pattern]) => pattern.test(word)).map(([name]) => name);
    return { word, scripts, looksLike, script };
  }
  return undefined;
}

/** How a message says a LookalikeWord: `the word "Privасy", whose letters are Latin and Cyrillic and which reads as the Latin "Privacy"`. */
export function describeLookalike({ word, scripts, looksLike, script }: LookalikeWord): string {
  return `the word "${word}", whose letters are ${scripts.join(' and ')} and which reads as the ${script} "${looksLike}"`;
}

/**
 * What is wrong with a page's name (its title, sidebar label or group) holding a lookalikeWord, as a sentence's
 * end; or undefined. Red team 27: "Privасy", its "а" and "с" Cyrillic, read as the site's Privacy page in the
 * sidebar, search results and llms.txt.
 */
export function lookalikeNameProblem(text: string): string | undefined {
  const found = lookalikeWord(text);
  return found === undefined
    ? undefined
    : `holds ${describeLookalike(found)}: such a word passes for another of the same look (Cyrillic "а" for Latin "a"), so a page could pose as another in the sidebar and search. Write each word in one script.`;
}

/**
 * A name as confusables compare it, twice: as shown (labelAsShown: compatibility forms, characters that show
 * nothing, spaces), then the skeleton of its small letters and that of its capitals. The skeleton tells case apart
 * ("I" is "l" in it, "i" is "i"), and some letters look like another script's only as capitals (Greek "Η" for "H",
 * small "η") or only as small ones (Cyrillic "р" for "p"): two names alike in either case look alike.
 */
function confusableKeys(name: string): string[] {
  const folded = labelAsShown(name);
  return [`small:${skeleton(folded.toLowerCase())}`, `capital:${skeleton(folded.toUpperCase())}`];
}

/** The characters of `text` outside ASCII that `other` lacks, as a message names them: "Р" (U+0420). */
export function lettersNotIn(text: string, other: string): string[] {
  const theirs = new Set(other);
  return [...new Set(text)]
    .filter((char) => char > '\u007F' && !theirs.has(char))
    .map((char) => `"${char}" (U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')})`);
}

/**
 * The first page whose title, sidebar label or group looks like an earlier page's (or one of the site's own pages')
 * while written with other letters, with a message naming both; or undefined. Their confusables skeletons are the same, yet they are no twins to labelAsRead
 * and one of them holds a letter outside ASCII. Red team 28: a page titled "Сору" in Cyrillic (or "Рrivacy" with a
 * Cyrillic "Р", each word of one script) posed as the site's "Copy" or "Privacy" in the sidebar, search results,
 * prev/next and llms.txt, in any list. Two ASCII names ("AI", "Al"; "modern", "modem") are the writer's to tell
 * apart, as any two names are.
 */
export function spoofedName(pages: readonly PageRef[]): { slug: string; message: string } | undefined {
  const seen = new Map<string, { name: string; read: string; owner: string; slug: string }>();
  for (const page of pages) {
    const owner = page.file ?? `the page /${page.slug}`;
    const titled = page.title === undefined || page.title === page.label;
    const names: [string, string][] = [
      [titled ? 'title' : 'sidebar label', page.label],
      ...(titled ? [] : [['title', page.title] as [string, string]]),
      ...groupPath(page.group).map((group): [string, string] => ['group', group]),
    ];
    for (const [field, name] of names) {
      const read = labelAsRead(name);
      for (const key of confusableKeys(name)) {
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, { name, read, owner: `${owner}'s ${field}`, slug: page.slug });
          continue;
        }
        if (first.read === read || first.slug === page.slug || !/[^\p{ASCII}]/u.test(first.read + read))
          continue;
        const letters = [...lettersNotIn(name, first.name), ...lettersNotIn(first.name, name)];
        return {
          slug: page.slug,
          message: `${owner}'s ${field} "${name}" looks like ${first.owner} "${first.name}" but is written with other letters (${letters.join(', ')}): a reader cannot tell the two apart in the sidebar, search results and llms.txt. Write it with the letters of the name it looks like, or name it otherwise.`,
        };
      }
    }
  }
  return undefined;
}

/** Throws spoofedName's message where a page's name poses as another's. */
export function spoofedNames(pages: readonly PageRef[]): void {
  const spoofed = spoofedName(pages);
  if (spoofed !== undefined) throw new Error(spoofed.message);
}
