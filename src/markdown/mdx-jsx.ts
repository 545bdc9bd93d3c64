/** MDX's JSX elements in a hast tree (an `<a id="x">` written in an `.mdx` page), as the rehype plugins meet them. */
import type { Element } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import type { Node } from 'unist';
import { attributeName } from '../lib/content-safety.ts';

export type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** An attribute of a JSX element as MDX writes one (`name="value"`, a bare `name`, `{...spread}`), in mdast or hast. */
interface WrittenAttribute {
  type: string;
  name?: string | null | undefined;
  value?: unknown;
}

/**
 * The value of attribute `name` (lower case) among a JSX element's `attributes`, each name read as the browser reads
 * it (attributeName: ARIA-HIDDEN is aria-hidden): its text, '' when bare, undefined when absent or code.
 */
export function jsxAttributeValue(
  attributes: readonly WrittenAttribute[] | undefined,
  name: string,
): string | undefined {
  const found = attributes?.find(
    (attribute) => attribute.type === 'mdxJsxAttribute' && attributeName(attribute.name ?? '') === name,
  );
  if (found === undefined) return undefined;
  return typeof found.value === 'string' ? found.value : found.value == null ? '' : undefined;
}

/** True when `node` is an element written as JSX (block or inline). */
export function isJsx(node: Node): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** An element of a page, written in Markdown's HTML or as JSX in MDX. */
export type Tag = Element | JsxElement;

/** `node` when it is an element, written in Markdown's HTML or as JSX in MDX. */
export function tagOf(node: Node): Tag | undefined {
  return node.type === 'element' || isJsx(node) ? (node as Tag) : undefined;
}

/** The tag name of `node` when it is an element (a JSX fragment has none). */
export function nameOf(node: Node): string | undefined {
  const tag = tagOf(node);
  if (!tag) return undefined;
  return tag.type === 'element' ? tag.tagName : (tag.name ?? undefined);
}
