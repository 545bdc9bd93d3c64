/**
 * A table's header cells name what they head. Win32's reference pages open their requirements table with `| | |`
 * over `|-|-|` (GFM needs a header row; Learn shows it empty), which made a `<thead>` of empty `<th>`s: a screen
 * reader announces a nameless column header before every cell (axe: empty-table-header). Such a row is left out; a
 * header row with any text, image or bookmark (`<a id>`) stays. Red team 35: an empty cell in a header row that has
 * others, the corner of a comparison table (`| | Basic | Premium |`, as Markdown writes a grid with row names) or a
 * `<th></th>` of an MDX page's table, failed axe alike; such a cell is a data cell (`<td>`), as it heads nothing, and
 * loses its scope=, which only a header cell may have (axe: scope-attr-valid).
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from '../lib/tree-visit.ts';
import { isJsx, type JsxElement } from './mdx-jsx.ts';

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

/** True when the JSX element `node` shows nothing and marks no place, as `empty` reads an element. */
function emptyJsx(node: JsxElement): boolean {
  return toString(node).trim() === '' && !node.children.some(holdsSomething);
}

/** An empty header cell as the data cell it is (see the file comment), written in HTML or as JSX. */
function asDataCell(node: Element | JsxElement): void {
  if (node.type === 'element') {
    node.tagName = 'td';
    delete node.properties['scope'];
    return;
  }
  node.name = 'td';
  node.attributes = node.attributes.filter(
    (attribute) => attribute.type !== 'mdxJsxAttribute' || attribute.name.toLowerCase() !== 'scope',
  );
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
    visit(tree, (node) => {
      if (node.type === 'element' && node.tagName === 'th' && empty(node)) asDataCell(node);
      else if (isJsx(node) && node.name === 'th' && emptyJsx(node)) asDataCell(node);
    });
  };
}
