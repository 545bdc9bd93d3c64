/**
 * Which way a language is written (`ar-SA` right to left, `ja-JP` left to right), from the engine's text
 * info or the language's script. Imports nothing: the search chunk, which loads on intent, uses it too.
 */
/** A base direction, as HTML's `dir` writes it. */
export type TextDirection = 'ltr' | 'rtl';

/**
 * Scripts written right to left (ISO 15924), for engines without Intl.Locale's text info: Arabic, Hebrew,
 * Syriac, Thaana, N'Ko, Adlam, Hanifi Rohingya, Mandaic, Samaritan, Mende Kikakui, Old Hungarian, Yezidi.
 */
const RTL_SCRIPTS: ReadonlySet<string> = new Set([
  'Arab',
  'Hebr',
  'Syrc',
  'Thaa',
  'Nkoo',
  'Adlm',
  'Rohg',
  'Mand',
  'Samr',
  'Mend',
  'Hung',
  'Yezi',
]);

/** A letter of a script RTL_SCRIPTS names, made at first use (the search chunk, which never asks, leaves it out). */
let rightToLeftLetter: RegExp | undefined;

/** Whether `text` holds a letter written right to left (Arabic, Hebrew…): what `dir="rtl"` is for. */
export function holdsRightToLeftLetter(text: string): boolean {
  rightToLeftLetter ??= new RegExp(
    `[${[...RTL_SCRIPTS].map((script) => `\\p{Script=${script}}`).join('')}]`,
    'u',
  );
  return rightToLeftLetter.test(text);
}

/** Intl.Locale's text info: a method in Node 24 and current browsers, a getter in older ones. */
interface WithTextInfo {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

/**
 * The directions already found, by tag: every sidebar, breadcrumb and prev/next link of every page asks
 * of the site's few languages. At most DIRECTIONS_KEPT tags are kept; the rest are found each time.
 */
const directions = new Map<string, TextDirection>();
const DIRECTIONS_KEPT = 256;

/**
 * The direction `tag`'s language is written in (`ar-SA`, `he`, `fa-IR`, `ur`: rtl; `sr-Latn`, `ja-JP`: ltr),
 * from its script where the tag names none (its likely one). A tag that is no language tag is ltr.
 */
export function textDirection(tag: string): TextDirection {
  const known = directions.get(tag);
  if (known !== undefined) return known;
  const direction = findTextDirection(tag);
  if (directions.size < DIRECTIONS_KEPT) directions.set(tag, direction);
  return direction;
}

/** textDirection without its memory: what the engine says now (tests take its text info away). */
export function findTextDirection(tag: string): TextDirection {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return 'ltr';
  }
  const info: WithTextInfo = locale;
  const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
  if (direction === 'rtl' || direction === 'ltr') return direction;
  return RTL_SCRIPTS.has(locale.maximize().script ?? '') ? 'rtl' : 'ltr';
}
