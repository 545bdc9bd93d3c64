/**
 * DOM for search results: every string from the reader or the index reaches the page as text. `lang` is
 * the results' language where it is not the box's (on a page in another language than the site's, Pagefind
 * searches that language's index): the pages' names and words, and the query searched among them, carry
 * it inside the site's own words (WCAG 3.1.2), and its direction where it is written the other way (an
 * Arabic page's results among the box's English words read right to left).
 */
import { textDirection } from '../lib/language-direction.ts';
import { describeCount } from './query.ts';
import type { ExcerptPart, ResultView } from './results.ts';

/** An element with text content only. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** The results' language, and their direction where it is not the box's words' (Search.astro's data-results-*). */
export interface ResultsLanguage {
  lang: string;
  dir?: string | undefined;
}

/**
 * A result's own language (a page in another language than the site's, on the search page, which lists
 * every language's pages), with its direction where it is not the page's (an Arabic page's title among
 * English words).
 */
export function languageOf(tag: string): ResultsLanguage {
  const dir = textDirection(tag);
  return dir === (document.dir || 'ltr') ? { lang: tag } : { lang: tag, dir };
}

/** `node`, marked as in `lang` (and its direction) when one is given. */
export function inLang<T extends HTMLElement>(node: T, lang: ResultsLanguage | undefined): T {
  if (lang === undefined) return node;
  node.lang = lang.lang;
  if (lang.dir) node.dir = lang.dir;
  return node;
}

/** Words of the results' language among the site's: text, or a `<span>` in `lang` when one is given. */
export function named(text: string, lang: ResultsLanguage | undefined): string | HTMLSpanElement {
  return lang === undefined ? text : inLang(el('span', text), lang);
}

function renderExcerpt(parts: readonly ExcerptPart[]): HTMLParagraphElement {
  const excerpt = el('p', undefined, 'search-excerpt');
  excerpt.append(
    ...parts.map((part) => (part.marked ? el('mark', part.text) : document.createTextNode(part.text))),
  );
  return excerpt;
}

/** One page result: title link, excerpt, and links to its best-matching headings. */
export function renderResult(result: ResultView, lang: ResultsLanguage | undefined): HTMLLIElement {
  const item = inLang(el('li', undefined, 'search-result'), lang);
  const link = el('a', result.title, 'search-result-title');
  link.href = result.url;
  item.append(link, renderExcerpt(result.excerpt));
  if (result.headings.length > 0) {
    const headings = el('ul', undefined, 'search-headings');
    for (const heading of result.headings) {
      const headingLink = el('a', heading.title);
      headingLink.href = heading.url;
      const headingItem = el('li');
      headingItem.append(headingLink);
      headings.append(headingItem);
    }
    item.append(headings);
  }
  return item;
}

/**
 * The class of the box Search.astro draws around the query where the site's sentences quote it. A URL anyone can
 * write sets the query (`/search/?q=`): red team 32's `zz” is not a page here. Your licence has expired: call
 * 555-0100. “zz` closed the sentence's quotation marks, and the search page read "No results for “zz” is not a
 * page here. Your licence…", the rest as the site's own words. A box's edge is one the words cannot draw.
 */
const QUERY_CLASS = 'search-query';

/** The reader's words in the site's sentence: isolated (`<bdi>`) so right-to-left text keeps its place, boxed. */
function queryWords(query: string, lang: ResultsLanguage | undefined): HTMLElement {
  return inLang(el('bdi', query, QUERY_CLASS), lang);
}

/** "No results for “query”", the query in its box (queryWords). */
export function countSentence(
  count: number,
  query: string,
  section: string | null,
  lang: ResultsLanguage | undefined,
): DocumentFragment {
  const sentence = document.createDocumentFragment();
  sentence.append(`${describeCount(count)} “`, queryWords(query, lang), '”');
  if (section) sentence.append(' in ', named(section, lang));
  sentence.append('.');
  return sentence;
}

/** "Showing results for <b>corrected</b> · [Search instead for typed]": the button runs the typed words. */
export function renderCorrection(
  corrected: string,
  typed: string,
  lang: ResultsLanguage | undefined,
): DocumentFragment {
  const line = document.createDocumentFragment();
  const instead = el('button', undefined, 'search-instead');
  instead.type = 'button';
  instead.dataset['searchInstead'] = '';
  instead.append('Search instead for ', queryWords(typed, lang));
  line.append('Showing results for ', inLang(el('strong', corrected), lang), ' · ', instead);
  return line;
}

/**
 * "No page has “hotkeys”: showing results without it.", the words a query left out, each in `<strong>`
 * (plain in the status sentence, which is text on the search page).
 */
export function renderDropped(
  words: readonly string[],
  lang: ResultsLanguage | undefined,
  strong = true,
): HTMLSpanElement {
  const line = el('span', undefined, 'search-dropped');
  line.append('No page has ');
  for (const part of new Intl.ListFormat('en', { type: 'disjunction' }).formatToParts(words)) {
    if (part.type !== 'element') line.append(part.value);
    else line.append(strong ? inLang(el('strong', part.value), lang) : named(part.value, lang));
  }
  line.append(`: showing results without ${words.length === 1 ? 'it' : 'them'}.`);
  return line;
}
