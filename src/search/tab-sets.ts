/**
 * Where a Learn tab set starts and ends, as the search reads it from Pagefind's anchors (every element of the
 * indexed article with an id, and where it starts). src/markdown/remark-learn-tabs.ts gives a set's element
 * (`div.learn-tabs`) the id `learn-tabs-<n>`, and an empty element right after it `learn-tabs-<n>-end`: the text
 * after a set is under the heading above the set, not under the last tab's last heading (results.ts). Pure,
 * no DOM: the build writes the ids with it, the search chunk reads them.
 */

/** The id of the page's tab set `set` (from 1): its own element, where its tabs start. */
export const tabSetId = (set: number): string => `learn-tabs-${set}`;

/** The id of the empty element right after the page's tab set `set`: where its tabs end. */
export const tabSetEndId = (set: number): string => `${tabSetId(set)}-end`;

const BOUND = /^learn-tabs-(\d+)(-end)?$/;

/** The tab set an id starts (`learn-tabs-3`) or ends (`learn-tabs-3-end`), or null for any other id. */
export function tabSetBound(id: string): { set: number; end: boolean } | null {
  const [, set, end] = BOUND.exec(id) ?? [];
  return set === undefined ? null : { set: Number(set), end: end !== undefined };
}
