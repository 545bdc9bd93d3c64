import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './lib/page-schema.ts';

/**
 * Every page of the site is one file under content/, validated by this schema: `.mdx` when it uses a
 * component, plain `.md` otherwise (Astro renders Markdown without compiling a Vite module per page).
 */
const pages = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: './content' }),
  schema: pageSchema,
});

export const collections = { pages };
