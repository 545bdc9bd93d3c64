/**
 * The sidebar as plain data. The model is built once per build (pages sorted, groups folded); each page
 * then asks for its own view of it, which costs the entries of each level it opens, never the number of
 * pages: a level holds at most MAX_LEVEL_ENTRIES entries, so a 10,000-page site writes about as many
 * sidebar links into a page as a 1000-page one.
 */

export interface PageRef {
  /** Collection id, from the file name: `index`, `security`, `related-resources`. */
  slug: string;
  /** Label in the sidebar. */
  label: string;
  /** Position in the sidebar, from the page's front matter. */
  order: number;
  /** The sidebar group the page belongs to; pages without one are listed at the top level. */
  group?: string | undefined;
  /** The page's file (`content/docs/setup.md`), which messages about the page name. */
  file?: string | undefined;
  /** The page's language where it is not the site's (`ja-JP`), for the `lang` of links naming it. */
  lang?: string | undefined;
}

export interface SidebarLink {
  href: string;
  label: string;
  isCurrent: boolean;
  /** Its page's language where it is not the site's. */
  lang?: string | undefined;
}

/**
 * A group: open (its entries listed) on its own pages, otherwise one link to its first page. A group holds
 * pages, or, where a level would be too long, consecutive groups folded into one ("Topic 1 – Topic 30").
 */
export interface SidebarGroup {
  label: string;
  /** The group's first page, where a closed group leads. */
  href: string;
  pageCount: number;
  /** The language of its label, its first page's (a group's label is its pages' `group`), where not the site's. */
  lang?: string | undefined;
  isOpen: boolean;
  /** The group's entries when open; empty when closed. */
  items: SidebarItem[];
}

export type SidebarItem = ({ kind: 'link' } & SidebarLink) | ({ kind: 'group' } & SidebarGroup);

export interface PrevNext {
  prev?: SidebarLink;
  next?: SidebarLink;
}

interface GroupEntry {
  kind: 'group';
  label: string;
  entries: Entry[];
  /** The group's pages are `pages[start]` to `pages[end - 1]` of the model: a group's pages are consecutive. */
  start: number;
  end: number;
}
type Entry = { kind: 'page'; page: PageRef } | GroupEntry;

/** The most entries one level of the sidebar lists; a longer level has its consecutive groups folded. */
export const MAX_LEVEL_ENTRIES = 30;

/** The whole sidebar, computed once: pages in order, consecutive pages of a group folded into it. */
export interface SidebarModel {
  /** Every page in sidebar order. */
  pages: readonly PageRef[];
  entries: readonly Entry[];
  /** Where each slug sits in `pages`. */
  position: ReadonlyMap<string, number>;
  /** The group label of each grouped slug (its own group, not a fold of groups). */
  groupOf: ReadonlyMap<string, string>;
}

/** The URL of a page: the overview (`index`) is the site root, every other page a folder (`docs/setup` → `/docs/setup/`). */
export function pageHref(slug: string): string {
  return slug === 'index' ? '/' : `/${slug}/`;
}

/** A page file's extension: `.mdx` when it uses a component, plain `.md` otherwise. */
export const PAGE_EXTENSION = /\.mdx?$/i;

/**
 * The files under content/ that are pages, as a glob for the content collection's loader: Markdown in any
 * folder except an `includes/` folder, which holds the text that `[!INCLUDE]` puts into pages (as on Learn).
 * Like every glob, it leaves out hidden files and folders (a name starting with ".").
 */
export const CONTENT_GLOB = ['**/*.{md,mdx}', '!**/includes/**'];

/** Whether a path under content/ is a page (the same set as CONTENT_GLOB). */
export function isContentPage(path: string): boolean {
  const parts = path.replace(/\\/g, '/').split('/');
  return (
    PAGE_EXTENSION.test(path) &&
    !parts.slice(0, -1).includes('includes') &&
    !parts.some((part) => part.startsWith('.'))
  );
}

/**
 * The slug of a page file by its path under content/ (`Docs/Setup.mdx` → `docs/setup`), as on Learn: the
 * extension dropped, lower case, a folder's `index` standing for the folder (`docs/index.md` → `docs`).
 */
export function slugOfContentPath(path: string): string {
  const slug = path
    .replace(/\\/g, '/')
    .replace(/^\.?\//, '')
    .replace(PAGE_EXTENSION, '')
    .toLowerCase();
  return slug.endsWith('/index') ? slug.slice(0, -'/index'.length) : slug;
}

/** How a message names a page: its file, else its URL. */
function named(page: PageRef): string {
  return page.file ?? `the page ${pageHref(page.slug)}`;
}

/** Pages sorted by `order`; two pages with the same order are an error naming both. */
export function sortPages<T extends PageRef>(pages: readonly T[]): T[] {
  const sorted = [...pages].sort((a, b) => a.order - b.order);
  for (let i = 1; i < sorted.length; i++) {
    const [before, page] = [sorted[i - 1], sorted[i]];
    if (before && page && before.order === page.order) {
      throw new Error(
        `${named(before)} and ${named(page)} both have order: ${page.order}. ` +
          'Give each page its own order: it is the position in the sidebar.',
      );
    }
  }
  return sorted;
}

/** The article's pages in order, then `extra` pages (the site's own) after the last of them, in the order given. */
export function appendPages(
  articlePages: readonly PageRef[],
  extra: readonly Omit<PageRef, 'order'>[],
): PageRef[] {
  const sorted = sortPages(articlePages);
  const last = sorted.at(-1)?.order ?? 0;
  return [...sorted, ...extra.map((page, index) => ({ ...page, order: last + index + 1 }))];
}

/** Sorts the pages and folds each group's pages into one entry; a group split by other pages is an error. */
export function buildSidebarModel(pages: readonly PageRef[]): SidebarModel {
  const sorted = sortPages(pages);
  const entries: Entry[] = [];
  const position = new Map<string, number>();
  const groupOf = new Map<string, string>();
  const groupStart = new Map<string, PageRef>();
  sorted.forEach((page, index) => {
    position.set(page.slug, index);
    const last = entries.at(-1);
    if (page.group === undefined) {
      entries.push({ kind: 'page', page });
      return;
    }
    groupOf.set(page.slug, page.group);
    if (last?.kind === 'group' && last.label === page.group) {
      last.entries.push({ kind: 'page', page });
      last.end = index + 1;
      return;
    }
    const first = groupStart.get(page.group);
    if (first) {
      throw new Error(
        `${named(page)} is in group "${page.group}", but other pages come between it and ` +
          `${named(first)} of the same group: give a group's pages consecutive orders.`,
      );
    }
    groupStart.set(page.group, page);
    entries.push({
      kind: 'group',
      label: page.group,
      entries: [{ kind: 'page', page }],
      start: index,
      end: index + 1,
    });
  });
  return { pages: sorted, entries: foldLevel(entries), position, groupOf };
}

/**
 * A level of at most MAX_LEVEL_ENTRIES entries where it can be: runs of consecutive groups become groups
 * of up to that many groups, labelled by their first and last ("Topic 1 – Topic 30"), until the level is
 * short enough. Pages outside any group stay where they are, and a group lists all its own pages.
 */
function foldLevel(level: Entry[]): Entry[] {
  let entries = level;
  while (entries.length > MAX_LEVEL_ENTRIES) {
    const folded: Entry[] = [];
    let run: GroupEntry[] = [];
    const flush = () => {
      const [first] = run;
      const last = run.at(-1);
      if (first && last && run.length > 1) {
        folded.push({
          kind: 'group',
          label: `${first.label} – ${last.label}`,
          entries: run,
          start: first.start,
          end: last.end,
        });
      } else folded.push(...run);
      run = [];
    };
    for (const entry of entries) {
      if (entry.kind === 'page') {
        flush();
        folded.push(entry);
        continue;
      }
      run.push(entry);
      if (run.length === MAX_LEVEL_ENTRIES) flush();
    }
    flush();
    if (folded.length === entries.length) break; // no two groups side by side: nothing left to fold
    entries = folded;
  }
  return entries;
}

function link(page: PageRef, currentSlug: string): SidebarLink {
  return {
    href: pageHref(page.slug),
    label: page.label,
    isCurrent: page.slug === currentSlug,
    ...(page.lang !== undefined && { lang: page.lang }),
  };
}

/** The sidebar as the page at `currentSlug` shows it: its page marked current, only the groups holding it open. */
export function buildSidebar(model: SidebarModel, currentSlug: string): SidebarItem[] {
  const current = model.position.get(currentSlug) ?? -1;
  const items = (entries: readonly Entry[]): SidebarItem[] =>
    entries.map((entry): SidebarItem => {
      if (entry.kind === 'page') return { kind: 'link', ...link(entry.page, currentSlug) };
      const isOpen = entry.start <= current && current < entry.end;
      const first = model.pages[entry.start];
      return {
        kind: 'group',
        label: entry.label,
        href: pageHref(first?.slug ?? 'index'),
        pageCount: entry.end - entry.start,
        ...(first?.lang !== undefined && { lang: first.lang }),
        isOpen,
        items: isOpen ? items(entry.entries) : [],
      };
    });
  return items(model.entries);
}

/** The sidebar's top level as links: each ungrouped page, and each group as a link to its first page. */
export function getSections(
  model: SidebarModel,
): { href: string; label: string; lang?: string | undefined }[] {
  return buildSidebar(model, '').map(({ href, label, lang }) => ({
    href,
    label,
    ...(lang !== undefined && { lang }),
  }));
}

/** The sidebar's link to the page at `slug`, if the sidebar lists it. */
export function getCurrent(model: SidebarModel, slug: string): SidebarLink | undefined {
  const index = model.position.get(slug);
  const page = index === undefined ? undefined : model.pages[index];
  return page && link(page, slug);
}

/** The pages before and after `currentSlug` in sidebar order, where they exist. */
export function getPrevNext(model: SidebarModel, currentSlug: string): PrevNext {
  const index = model.position.get(currentSlug);
  if (index === undefined) return {};
  const result: PrevNext = {};
  const prev = model.pages[index - 1];
  const next = model.pages[index + 1];
  if (prev) result.prev = link(prev, currentSlug);
  if (next) result.next = link(next, currentSlug);
  return result;
}
