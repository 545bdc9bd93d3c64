/**
 * A list written straight inside a list is a sublist of the item before it. Trial CE's
 * dynamics-365-customer-engagement CIF reference (getEntityMetadata's Privileges) writes
 * `<li><b>PrivilegeType</b>: … one of the following:</li> <ul> <li>0: None</li> … </ul>` inside its `<ul>`:
 * a browser shows it indented under that item, but a list holds only items, so assistive technology reads a
 * list of the wrong size, the sublist belonging to no item (axe: list, WCAG 1.3.1). The sublist is moved to
 * the end of the item before it, which looks the same; one with no item before it gets an item of its own,
 * without a marker (`learn-sublist`, src/styles/learn.css). The items in order, their text, are unchanged. Red team 35:
 * so is anything else written straight inside a list, an MDX page's `<ul><p>…</p></ul>`, `<ul><div>` or text in an
 * `<ol>`, each of which failed axe's list rule alike; and an item written outside any list (`<li>` alone, axe's
 * listitem) gets a list of its own, as a sublist with no item before it gets an item.
 */
import type { ElementContent, Root, Text } from 'hast';
import type { Node } from 'unist';
import { visit } from '../lib/tree-visit.ts';
import { nameOf, tagOf, type Tag } from './mdx-jsx.ts';

/** The class of an item made to hold a sublist that had none before it; learn.css shows it no marker. */
export const SUBLIST_ITEM_CLASS = 'learn-sublist';

const isList = (node: Node) => ['ul', 'ol'].includes(nameOf(node) ?? '');

/** Whether `node`, a child of a list, is one a list may hold: an item, a script or template, white space. */
const fitsList = (node: Node) =>
  ['li', 'script', 'template'].includes(nameOf(node) ?? '') ||
  node.type === 'comment' ||
  (node.type === 'text' && (node as Text).value.trim() === '');

/** A new item holding `sublist` (or what else was written straight in the list), of the list's kind (an element, or JSX as in an MDX page). */
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

/** A list holding `items`, items written outside any list, of their kind (an element, or JSX as in an MDX page). */
function listFor(items: Tag[]): ElementContent {
  const first = items[0];
  if (first?.type === 'element') return { type: 'element', tagName: 'ul', properties: {}, children: items };
  return {
    type: first?.type ?? 'mdxJsxFlowElement',
    name: 'ul',
    attributes: [],
    children: items,
  };
}

/** `parent`'s children with each run of items outside a list (white space between them) in a list of its own. */
function itemsInLists(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  let run: Tag[] = [];
  const end = () => {
    if (run.length > 0) out.push(listFor(run));
    run = [];
  };
  for (const child of children) {
    const item = nameOf(child) === 'li' ? tagOf(child) : undefined;
    if (item) run.push(item);
    else if (!(run.length > 0 && child.type === 'text' && child.value.trim() === '')) {
      end();
      out.push(child);
    }
  }
  end();
  return out;
}

/** Rehype plugin: see the file comment. */
export function rehypeNestedLists() {
  return (tree: Root) => {
    visit(tree, (node: Node) => {
      // An item outside any list (red team 35: an MDX page's <li> alone, axe's listitem) gets a list of its own.
      const parent = node.type === 'root' ? (node as Root) : tagOf(node);
      if (
        parent &&
        !isList(parent) &&
        nameOf(parent) !== 'menu' &&
        parent.children.some((child) => nameOf(child) === 'li')
      )
        parent.children = itemsInLists(parent.children as ElementContent[]);
      const list = tagOf(node);
      if (!list || !isList(list) || list.children.every(fitsList)) return;
      const children: ElementContent[] = [];
      let item: Tag | undefined;
      for (const child of list.children) {
        if (fitsList(child)) {
          if (nameOf(child) === 'li') item = tagOf(child);
          children.push(child);
        } else if (item) item.children.push(child);
        else children.push((item = tagOf(itemFor(list, child))) ?? child);
      }
      list.children = children;
    });
  };
}
