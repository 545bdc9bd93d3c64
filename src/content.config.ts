import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './lib/page-schema.ts';

/** Every page of the site is one MDX file under content/, validated by this schema. */
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content' }),
  schema: pageSchema,
});

export const collections = { pages };
