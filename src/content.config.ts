import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { slugOfContentPath } from './lib/navigation.ts';
import { pageSchema } from './lib/page-schema.ts';

/** Every page of the site is one MDX file under content/ (folders allowed), validated by its schema. */
const pages = defineCollection({
  // Folders kept: content/docs/setup.mdx is the page /docs/setup/, as on Learn.
  loader: glob({
    pattern: '**/*.mdx',
    base: './content',
    generateId: ({ entry }) => slugOfContentPath(entry),
  }),
  schema: pageSchema,
});

export const collections = { pages };
