/**
 * A long name in a heading breaks between its parts, as it does in the navigation (src/lib/name-breaks.ts):
 * an API reference's `## Microsoft.CIFramework.setClickToAct` wraps at a dot or a capital, not wherever the
 * line ends. A `<wbr>` is no text: the heading's id, its "#" link's name, "On this page" and the search index
 * (Pagefind reads it as nothing) keep the heading as written, and the Markdown copy leaves it out. A heading
 * gets MAX_NAME_BREAKS at most, the first ones, in all its texts.
 */
import type { Element, ElementContent, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { EXIT, SKIP, visit } from '../lib/tree-visit.ts';
import { MAX_NAME_BREAKS, nameParts } from '../lib/name-breaks.ts';

/** Rehype plugin: see the file comment. */
export function rehypeNameBreaks() {
  return (tree: Root) => {
    visit(tree, 'element', (heading: Element) => {
      if (headingRank(heading) === undefined) return undefined;
      // The heading's texts together get at most MAX_NAME_BREAKS, as "On this page" gives its whole text.
      let left = MAX_NAME_BREAKS;
      visit(heading, 'text', (text, index, parent) => {
        if (left <= 0) return EXIT;
        const parts = nameParts(text.value, left);
        if (parts.length < 2 || !parent || index === undefined) return undefined;
        left -= parts.length - 1;
        const nodes: ElementContent[] = [];
        for (const value of parts) {
          if (nodes.length > 0) nodes.push({ type: 'element', tagName: 'wbr', properties: {}, children: [] });
          nodes.push({ type: 'text', value });
        }
        parent.children.splice(index, 1, ...nodes);
        return index + nodes.length;
      });
      return SKIP;
    });
  };
}
