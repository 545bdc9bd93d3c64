import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_GLOB, slugOfContentPath } from './lib/navigation.ts';
import { pageSchema } from './lib/page-schema.ts';

/**
 * Every page of the site is one file under content/ (folders allowed), validated by its schema: `.mdx`
 * when it uses a component, plain `.md` otherwise (Astro renders Markdown without a Vite module per page).
 */
const pages = defineCollection({
  // Folders kept: content/docs/setup.mdx is the page /docs/setup/, as on Learn.
  loader: glob({
    pattern: CONTENT_GLOB,
    base: './content',
    generateId: ({ entry }) => slugOfContentPath(entry),
  }),
  schema: pageSchema,
});

export const collections = { pages };
