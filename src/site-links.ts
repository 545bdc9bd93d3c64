import { getCollection, render } from 'astro:content';
import { OUTBOUND_HOSTS, SOURCE } from './consts.ts';
import { buildLinkInventory, readLinkRecords, type DestinationGroup, type LinkSource } from './lib/link-inventory.ts';
import { pageHref } from './lib/navigation.ts';
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
    const sources: LinkSource[] = [];
    for (const page of await getArticlePages()) {
      const entry = entries.get(page.slug);
      if (!entry) continue;
      const { remarkPluginFrontmatter } = await render(entry);
      const links = readLinkRecords(remarkPluginFrontmatter['links'], `content/${entry.id}.mdx`);
      sources.push({ title: page.label, href: pageHref(page.slug), links });
    }
    sources.push(FOOTER);
    const groupOf = (url: URL) => OUTBOUND_HOSTS[url.hostname];
    return buildLinkInventory(sources, groupOf, Object.values(OUTBOUND_HOSTS));
  })();
  return inventory;
}
