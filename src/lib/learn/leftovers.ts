/** Learn syntax that survived into published HTML: raw `:::` or `[!NOTE]`-style markers in the visible text. */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { SKIP, walk } from '../hast-walk.ts';
import { LEARN_MARKER } from './syntax.ts';
import { HEADING_ANCHOR_CLASS } from '../../markdown/rehype-heading-anchors.ts';

/** Elements whose text is shown as code or not shown at all: markers there are meant. */
const IGNORED = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'template']);

/** The class src/markdown/remark-learn-literal.ts puts on Learn syntax the author escaped, to show it as text. */
export const LITERAL_CLASS = 'learn-literal';

/**
 * Text shown on purpose, or a copy of text checked where it is: the "#" link after a heading repeats the
 * heading's text in its name, and what the heading shows escaped (`\[!NOTE]`) is text there too.
 */
function isLiteral(element: Element): boolean {
  const className = element.properties['className'];
  return (
    Array.isArray(className) &&
    (className.includes(LITERAL_CLASS) || className.includes(HEADING_ANCHOR_CLASS))
  );
}

/**
 * Each text of the page that holds a Learn marker, trimmed to 80 characters around it: an unrendered
 * construct. Syntax shown on purpose is not one: inside code (`<code>`, `<pre>`, `<kbd>`…) or escaped in
 * the source (`\[!NOTE]`, marked `.learn-literal`). A pure rule on one page's HTML (or its parsed tree):
 * the post-build step calls it for each page.
 */
export function findLearnLeftovers(html: string | Root): string[] {
  const found: string[] = [];
  walk(typeof html === 'string' ? fromHtml(html) : html, (node) => {
    if (node.type === 'element' && (IGNORED.has(node.tagName) || isLiteral(node))) return SKIP;
    // Read where the text's lines start (a directive may follow spaces there), then collapsed for the excerpt.
    if (node.type !== 'text') return undefined;
    const match = LEARN_MARKER.exec(node.value);
    if (match) {
      const before = node.value.slice(0, match.index).replace(/\s+/g, ' ').slice(-30);
      const after = node.value.slice(match.index).replace(/\s+/g, ' ').slice(0, 50);
      found.push(`${before}${after}`.trim());
    }
    return undefined;
  });
  return found;
}
