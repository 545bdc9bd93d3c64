// @ts-check
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { toString } from 'hast-util-to-string';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { CONTENT_COMPONENTS, EXTRA_PAGES, LEARN_BASE, LEARN_FOLDER, OUTBOUND_HOSTS, SITE_URL } from './src/consts.ts';
import { learnLeftovers } from './src/integrations/learn-leftovers.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { securityHeadersFile } from './src/integrations/security-headers.ts';
import { astroCspOptions } from './src/lib/security-headers.ts';
import { externalLinksOptions } from './src/markdown/external-links.ts';
import { rehypeLearnLinks } from './src/markdown/rehype-learn-links.ts';
import { rehypeLinkCheck } from './src/markdown/rehype-link-check.ts';
import { remarkContentSafety } from './src/markdown/remark-content-safety.ts';
import { remarkLearnAlerts } from './src/markdown/remark-learn-alerts.ts';
import { remarkLearnBlocks } from './src/markdown/remark-learn-blocks.ts';
import { remarkLearnImages } from './src/markdown/remark-learn-images.ts';
import { remarkLearnInclude } from './src/markdown/remark-learn-include.ts';

/** Slugs of the site's own pages, so a relative `privacy.md` link goes to this site's page. */
const sitePages = new Set(
  readdirSync(new URL('./content/', import.meta.url))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => file.replace(/\.mdx$/, ''))
    .concat(EXTRA_PAGES.map((page) => page.slug)),
);

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Two pages at one URL (e.g. privacy.mdx and Privacy.mdx) stop the build instead of one vanishing.
  prerenderConflictBehavior: 'error',
  // The policy and its hashes: see src/lib/security-headers.ts.
  security: { csp: astroCspOptions() },
  markdown: {
    syntaxHighlight: false,
    // Learn's text is published word for word: no smart quotes; GFM comes from remark-gfm itself.
    processor: unified({
      gfm: false,
      smartypants: false,
      // Learn's own syntax (includes first, so what they bring in is rendered and checked too).
      remarkPlugins: [
        remarkGfm,
        remarkLearnInclude,
        [remarkContentSafety, { components: CONTENT_COMPONENTS }],
        remarkLearnAlerts,
        [remarkLearnImages, { publicDir: fileURLToPath(new URL('./public/', import.meta.url)) }],
        remarkLearnBlocks,
      ],
      rehypePlugins: [
        rehypeSlug,
        // A "#" link after each heading, named for screen readers; the heading's own text stays as written.
        [
          rehypeAutolinkHeadings,
          {
            behavior: 'after',
            group: { type: 'element', tagName: 'div', properties: { className: ['heading'] }, children: [] },
            properties: { className: ['heading-anchor'], 'data-pagefind-ignore': '' },
            /** @param {import('hast').Element} heading */
            content: (heading) => [
              { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
              {
                type: 'element',
                tagName: 'span',
                properties: { className: ['visually-hidden'] },
                children: [{ type: 'text', value: `Link to section: ${toString(heading)}` }],
              },
            ],
          },
        ],
        [rehypeLearnLinks, { sitePages, learnBase: LEARN_BASE, learnFolder: LEARN_FOLDER }],
        // After resolution, before the marker: checks links as published and records them for /links/.
        [rehypeLinkCheck, { sitePages, allowedHosts: Object.keys(OUTBOUND_HOSTS), root: fileURLToPath(new URL('./', import.meta.url)) }],
        [rehypeExternalLinks, externalLinksOptions],
      ],
    }),
  },
  // security-headers rewrites the pages' <head>, so it runs before Pagefind reads them.
  integrations: [mdx(), sitemap(), learnLeftovers(), securityHeadersFile(), pagefindIndex()],
});
