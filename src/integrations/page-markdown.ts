import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import { EXTRA_PAGES, SITE_URL } from '../consts.ts';
import { parseLlmsTxt } from '../lib/llms-txt.ts';
import { markdownAlternate, pageMarkdown } from '../lib/page-markdown.ts';

/**
 * Writes the Markdown copy of every page that links one (`<link rel="alternate" type="text/markdown">`),
 * made from its final HTML, then `llms-full.txt`: every page llms.txt lists, in its order.
 * Runs after the security headers (the HTML is final) and before precompress (which compresses these too).
 */
export function pageMarkdownFiles(): AstroIntegration {
  return {
    name: 'page-markdown',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        let written = 0;
        const sitesOwn = new Set(EXTRA_PAGES.map((page) => `/${page.slug}/`));
        const htmlFiles = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((file) =>
          file.endsWith('.html'),
        );
        for (const file of htmlFiles) {
          const tree = fromHtml(readFileSync(join(site, file), 'utf8'));
          const href = markdownAlternate(tree);
          if (href === undefined) continue;
          const pagePath = `/${file}`.replace(/index\.html$/, '');
          const target = new URL(href, new URL(pagePath, SITE_URL));
          const expected = new URL(`${pagePath}index.md`, SITE_URL);
          if (target.href !== expected.href) {
            throw new Error(`dist/${file} links its Markdown at ${href}; it must be ${expected.pathname}.`);
          }
          writeFileSync(
            join(site, file.replace(/\.html$/, '.md')),
            pageMarkdown(tree, new URL(pagePath, SITE_URL).href, !sitesOwn.has(pagePath)).markdown,
          );
          written++;
        }
        const llms = join(site, 'llms.txt');
        if (!existsSync(llms))
          throw new Error('dist/llms.txt is missing: src/pages/llms.txt.ts should write it.');
        const parts = parseLlmsTxt(readFileSync(llms, 'utf8')).sections.flatMap((section) =>
          section.links.map((link) => {
            const url = new URL(link.url);
            const path = join(site, decodeURIComponent(url.pathname));
            if (url.origin !== new URL(SITE_URL).origin || !path.startsWith(site) || !existsSync(path))
              throw new Error(`llms.txt links ${link.url}, which the build did not write.`);
            return readFileSync(path, 'utf8').trim();
          }),
        );
        writeFileSync(join(site, 'llms-full.txt'), `${parts.join('\n\n---\n\n')}\n`);
        logger.info(`${written} pages as Markdown; llms-full.txt holds ${parts.length}`);
      },
    },
  };
}
