import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { resolveLearnLink, type LearnLinkContext } from '../lib/learn-links.ts';

/** The href as the source wrote it, kept on a rewritten link so checks can quote what the maintainer wrote. */
export function writtenHref(node: Element): string | undefined {
  const written = (node.data as { writtenHref?: unknown } | undefined)?.writtenHref;
  return typeof written === 'string' ? written : undefined;
}

/** Rewrites every `<a href>` of a page with `resolveLearnLink`, so content keeps Learn's link syntax. */
export function rehypeLearnLinks(context: LearnLinkContext) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties['href'] : undefined;
      if (typeof href !== 'string') return;
      const resolved = resolveLearnLink(href, context);
      if (resolved === href) return;
      node.properties['href'] = resolved;
      node.data = { ...node.data, writtenHref: href } as Element['data'];
    });
  };
}
