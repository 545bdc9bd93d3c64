// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { SITE_URL } from './src/consts.ts';
import { dataStoreFromDisk } from './src/integrations/data-store.ts';
import { emptiedOutDir } from './src/integrations/empty-out-dir.ts';
import { mdxNestingLimit } from './src/integrations/mdx-nesting.ts';
import { finishedSite } from './src/integrations/finish.ts';
import { quietKnownWarnings } from './src/integrations/known-warnings.ts';
import { freePageUrls } from './src/integrations/page-urls.ts';
import { lazyChunks } from './src/integrations/lazy-chunks.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { astroCspOptions } from './src/lib/security-headers.ts';
import { markdownProcessor } from './src/markdown/pipeline.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  // Stylesheets inlined into each page: first paint waits for no CSS request (see README Performance).
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Two pages at one URL (e.g. privacy.mdx and Privacy.mdx) stop the build instead of one vanishing; so
  // does a page at a URL the build writes a file at (freePageUrls: favicon.svg.md, pagefind/x.md…).
  prerenderConflictBehavior: 'error',
  // The policy and its hashes: see src/lib/security-headers.ts.
  security: { csp: astroCspOptions() },
  // What a page loads on intent (search, the Markdown copy's button) is imported by its chunk's URL (src/integrations/lazy-chunks.ts).
  vite: { plugins: [lazyChunks()] },
  markdown: {
    syntaxHighlight: false,
    processor: markdownProcessor(new URL('./', import.meta.url)),
  },
  // freePageUrls: no page at a URL the build writes something else at, checked before anything is built
  // (src/integrations/page-urls.ts); emptiedOutDir: dist/ emptied of all but .git before the build writes
  // (Astro 7.3 keeps entries named g, i and t: src/integrations/empty-out-dir.ts); mdxNestingLimit: an
  // .mdx page nested thousands deep fails with its line before MDX parses it (src/integrations/mdx-nesting.ts); dataStoreFromDisk: the content store stays out of the bundle
  // (src/integrations/data-store.ts); pagefindIndex: search in `astro dev`; finishedSite: post-build, the
  // search index and precompression, after the other integrations (src/integrations/finish.ts);
  // quietKnownWarnings: the bundler's warnings of Astro's own code left out of the log (src/integrations/known-warnings.ts).
  integrations: [
    quietKnownWarnings(),
    freePageUrls(),
    emptiedOutDir(),
    mdxNestingLimit(),
    mdx(),
    sitemap(),
    dataStoreFromDisk(),
    pagefindIndex(),
    finishedSite(),
  ],
});
