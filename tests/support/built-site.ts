/** Reading the built site (dist/) the way a reader sees it: text of the article, links and their targets. */
import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';

export const DIST = new URL('../../dist/', import.meta.url);

/** The built HTML of the page at `path` (`/`, `/privacy/`). */
export function readPage(path: string, dist: URL = DIST): string {
  return readFileSync(new URL(`.${path}index.html`, dist), 'utf8');
}

/** Whitespace collapsed, as a reader sees text. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function findElement(tree: Root, tagName: string): Element | undefined {
  let found: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (!found && node.tagName === tagName) found = node;
  });
  return found;
}

/** True for an element hidden from sight but read by screen readers (`.visually-hidden`). */
function isVisuallyHidden(node: Element): boolean {
  const className = node.properties['className'];
  return Array.isArray(className) && className.includes('visually-hidden');
}

/** The visible text of the page's `<article>` (or `<body>`), whitespace collapsed; visually hidden text left out. */
export function articleText(html: string): string {
  const tree = fromHtml(html);
  visit(tree, 'element', (node: Element, index, parent) => {
    if (parent && index !== undefined && isVisuallyHidden(node)) {
      parent.children.splice(index, 1);
      return index;
    }
    return undefined;
  });
  const root = findElement(tree, 'article') ?? findElement(tree, 'body') ?? tree;
  return normalise(toText(root));
}

/** Every `<a href>` under `root`, with its text. */
function linksIn(root: Root | Element): { href: string; text: string }[] {
  const links: { href: string; text: string }[] = [];
  visit(root, 'element', (node: Element) => {
    const href = node.properties['href'];
    if (node.tagName === 'a' && typeof href === 'string') links.push({ href, text: normalise(toText(node)) });
  });
  return links;
}

/** Every `<a href>` of the page, with its text. */
export function pageLinks(html: string): { href: string; text: string }[] {
  return linksIn(fromHtml(html));
}

/** The `<a href>`s inside the page's `<article>` (none when it has no article). */
export function articleLinks(html: string): { href: string; text: string }[] {
  const article = findElement(fromHtml(html), 'article');
  return article ? linksIn(article) : [];
}
