import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { visit } from '../lib/tree-visit.ts';
import { isPublicFile } from '../lib/public-file.ts';
import { onLearnHost, resolveLearnLink, type LearnLinkContext } from '../lib/learn-links.ts';
import { isRelativeReference } from '../lib/url-class.ts';
import { pageLine, placeName } from './source-place.ts';
import { leavesFolder, relativePath } from '../lib/learn/source-files.ts';

/** The href as the source wrote it, kept on a rewritten link so checks can quote what the maintainer wrote. */
export function writtenHref(node: Element): string | undefined {
  const written = (node.data as { writtenHref?: unknown } | undefined)?.writtenHref;
  return typeof written === 'string' ? written : undefined;
}

/**
 * The error a page's link problems stop the build with: its message is the report, one problem a line
 * naming file and line. No stack trace, which would point into the plugins rather than at the page (Astro
 * prints the error twice for a plain Markdown page: its Markdown renderer, then its content loader); the
 * first problem's line, which Astro shows as an MDX page's error location (`content/a.mdx:14:1`, not `0:0`).
 */
export function linkFailure(message: string, line: number | undefined): Error {
  const error = new Error(message);
  error.stack = '';
  // Not enumerable: Node would print them after the message.
  if (line !== undefined) {
    Object.defineProperties(error, { line: { value: line }, column: { value: 1 } });
  }
  return error;
}

/** Whether the text of the link `node` is `href` itself, as a bare URL's is (the URL parser's reading of both). */
function isOwnText(node: Element, href: string): boolean {
  const text = toString(node).trim();
  return text === href || (URL.canParse(text) && new URL(text).href === new URL(href).href);
}

export interface LearnLinksOptions extends LearnLinkContext {
  /**
   * The default folder's articles as a list, instead of `knownArticles`: options are part of Astro's
   * config, whose text keys its content cache, so a changed list renders the pages again (a Set has no text).
   */
  articles?: readonly string[] | undefined;
  /** The folder of the page files (content/): a page's relative links resolve from its folder there. */
  contentDir?: string | undefined;
  /**
   * The site's public/ folder (by default the one beside `contentDir`): a root-relative link to one of its
   * files (an image the import published under /media/) is that file, on this site, not a path on Learn.
   */
  publicDir?: string | undefined;
  /** Throw on an unknown article (true) or warn (false); by default, warn only when NODE_ENV is development. */
  strict?: boolean | undefined;
}

/** Rewrites every `<a href>` of a page with `resolveLearnLink`, so content keeps Learn's link syntax. */
export function rehypeLearnLinks(options: LearnLinksOptions) {
  const knownArticles = options.knownArticles ?? (options.articles && new Set(options.articles));
  const publicDir =
    options.publicDir ??
    (options.contentDir === undefined ? undefined : join(options.contentDir, '..', 'public'));
  return (tree: Root, file: VFile) => {
    const inContent =
      options.contentDir === undefined ? undefined : relativePath(options.contentDir, file.path);
    const context: LearnLinkContext = {
      ...options,
      knownArticles,
      pageFile: inContent !== undefined && !leavesFolder(inContent) ? inContent : undefined,
    };
    const problems: string[] = [];
    let firstLine: number | undefined;
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties['href'] : undefined;
      if (typeof href !== 'string') return;
      // A file the site publishes (`/media/…/image1.jpg`, a screenshot's full size) is opened here.
      if (publicDir !== undefined && href.startsWith('/') && isPublicFile(href, publicDir)) return;
      let resolved: string;
      try {
        resolved = resolveLearnLink(href, context);
      } catch (error) {
        firstLine ??= pageLine(file, node.position?.start.line);
        const base = options.contentDir === undefined ? file.cwd : join(options.contentDir, '..');
        problems.push(
          `${placeName(file, node.position?.start.line, undefined, base)}: ${(error as Error).message}`,
        );
        return;
      }
      // A link whose text is its own address (a bare URL) goes where it says, a Learn URL of a page here too
      // (on Learn's own host, for docs.microsoft.com's).
      const published =
        !isRelativeReference(href) && !/^xref:/i.test(href) && isOwnText(node, href)
          ? onLearnHost(href)
          : resolved;
      if (published === href) return;
      node.properties['href'] = published;
      node.data = { ...node.data, writtenHref: href } as Element['data'];
    });
    if (problems.length > 0) {
      const message = `Unknown article link${problems.length > 1 ? 's' : ''}:\n${problems.join('\n')}`;
      // As the link check does: the build fails, `astro dev` warns.
      if (options.strict ?? process.env['NODE_ENV'] !== 'development') throw linkFailure(message, firstLine);
      console.warn(`[learn-links] ${message}`);
    }
  };
}
