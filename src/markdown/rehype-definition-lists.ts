/**
 * A definition list is terms with their definitions. Win32's reference pages (sdk-api's, and their
 * translations) write `<dl>`s of terms alone: each Requirements value (`<dl> <dt>Kernel32.dll</dt> </dl>`),
 * the See also links, a property's Data type, Access type and Qualifiers. Assistive technology announces
 * "definition list, 1 item, term" with nothing defined (axe: definition-list, WCAG 1.3.1). A `<dl>` whose
 * children are not groups of `<dt>`s then `<dd>`s (each group maybe in a `<div>`, as HTML defines it) is
 * made blocks that read and look as it did: the list a `<div class="learn-dl">`, a term a `<div>`, a
 * definition a `<div class="learn-dd">` indented as one (src/styles/learn.css). A `<dt>` or `<dd>` outside
 * a list (win32's values of a parameter in its `<dd>`: `<dd>The type.<dt>0</dt><dd>Success.</dd></dd>`)
 * gets a list of its own with its neighbours, so it is an item of a list (axe: dlitem) where it is written,
 * not where a browser would move it. A well-formed list, and one with a role, stay as written.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import type { Node } from 'unist';
import { visit } from '../lib/tree-visit.ts';
import { isJsx, nameOf, tagOf, type Tag } from './mdx-jsx.ts';

/** The class of a list made blocks; learn.css spaces it as a list. */
export const TERMS_CLASS = 'learn-dl';
/** The class of a definition made a block; learn.css indents it as a definition. */
export const DEFINITION_CLASS = 'learn-dd';

type Content = RootContent | ElementContent;

function hasRole(tag: Tag): boolean {
  if (tag.type === 'element') return tag.properties['role'] !== undefined;
  return tag.attributes.some(
    (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'role',
  );
}

/** White space between items, which a list may hold (a space no-break included, as axe reads it). */
function isBlank(node: Content): boolean {
  return node.type === 'comment' || (node.type === 'text' && node.value.trim() === '');
}

function itemsOf(tag: Tag): Content[] {
  return tag.children.filter((child) => !isBlank(child));
}

/** A `<div>` in a `<dl>` grouping a term and its definitions, as HTML allows. */
function isGroup(node: Node): node is Tag {
  const tag = tagOf(node);
  return tag !== undefined && nameOf(tag) === 'div' && !hasRole(tag);
}

/** Whether `items` are groups of one or more `<dt>` then one or more `<dd>` (`single`: one group). */
function areGroups(items: readonly Node[], single: boolean): boolean {
  let groups = 0;
  let last: 'dt' | 'dd' | undefined;
  for (const item of items) {
    const name = nameOf(item);
    if (name === 'dt') last = 'dt';
    else if (name === 'dd' && last !== undefined) {
      if (last === 'dt') groups += 1;
      last = 'dd';
    } else return false;
  }
  return last === 'dd' && (!single || groups === 1);
}

/** Whether the list `dl` is terms with their definitions, as HTML defines it (an empty one too). */
function isWellFormedList(dl: Tag): boolean {
  const items = itemsOf(dl);
  if (items.length === 0) return true;
  if (items.every(isGroup)) return items.every((group) => areGroups(itemsOf(group), true));
  return areGroups(items, false);
}

/** `tag` renamed `name`, with `className` added to its classes. */
function rename(tag: Tag, name: string, className?: string): void {
  if (tag.type === 'element') {
    tag.tagName = name;
    if (className !== undefined) {
      const classes = tag.properties['className'];
      tag.properties['className'] = [...(Array.isArray(classes) ? classes : []), className];
    }
    return;
  }
  tag.name = name;
  if (className === undefined) return;
  const written = tag.attributes.find(
    (attribute) =>
      attribute.type === 'mdxJsxAttribute' &&
      (attribute.name === 'class' || attribute.name === 'className') &&
      typeof attribute.value === 'string',
  );
  if (written && typeof written.value === 'string') written.value = `${written.value} ${className}`.trim();
  else tag.attributes.push({ type: 'mdxJsxAttribute', name: 'class', value: className });
}

/** A term a `<div>`, a definition a `<div class="learn-dd">`; anything else as it is. */
function asBlock(node: Node): void {
  const tag = tagOf(node);
  if (!tag) return;
  const name = nameOf(tag);
  if (name === 'dt') rename(tag, 'div');
  else if (name === 'dd') rename(tag, 'div', DEFINITION_CLASS);
}

/** A new `<dl>` holding `items`, of their kind (an element, or JSX as in an MDX page). */
function listOf(items: Content[]): Content {
  const first = items[0];
  if (first !== undefined && isJsx(first))
    return { type: first.type, name: 'dl', attributes: [], children: items as ElementContent[] };
  return { type: 'element', tagName: 'dl', properties: {}, children: items as ElementContent[] };
}

/** `children` with each run of `<dt>`s and `<dd>`s (white space between them included) in a list of its own. */
function withItemsListed(children: Content[]): Content[] {
  const isItem = (node: Content | undefined) =>
    node !== undefined && ['dt', 'dd'].includes(nameOf(node) ?? '');
  const listed: Content[] = [];
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index];
    if (child === undefined) continue;
    if (!isItem(child)) {
      listed.push(child);
      continue;
    }
    let end = index;
    for (let next = index + 1; next < children.length; next += 1) {
      const node = children[next];
      if (isItem(node)) end = next;
      else if (node === undefined || !isBlank(node)) break;
    }
    listed.push(listOf(children.slice(index, end + 1)));
    index = end;
  }
  return listed;
}

/** Rehype plugin: see the file comment. */
export function rehypeDefinitionLists() {
  return (tree: Root) => {
    // A list's items, and those of its groups, are its own; any other <dt> or <dd> gets a list.
    const groups = new WeakSet<Node>();
    visit(tree, (node: Node) => {
      const tag = tagOf(node);
      if (tag && nameOf(tag) === 'dl') {
        for (const child of tag.children) if (isGroup(child)) groups.add(child);
        return;
      }
      if ((node.type !== 'root' && !tag) || groups.has(node)) return;
      const parent = node as Root | Tag;
      if (parent.children.some((child) => ['dt', 'dd'].includes(nameOf(child) ?? '')))
        parent.children = withItemsListed(parent.children);
    });
    visit(tree, (node: Node) => {
      const dl = tagOf(node);
      if (!dl || nameOf(dl) !== 'dl' || hasRole(dl) || isWellFormedList(dl)) return;
      rename(dl, 'div', TERMS_CLASS);
      for (const child of dl.children) {
        if (isGroup(child)) for (const item of child.children) asBlock(item);
        else asBlock(child);
      }
    });
  };
}
