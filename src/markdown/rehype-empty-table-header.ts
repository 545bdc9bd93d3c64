/**
 * A table whose header row is empty has no header. Win32's reference pages open their requirements table
 * with `| | |` over `|-|-|` (GFM needs a header row; Learn shows it empty), which made a `<thead>` of empty
 * `<th>`s: a screen reader announces a nameless column header before every cell (axe: empty-table-header).
 * Such a row is left out; a header row with any text, image or bookmark (`<a id>`) stays.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from '../lib/tree-visit.ts';
import { isJsx } from './mdx-jsx.ts';

/** True when `node` is or holds an image, or an element with an id (a bookmark links may land on). */
function holdsSomething(node: ElementContent): boolean {
  // An MDX page's own elements (a `<a id="x"></a>` bookmark written in a cell) are JSX.
  if (isJsx(node))
    return (
      ['img', 'svg'].includes(node.name ?? '') ||
      node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id') ||
      node.children.some(holdsSomething)
    );
  if (node.type !== 'element') return false;
  return (
    node.tagName === 'img' ||
    node.tagName === 'svg' ||
    node.properties['id'] !== undefined ||
    node.children.some(holdsSomething)
  );
}

/** True when `element` shows nothing and marks no place: no text, no image, no id. */
function empty(element: Element): boolean {
  return toString(element).trim() === '' && !element.children.some(holdsSomething);
}

/** Rehype plugin: see the file comment. */
export function rehypeEmptyTableHeader() {
  return (tree: Root) => {
    visit(tree, 'element', (element: Element, index, parent) => {
      if (element.tagName !== 'thead' || !parent || index === undefined) return;
      if (parent.type !== 'element' || parent.tagName !== 'table' || !empty(element)) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}
