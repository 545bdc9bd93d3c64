import { getCollection, render } from 'astro:content';
import { OUTBOUND_HOSTS, SOURCE, TRUST_CENTER } from '../consts.ts';
import {
  buildLinkInventory,
  leadLinks,
  readLinkRecords,
  type DestinationGroup,
  type LinkRecord,
  type LinkSource,
} from '../lib/link-inventory.ts';
import { pageHref } from '../lib/navigation.ts';
import { getArticlePages } from './site-pages.ts';

/** The footer's links (Attribution.astro), on every page. */
const FOOTER: LinkSource = {
  title: 'Every page, in the footer',
  links: [
    { href: SOURCE.url, text: SOURCE.title },
    { href: SOURCE.licenceUrl, text: SOURCE.licence },
  ],
};

let inventory: Promise<DestinationGroup[]> | undefined;

/**
 * Every outbound destination of the site, from the links the markdown pipeline recorded while rendering
 * each page (never a hand-kept list), grouped as OUTBOUND_HOSTS says; built once per build.
 */
export function getLinkInventory(): Promise<DestinationGroup[]> {
  inventory ??= (async () => {
    const entries = new Map((await getCollection('pages')).map((entry) => [entry.id, entry]));
    const sources: (LinkSource & { links: LinkRecord[] })[] = [];
    for (const page of await getArticlePages()) {
      const entry = entries.get(page.slug);
      if (!entry) continue;
      const { remarkPluginFrontmatter } = await render(entry);
      const links = readLinkRecords(
        remarkPluginFrontmatter['links'],
        entry.filePath ?? `content/${entry.id}.mdx`,
      );
      sources.push({ title: page.label, href: pageHref(page.slug), links });
    }
    const groupOf = (url: URL) => OUTBOUND_HOSTS[url.hostname];
    const order = Object.values(OUTBOUND_HOSTS);
    // The overview cites the Trust Center too, through TrustCenterLinks.astro, which reads this model.
    const overview = sources.find((source) => source.href === '/');
    const lead = leadLinks(buildLinkInventory(sources, groupOf, order), TRUST_CENTER);
    overview?.links.unshift(...lead.map((link) => ({ href: link.url, text: '' })));
    return buildLinkInventory([...sources, FOOTER], groupOf, order);
  })();
  return inventory;
}
