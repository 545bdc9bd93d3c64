/**
 * Which way a language is written, and the `lang` and `dir` an element naming something in a language
 * needs among the words around it (WCAG 3.1.2; HTML's bidi isolation): an Arabic page's name among the
 * site's English words reads right to left, in order, and an English one on an Arabic page left to right.
 */
import { SITE_LANG } from '../consts.ts';

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

/** Where an element naming something in another language sits. */
export interface Surroundings {
  /** The language of the words around it: the site's in the page's frame, the page's in its article. */
  lang: string;
  /** The direction its box is laid out in, inherited from the page (`<html dir>`) when no element sets one. */
  dir: TextDirection;
}

/** The `lang` and `dir` attributes of an element, each left out where it would repeat its surroundings'. */
export interface LanguageAttributes {
  lang?: string;
  dir?: TextDirection;
}

/**
 * The attributes of an element in `lang` (a page's name, its headings) among `around`: its `lang` where the
 * words around are in another language; its `dir` where its direction differs from theirs (it is then a bidi
 * isolate: an Arabic title inside an English sentence keeps its order) or from the layout's (an English
 * title on a right-to-left page reads left to right, its trailing punctuation at its end).
 */
export function languageAttributes(
  lang: string | undefined = SITE_LANG,
  around: Surroundings,
): LanguageAttributes {
  const dir = textDirection(lang);
  return {
    ...(lang !== around.lang && { lang }),
    ...((dir !== textDirection(around.lang) || dir !== around.dir) && { dir }),
  };
}

/** The site's own words on a page in `pageLang` (the header, labels, footer): laid out as the page is. */
export function siteWordsOn(pageLang: string = SITE_LANG): Surroundings {
  return { lang: SITE_LANG, dir: textDirection(pageLang) };
}
