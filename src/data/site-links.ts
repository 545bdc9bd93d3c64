import { getCollection, render } from 'astro:content';
import { EXTRA_PAGES, OUTBOUND_HOSTS, SOURCE, TRUST_CENTER, UPSTREAM } from '../consts.ts';
import { checkInternalLinks, type InternalLink } from '../lib/link-check.ts';
import {
  buildLinkInventory,
  linksOfGroup,
  overviewLead,
  ownArticlePages,
  readLinkRecords,
  type DestinationGroup,
  type ArticleLinkSource,
  type LeadLink,
  type LinkSource,
} from '../lib/link-inventory.ts';
import { pageHref } from '../lib/navigation.ts';
import { provenance } from '../lib/provenance.ts';
import { getArticlePages } from './site-pages.ts';

/** The footer's links (Attribution.astro), on every page. */
const FOOTER: LinkSource = {
  title: 'Every page, in the footer',
  links: [
    { href: SOURCE.url, text: SOURCE.title },
    { href: SOURCE.licenceUrl, text: SOURCE.licence },
  ],
};

/** What rehype-link-check recorded of a page for the site-wide check, checked for shape. */
function readLinkCheck(value: unknown, page: string): { internal: InternalLink[]; headingIds: string[] } {
  const record = value as { internal?: unknown; headingIds?: unknown } | undefined;
  if (!Array.isArray(record?.internal) || !Array.isArray(record.headingIds)) {
    throw new Error(
      `${page} has no recorded link targets: rehypeLinkCheck (src/markdown/rehype-link-check.ts) must be in the rehype plugins of src/markdown/pipeline.ts.`,
    );
  }
  return { internal: record.internal as InternalLink[], headingIds: record.headingIds as string[] };
}

/**
 * Stops the build on what `blocks` report (each a heading and its lines naming file and line), printed
 * once: Astro prints an error a page throws three times, so the error says only where to look. Under
 * `astro dev`, a warning.
 */
function stopOn(blocks: string[], what: string): void {
  if (blocks.length === 0) return;
  // On a line of its own: Astro is in the middle of the line naming the page it renders.
  const report = `\n[links] ${blocks.join('\n\n')}`;
  if (process.env['NODE_ENV'] === 'development') {
    console.warn(report);
    return;
  }
  console.error(report);
  const error = new Error(`The build stops on the ${what} printed above, each with its file and line.`);
  // Where in the site's code it was found is of no use to whoever fixes the page.
  error.stack = '';
  throw error;
}

/** The report of `files`, plain Markdown pages whose render threw: each one's error was printed as content loaded. */
function didNotRender(files: readonly string[]): string {
  return [
    `Did not render (Astro would publish ${files.length === 1 ? 'it' : 'them'} empty):`,
    ...files.map(
      (file) => `${file}: its error, naming the line, is printed above, under "[content] Syncing content".`,
    ),
    "A later build prints it no more while the file is unchanged (Astro's content cache keeps the failed page): `npx astro build --force` renders every page again.",
  ].join('\n');
}

let inventory: Promise<DestinationGroup[]> | undefined;

/** The overview's Trust Center lead, set with the inventory: see getOverviewLead. */
let lead: LeadLink[] = [];

/**
 * The overview's lead (TrustCenterLinks.astro): the Trust Center destinations the pages of the article the
 * site splits cite (those whose `source` is none or its file, as their footers credit it), never another
 * page's (overviewLead).
 */
export async function getOverviewLead(): Promise<LeadLink[]> {
  await getLinkInventory();
  return lead;
}

/**
 * Every outbound destination of the site, from the links the markdown pipeline recorded while rendering
 * each page (never a hand-kept list), grouped as OUTBOUND_HOSTS says. Built once per build; first, the
 * links between pages are checked, once, against every page's headings (a broken one fails the build,
 * naming file and line; under `astro dev` it warns).
 */
export function getLinkInventory(): Promise<DestinationGroup[]> {
  inventory ??= (async () => {
    const entries = new Map((await getCollection('pages')).map((entry) => [entry.id, entry]));
    const sources: ArticleLinkSource[] = [];
    const internal: InternalLink[] = [];
    const headingIds = new Map<string, ReadonlySet<string> | undefined>(
      EXTRA_PAGES.map((page) => [pageHref(page.slug), undefined]),
    );
    const unrendered: string[] = [];
    for (const page of await getArticlePages()) {
      const entry = entries.get(page.slug);
      if (!entry) continue;
      const { remarkPluginFrontmatter } = await render(entry);
      const file = entry.filePath ?? `content/${entry.id}.mdx`;
      // A plain Markdown page whose render threw (a broken link, say): Astro's content loader printed the
      // error, kept the page without its HTML, its front matter or its records, and would publish it empty.
      if (Object.keys(remarkPluginFrontmatter).length === 0) {
        unrendered.push(file);
        headingIds.set(pageHref(page.slug), undefined);
        continue;
      }
      const links = readLinkRecords(remarkPluginFrontmatter['links'], file);
      const checked = readLinkCheck(remarkPluginFrontmatter['linkCheck'], file);
      internal.push(...checked.internal);
      headingIds.set(pageHref(page.slug), new Set(checked.headingIds));
      sources.push({ title: page.label, href: pageHref(page.slug), links, articleSource: entry.data.source });
    }
    const blocks: string[] = [];
    const found: string[] = [];
    if (unrendered.length > 0) {
      blocks.push(didNotRender(unrendered));
      found.push(unrendered.length === 1 ? 'page that did not render' : 'pages that did not render');
    }
    const problems = checkInternalLinks(internal, headingIds);
    if (problems.length > 0) {
      blocks.push(`Broken link${problems.length > 1 ? 's' : ''}:\n${problems.join('\n')}`);
      found.push(problems.length === 1 ? 'broken link' : 'broken links');
    }
    stopOn(blocks, found.join(' and '));
    // Each article page names its source file on GitHub and links its editor (PageSource.astro).
    const provenanceSources: LinkSource[] = [];
    for (const page of await getArticlePages()) {
      const entry = entries.get(page.slug);
      if (!entry) continue;
      const source = provenance(entry.data);
      // A page whose repository is not known links no file on GitHub.
      if (source.repository === undefined) continue;
      provenanceSources.push({
        title: `${page.label}, its source`,
        href: pageHref(page.slug),
        links: [
          { href: source.viewUrl, text: source.path },
          { href: source.editUrl, text: 'Suggest a fix' },
        ],
      });
    }
    const groupOf = (url: URL) => OUTBOUND_HOSTS[url.hostname];
    // The overview cites the Trust Center destinations first, through TrustCenterLinks.astro.
    lead = overviewLead(sources, UPSTREAM.path, groupOf, TRUST_CENTER);
    const leadRecords = linksOfGroup(ownArticlePages(sources, UPSTREAM.path), groupOf, TRUST_CENTER);
    const cited = sources.map((source) =>
      source.href === '/' ? { ...source, links: [...leadRecords, ...source.links] } : source,
    );
    return buildLinkInventory(
      [...cited, ...provenanceSources, FOOTER],
      groupOf,
      Object.values(OUTBOUND_HOSTS),
    );
  })();
  return inventory;
}
