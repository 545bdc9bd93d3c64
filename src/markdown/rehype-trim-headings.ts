/**
 * A heading's text without the whitespace at its ends, before rehype-slug makes its id: the space after a
 * bookmark (`## <a name="BKMK_setup"></a> Set up the remote debugger`) or before a trailing one shows
 * nothing, yet rehype-slug, which slugs the heading's whole text, made it a leading or trailing `-`
 * (`#-set-up-the-remote-debugger`), so links written to Learn's id (`#set-up-the-remote-debugger`) missed.
 * Only that whitespace goes; what the heading shows is unchanged (a browser shows none of it either).
 *
 * A heading that shows nothing (`## `, `## ⠀` or `## <a id="x"></a>`: blanks and bookmarks only) is no heading: it would
 * get an empty id (invalid HTML) and be an empty heading to a screen reader. It is left out, and what it
 * held (a bookmark) stays in its place. So is a heading a screen reader reads as nothing (hasAccessibleName), an MDX
 * page's own too: red team 35's `## ![](/favicon.svg)` (an image of no alt text alone) and `<h2></h2>` built, and
 * axe's empty-heading failed each, an entry in a screen reader's list of headings that says nothing. The image stays.
 */
import type { Element, Root, Text } from 'hast';
import type { Node, Parent } from 'unist';
import { SKIP, visit } from '../lib/tree-visit.ts';
import { isJsx, nameOf, tagOf, type Tag } from './mdx-jsx.ts';
import { hasAccessibleName } from './rehype-image-link-name.ts';
import { isBookmark } from './rehype-unique-ids.ts';

/** The text nodes under `element`, in document order. */
function textsOf(element: Element): Text[] {
  const texts: Text[] = [];
  visit(element, 'text', (text: Text) => {
    texts.push(text);
  });
  return texts;
}

/**
 * True when a heading says nothing: no text that shows (textAsShown: spaces, and a zero-width space or braille blank,
 * which made an entry of "On this page" a link no one sees), no image's alt text, no ARIA name, as a screen reader
 * reads it (hasAccessibleName), bookmarks aside, and no component, whose words this cannot read.
 */
function saysNothing(heading: Tag): boolean {
  const components: Node[] = [];
  visit(heading, (node: Node) => {
    if (isJsx(node) && /^[A-Z]/.test(node.name ?? '')) components.push(node);
  });
  // A bookmark (`<a name="x"></a>`) marks a place and says nothing, where hasAccessibleName takes any element for a name.
  const said = { ...heading, children: heading.children.filter((child) => !isBookmark(child)) };
  return components.length === 0 && !hasAccessibleName(said);
}

/** The level of a heading written in Markdown, HTML or an MDX page's JSX, or undefined. */
function rankOf(node: Node): number | undefined {
  const name = nameOf(node);
  return name !== undefined && /^h[1-6]$/.test(name) ? Number(name.slice(1)) : undefined;
}

/** Rehype plugin, right before rehype-slug: see the file comment. */
export function rehypeTrimHeadings() {
  return (tree: Root) => {
    visit(tree, (node: Node, index: number | undefined, parent: Parent | undefined) => {
      const heading = tagOf(node);
      if (heading === undefined || rankOf(heading) === undefined) return undefined;
      if (parent && index !== undefined && saysNothing(heading)) {
        parent.children.splice(
          index,
          1,
          ...(heading.children as Node[]).filter((child) => child.type !== 'text'),
        );
        return [SKIP, index];
      }
      if (heading.type !== 'element') return undefined;
      const texts = textsOf(heading);
      for (const text of texts) {
        text.value = text.value.trimStart();
        if (text.value !== '') break;
      }
      for (const text of texts.reverse()) {
        text.value = text.value.trimEnd();
        if (text.value !== '') break;
      }
      return undefined;
    });
  };
}
