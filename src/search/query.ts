/** The search query as the URL carries it: `/search/?q=trust+center&section=Privacy`. Pure, no DOM. */

/** Longer queries are cut: Pagefind gains nothing from them and a pasted page must not stall the tab. */
export const MAX_QUERY_LENGTH = 200;

/** The URL parameter Pagefind adds to result links; the landing page highlights its words. */
export const HIGHLIGHT_PARAM = 'highlight';

export const SEARCH_PAGE_PATH = '/search/';

export interface SearchState {
  query: string;
  /** A section filter (`Privacy`), or null for every section. */
  section: string | null;
  /**
   * The language whose pages are searched, where it is not the site's (`fi-FI`): the box of a page in that
   * language sends its search on to /search/ with it. Null: the site's.
   */
  lang?: string | null | undefined;
}

/**
 * Unicode's bidirectional formatting characters (UAX #9: marks, embeddings, overrides, isolates). No word of
 * the index holds one, and in a query the page shows in its own sentence, from a URL anyone can write, they
 * reorder it: red team 29, `/search/?q=zz%E2%80%AE…` made "No results for “…”." read as the site's sentence
 * followed by another ("… Your licence has expired: call 555-0100”"). Right-to-left words need none: the query
 * is shown isolated (`<bdi>`), each word in its own script's direction.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** Trims, folds runs of whitespace, drops bidirectional controls and caps the length of what the reader typed. */
export function normalizeQuery(raw: string): string {
  return raw.replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** A language tag as a URL may carry one, canonical (`fi-FI`), or null when it is none (anyone can write the URL). */
export function languageTag(value: string | null | undefined): string | null {
  if (!value || value.length > 35) return null;
  try {
    return Intl.getCanonicalLocales(value)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * Reads the query, section and language from a URL's search string (`?q=…&section=…&lang=…`); the section is
 * one of `sections` (the site's, as the sidebar lists them) or none. Anyone can write the URL, and the search
 * page shows its section in its own sentence ("No results for “x” in Privacy."): red team 25, a page linking
 * `/search/?q=licence&section=Privacy. Your licence has expired: call …` had the site's search page say so, at
 * any length.
 */
export function readSearchState(search: string, sections: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const section = params.get('section')?.trim();
  return {
    query: normalizeQuery(params.get('q') ?? ''),
    section: section !== undefined && sections.includes(section) ? section : null,
    lang: languageTag(params.get('lang')),
  };
}

/** The search page's URL for a query and section; the bare page when both are empty. */
export function searchPageUrl(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.section) params.set('section', state.section);
  if (state.lang) params.set('lang', state.lang);
  const search = params.toString();
  return search ? `${SEARCH_PAGE_PATH}?${search}` : SEARCH_PAGE_PATH;
}

/**
 * The words to highlight on a landing page, from Pagefind's `?highlight=` parameters, composed (NFC) as
 * pages write them: Pagefind folds a query's diacritics by decomposing it (NFD), which splits Korean
 * syllables into their letters (루프 into ᄅ ᅮ ᄑ ᅳ), and the page's text, composed, matched none of them.
 */
export function readHighlightTerms(search: string): string[] {
  return new URLSearchParams(search)
    .getAll(HIGHLIGHT_PARAM)
    .map((term) => term.trim().normalize('NFC'))
    .filter(Boolean);
}

/**
 * A word the opened page would mark everywhere and that says nothing: one hiragana character, a Japanese
 * particle Pagefind's segmenter splits off a query (`作成可能なオブジェクト` gives `な`, then marked 25 times
 * on one page).
 */
const LONE_KANA = /^\p{Script=Hiragana}$/u;

/**
 * `url` (a result's link, root-relative or absolute) with its `?highlight=` words composed (NFC), so the
 * opened page marks them (see readHighlightTerms), and without a lone kana (LONE_KANA); unchanged when there
 * is nothing to change.
 */
export function composeHighlightUrl(url: string): string {
  const hashAt = url.indexOf('#');
  const [beforeHash, hash] = hashAt === -1 ? [url, ''] : [url.slice(0, hashAt), url.slice(hashAt)];
  const queryAt = beforeHash.indexOf('?');
  if (queryAt === -1) return url;
  const params = new URLSearchParams(beforeHash.slice(queryAt + 1));
  const terms = params.getAll(HIGHLIGHT_PARAM);
  const kept = terms.map((term) => term.normalize('NFC')).filter((term) => !LONE_KANA.test(term));
  if (kept.length === terms.length && kept.every((term, index) => term === terms[index])) return url;
  params.delete(HIGHLIGHT_PARAM);
  for (const term of kept) params.append(HIGHLIGHT_PARAM, term);
  return `${beforeHash.slice(0, queryAt)}?${params.toString()}${hash}`;
}

/** How many results, in words, for the live region: "3 results for", "1 result for", "No results for". */
export function describeCount(count: number): string {
  if (count === 0) return 'No results for';
  return `${count} ${count === 1 ? 'result' : 'results'} for`;
}
