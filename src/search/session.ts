/**
 * One search box's searches: plans each query, runs its terms through Pagefind, ranks the pages and
 * counts them per section. The one owner of search state: a search overtaken by a newer one returns null.
 */
import type { PagefindResultData } from '@pagefind/component-ui';
import { loadEngine, type PagefindHit, type SearchEngine } from './engine.ts';
import { planQuery, planTerms, rankPages, type QueryPlan } from './plan.ts';

export interface FoundPage {
  id: string;
  section: string | undefined;
  data: () => Promise<PagefindResultData>;
}

export interface SearchOutcome {
  plan: QueryPlan;
  /** The pages found, best first, in the chosen section if one is. */
  pages: FoundPage[];
  /** How many pages each section has for this query, whatever section is chosen. */
  sectionCounts: Record<string, number>;
}

export interface SearchRequest {
  query: string;
  section: string | null;
  /** Search the words as typed, without corrections ("Search instead for …"). */
  literal?: boolean;
}

export class SearchSession {
  #latest = 0;
  readonly #load: () => Promise<SearchEngine>;

  constructor(load: () => Promise<SearchEngine> = loadEngine) {
    this.#load = load;
  }

  /** Starts loading Pagefind and the vocabulary (on intent), so the first search waits less. */
  warm(): Promise<unknown> {
    return this.#load();
  }

  /** Drops whatever search is running: its outcome will be null. */
  cancel(): void {
    this.#latest++;
  }

  /** Runs `request`; null when a newer search or `cancel` overtook it. */
  async search(request: SearchRequest): Promise<SearchOutcome | null> {
    const id = ++this.#latest;
    const engine = await this.#load();
    if (id !== this.#latest) return null;
    const plan = planQuery(request.query, engine.vocabulary, { correct: !request.literal });
    const terms = planTerms(plan);
    const searches = await Promise.all(terms.map((term) => engine.pagefind.search(term)));
    if (id !== this.#latest) return null;
    const hits = new Map<string, Map<string, PagefindHit>>();
    terms.forEach((term, index) => {
      const results = (searches[index]?.results ?? []) as PagefindHit[];
      hits.set(term, new Map(results.map((result) => [result.id, result])));
    });
    const ranked = rankPages(
      plan,
      new Map([...hits].map(([term, results]) => [term, [...results.values()]])),
    );
    const sectionCounts: Record<string, number> = {};
    const pages: FoundPage[] = [];
    for (const page of ranked) {
      const section = engine.sectionOf.get(page.id);
      if (section !== undefined) sectionCounts[section] = (sectionCounts[section] ?? 0) + 1;
      if (request.section !== null && section !== request.section) continue;
      const hit = hits.get(page.term)?.get(page.id);
      if (hit) pages.push({ id: page.id, section, data: hit.data });
    }
    return { plan, pages, sectionCounts };
  }
}
