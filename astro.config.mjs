// @ts-check
import { readdirSync } from 'node:fs';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { toString } from 'hast-util-to-string';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { LEARN_BASE, LEARN_FOLDER, SITE_URL } from './src/consts.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { rehypeLearnLinks } from './src/markdown/rehype-learn-links.ts';

/** Slugs of the site's own pages, so a relative `privacy.md` link goes to this site's page. */
const sitePages = new Set(
  readdirSync(new URL('./content/', import.meta.url))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => file.replace(/\.mdx$/, '')),
);

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    syntaxHighlight: false,
    // Learn's text is published word for word: no smart quotes; GFM comes from remark-gfm itself.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm],
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
      ],
    }),
  },
  integrations: [mdx(), pagefindIndex()],
});
