/** The "On this page" table of contents, built from the headings Astro collects while rendering. */

import type { MarkdownHeading } from 'astro';

/** A heading as Astro's `render()` reports it: level, rehype-slug id and text. */
export type Heading = MarkdownHeading;

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/** H2s with their H3s nested; the H1 and deeper levels are left out. */
export function buildToc(headings: readonly Heading[]): TocItem[] {
  const toc: TocItem[] = [];
  for (const heading of headings) {
    const item = { slug: heading.slug, text: heading.text, children: [] };
    if (heading.depth === 2) toc.push(item);
    else if (heading.depth === 3) (toc.at(-1)?.children ?? toc).push(item);
  }
  return toc;
}
