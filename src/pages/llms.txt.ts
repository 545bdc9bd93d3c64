import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { EXTRA_PAGES, SITE_DESCRIPTION, SITE_TITLE, SITE_URL } from '../consts.ts';
import { getSidebarModel } from '../data/site-pages.ts';
import {
  formatLlmsTxt,
  groupSection,
  OPTIONAL_SECTION,
  UNGROUPED_SECTION,
  type LlmsSection,
} from '../lib/llms-txt.ts';
import { markdownPath } from '../lib/page-markdown.ts';
import { attributionMarkdown } from '../lib/page-markdown.ts';
import { GROUP_SEPARATOR, getGroupTrail, pageHref } from '../lib/navigation.ts';

/**
 * The article's pages by top-level sidebar group (ungrouped ones under "Pages"; a group that would
 * read as one of the file's own sections is "Group: …", groupSection), each named with the groups holding it
 * below that one, as breadcrumbs show them ("Attachment object › Methods › Delete"); then the site's own
 * pages as "Optional".
 */
export const GET: APIRoute = async () => {
  const model = await getSidebarModel();
  const descriptions = new Map(
    (await getCollection('pages')).map((page) => [page.id, page.data.description]),
  );
  const extra = new Set(EXTRA_PAGES.map((page) => page.slug));
  const sections: LlmsSection[] = [];
  for (const page of model.pages) {
    const [top] = model.groupsOf.get(page.slug) ?? [];
    const heading = extra.has(page.slug)
      ? OPTIONAL_SECTION
      : top === undefined
        ? UNGROUPED_SECTION
        : groupSection(top.label);
    const within = getGroupTrail(model, page.slug).filter((group) => group !== top);
    let section = sections.at(-1);
    if (section?.heading !== heading) sections.push((section = { heading, links: [] }));
    section.links.push({
      title: [...within.map((group) => group.label), page.label].join(GROUP_SEPARATOR),
      url: new URL(markdownPath(pageHref(page.slug)), SITE_URL).href,
      description: descriptions.get(page.slug),
    });
  }
  const text = formatLlmsTxt({
    name: SITE_TITLE,
    summary: SITE_DESCRIPTION,
    notes: [
      attributionMarkdown().replace(/^> /, ''),
      `Each page is also published as Markdown at its address plus \`index.md\`; ${new URL('/llms-full.txt', SITE_URL).href} holds them all in one file.`,
    ],
    sections,
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
