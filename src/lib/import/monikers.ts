/**
 * Learn's moniker ranges (`::: moniker range="o365-germany"`) against the versions an article is published
 * in: docfx renders a range's content for the versions both name (MonikerProvider.GetZoneLevelMonikers), so a
 * range naming none of the article's is in no version of it on Learn (`data-moniker=""`, a moniker-zone-empty
 * warning). Pure: the import reads docfx.json (articleMonikerRange, zone-pivots.ts).
 */
import { markdownLines, parseAttributes, VARIANT_END, VARIANT_START } from '../learn/syntax.ts';

/**
 * The monikers a range names when it names them one by one (`=o365-worldwide || =o365-21vianet`,
 * `o365-germany`), lower-cased as Learn matches them; undefined for one with an order (`>= sql-server-2017`),
 * which only Learn's moniker definitions (not in the repository) can read.
 */
export function namedMonikers(range: string): ReadonlySet<string> | undefined {
  const names = range.split('||').map((term) => /^\s*=?\s*([A-Za-z0-9][\w.-]*)\s*$/.exec(term)?.[1]);
  if (names.length === 0 || names.some((name) => name === undefined)) return undefined;
  return new Set(names.map((name) => (name ?? '').toLowerCase()));
}

/** A moniker range left out of a page: its line in the Markdown (from 1) and the range as written. */
export interface UnpublishedRange {
  line: number;
  range: string;
}

/**
 * `markdown` without the moniker ranges that name none of `published` (the article's monikers, namedMonikers),
 * marker lines and content, as Learn shows them in none of the article's versions; the others, and every
 * range of an order, stay. A range with no end keeps the rest, as the build reads it.
 */
export function withoutUnpublishedMonikers(
  markdown: string,
  published: ReadonlySet<string>,
): { markdown: string; left: UnpublishedRange[] } {
  const lines = markdownLines(markdown);
  // Each range's start and the moniker-end that closes it, in one pass (a stack, as ranges nest).
  const open: { at: number; range: string }[] = [];
  const closed: { at: number; range: string; end: number }[] = [];
  lines.forEach(({ line, code }, at) => {
    if (code) return;
    const marker = line.replace(/^[\s>]*/, '').trim();
    const start = VARIANT_START.exec(marker);
    if (start?.[1] === 'moniker') open.push({ at, range: parseAttributes(start[2] ?? '')['range'] ?? '' });
    else if (/^:::\s*moniker-end/.test(marker) && VARIANT_END.test(marker)) {
      const range = open.pop();
      if (range) closed.push({ ...range, end: at });
    }
  });
  const left: UnpublishedRange[] = [];
  const drop = new Array<boolean>(lines.length).fill(false);
  let droppedTo = -1;
  for (const { at, range, end } of closed.sort((a, b) => a.at - b.at)) {
    // A range inside one left out goes with it.
    if (at <= droppedTo) continue;
    const names = namedMonikers(range);
    if (names === undefined || [...names].some((name) => published.has(name))) continue;
    droppedTo = end;
    drop.fill(true, at, end + 1);
    left.push({ line: at + 1, range });
  }
  if (left.length === 0) return { markdown, left };
  return { markdown: lines.flatMap(({ line }, index) => (drop[index] ? [] : [line])).join('\n'), left };
}
