/**
 * Search relevance as a reader meets it: each judged query typed into the site's search box in Chromium,
 * the ranked result pages and the first heading link of the right page read from the drop-down.
 * Shared by the relevance suite (tests/relevance/) and the benchmark (scripts/bench/relevance.ts).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright';

export const QUERY_KINDS = ['keyword', 'question', 'heading', 'typo', 'synonym'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface JudgedQuery {
  kind: QueryKind;
  query: string;
  /** The right pages (`/mdb-firewall/`); any of them counts. */
  pages: string[];
  /** The id of the heading the right page's first heading link should go to. */
  heading?: string;
}

export interface QueryOutcome extends JudgedQuery {
  /** Result pages in the order shown (paths). */
  ranked: string[];
  /** 1-based rank of the first right page, or 0 when none is shown. */
  rank: number;
  /** The `#id` of the right page's first heading link, when it has one. */
  firstHeading: string | null;
}

export interface KindFigures {
  kind: QueryKind | 'all';
  queries: number;
  hit1: number;
  hit3: number;
  mrr: number;
  /** Queries with a judged heading, and how many of them have it as the right page's first heading link. */
  headingQueries: number;
  headingFirst: number;
  empty: number;
}

export const JUDGED_QUERIES_FILE = new URL('../fixtures/search-relevance.json', import.meta.url);

export function readJudgedQueries(file: URL = JUDGED_QUERIES_FILE): JudgedQuery[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: JudgedQuery[] }).queries;
}

/** Types `query` into the header's search box of the page open in `page` and reads the results shown. */
export async function runQuery(page: Page, judged: JudgedQuery): Promise<QueryOutcome> {
  const box = page.getByRole('searchbox', { name: 'Search' });
  // One input event with the whole query: the results of typing it key by key, without the wait.
  await box.fill(judged.query);
  // The live status names the typed query once its results are on screen.
  await page
    .locator('#search-status')
    .filter({ hasText: `“${judged.query}”` })
    .waitFor({ state: 'attached', timeout: 10_000 });
  const results = await page.locator('[data-search-results] > li').evaluateAll((items) =>
    items.map((item) => ({
      url: item.querySelector('a.search-result-title')?.getAttribute('href') ?? '',
      headings: [...item.querySelectorAll('.search-headings a')].map((a) => a.getAttribute('href') ?? ''),
    })),
  );
  const ranked = results.map((result) => new URL(result.url, 'http://site').pathname);
  const index = ranked.findIndex((path) => judged.pages.includes(path));
  const firstHeadingHref = index === -1 ? undefined : results[index]?.headings[0];
  return {
    ...judged,
    ranked,
    rank: index + 1,
    firstHeading: firstHeadingHref ? new URL(firstHeadingHref, 'http://site').hash.slice(1) : null,
  };
}

/** Runs every judged query on the site at `baseUrl`, from one of its pages. */
export async function measureRelevance(
  page: Page,
  baseUrl: string,
  queries: readonly JudgedQuery[] = readJudgedQueries(),
): Promise<QueryOutcome[]> {
  await page.goto(new URL(queries[0]?.pages[0] ?? '/', baseUrl).href);
  const outcomes: QueryOutcome[] = [];
  for (const judged of queries) outcomes.push(await runQuery(page, judged));
  return outcomes;
}

function figuresOf(kind: KindFigures['kind'], outcomes: readonly QueryOutcome[]): KindFigures {
  const judgedHeadings = outcomes.filter((outcome) => outcome.heading !== undefined);
  return {
    kind,
    queries: outcomes.length,
    hit1: outcomes.filter((outcome) => outcome.rank === 1).length,
    hit3: outcomes.filter((outcome) => outcome.rank >= 1 && outcome.rank <= 3).length,
    mrr:
      outcomes.reduce((sum, outcome) => sum + (outcome.rank ? 1 / outcome.rank : 0), 0) /
      (outcomes.length || 1),
    headingQueries: judgedHeadings.length,
    headingFirst: judgedHeadings.filter((outcome) => outcome.firstHeading === outcome.heading).length,
    empty: outcomes.filter((outcome) => outcome.ranked.length === 0).length,
  };
}

/** The figures per kind of query, then for all of them. */
export function summarise(outcomes: readonly QueryOutcome[]): KindFigures[] {
  return [
    ...QUERY_KINDS.map((kind) =>
      figuresOf(
        kind,
        outcomes.filter((outcome) => outcome.kind === kind),
      ),
    ),
    figuresOf('all', outcomes),
  ];
}

/** A printable table of the figures, and the misses below it. */
export function formatRelevance(outcomes: readonly QueryOutcome[]): string {
  const rows = summarise(outcomes).map((figures) =>
    [
      figures.kind.padEnd(9),
      String(figures.queries).padStart(7),
      `${figures.hit1}/${figures.queries}`.padStart(7),
      `${figures.hit3}/${figures.queries}`.padStart(7),
      figures.mrr.toFixed(2).padStart(5),
      `${figures.headingFirst}/${figures.headingQueries}`.padStart(13),
      String(figures.empty).padStart(6),
    ].join(' '),
  );
  const misses = outcomes
    .filter((outcome) => outcome.rank !== 1 || (outcome.heading && outcome.firstHeading !== outcome.heading))
    .map(
      (outcome) =>
        `  ${outcome.kind} "${outcome.query}": rank ${outcome.rank || '-'}` +
        (outcome.heading
          ? `, first heading #${outcome.firstHeading ?? '-'} (want #${outcome.heading})`
          : '') +
        `; shown ${outcome.ranked.slice(0, 3).join(' ') || 'nothing'}`,
    );
  return [
    'kind      queries   hit@1   hit@3   MRR heading-first  empty',
    ...rows,
    ...(misses.length ? ['not first (or wrong first heading):', ...misses] : []),
  ].join('\n');
}
