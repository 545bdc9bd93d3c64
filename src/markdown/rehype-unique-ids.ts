/**
 * One element per id on a page. Learn articles mark places with bookmarks (`<a name="x"></a>`, made
 * `<a id="x">` by remark-learn-blocks), often beside a heading of the same name or twice over (`<a
 * name="x">` then `<a id="x">`, one in each zone): each would be a second element with the heading's id,
 * which breaks `aria-` references and axe's duplicate-id rule. An empty bookmark whose id an element
 * already has, or a heading has anywhere on the page, gives it up: a link to `#x` lands where it did, as
 * a browser goes to the first element of an id, and the heading is where the bookmark stood. So does any
 * other element whose id one before it has (`<div id="dup">` written twice); a heading never does (its id
 * made from its text gave way to the others' before: rehype-reserved-ids.ts).
 */
import type { Element, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import type { Node } from 'unist';
import { visit } from '../lib/tree-visit.ts';
import { isJsx, type JsxElement } from './mdx-jsx.ts';

/** The `id` attribute of an element written as JSX, if it is a string. */
function jsxId(node: JsxElement): string | undefined {
  const attribute = node.attributes.find(
    (entry) => entry.type === 'mdxJsxAttribute' && entry.name === 'id' && typeof entry.value === 'string',
  );
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** An `<a>` with no content and no `href`: a bookmark, which marks a place and shows nothing. */
export function isBookmark(node: Node): boolean {
  if (isJsx(node))
    return (
      node.name === 'a' &&
      node.children.length === 0 &&
      !node.attributes.some((entry) => entry.type === 'mdxJsxAttribute' && entry.name === 'href')
    );
  const element = node as Element;
  return (
    node.type === 'element' &&
    element.tagName === 'a' &&
    element.children.length === 0 &&
    element.properties['href'] === undefined
  );
}

/** Whether `node` shows nothing: white space only (mdast or hast text), or a bookmark (isBookmark). */
export function isBlankOrBookmark(node: Node): boolean {
  return (node.type === 'text' && (node as Node & { value: string }).value.trim() === '') || isBookmark(node);
}

function idOf(node: Node): string | undefined {
  if (isJsx(node)) return jsxId(node);
  const id = node.type === 'element' ? (node as Element).properties['id'] : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** How many attributes `node` (an element or JSX) has. */
function attributeCount(node: Node): number {
  return isJsx(node) ? node.attributes.length : Object.keys((node as Element).properties).length;
}

function dropId(node: Node): void {
  if (isJsx(node)) {
    node.attributes = node.attributes.filter(
      (entry) => !(entry.type === 'mdxJsxAttribute' && entry.name === 'id'),
    );
  } else delete (node as Element).properties['id'];
}

/** Rehype plugin, after the headings have their ids: see the file comment. */
export function rehypeUniqueIds() {
  return (tree: Root) => {
    const headings = new Set<string>();
    visit(tree, 'element', (element: Element) => {
      if (headingRank(element) !== undefined && typeof element.properties['id'] === 'string')
        headings.add(element.properties['id']);
    });
    const seen = new Set<string>();
    visit(tree, (node: Node, index: number | undefined, parent: { children: Node[] } | undefined) => {
      const id = idOf(node);
      if (id === undefined) return undefined;
      const heading = headingRank(node as Element) !== undefined;
      const bookmark = isBookmark(node);
      // A bookmark gives way to a heading of its id anywhere; any other element to the one before it (the
      // one a browser goes to: `<div id="dup">` written twice).
      if ((bookmark && headings.has(id)) || (!heading && seen.has(id))) {
        dropId(node);
        // A bookmark with nothing left to it (`<a></a>`) goes too.
        if (bookmark && parent && index !== undefined && attributeCount(node) === 0) {
          parent.children.splice(index, 1);
          return index;
        }
      } else seen.add(id);
      if (heading) seen.add(id);
      return undefined;
    });
  };
}
