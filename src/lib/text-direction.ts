/**
 * Which way a language is written, and the `lang` and `dir` an element naming something in a language
 * needs among the words around it (WCAG 3.1.2; HTML's bidi isolation): an Arabic page's name among the
 * site's English words reads right to left, in order, and an English one on an Arabic page left to right.
 */
import { SITE_LANG } from '../consts.ts';
import { textDirection, type TextDirection } from './language-direction.ts';

export { findTextDirection, textDirection, type TextDirection } from './language-direction.ts';

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
