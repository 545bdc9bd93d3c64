/** MDX's JSX elements in a hast tree (an `<a id="x">` written in an `.mdx` page), as the rehype plugins meet them. */
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import type { Node } from 'unist';

export type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** True when `node` is an element written as JSX (block or inline). */
export function isJsx(node: Node): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}
