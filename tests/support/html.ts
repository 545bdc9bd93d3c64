/** Reading built HTML in tests the way a browser reads it: parsed (parse5 through hast), never matched with a regex. */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';

/** Every element of `html` (or of the element `within`) that `test` accepts, in document order. */
export function findElements(html: string | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(typeof html === 'string' ? fromHtml(html) : html, 'element', (node: Element) => {
    if (test(node)) found.push(node);
  });
  return found;
}

/** The elements named `tag`. */
export function byTag(html: string | Element, tag: string): Element[] {
  return findElements(html, (element) => element.tagName === tag);
}

/** An element's text as rendered, white space collapsed. */
export function textOf(element: Element): string {
  return toText(element).replace(/\s+/g, ' ').trim();
}

/**
 * `html` with the opening tags of the spans that hold an external link's last letter to its arrow
 * (`<span class="external-tail">`, src/markdown/external-links.ts) left out, so a pattern reads the link's
 * text whole ("youtube.com<span class="external-marker"…").
 */
export function joinedLinkText(html: string): string {
  return html.replaceAll('<span class="external-tail">', '');
}
