/**
 * A table whose header row is empty has no header. Win32's reference pages open their requirements table
 * with `| | |` over `|-|-|` (GFM needs a header row; Learn shows it empty), which made a `<thead>` of empty
 * `<th>`s: a screen reader announces a nameless column header before every cell (axe: empty-table-header).
 * Such a row is left out; a header row with any text or image stays.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/** True when `node` is or holds an image. */
function holdsImage(node: ElementContent): boolean {
  if (node.type !== 'element') return false;
  return node.tagName === 'img' || node.tagName === 'svg' || node.children.some(holdsImage);
}

/** True when `element` shows nothing: no text and no image. */
function empty(element: Element): boolean {
  return toString(element).trim() === '' && !element.children.some(holdsImage);
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
