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

/**
 * A search hit: Pagefind's result, with the score it ranks by and the places of the page's words it matched
 * (`words`, the locations its `data()` reads; both left out of its UI types).
 */
export type PagefindHit = PagefindRawResult & { score: number; words?: number[] };

export interface SearchEngine {
  pagefind: Pagefind;
  /**
   * The language searched where it is not the page's (`loadEngine`'s `language`, when the site has an index of
   * it); undefined: the page's own.
   */
  language?: string | undefined;
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

/** The file Pagefind reads first, which lists the index of each language the pages are in. */
const ENTRY_URL = '/pagefind/pagefind-entry.json';

/** Whether the site has a Pagefind index of `language`, or of its base language, as Pagefind finds one. */
async function hasIndexOf(language: string): Promise<boolean> {
  try {
    const entry: unknown = await (await fetch(ENTRY_URL)).json();
    const languages =
      typeof entry === 'object' && entry !== null ? (entry as { languages?: unknown }).languages : undefined;
    if (typeof languages !== 'object' || languages === null) return false;
    const lang = language.toLowerCase();
    return [lang, lang.split('-')[0] ?? lang].some((code) => Object.hasOwn(languages, code));
  } catch {
    return false;
  }
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
    // Fetched beside Pagefind's module: the page's vocabulary, or whether the site has an index of `language`.
    const ownVocabulary = language === undefined ? loadVocabulary(document.documentElement.lang) : undefined;
    const indexed = language === undefined ? undefined : hasIndexOf(language);
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await pagefind.options({ highlightParam: HIGHLIGHT_PARAM, noWorker: true });
    // Only a language the site has an index of: Pagefind would search its largest index instead, and the
    // results would be marked as in a language they are not (`?lang=ar` over English pages).
    const searched = language !== undefined && (await indexed) === true ? language : undefined;
    // Pagefind reads the language from <html lang> as init starts, with no option to name it: the attribute
    // says `searched` for that moment only, and the page's own language again before anything renders.
    const html = document.documentElement;
    const own = html.lang;
    if (searched) html.lang = searched;
    const started = pagefind.init();
    html.lang = own;
    const vocabulary = ownVocabulary ?? loadVocabulary(searched ?? own);
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
    return { pagefind, vocabulary: await vocabulary, sections, language: searched };
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}
