/**
 * Heading ids as rehype-slug gives them (github-slugger, a repeated heading suffixed `-1`), but from the
 * heading's text without the whitespace at its ends, as Learn's ids are: the space after a bookmark
 * (`## <a name="BKMK_setup"></a> Set up the remote debugger`) or before a trailing one shows nothing,
 * yet rehype-slug made it a leading or trailing `-` (`#-set-up-the-remote-debugger`), so links written to
 * Learn's id (`#set-up-the-remote-debugger`) missed. The heading itself is left as written. A heading that
 * already has an id keeps it (a tab label's, remark-learn-tabs.ts). Astro's "On this page" takes these ids.
 */
import type { Element, Root } from 'hast';
import GithubSlugger from 'github-slugger';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const HEADING = /^h[1-6]$/;

/** Rehype plugin, first of the rehype steps: see the file comment. */
export function rehypeHeadingIds() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (element: Element) => {
      if (HEADING.test(element.tagName) && !element.properties['id'])
        element.properties['id'] = slugger.slug(toString(element).trim());
    });
  };
}
