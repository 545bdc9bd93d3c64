/**
 * Pagefind's JS API and the index's vocabulary, loaded once on the reader's intent (never at page load):
 * Pagefind runs on the main thread and the vocabulary (written at build time beside the index) is
 * fetched for typo correction. The page → section map costs a search per section, so it is read only
 * when a search first needs it.
 */
import type { PagefindAPI, PagefindRawResult, PagefindSearchResult } from '@pagefind/component-ui';
import { HIGHLIGHT_PARAM } from './query.ts';
import { VOCABULARY_PATH, Vocabulary } from './vocabulary.ts';

/** Pagefind's API as its module exports it, with the calls its UI types leave out. */
export interface Pagefind extends PagefindAPI {
  init: () => Promise<void>;
  /** Loads the index chunks `term` needs (and the filter chunks `options` name) without searching. */
  preload: (term: string, options?: Parameters<PagefindAPI['search']>[1]) => Promise<void>;
}

/** What one Pagefind search returns, with the count its UI types misname (`unfilteredTotalCount`). */
export type PagefindFound = Omit<PagefindSearchResult, 'results'> & {
  results: PagefindHit[];
  /** Pages matching the term, whatever the filters. */
  unfilteredResultCount: number;
};

/** A search hit: Pagefind's result, with the score it ranks by (left out of its UI types). */
export type PagefindHit = PagefindRawResult & { score: number };

export interface SearchEngine {
  pagefind: Pagefind;
  /** The index's words and the pages' acronyms, or null when the file could not be read (search then works without corrections). */
  vocabulary: Vocabulary | null;
  /** Each page's section (Pagefind's `section` filter), by Pagefind's page id: read on first call. */
  sections: () => Promise<ReadonlyMap<string, string>>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
const VOCABULARY_URL = `/${VOCABULARY_PATH}`;
/** The filter that holds each page's section (data-pagefind-filter="section:…"). */
export const SECTION_FILTER = 'section';

/** The vocabulary of the index of `lang`, the language searched. */
async function loadVocabulary(lang: string): Promise<Vocabulary | null> {
  try {
    const response = await fetch(VOCABULARY_URL);
    if (!response.ok) return null;
    return Vocabulary.fromFile(await response.json(), lang);
  } catch {
    return null;
  }
}

/** Each page's section, from one filter-only search per section. */
async function readSections(pagefind: Pagefind): Promise<Map<string, string>> {
  const sections = Object.keys((await pagefind.filters())[SECTION_FILTER] ?? {});
  const sectionOf = new Map<string, string>();
  await Promise.all(
    sections.map(async (section) => {
      const found = await pagefind.search(null, { filters: { [SECTION_FILTER]: [section] } });
      for (const result of found.results) sectionOf.set(result.id, section);
    }),
  );
  return sectionOf;
}

/**
 * Resolves within a few milliseconds of Pagefind's WebAssembly being ready. Pagefind's `init` returns
 * before that, and a call made earlier checks again only every 50 ms (up to 50 ms lost on the first
 * search). An empty search returns as soon as Pagefind is ready, so `probes` of them started `everyMs`
 * apart check, between them, every `everyMs`; their number is fixed, whatever the wait.
 */
export function whenReady(pagefind: Pick<Pagefind, 'search'>, probes = 12, everyMs = 4): Promise<void> {
  return new Promise((resolve, reject) => {
    for (let probe = 0; probe < probes; probe++) {
      setTimeout(() => {
        pagefind.search('').then(() => {
          resolve();
        }, reject);
      }, probe * everyMs);
    }
  });
}

let engine: Promise<SearchEngine> | undefined;

/**
 * Imports Pagefind once (its URL exists only after the build, so Vite leaves it alone), with the vocabulary.
 * Pagefind keeps an index per language and searches the page's (its `<html lang>`), as Learn's search does its
 * locale's. `language` searches that language's instead: the search page's, when a box of a page in that
 * language sends its search on (`?lang=fi-FI`), where the page itself is in the site's language.
 */
export function loadEngine({ language }: { language?: string | undefined } = {}): Promise<SearchEngine> {
  engine ??= (async () => {
    const vocabulary = loadVocabulary(language ?? document.documentElement.lang);
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await pagefind.options({ highlightParam: HIGHLIGHT_PARAM, noWorker: true });
    // Pagefind reads the language from <html lang> as init starts, with no option to name it: the attribute
    // says `language` for that moment only, and the page's own language again before anything renders.
    const html = document.documentElement;
    const own = html.lang;
    if (language) html.lang = language;
    const started = pagefind.init();
    html.lang = own;
    await started;
    await whenReady(pagefind);
    let sectionOf: Promise<Map<string, string>> | undefined;
    const sections = () => {
      if (!sectionOf) {
        sectionOf = readSections(pagefind);
        // A failed read is tried again at the next search.
        sectionOf.catch(() => (sectionOf = undefined));
      }
      return sectionOf;
    };
    return { pagefind, vocabulary: await vocabulary, sections };
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}
