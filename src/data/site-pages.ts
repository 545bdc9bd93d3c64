import { getCollection, type CollectionEntry } from 'astro:content';
import { EXTRA_PAGES, SITE_LANG } from '../consts.ts';
import {
  appendPages,
  buildSidebarModel,
  sortPages,
  type PageRef,
  type SidebarModel,
} from '../lib/navigation.ts';
import { spoofedNames } from '../lib/lookalike-names.ts';

export type Page = CollectionEntry<'pages'>;

/** A collection entry as the navigation model sees it. */
export function toPageRef(page: Page): PageRef {
  return {
    slug: page.id,
    label: page.data.sidebarLabel ?? page.data.title,
    title: page.data.title,
    order: page.data.order,
    group: page.data.group,
    file: page.filePath,
    lang: page.data.lang === SITE_LANG ? undefined : page.data.lang,
  };
}

let articlePages: Promise<PageRef[]> | undefined;
let sidebarModel: Promise<SidebarModel> | undefined;

/** The article's pages (content/*.md and *.mdx) in sidebar order, read and sorted once per build. */
export function getArticlePages(): Promise<PageRef[]> {
  articlePages ??= getCollection('pages').then((pages) => sortPages(pages.map(toPageRef)));
  return articlePages;
}

/**
 * The sidebar of every page, built once per build: the article's pages, then the site's own
 * (EXTRA_PAGES). Each page renders its own view of it; `pages` lists them all in order. Throws on twins in one
 * list and on a name posing as another anywhere (spoofedNames).
 */
export function getSidebarModel(): Promise<SidebarModel> {
  sidebarModel ??= getArticlePages().then((pages) => {
    const model = buildSidebarModel(appendPages(pages, EXTRA_PAGES));
    spoofedNames(model.pages);
    return model;
  });
  return sidebarModel;
}
