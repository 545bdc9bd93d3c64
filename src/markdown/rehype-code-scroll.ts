/**
 * A code block keeps its lines as written and scrolls sideways in its own box when a line is wider than
 * the page, as Learn, GitHub and Starlight show code: wrapping a command makes one line look like two, and
 * a PowerShell output table or an indented listing loses its columns. The box is one a keyboard reaches
 * (tabindex 0), to scroll it without a pointer (axe: scrollable-region-focusable); the page itself never
 * scrolls sideways. src/styles/global.css scrolls a `pre` that has a tabindex and wraps one that has none,
 * and print.css wraps every block, as paper cannot scroll.
 */
import type { Element, Root } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';

/** A `<pre>` written in an MDX page, which reaches rehype as JSX rather than as an element. */
function isJsxPre(node: { type: string; name?: unknown }): node is MdxJsxFlowElementHast {
  return node.type === 'mdxJsxFlowElement' && node.name === 'pre';
}

export function rehypeCodeScroll() {
  return (tree: Root) => {
    const visit = (parent: Root | Element | MdxJsxFlowElementHast) => {
      for (const child of parent.children) {
        // A `<pre tabindex="-1">` of the page's own keeps its own choice.
        if (child.type === 'element' && child.tagName === 'pre') {
          child.properties['tabIndex'] ??= 0;
        } else if (
          isJsxPre(child) &&
          !child.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name.toLowerCase() === 'tabindex')
        ) {
          child.attributes.push({ type: 'mdxJsxAttribute', name: 'tabindex', value: '0' });
        }
        // A block inside a list, a callout, a tab panel or an MDX page's own element.
        if ('children' in child && (child.type === 'element' || child.type === 'mdxJsxFlowElement')) {
          visit(child);
        }
      }
    };
    visit(tree);
  };
}
