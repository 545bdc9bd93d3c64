import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findLearnLeftovers } from '../lib/import/leftovers.ts';

/** Every built HTML file under `dir`. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Fails the build when Learn syntax (`:::`, `[!NOTE]`…) reaches a published page: it was not rendered. */
export function learnLeftovers(): AstroIntegration {
  return {
    name: 'learn-leftovers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const site = fileURLToPath(dir);
        const problems = htmlFiles(site).flatMap((file) =>
          findLearnLeftovers(readFileSync(file, 'utf8')).map((text) => `/${relative(site, file).replace(/index\.html$/, '')}: "${text}"`),
        );
        if (problems.length > 0) {
          // A page showing raw Learn syntax must not be published: remove what the build wrote.
          rmSync(site, { recursive: true, force: true });
          throw new Error(
            `Learn syntax reached the published HTML unrendered (dist/ removed; fix the page's Markdown, or teach src/markdown/remark-learn-*.ts the construct):\n${problems.join('\n')}`,
          );
        }
      },
    },
  };
}
