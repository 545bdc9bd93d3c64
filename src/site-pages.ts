import { getCollection, type CollectionEntry } from 'astro:content';
import { sortPages, type PageRef } from './lib/navigation.ts';

export type Page = CollectionEntry<'pages'>;

/** A collection entry as the navigation model sees it. */
export function toPageRef(page: Page): PageRef {
  return { slug: page.id, label: page.data.sidebarLabel ?? page.data.title, order: page.data.order };
}

let cached: Promise<PageRef[]> | undefined;

/** All pages in sidebar order, read and sorted once per build rather than once per page. */
export function getSitePages(): Promise<PageRef[]> {
  cached ??= getCollection('pages').then((pages) => sortPages(pages.map(toPageRef)));
  return cached;
}
