/**
 * A list written straight inside a list is a sublist of the item before it. Trial CE's
 * dynamics-365-customer-engagement CIF reference (getEntityMetadata's Privileges) writes
 * `<li><b>PrivilegeType</b>: … one of the following:</li> <ul> <li>0: None</li> … </ul>` inside its `<ul>`:
 * a browser shows it indented under that item, but a list holds only items, so assistive technology reads a
 * list of the wrong size, the sublist belonging to no item (axe: list, WCAG 1.3.1). The sublist is moved to
 * the end of the item before it, which looks the same; one with no item before it gets an item of its own,
 * without a marker (`learn-sublist`, src/styles/learn.css). The items in order, their text, are unchanged.
 */
import type { ElementContent, Root } from 'hast';
import type { Node } from 'unist';
import { visit } from '../lib/tree-visit.ts';
import { nameOf, tagOf, type Tag } from './mdx-jsx.ts';

/** The class of an item made to hold a sublist that had none before it; learn.css shows it no marker. */
export const SUBLIST_ITEM_CLASS = 'learn-sublist';

const isList = (node: Node) => ['ul', 'ol'].includes(nameOf(node) ?? '');

/** A new item holding `sublist`, of the list's kind (an element, or JSX as in an MDX page). */
function itemFor(list: Tag, sublist: ElementContent): ElementContent {
  if (list.type === 'element')
    return {
      type: 'element',
      tagName: 'li',
      properties: { className: [SUBLIST_ITEM_CLASS] },
      children: [sublist],
    };
  return {
    type: list.type,
    name: 'li',
    attributes: [{ type: 'mdxJsxAttribute', name: 'class', value: SUBLIST_ITEM_CLASS }],
    children: [sublist],
  };
}

/** Rehype plugin: see the file comment. */
export function rehypeNestedLists() {
  return (tree: Root) => {
    visit(tree, (node: Node) => {
      const list = tagOf(node);
      if (!list || !isList(list) || !list.children.some(isList)) return;
      const children: ElementContent[] = [];
      let item: Tag | undefined;
      for (const child of list.children) {
        if (!isList(child)) {
          if (nameOf(child) === 'li') item = tagOf(child);
          children.push(child);
        } else if (item) item.children.push(child);
        else children.push(itemFor(list, child));
      }
      list.children = children;
    });
  };
}
