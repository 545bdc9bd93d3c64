import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Stops the build with Pagefind's own errors, naming the step that failed. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/** Builds the Pagefind search index from the built HTML, so `astro build` alone writes dist/pagefind/. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const created = await pagefind.createIndex({ forceLanguage: 'en' });
          assertNoErrors('start', created.errors);
          const { index } = created;
          if (!index) throw new Error('Pagefind could not start: it returned no index.');
          const added = await index.addDirectory({ path: site });
          assertNoErrors(`index ${site}`, added.errors);
          if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${site}.`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          assertNoErrors('write its files', written.errors);
          logger.info(`Indexed ${added.page_count} pages into ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
