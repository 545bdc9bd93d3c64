/** The "On this page" table of contents, built from the headings Astro collects while rendering. */

import type { MarkdownHeading } from 'astro';
import { EMAIL_TEXT, EXTERNAL_TEXT } from '../markdown/external-links.ts';
import type { VariantHeading } from '../markdown/rehype-variant-headings.ts';

/** A heading as Astro's `render()` reports it: level, id (rehype-slug's, as Learn lower-cases) and text. */
export type Heading = MarkdownHeading;

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/**
 * The id of the heading that labels tab `index` (1-based) of the page's tab set `set` (1-based), given by
 * src/markdown/remark-learn-tabs.ts: a label names a panel, not a section of the page, so the table of
 * contents leaves it out, and it leaves the content's own headings their slugs (no `-1`). Not a slug
 * rehype-slug would make of a heading's text ("Tab set 1 tab 2" is `tab-set-1-tab-2`).
 */
export function tabLabelId(set: number, index: number): string {
  return `tabset-${set}-tab-${index}`;
}

/** Whether `slug` is a tab label's id (tabLabelId). */
export function isTabLabelId(slug: string): boolean {
  return /^tabset-\d+-tab-\d+$/.test(slug);
}

/**
 * A heading's name as "On this page" lists it: Astro's text of the heading holds every word in it, the
 * hidden words of an external link's marker too (`## [Example site](https://…)` read "Example site
 * (external site)", though its entry goes to a section of this page).
 */
function tocText(text: string): string {
  return [EXTERNAL_TEXT, EMAIL_TEXT].reduce((name, marker) => name.replaceAll(` ${marker}`, ''), text);
}

/**
 * H2s with their H3s nested (H3s before any H2 at the top level); the H1, deeper levels, tab labels and headings with no text (a Learn bookmark
 * written as a heading of its own: no name to list, no id to go to) are left out. A heading another variant
 * of its zone or moniker set has already listed, by level and name (`variants`: rehype-variant-headings.ts),
 * is listed once, at its first: Learn's list shows the chosen version's, and the site shows every version
 * (sql-docs' `## Install` in each of its versions read "Install, Install, Install"); an H3 under it goes
 * under that first one.
 */
export function buildToc(headings: readonly Heading[], variants: readonly VariantHeading[] = []): TocItem[] {
  const toc: TocItem[] = [];
  const variantOf = new Map(variants.map(([id, set, variant]) => [id, { set, variant }]));
  const firstOfSet = new Map<string, { variant: number; item: TocItem }>();
  // The H2 an H3 belongs under; H3s before the first H2 (a page that starts at H3, or whose H2s are tab
  // labels) are listed as the siblings they are, not under the first of them.
  let section: TocItem | undefined;
  for (const heading of headings) {
    if (isTabLabelId(heading.slug) || heading.slug === '' || heading.text.trim() === '') continue;
    const item: TocItem = { slug: heading.slug, text: tocText(heading.text), children: [] };
    const place = variantOf.get(heading.slug);
    if (place !== undefined) {
      const key = `${String(place.set)} ${String(heading.depth)} ${item.text}`;
      const first = firstOfSet.get(key);
      if (first !== undefined && first.variant !== place.variant) {
        if (heading.depth === 2) section = first.item;
        continue;
      }
      if (first === undefined) firstOfSet.set(key, { variant: place.variant, item });
    }
    if (heading.depth === 2) {
      toc.push(item);
      section = item;
    } else if (heading.depth === 3) (section?.children ?? toc).push(item);
  }
  return toc;
}
