import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { resolveLearnLink, type LearnLinkContext } from '../lib/learn-links.ts';

/** Rewrites every `<a href>` of a page with `resolveLearnLink`, so content keeps Learn's link syntax. */
export function rehypeLearnLinks(context: LearnLinkContext) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties['href'] : undefined;
      if (typeof href === 'string') node.properties['href'] = resolveLearnLink(href, context);
    });
  };
}
