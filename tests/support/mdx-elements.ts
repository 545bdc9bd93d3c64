/** MDX trees read as the HTML they render, for tests that compare an MDX page's markup with HTML. */
import type { ElementContent, Root, RootContent } from 'hast';
import 'mdast-util-mdx-jsx';

/** MDX's JSX elements as the HTML elements they render (they hold no expressions here). */
export function asElements(node: Root | RootContent): Root | RootContent {
  const children = 'children' in node ? node.children.map((child) => asElements(child)) : undefined;
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const properties = Object.fromEntries(
      node.attributes.flatMap((attribute) =>
        attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string'
          ? [[attribute.name === 'class' ? 'className' : attribute.name, attribute.value]]
          : [],
      ),
    );
    return {
      type: 'element',
      tagName: node.name ?? 'div',
      properties,
      children: (children ?? []) as ElementContent[],
    };
  }
  return children === undefined ? node : ({ ...node, children } as Root | RootContent);
}
