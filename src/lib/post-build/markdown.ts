/**
 * Post-build stage: the Markdown copy of every page that links one (`<link rel="alternate"
 * type="text/markdown">`), made from the page's tree as pass one parsed it, written beside its HTML; then
 * `llms-full.txt`: every page llms.txt lists, in its order. Pages are written as they are read, never held,
 * with their compressed copies.
 */
import { closeSync, existsSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRA_PAGES, SITE_URL } from '../../consts.ts';
import { isInside } from '../learn/source-files.ts';
import { parseLlmsTxt } from '../llms-txt.ts';
import { markdownAlternate, MarkdownCopyTooLarge, markdownPath, pageMarkdown } from '../page-markdown.ts';
import { writeCopiesSync } from '../precompress.ts';
import { sourceOf, type Stage } from './stage.ts';

/** `content`: the folder of the pages' sources, which a problem names. */
export function markdownStage(content = join(process.cwd(), 'content')): Stage<number> {
  const sitesOwn = new Set(EXTRA_PAGES.map((page) => `/${page.slug}/`));
  let written = 0;
  return {
    name: 'page-markdown',
    failure:
      "A page's Markdown copy cannot be written: its link is not where the copy is written (see src/layouts/DocsLayout.astro), or the copy would be far larger than the page",
    derive: ({ file, tree }, site) => {
      const href = markdownAlternate(tree);
      if (href === undefined) return [];
      const pagePath = `/${file}`.replace(/index\.html$/, '');
      const pageUrl = new URL(pagePath, SITE_URL);
      // Where the layout links it (markdownPath) is where it is written.
      const expected = markdownPath(pagePath);
      if (new URL(href, pageUrl).href !== new URL(expected, SITE_URL).href)
        return [`links its Markdown at ${href}; it must be ${expected}.`];
      let made: string;
      try {
        made = pageMarkdown(tree, pageUrl.href, !sitesOwn.has(pagePath)).markdown;
      } catch (error) {
        if (!(error instanceof MarkdownCopyTooLarge)) throw error;
        const source = sourceOf(file, content);
        return [`${source === undefined ? '' : `(content/${source}) `}${error.message}`];
      }
      const markdown = Buffer.from(made);
      writeFileSync(join(site, expected), markdown);
      writeCopiesSync(site, expected.slice(1), markdown);
      written++;
      return [];
    },
    gathered: () => written,
    merge: (parts) => {
      written = parts.reduce((sum, part) => sum + part, 0);
    },
    finish: (site) => {
      if (written === 0) return undefined;
      const llms = join(site, 'llms.txt');
      if (!existsSync(llms))
        throw new Error('dist/llms.txt is missing: src/pages/llms.txt.ts should write it.');
      const links = parseLlmsTxt(readFileSync(llms, 'utf8')).sections.flatMap((section) => section.links);
      // Written a page at a time: at 10,000 pages the whole text would be tens of MB held at once.
      const full = openSync(join(site, 'llms-full.txt'), 'w');
      try {
        links.forEach((link, index) => {
          const url = new URL(link.url);
          const path = join(site, decodeURIComponent(url.pathname));
          // Inside dist/ by its path's names, not its text: `dist-x/…` starts with `dist` too.
          if (url.origin !== new URL(SITE_URL).origin || !isInside(site, path) || !existsSync(path))
            throw new Error(`llms.txt links ${link.url}, which the build did not write.`);
          writeSync(full, `${index === 0 ? '' : '\n\n---\n\n'}${readFileSync(path, 'utf8').trim()}`);
        });
        writeSync(full, '\n');
      } finally {
        closeSync(full);
      }
      return `${written} pages as Markdown; llms-full.txt holds ${links.length}`;
    },
  };
}
