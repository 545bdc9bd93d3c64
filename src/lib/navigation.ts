/**
 * The sidebar as plain data: a tree, as Learn shows a table of contents. A page's `group` is a path of
 * groups written with GROUP_SEPARATOR ("Object model › Attachment object › Methods": Methods inside
 * Attachment object inside Object model). The model is built once per build (pages sorted, groups nested,
 * long levels folded); each page then asks for its own view of it, which opens the groups on its path only
 * and so costs the entries of the levels it opens, never the number of pages: a level holds at most
 * MAX_LEVEL_ENTRIES entries, so a 10,000-page site writes about as many sidebar links into a page as a
 * 1000-page one.
 */
import { textAsShown } from './content-safety.ts';

/** Between the groups of a page's `group` path, outermost first: "Setup › Linux" is Linux inside Setup. */
export const GROUP_SEPARATOR = ' › ';

export interface PageRef {
  /** Collection id, from the file name: `index`, `security`, `related-resources`. */
  slug: string;
  /** Label in the sidebar. */
  label: string;
  /** The page's title, where it has one (search results, llms.txt and its heading name it so). */
  title?: string | undefined;
  /** Position in the sidebar, from the page's front matter. */
  order: number;
  /** The sidebar group the page belongs to, a path of groups (GROUP_SEPARATOR); pages without one are listed at the top level. */
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
 * pages and groups inside it, or, where a level would be too long, consecutive groups folded into one
 * ("Topic 1 – Topic 30").
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

/** A group on a page's path, as breadcrumbs name it: its label and the page it leads to. */
export interface GroupCrumb {
  label: string;
  href: string;
  lang?: string | undefined;
}

/** The whole sidebar, computed once: pages in order, nested in their groups. */
export interface SidebarModel {
  /** Every page in sidebar order. */
  pages: readonly PageRef[];
  entries: readonly Entry[];
  /** Where each slug sits in `pages`. */
  position: ReadonlyMap<string, number>;
  /** The groups holding each grouped slug, outermost first (its own groups, not folds of groups). */
  groupsOf: ReadonlyMap<string, readonly GroupCrumb[]>;
}

/**
 * A page's `group` as the path of groups it names, outermost first: "Setup › Linux" is ["Setup", "Linux"]
 * (each name without the spaces around it; one that shows nothing, textAsShown, is no group); no group is [].
 */
export function groupPath(group: string | undefined): string[] {
  if (group === undefined) return [];
  return group
    .split(/\s+›\s+/)
    .map((name) => name.trim())
    .filter((name) => textAsShown(name) !== '');
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
 * Empty and `.` parts are left out, so no slug starts with `/`: a file named `\\evil.example.md` was the
 * slug `/evil.example`, whose URL `//evil.example/` is another site's (the build refuses the name too:
 * pageUrlProblems).
 */
export function slugOfContentPath(path: string): string {
  const slug = path
    .replace(/\\/g, '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .join('/')
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

/**
 * Sorts the pages and nests them in their groups: at each level, consecutive pages whose paths share the
 * next group are that group's. A group split by other pages (at any level) is an error naming both pages.
 */
export function buildSidebarModel(pages: readonly PageRef[]): SidebarModel {
  const sorted = sortPages(pages);
  const top: Entry[] = [];
  const position = new Map<string, number>();
  const groupsOf = new Map<string, GroupCrumb[]>();
  /** The groups holding the page before, outermost first. */
  let open: GroupEntry[] = [];
  /** Each group met, by its path, with its first page: met again after it closed, it was split. */
  const firstOf = new Map<string, PageRef>();
  sorted.forEach((page, index) => {
    position.set(page.slug, index);
    const path = groupPath(page.group);
    let same = 0;
    while (same < open.length && same < path.length && open[same]?.label === path[same]) same++;
    open = open.slice(0, same);
    for (let depth = same; depth < path.length; depth++) {
      const label = path[depth] ?? '';
      const key = path.slice(0, depth + 1).join(GROUP_SEPARATOR);
      const first = firstOf.get(key);
      if (first)
        throw new Error(
          `${named(page)} is in group "${key}", but other pages come between it and ` +
            `${named(first)} of the same group: give a group's pages consecutive orders.`,
        );
      firstOf.set(key, page);
      const group: GroupEntry = { kind: 'group', label, entries: [], start: index, end: index };
      (open.at(-1)?.entries ?? top).push(group);
      open.push(group);
    }
    (open.at(-1)?.entries ?? top).push({ kind: 'page', page });
    for (const group of open) group.end = index + 1;
    if (open.length > 0)
      groupsOf.set(
        page.slug,
        open.map((group) => crumb(group, sorted)),
      );
  });
  twinLabels(top, sorted);
  return { pages: sorted, entries: foldTree(top), position, groupsOf };
}

/**
 * A label as a reader sees it: compatibility forms folded, characters that show nothing left out, blanks collapsed
 * (textAsShown: "Ｐrivacy", and "Privacy" with a zero-width space or a braille blank, show as "Privacy").
 */
export function labelAsShown(label: string): string {
  return textAsShown(label.normalize('NFKC'));
}

/**
 * A label as a reader tells it from another: as shown (labelAsShown), case folded ("Privacy", "PRIVACY", "Ｐrivacy"
 * and "Privacy" with a zero-width space read the same).
 */
export function labelAsRead(label: string): string {
  return labelAsShown(label).toLowerCase();
}

/**
 * Throws when two entries of one list of the sidebar (the top level, or one group's own), pages or groups, read the
 * same, naming their files (a group's by its first page): red team 27's page titled "Privacy" stood beside the
 * site's Privacy page, and a reader could not tell which one the sidebar led to, nor prev/next and search, which
 * name pages so too; a group "Privacy" beside it was the same page's section to the search's filter.
 */
function twinLabels(level: readonly Entry[], pages: readonly PageRef[]): void {
  const seen = new Map<string, string>();
  for (const entry of level) {
    const label = entry.kind === 'page' ? entry.page.label : entry.label;
    const page = entry.kind === 'page' ? entry.page : pages[entry.start];
    const name = `${page ? named(page) : 'a page'}${entry.kind === 'group' ? `'s group` : ''}`;
    const first = seen.get(labelAsRead(label));
    if (first !== undefined)
      throw new Error(
        `${first} and ${name} are both "${label}" in the sidebar, in one list: a reader cannot tell which is which. Give one of them another title, sidebarLabel or group.`,
      );
    seen.set(labelAsRead(label), name);
    if (entry.kind === 'group') twinLabels(entry.entries, pages);
  }
}

/** A group as breadcrumbs name it: its label, and its first page, where it leads. */
function crumb(group: GroupEntry, pages: readonly PageRef[]): GroupCrumb {
  const first = pages[group.start];
  return {
    label: group.label,
    href: pageHref(first?.slug ?? 'index'),
    ...(first?.lang !== undefined && { lang: first.lang }),
  };
}

/** Every level of the tree folded (foldLevel), the top one and each group's. */
function foldTree(level: Entry[]): Entry[] {
  const folded = level.map((entry) =>
    entry.kind === 'group' ? { ...entry, entries: foldTree(entry.entries) } : entry,
  );
  return foldLevel(folded);
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

/**
 * The groups holding the page at `slug`, outermost first, as breadcrumbs show them: each leads to its first
 * page. A group that is the page's own node (it leads to the page and has the page's name: "Attachment
 * object" and its page) is left out, the page's own crumb standing for it.
 */
export function getGroupTrail(model: SidebarModel, slug: string): GroupCrumb[] {
  const page = getCurrent(model, slug);
  const groups = model.groupsOf.get(slug) ?? [];
  return groups.filter((group) => !(page && group.href === page.href && sameLabel(group.label, page.label)));
}

/** The page's section, as search filters and llms.txt name it: its top-level group, else its own label. */
export function getSection(model: SidebarModel, slug: string): string | undefined {
  return model.groupsOf.get(slug)?.[0]?.label ?? getCurrent(model, slug)?.label;
}

/** Whether two labels (or TOC names) read the same: without the spaces around them, and without case. */
export function sameLabel(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
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
