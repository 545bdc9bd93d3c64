import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findLearnLeftovers } from '../lib/learn/leftovers.ts';
import { readBuiltPages, refusePublishing } from './built-pages.ts';

/** Fails the build when Learn syntax (`:::`, `[!NOTE]`…) reaches a published page: it was not rendered. */
export function learnLeftovers(): AstroIntegration {
  return {
    name: 'learn-leftovers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const site = fileURLToPath(dir);
        const problems = readBuiltPages(site).flatMap(({ file, html }) =>
          findLearnLeftovers(html).map((text) => `/${file.replace(/index\.html$/, '')}: "${text}"`),
        );
        if (problems.length > 0) {
          // A page showing raw Learn syntax must not be published.
          refusePublishing(
            site,
            `Learn syntax reached the published HTML unrendered (dist/ removed; fix the page's Markdown, or teach src/markdown/remark-learn-*.ts the construct):\n${problems.join('\n')}`,
          );
        }
      },
    },
  };
}
