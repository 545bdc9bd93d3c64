import { getCollection, type CollectionEntry } from 'astro:content';
import { EXTRA_PAGES } from './consts.ts';
import { sortPages, type PageRef } from './lib/navigation.ts';

export type Page = CollectionEntry<'pages'>;

/** A collection entry as the navigation model sees it. */
export function toPageRef(page: Page): PageRef {
  return { slug: page.id, label: page.data.sidebarLabel ?? page.data.title, order: page.data.order };
}

let articlePages: Promise<PageRef[]> | undefined;
let sitePages: Promise<PageRef[]> | undefined;

/** The article's pages (content/*.mdx) in sidebar order, read and sorted once per build. */
export function getArticlePages(): Promise<PageRef[]> {
  articlePages ??= getCollection('pages').then((pages) => sortPages(pages.map(toPageRef)));
  return articlePages;
}

/** Every page in the sidebar: the article's, then the site's own (EXTRA_PAGES), in order. */
export function getSitePages(): Promise<PageRef[]> {
  sitePages ??= getArticlePages().then((pages) => sortPages([...pages, ...EXTRA_PAGES]));
  return sitePages;
}
