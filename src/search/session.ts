/**
 * One search box's searches: plans each query, runs its terms through Pagefind, ranks the pages and
 * counts them per section. The one owner of search state: a search overtaken by a newer one (the next
 * key) returns null, and stops once its term's index chunks have loaded, before Pagefind searches them.
 *
 * Each keystroke costs as little Pagefind work as the plan allows: the all-words term is searched first,
 * and when it alone finds a screenful of pages those are the results (one search per key); only when it
 * finds fewer are the query's words searched one by one and the pages ranked by plan.ts. Each term's
 * results are kept for the keys that follow, so typing the next word does not search the earlier ones again.
 */
import type { PagefindResultData } from '@pagefind/component-ui';
import {
  loadEngine,
  SECTION_FILTER,
  type PagefindFound,
  type PagefindHit,
  type SearchEngine,
} from './engine.ts';
import {
  foundAsTyped,
  leadTerm,
  matchedWords,
  partRarity,
  planQuery,
  planTerms,
  rankPages,
  wordsToConfirm,
  type QueryPlan,
} from './plan.ts';

export interface FoundPage {
  id: string;
  data: () => Promise<PagefindResultData>;
  /**
   * Where on the page every term that counted for it matched (RankedPage.terms): `data` holds its best term's
   * matches only, so a section only another word matched had no heading link (sectionsOf).
   */
  locations?: readonly number[];
}

export interface SearchOutcome {
  plan: QueryPlan;
  /** The language searched where it is not the page's (SearchEngine.language). */
  language?: string | undefined;
  /** The pages found, best first, in the chosen section if one is. */
  pages: FoundPage[];
  /** How many pages each section has for this query, whatever section is chosen. */
  sectionCounts: Record<string, number>;
  /** How rare each of the plan's parts is on the site (partRarity), where each was searched alone. */
  rarity?: number[];
}

export interface SearchRequest {
  query: string;
  section: string | null;
  /** Search the words as typed, without corrections ("Search instead for …"). */
  literal?: boolean;
  /**
   * Pages the first screen shows: an all-words search finding at least this many is the answer, without
   * per-word searches (pages holding every word rank above those holding some). Unset: always search each word.
   */
  enough?: number;
  /** The page's language (its `<html lang>`), whose index Pagefind searches: how the query is lower-cased (plan.ts). */
  lang?: string;
}

/**
 * The most recent entries, least recently used dropped first: results of the last few terms typed. An entry may be
 * given a weight (`weigh`): then the older entries are dropped too while the weights together exceed `budget`.
 */
export class RecentCache<V> {
  readonly #entries = new Map<string, V>();
  readonly #weights = new Map<string, number>();
  readonly #size: number;
  readonly #budget: number;

  constructor(size: number, budget = Infinity) {
    this.#size = size;
    this.#budget = budget;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The value kept for `key`, if any. */
  peek(key: string): V | undefined {
    return this.#entries.get(key);
  }

  /** The value kept for `key`, or the one `make` returns (then kept, and dropped again if it rejects). */
  get(key: string, make: () => V): V {
    const kept = this.#entries.get(key);
    if (kept !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, kept);
      return kept;
    }
    const value = make();
    this.#entries.set(key, value);
    if (value instanceof Promise)
      value.catch(() => {
        this.#drop(key);
      });
    this.#trim(key);
    return value;
  }

  /** Gives the entry of `key` its weight, dropping the least recently used others while over the budget. */
  weigh(key: string, weight: number): void {
    if (!this.#entries.has(key)) return;
    this.#weights.set(key, weight);
    this.#trim(key);
  }

  #drop(key: string): void {
    this.#entries.delete(key);
    this.#weights.delete(key);
  }

  /** Drops the least recently used entries but `kept` while there are too many or they weigh too much. */
  #trim(kept: string): void {
    let weight = 0;
    for (const value of this.#weights.values()) weight += value;
    for (const oldest of [...this.#entries.keys()]) {
      if (this.#entries.size <= this.#size && weight <= this.#budget) break;
      if (oldest === kept) continue;
      weight -= this.#weights.get(oldest) ?? 0;
      this.#drop(oldest);
    }
  }
}

/**
 * Lets input the browser has queued (the next key of a burst) run first, when there is some: then a search
 * that key makes stale stops before its costly part. Chromium says so (`navigator.scheduling.isInputPending`);
 * elsewhere, or with nothing queued, it resolves at once, without a trip through the event loop.
 */
export async function yieldToPendingInput(): Promise<void> {
  const { scheduling } = navigator as Navigator & { scheduling?: { isInputPending?: () => boolean } };
  if (scheduling?.isInputPending?.() !== true) return;
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } };
  if (scheduler?.yield) await scheduler.yield();
  else
    await new Promise((resolve) => {
      setTimeout(resolve, 0);
    });
}

/**
 * Counts by section name, in an object without a prototype: a section may be named `__proto__` or
 * `constructor` (a page's `group`), which a plain object would take for its own properties.
 */
function countsBySection(entries: readonly (readonly [string, number])[]): Record<string, number> {
  const counts = Object.create(null) as Record<string, number>;
  for (const [section, count] of entries) counts[section] = count;
  return counts;
}

/** Pagefind's options for a search in `section` (or all). */
function searchOptions(section: string | null) {
  // Pagefind counts a filter's values only when asked for it: an empty list asks and keeps every page.
  return { filters: { [SECTION_FILTER]: section === null ? [] : [section] } };
}

/** Terms whose results are kept: the words of the last few queries typed, each with a section or none. */
const KEPT_TERMS = 16;
/**
 * Pages those terms' results may hold together. Pagefind's results keep every matched word's place on each page,
 * and sixteen terms of a thousand pages each kept tens of megabytes alive, which the collector walked at each
 * key; the terms of a query on fewer pages are all kept.
 */
const KEPT_PAGES = 3000;

export class SearchSession {
  #latest = 0;
  readonly #load: () => Promise<SearchEngine>;
  readonly #yield: () => Promise<void>;
  readonly #found = new RecentCache<Promise<PagefindFound>>(KEPT_TERMS, KEPT_PAGES);
  /** Pages whose data a call is fetching, by Pagefind's page id: settled once it has. */
  readonly #fetching = new Map<string, Promise<void>>();

  constructor(
    load: () => Promise<SearchEngine> = loadEngine,
    yieldToInput: () => Promise<void> = yieldToPendingInput,
  ) {
    this.#load = load;
    this.#yield = yieldToInput;
  }

  /** Starts loading Pagefind and the vocabulary (on intent), so the first search waits less. */
  warm(): Promise<unknown> {
    return this.#load();
  }

  /**
   * The data of `pages` (Pagefind's fragments, with each page's excerpt), or null when `stale` says a newer run
   * has the screen. A page whose fragment an earlier call is still fetching is waited for, then asked for only
   * if the run is still current: Pagefind works out a page's excerpt and headings at every call once its fetch
   * ends, and in a burst four overtaken runs waiting on the same six fetches each did so after the last key.
   */
  async pageData(pages: readonly FoundPage[], stale: () => boolean): Promise<PagefindResultData[] | null> {
    const loaded = await Promise.all(
      pages.map(async (page) => {
        const fetching = this.#fetching.get(page.id);
        if (fetching) {
          await fetching;
          if (stale()) return null;
          return page.data();
        }
        const data = page.data();
        const settled = data.then(
          () => undefined,
          () => undefined,
        );
        this.#fetching.set(page.id, settled);
        void settled.then(() => this.#fetching.delete(page.id));
        return data;
      }),
    );
    const ready = loaded.filter((data) => data !== null);
    return stale() || ready.length < loaded.length ? null : ready;
  }

  /** Drops whatever search is running: its outcome will be null. */
  cancel(): void {
    this.#latest++;
  }

  /**
   * Pagefind's results for `term` (in `section`, or all), searched once for the keys that follow; null
   * when a newer key came while the term's index chunks loaded or was waiting to be handled (the search
   * itself, the costly part, is skipped).
   */
  async #search(
    engine: SearchEngine,
    term: string,
    section: string | null,
    current: () => boolean,
  ): Promise<PagefindFound | null> {
    const key = `${section ?? ''}\u0000${term}`;
    const options = searchOptions(section);
    if (this.#found.peek(key) === undefined) {
      // With the search's own filters, the filter chunk loads beside the term's index chunks, not after them.
      await engine.pagefind.preload(term, options);
      await this.#yield();
      if (!current()) return null;
    }
    return this.#found.get(key, async () => {
      const found = (await engine.pagefind.search(term, options)) as PagefindFound;
      this.#found.weigh(key, found.results.length);
      return found;
    });
  }

  /**
   * Pagefind's results for each of `terms` (in all sections): every term's index chunks load at once, then
   * the searches run one at a time while still current; null once a newer key overtook them.
   */
  async #searchEach(
    engine: SearchEngine,
    terms: readonly string[],
    current: () => boolean,
  ): Promise<Map<string, PagefindFound> | null> {
    for (const term of terms) void engine.pagefind.preload(term, searchOptions(null)).catch(() => undefined);
    const found = new Map<string, PagefindFound>();
    for (const term of terms) {
      const results = await this.#search(engine, term, null, current);
      if (!results || !current()) return null;
      found.set(term, results);
    }
    return found;
  }

  /**
   * The words `plan` splits into two index words (QueryPlan.splits) that no page holds together, their phrase
   * finding nothing: on Azure DDoS Protection's articles (blind trial 24) `cmdlet` became "cmd let", one page's
   * "Cmd+Shift+V" and another's "Let's", shown as a correction though it found nothing. Null once a newer key
   * overtook the searches (kept for the plan's own, which counts the split within that phrase).
   */
  async #unfoundSplits(
    engine: SearchEngine,
    plan: QueryPlan,
    current: () => boolean,
  ): Promise<Set<string> | null> {
    const splits = plan.splits ?? [];
    if (splits.length === 0) return new Set();
    const found = await this.#searchEach(
      engine,
      splits.map((split) => split.phrase),
      current,
    );
    if (!found) return null;
    return new Set(
      splits
        .filter((split) => (found.get(split.phrase)?.results.length ?? 0) === 0)
        .map((split) => split.word),
    );
  }

  /** Runs `request`; null when a newer search or `cancel` overtook it. */
  async search(request: SearchRequest): Promise<SearchOutcome | null> {
    const id = ++this.#latest;
    const current = () => id === this.#latest;
    // No unconditional yield before searching: it would let a stale search run after the next key's
    // (#search yields only to input the browser has queued).
    const engine = await this.#load();
    if (!current()) return null;
    // The language of the index searched: the engine's where it searches another than the page's.
    const lang = engine.language ?? request.lang;
    // Pagefind says whether it finds a word the vocabulary cannot place (a large site's partial list, a page in
    // a language Pagefind stems otherwise than English).
    const confirmed = await this.#searchEach(
      engine,
      wordsToConfirm(request.query, engine.vocabulary, lang),
      current,
    );
    if (!confirmed) return null;
    const { vocabulary } = engine;
    // Each word Pagefind found, judged with the words it matched on its first page (whose data the results show).
    const judged = await Promise.all(
      [...confirmed].map(async ([word, results]) => {
        const first = results.results[0];
        if (vocabulary === null || first === undefined) return undefined;
        return foundAsTyped(word, vocabulary, matchedWords(await first.data()), lang) ? word : undefined;
      }),
    );
    if (!current()) return null;
    const indexed = new Set(judged.filter((word) => word !== undefined));
    const options = { correct: !request.literal, indexed, ...(lang === undefined ? {} : { lang }) };
    let plan = planQuery(request.query, engine.vocabulary, options);
    const unsplit = await this.#unfoundSplits(engine, plan, current);
    if (!unsplit) return null;
    if (unsplit.size > 0) plan = planQuery(request.query, engine.vocabulary, { ...options, unsplit });
    const lead = leadTerm(plan);
    if (lead) {
      const found = await this.#search(engine, lead.term, request.section, current);
      if (!found || !current()) return null;
      if (lead.alone || found.unfilteredResultCount >= (request.enough ?? Infinity)) {
        return {
          plan,
          language: engine.language,
          pages: found.results.map((hit) => ({ id: hit.id, data: hit.data })),
          sectionCounts: countsBySection(Object.entries(found.totalFilters?.[SECTION_FILTER] ?? {})),
        };
      }
    }
    const found = await this.#searchEach(engine, planTerms(plan), current);
    if (!found) return null;
    const hits = new Map(
      [...found].map(([term, results]) => [
        term,
        new Map(results.results.map((result): [string, PagefindHit] => [result.id, result])),
      ]),
    );
    const sectionOf = await engine.sections();
    if (!current()) return null;
    const scored = new Map([...hits].map(([term, results]) => [term, [...results.values()]]));
    const ranked = rankPages(plan, scored);
    const sectionCounts = countsBySection([]);
    const pages: FoundPage[] = [];
    for (const page of ranked) {
      const section = sectionOf.get(page.id);
      if (section !== undefined) sectionCounts[section] = (sectionCounts[section] ?? 0) + 1;
      if (request.section !== null && section !== request.section) continue;
      const hit = hits.get(page.term)?.get(page.id);
      const locations = page.terms.flatMap((term) => hits.get(term)?.get(page.id)?.words ?? []);
      if (hit) pages.push({ id: page.id, data: hit.data, locations: [...new Set(locations)] });
    }
    const rarity = partRarity(plan, scored, sectionOf.size);
    return { plan, language: engine.language, pages, sectionCounts, rarity };
  }
}
