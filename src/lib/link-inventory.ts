/** Every outbound destination of the site, grouped by where it goes, with the pages that cite it. */
import { classifyUrl } from './url-class.ts';

/** A link as the markdown pipeline records it in a page (see src/markdown/rehype-link-check.ts). */
export interface LinkRecord {
  /** The resolved href, as published. */
  href: string;
  /** The link text. */
  text: string;
  /** Line in the source file. */
  line?: number | undefined;
  /** The heading above the link, if any. */
  section?: { id: string; title: string } | undefined;
}

/** A place that links out: a page of the site, or a part shared by every page (the footer). */
export interface LinkSource {
  title: string;
  /** Where the place is (`/security/`); a citation links back to it and its section. */
  href?: string | undefined;
  links: readonly LinkRecord[];
}

export interface Citation {
  /** `Security › Further reading`. */
  label: string;
  /** `/security/#further-reading`, or undefined for a place with no page of its own. */
  href: string | undefined;
}

export interface Destination {
  url: string;
  /** Every text the site uses for it, first use first. */
  texts: string[];
  citations: Citation[];
}

export interface DestinationGroup {
  title: string;
  /** An id for the group's heading: `microsoft-trust-center`. */
  id: string;
  destinations: Destination[];
}

/** The group a destination belongs to, from its host; hosts with no group go to "Other destinations". */
export type GroupOf = (url: URL) => string | undefined;

const OTHER = 'Other destinations';

/** True when a published link leaves the site for another https origin, as the browser reads it. */
export function isOutbound(href: string): boolean {
  return classifyUrl(href).kind === 'outbound';
}

/**
 * The outbound URLs of `sources` whose group is `title`, in order of first citation, each once, as links
 * without text: what a component citing that whole group (the overview's Trust Center lead) links to.
 */
export function linksOfGroup(sources: readonly LinkSource[], groupOf: GroupOf, title: string): LinkRecord[] {
  const hrefs = sources
    .flatMap((source) => source.links.map((link) => link.href))
    .filter((href) => isOutbound(href) && groupTitle(href, groupOf) === title);
  return [...new Set(hrefs)].map((href) => ({ href, text: '' }));
}

/** `Microsoft Trust Center` → `microsoft-trust-center`. */
export function groupId(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function groupTitle(href: string, groupOf: GroupOf): string {
  try {
    return groupOf(new URL(href)) ?? OTHER;
  } catch {
    return OTHER;
  }
}

/**
 * The outbound destinations of `sources` (given in sidebar order), grouped by `groupOf` in the order of
 * `groupOrder`, then any other group; inside a group, destinations in order of first citation.
 */
export function buildLinkInventory(
  sources: readonly LinkSource[],
  groupOf: GroupOf,
  groupOrder: readonly string[],
): DestinationGroup[] {
  const destinations = new Map<string, Destination & { group: string }>();
  for (const source of sources) {
    for (const link of source.links) {
      if (!isOutbound(link.href)) continue;
      let destination = destinations.get(link.href);
      if (!destination) {
        destination = { url: link.href, texts: [], citations: [], group: groupTitle(link.href, groupOf) };
        destinations.set(link.href, destination);
      }
      if (link.text !== '' && !destination.texts.includes(link.text)) destination.texts.push(link.text);
      const citation: Citation = {
        label: link.section ? `${source.title} › ${link.section.title}` : source.title,
        href:
          source.href === undefined ? undefined : source.href + (link.section ? `#${link.section.id}` : ''),
      };
      if (!destination.citations.some((c) => c.label === citation.label && c.href === citation.href)) {
        destination.citations.push(citation);
      }
    }
  }

  const titles = [...new Set([...groupOrder, ...[...destinations.values()].map((d) => d.group)])];
  return titles
    .map((title) => ({
      title,
      id: groupId(title),
      destinations: [...destinations.values()]
        .filter((d) => d.group === title)
        .map(({ url, texts, citations }) => ({ url, texts, citations })),
    }))
    .filter((group) => group.destinations.length > 0);
}

/** A destination of one group with a short label: its text without the group's name in front. */
export interface LeadLink {
  label: string;
  url: string;
}

/** The destinations of group `title` with short labels (`Microsoft Trust Center - Security` → `Security`). */
export function leadLinks(inventory: readonly DestinationGroup[], title: string): LeadLink[] {
  const prefix = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[-–—:]\\s*`, 'i');
  const group = inventory.find((g) => g.title === title);
  return (group?.destinations ?? []).map((d) => ({
    label: (d.texts[0] ?? d.url).replace(prefix, ''),
    url: d.url,
  }));
}

/** A page's links, with its front matter's `source`: the file of the Learn article it was made of, if any. */
export interface ArticleLinkSource extends LinkSource {
  articleSource: string | undefined;
}

/**
 * The pages of `pages` that are pages of the article the site splits: no `source` of their own, or its
 * file (`UPSTREAM.path`), as their footers credit it.
 */
export function ownArticlePages(pages: readonly ArticleLinkSource[], upstreamPath: string): LinkSource[] {
  return pages.filter((page) => page.articleSource === undefined || page.articleSource === upstreamPath);
}

/**
 * The overview's lead (TrustCenterLinks.astro): the destinations of group `title` that the pages of the
 * article the site splits cite (ownArticlePages), each labelled as leadLinks labels it, never another
 * page's. With every page's, an imported article's links to www.microsoft.com (the Trust Center's host, and
 * Microsoft's) were listed on the home page under "Microsoft Trust Center", their text the label ("Claim your
 * free Defender licence now"; red team 19), and one page of 5,000 such links would list 5,000 there.
 */
export function overviewLead(
  pages: readonly ArticleLinkSource[],
  upstreamPath: string,
  groupOf: GroupOf,
  title: string,
): LeadLink[] {
  return leadLinks(buildLinkInventory(ownArticlePages(pages, upstreamPath), groupOf, [title]), title);
}

/** The link records the markdown pipeline left in a page's `remarkPluginFrontmatter`, checked for shape. */
export function readLinkRecords(value: unknown, page: string): LinkRecord[] {
  if (!Array.isArray(value)) {
    throw new Error(
      `${page} has no recorded links: its Markdown did not render (the error is above; a build after one that failed on it shows none, as Astro's content cache keeps the failed page until the file changes), or rehypeLinkCheck (src/markdown/rehype-link-check.ts) is not in the rehype plugins of astro.config.mjs.`,
    );
  }
  return value.map((item: unknown) => {
    const record = item as Partial<LinkRecord> | null;
    if (typeof record?.href !== 'string' || typeof record.text !== 'string') {
      throw new Error(`${page} has a recorded link without href or text: ${JSON.stringify(item)}`);
    }
    return record as LinkRecord;
  });
}
