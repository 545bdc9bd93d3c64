/** The sidebar as plain data: pages in their fixed order, the current one marked, and prev/next. */

export interface PageRef {
  /** Collection id, from the file name: `index`, `security`, `related-resources`. */
  slug: string;
  /** Label in the sidebar. */
  label: string;
  /** Position in the sidebar, from the page's front matter. */
  order: number;
}

export interface SidebarLink {
  href: string;
  label: string;
  isCurrent: boolean;
}

export interface PrevNext {
  prev?: SidebarLink;
  next?: SidebarLink;
}

/** The URL of a page: the overview (`index`) is the site root, every other page a folder. */
export function pageHref(slug: string): string {
  return slug === 'index' ? '/' : `/${slug}/`;
}

/** Pages sorted by `order`; two pages with the same order are an error naming both. */
export function sortPages<T extends PageRef>(pages: readonly T[]): T[] {
  const sorted = [...pages].sort((a, b) => a.order - b.order);
  for (let i = 1; i < sorted.length; i++) {
    const [before, page] = [sorted[i - 1], sorted[i]];
    if (before && page && before.order === page.order) {
      throw new Error(
        `content/${before.slug}.mdx and content/${page.slug}.mdx both have order: ${page.order}. ` +
          'Give each page its own order: it is the position in the sidebar.',
      );
    }
  }
  return sorted;
}

/** The sidebar links in page order, with the page at `currentSlug` marked current. */
export function buildSidebar(pages: readonly PageRef[], currentSlug: string): SidebarLink[] {
  return sortPages(pages).map((page) => ({
    href: pageHref(page.slug),
    label: page.label,
    isCurrent: page.slug === currentSlug,
  }));
}

/** The links before and after the current one in the sidebar, where they exist. */
export function getPrevNext(sidebar: readonly SidebarLink[]): PrevNext {
  const index = sidebar.findIndex((link) => link.isCurrent);
  if (index === -1) return {};
  const result: PrevNext = {};
  const prev = sidebar[index - 1];
  const next = sidebar[index + 1];
  if (prev) result.prev = prev;
  if (next) result.next = next;
  return result;
}
