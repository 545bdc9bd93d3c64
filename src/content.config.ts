import { defineCollection } from 'astro:content';
import { CONTENT_GLOB, slugOfContentPath } from './lib/navigation.ts';
import { pageSchema } from './lib/page-schema.ts';
import { globRenderingInWorkers } from './markdown/render-pool.ts';

/**
 * Every page of the site is one file under content/ (folders allowed), validated by its schema: `.mdx`
 * when it uses a component, plain `.md` otherwise (Astro renders Markdown without a Vite module per page).
 */
const pages = defineCollection({
  // Folders kept: content/docs/setup.mdx is the page /docs/setup/, as on Learn.
  loader: globRenderingInWorkers({
    pattern: CONTENT_GLOB,
    base: './content',
    generateId: ({ entry }) => slugOfContentPath(entry),
    // The Markdown source is not kept beside the rendered page: nothing reads it, and at 10,000 pages
    // it was a third of the data store Astro bundles and loads.
    retainBody: false,
  }),
  schema: pageSchema,
});

export const collections = { pages };
