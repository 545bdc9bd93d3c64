/**
 * The build as link checker: checks every link of every content page against the link policy
 * (src/lib/link-check.ts), naming file and line, and records the page's links for the Links page.
 * Runs after rehype-learn-links, so it sees links as they are published. Fails the build; in
 * `astro dev` (NODE_ENV=development) it warns instead.
 */
import type {} from '@astrojs/markdown-remark';
import { basename, extname, join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import {
  checkInternal,
  checkOutbound,
  classifyLink,
  describeProblem,
  type LinkSite,
} from '../lib/link-check.ts';
import type { LinkRecord } from '../lib/link-inventory.ts';
import { writtenHref } from './rehype-learn-links.ts';
import { pageHref, slugOfContentPath } from '../lib/navigation.ts';

export interface LinkCheckOptions {
  /** Slugs of every page of the site (`index`, `security`, `links`…). */
  sitePages: Iterable<string>;
  /** Hosts outbound links may go to. */
  allowedHosts: Iterable<string>;
  /** Project root: problems name files relative to it. */
  root: string;
  /** Throw on a problem (true) or warn (false); by default, warn only when NODE_ENV is development. */
  strict?: boolean;
}

interface InternalLink {
  site: LinkSite;
  path: string;
  anchor: string | undefined;
}

interface CheckedPage {
  headingIds: Set<string>;
  internalLinks: InternalLink[];
}

interface MdxJsxElement extends Node {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

const HEADING = /^h[1-6]$/;

function isMdxJsxAnchor(node: Node): node is MdxJsxElement {
  return (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    (node as MdxJsxElement).name === 'a'
  );
}

/** A link as published, with the href as written when rehype-learn-links rewrote it. */
interface CollectedLink extends LinkRecord {
  written: string;
  /** Written as an HTML `<a>` in MDX: no plugin marks it, so it may not leave the site. */
  html?: boolean;
}

/** Links of the page in document order, each with its line and the heading above it; and the heading ids. */
function collect(tree: Root): { links: CollectedLink[]; headingIds: Set<string> } {
  const links: CollectedLink[] = [];
  const headingIds = new Set<string>();
  let section: LinkRecord['section'];
  visit(tree, (node: Node) => {
    if (node.type === 'element') {
      const element = node as Element;
      const id = element.properties['id'];
      // Any id is a target (Learn bookmarks `<a id>` too); headings also open a section.
      if (typeof id === 'string') headingIds.add(id);
      if (HEADING.test(element.tagName) && typeof id === 'string' && element.tagName !== 'h1') {
        section = { id, title: toString(element) };
      }
      const href = element.properties['href'];
      if (element.tagName === 'a' && typeof href === 'string') {
        const written = writtenHref(element) ?? href;
        links.push({
          href,
          written,
          text: toString(element).trim(),
          line: node.position?.start.line,
          section,
        });
      }
    } else if (isMdxJsxAnchor(node)) {
      const attribute = (name: string) => node.attributes.find((candidate) => candidate.name === name)?.value;
      const bookmark = attribute('id') ?? attribute('name');
      if (typeof bookmark === 'string') headingIds.add(bookmark);
      const href = attribute('href');
      if (typeof href === 'string')
        links.push({ href, written: href, html: true, text: '', line: node.position?.start.line, section });
    }
  });
  return { links, headingIds };
}

/** Rehype plugin: checks and records the links of each page; see the file comment. */
export function rehypeLinkCheck(options: LinkCheckOptions) {
  const pagePaths = [...options.sitePages].map(pageHref);
  const allowedHosts = new Set(options.allowedHosts);
  /** Pages checked so far by this processor, by path: a link to a heading of a page not yet seen is checked when that page is. */
  const checkedPages = new Map<string, CheckedPage>();

  /** Heading ids by page path; undefined for a page whose headings are not known (yet). */
  const headingIdsByPath = () => new Map(pagePaths.map((path) => [path, checkedPages.get(path)?.headingIds]));

  return (tree: Root, file: VFile) => {
    const strict = options.strict ?? process.env['NODE_ENV'] !== 'development';
    const filePath = relative(options.root, file.path);
    // A page's path keeps its folders (content/docs/setup.mdx is /docs/setup/).
    const inContent = relative(join(options.root, 'content'), file.path);
    const pagePath = pageHref(
      inContent.startsWith('..') ? basename(file.path, extname(file.path)) : slugOfContentPath(inContent),
    );
    const { links, headingIds } = collect(tree);

    const problems: string[] = [];
    const internalLinks: InternalLink[] = [];
    for (const link of links) {
      const site: LinkSite = { file: filePath, line: link.line, href: link.written, published: link.href };
      const target = classifyLink(link.href, pagePath);
      const problem =
        target.kind !== 'outbound'
          ? undefined
          : link.html
            ? 'is an HTML <a> leaving the site: write it as a Markdown link, [text](url), so it is marked as external.'
            : checkOutbound(target.href, allowedHosts);
      if (problem) problems.push(describeProblem(site, problem));
      if (target.kind === 'internal') internalLinks.push({ site, path: target.path, anchor: target.anchor });
    }

    checkedPages.set(pagePath, { headingIds, internalLinks });
    const known = headingIdsByPath();
    for (const [path, page] of checkedPages) {
      for (const link of page.internalLinks) {
        // This page's links, and other pages' links into this page (whose headings are now known).
        if (path !== pagePath && link.path !== pagePath) continue;
        const problem = checkInternal(link, known);
        if (problem) problems.push(describeProblem(link.site, problem));
      }
    }

    if (problems.length > 0) {
      const message = `Broken link${problems.length > 1 ? 's' : ''}:\n${problems.join('\n')}`;
      if (strict) throw new Error(message);
      console.warn(`[links] ${message}`);
    }

    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter['links'] = links.map(({ href, text, line, section }) => ({
      href,
      text,
      line,
      section,
    }));
  };
}
