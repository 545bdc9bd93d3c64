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

async function loadVocabulary(): Promise<Vocabulary | null> {
  try {
    const response = await fetch(VOCABULARY_URL);
    if (!response.ok) return null;
    return Vocabulary.fromFile(await response.json());
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

/**
 * The languages of the site's indexes but the one Pagefind searches for this page (its `<html lang>`, or
 * its base language, else the largest, as Pagefind chooses), from Pagefind's entry file.
 */
export function otherLanguages(entry: unknown, pageLang: string): string[] {
  const listed =
    typeof entry === 'object' && entry !== null ? (entry as { languages?: unknown }).languages : undefined;
  if (typeof listed !== 'object' || listed === null) return [];
  const languages = listed as Record<string, { page_count?: unknown }>;
  const lang = pageLang.toLowerCase();
  const base = lang.split('-')[0] ?? lang;
  const count = (code: string) => Number(languages[code]?.page_count ?? 0);
  const own =
    lang in languages
      ? lang
      : base in languages
        ? base
        : Object.keys(languages).sort((a, b) => count(b) - count(a))[0];
  return Object.keys(languages).filter((code) => code !== own);
}

/** Adds the indexes of the site's other languages to `pagefind`'s searches; without them when they cannot be read. */
async function mergeOtherLanguages(pagefind: Pagefind): Promise<void> {
  try {
    const entry: unknown = await (await fetch(ENTRY_URL)).json();
    // Absolute: Pagefind skips merging a path its own index's starts with, taking it for itself.
    const bundle = new URL(PAGEFIND_URL.slice(0, PAGEFIND_URL.lastIndexOf('/') + 1), location.href).href;
    for (const language of otherLanguages(entry, document.documentElement.lang))
      await pagefind.mergeIndex(bundle, { language });
  } catch {
    // The page's own language is still searched.
  }
}

let engine: Promise<SearchEngine> | undefined;

/**
 * Imports Pagefind once (its URL exists only after the build, so Vite leaves it alone), with the vocabulary.
 * Pagefind keeps an index per language and searches the page's: a page's box finds the pages of its
 * language, as Learn's search does its locale's. With `allLanguages` (the search page, where every search
 * ends that a box sends on) it searches every language's index together, each with its own stemmer: a
 * French page's query sent on to /search/ had found nothing there.
 */
export function loadEngine({ allLanguages = false } = {}): Promise<SearchEngine> {
  engine ??= (async () => {
    const vocabulary = loadVocabulary();
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await pagefind.options({ highlightParam: HIGHLIGHT_PARAM, noWorker: true });
    await pagefind.init();
    await whenReady(pagefind);
    if (allLanguages) await mergeOtherLanguages(pagefind);
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
