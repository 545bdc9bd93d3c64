/**
 * A heading's text without the whitespace at its ends, before rehype-slug makes its id: the space after a
 * bookmark (`## <a name="BKMK_setup"></a> Set up the remote debugger`) or before a trailing one shows
 * nothing, yet rehype-slug, which slugs the heading's whole text, made it a leading or trailing `-`
 * (`#-set-up-the-remote-debugger`), so links written to Learn's id (`#set-up-the-remote-debugger`) missed.
 * Only that whitespace goes; what the heading shows is unchanged (a browser shows none of it either).
 *
 * A heading that shows nothing (`## `, `## ⠀` or `## <a id="x"></a>`: blanks and bookmarks only) is no heading: it would
 * get an empty id (invalid HTML) and be an empty heading to a screen reader. It is left out, and what it
 * held (a bookmark) stays in its place.
 */
import type { Element, Root, Text } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { SKIP, visit } from '../lib/tree-visit.ts';
import { textAsShown } from '../lib/content-safety.ts';
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
 * True when a heading shows nothing: it holds only bookmarks and text that shows nothing (textAsShown: spaces, and a
 * zero-width space or braille blank, which made an entry of "On this page" a link no one sees), no image or component.
 */
function showsNothing(heading: Element): boolean {
  return heading.children.every(
    (child) => isBookmark(child) || (child.type === 'text' && textAsShown(child.value) === ''),
  );
}

/** Rehype plugin, right before rehype-slug: see the file comment. */
export function rehypeTrimHeadings() {
  return (tree: Root) => {
    visit(tree, 'element', (element: Element, index, parent) => {
      if (headingRank(element) === undefined) return undefined;
      const texts = textsOf(element);
      if (parent && index !== undefined && showsNothing(element)) {
        parent.children.splice(index, 1, ...element.children.filter((child) => child.type !== 'text'));
        return [SKIP, index];
      }
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
