/**
 * The site's Markdown pipeline as one ordered list of remark and rehype plugins. astro.config.mjs renders
 * every page with it, and the tests render with the same list (tests/support/learn-markdown.ts), so what
 * is tested is what ships.
 */
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import { CONTENT_COMPONENTS, LEARN_BASE, LEARN_FOLDER, OUTBOUND_HOSTS } from '../consts.ts';
import { externalLinksOptions } from './external-links.ts';
import { rehypeLearnLinks } from './rehype-learn-links.ts';
import { rehypeLinkCheck } from './rehype-link-check.ts';
import { remarkContentSafety } from './remark-content-safety.ts';
import { remarkLearnAlerts } from './remark-learn-alerts.ts';
import { remarkLearnBlocks } from './remark-learn-blocks.ts';
import { remarkLearnImages } from './remark-learn-images.ts';
import { remarkLearnInclude } from './remark-learn-include.ts';
import { remarkLearnTabs } from './remark-learn-tabs.ts';
import { remarkLearnTables } from './remark-learn-tables.ts';
import { remarkLearnVideo } from './remark-learn-video.ts';

export interface PipelineOptions {
  /** The project folder (holding content/ and public/). */
  root: URL;
  /** Slugs of every page of the site, so a relative `privacy.md` link goes to this site's page. */
  sitePages: Iterable<string>;
  /** Link problems fail the build (true) or warn (false); by default they warn only in `astro dev`. */
  strictLinks?: boolean;
}

/** Plugins as functions, not names to resolve: Astro's config and @mdx-js/mdx both accept these. */
type Loaded<List extends unknown[]> = Exclude<List[number], string | [string, unknown]>[];

export interface Pipeline {
  remarkPlugins: Loaded<RemarkPlugins>;
  rehypePlugins: Loaded<RehypePlugins>;
}

/** The "#" link after each heading, named for screen readers; the heading's own text stays as written. */
function headingAnchor(heading: Element): ElementContent[] {
  return [
    {
      type: 'element',
      tagName: 'span',
      properties: { ariaHidden: 'true' },
      children: [{ type: 'text', value: '#' }],
    },
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['visually-hidden'] },
      children: [{ type: 'text', value: `Link to section: ${toString(heading)}` }],
    },
  ];
}

/** The plugins, in the order they must run. GFM comes from remark-gfm itself (the processor's is off). */
export function markdownPipeline({ root, sitePages, strictLinks }: PipelineOptions): Pipeline {
  const pages = new Set(sitePages);
  return {
    remarkPlugins: [
      remarkGfm,
      // Includes first, so what they bring in is checked and rendered too.
      remarkLearnInclude,
      [remarkContentSafety, { components: CONTENT_COMPONENTS }],
      remarkLearnAlerts,
      [remarkLearnImages, { publicDir: fileURLToPath(new URL('public/', root)) }],
      remarkLearnBlocks,
      remarkLearnTabs,
      remarkLearnVideo,
      remarkLearnTables,
    ],
    rehypePlugins: [
      rehypeSlug,
      [
        rehypeAutolinkHeadings,
        {
          behavior: 'after',
          group: { type: 'element', tagName: 'div', properties: { className: ['heading'] }, children: [] },
          properties: { className: ['heading-anchor'], 'data-pagefind-ignore': '' },
          content: headingAnchor,
        },
      ],
      [rehypeLearnLinks, { sitePages: pages, learnBase: LEARN_BASE, learnFolder: LEARN_FOLDER }],
      // After resolution, before the marker: checks links as published and records them for /links/.
      [
        rehypeLinkCheck,
        {
          allowedHosts: Object.keys(OUTBOUND_HOSTS),
          root: fileURLToPath(root),
          ...(strictLinks === undefined ? {} : { strict: strictLinks }),
        },
      ],
      [rehypeExternalLinks, externalLinksOptions],
    ],
  };
}
