// @ts-check
import { readdirSync } from 'node:fs';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { EXTRA_PAGES, SITE_URL } from './src/consts.ts';
import { finishedSite } from './src/integrations/finish.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { astroCspOptions } from './src/lib/security-headers.ts';
import { markdownPipeline } from './src/markdown/pipeline.ts';
import { isContentPage, slugOfContentPath } from './src/lib/navigation.ts';
/** Slugs of the site's own pages, so a relative `privacy.md` link goes to this site's page. */
const sitePages = new Set(
  readdirSync(new URL('./content/', import.meta.url), { recursive: true, encoding: 'utf8' })
    .filter((file) => isContentPage(file))
    .map(slugOfContentPath)
    .concat(EXTRA_PAGES.map((page) => page.slug)),
);

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // Stylesheets inlined into each page: first paint waits for no CSS request (see README Performance).
  build: { format: 'directory', inlineStylesheets: 'always' },
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
      ...markdownPipeline({ root: new URL('./', import.meta.url), sitePages }),
    }),
  },
  // pagefindIndex: search in `astro dev`; finishedSite: post-build, the search index and precompression,
  // after the other integrations (src/integrations/finish.ts).
  integrations: [mdx(), sitemap(), pagefindIndex(), finishedSite()],
});
