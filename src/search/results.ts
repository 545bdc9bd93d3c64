/** Pagefind's result data turned into what the search box shows. Pure, no DOM: the UI renders it. */

/** The part of Pagefind's `result.data()` that the site uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}

/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface SubResultView {
  title: string;
  url: string;
}

export interface ResultView {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
  /** Headings inside the page that match, each a deep link (`/privacy/?highlight=…#heading`). */
  headings: SubResultView[];
}

/** At most this many heading links under one page result. */
export const MAX_HEADINGS = 3;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Pagefind writes in excerpts; unknown ones stay as they are. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Splits a Pagefind excerpt into plain text and `<mark>`ed runs. Only `<mark>` survives: any other tag
 * is dropped, so an excerpt can never inject markup even if the indexed text held some.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?[a-z][^>]*>)/i)) {
    const tag = /^<(\/?)([a-z]+)/i.exec(piece);
    if (tag) {
      if (tag[2]?.toLowerCase() === 'mark') marked = tag[1] !== '/';
      continue;
    }
    const text = decodeEntities(piece);
    if (!text) continue;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  }
  return parts;
}

/** One page result: its title, excerpt and the matching headings that have their own anchor. */
export function toResultView(data: PagefindResultData, maxHeadings = MAX_HEADINGS): ResultView {
  const headings = (data.sub_results ?? [])
    .filter((sub) => sub.url.includes('#'))
    .slice(0, maxHeadings)
    .map((sub) => ({ title: sub.title, url: sub.url }));
  return { title: data.meta.title ?? data.url, url: data.url, excerpt: parseExcerpt(data.excerpt), headings };
}

export interface SectionCount {
  section: string;
  count: number;
}

/**
 * Result counts per section for a query from Pagefind's `totalFilters` (counts ignoring the section
 * already chosen, so every choice shows its count), in `order` (the sidebar's), unknown ones last.
 */
export function sectionCounts(
  totalFilters: Record<string, Record<string, number>> | undefined,
  order: readonly string[] = [],
  key = 'section',
): SectionCount[] {
  const rank = (section: string) => {
    const index = order.indexOf(section);
    return index === -1 ? order.length : index;
  };
  return Object.entries(totalFilters?.[key] ?? {})
    .map(([section, count]) => ({ section, count }))
    .sort((a, b) => rank(a.section) - rank(b.section) || a.section.localeCompare(b.section));
}

/** At most this many section buttons: a site with a section per page would otherwise show hundreds. */
export const MAX_SECTIONS = 8;

/**
 * The sections worth a button: those with results (the busiest `max` of them, kept in their order),
 * and the chosen one even at zero so it can be unchosen.
 */
export function visibleSections(
  counts: readonly SectionCount[],
  chosen: string | null,
  max = MAX_SECTIONS,
): SectionCount[] {
  const busiest = new Set(
    counts
      .filter((entry) => entry.count > 0)
      .sort((a, b) => b.count - a.count)
      .slice(0, max)
      .map((entry) => entry.section),
  );
  return counts.filter((entry) => busiest.has(entry.section) || entry.section === chosen);
}
