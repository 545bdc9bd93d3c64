/** Learn's layout markers (`:::row:::`, `:::column:::`, `:::zone …:::`) and `<a name>` bookmarks, rendered plainly. */
import type { Paragraph, Parent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { LAYOUT_MARKER, parseAttributes, ZONE_END, ZONE_START } from '../lib/learn/syntax.ts';

/** The label above a zone's content: which pivot (or target) it is written for. */
function zoneLabel(attributes: Record<string, string>): Paragraph {
  const choice = attributes['pivot'] ?? attributes['target'] ?? '';
  return {
    type: 'paragraph',
    children: [
      {
        type: 'text',
        value: `For ${choice
          .split(',')
          .map((part) => part.trim())
          .join(', ')}:`,
      },
    ],
    data: { hProperties: { className: ['learn-zone-label'] } },
  };
}

/** Removes whole lines that are layout or zone-end markers from the paragraph's text. */
function stripMarkerLines(node: Paragraph): void {
  for (const child of node.children) {
    if (child.type !== 'text') continue;
    child.value = child.value
      .split('\n')
      .filter((line) => !LAYOUT_MARKER.test(line.trim()) && !ZONE_END.test(line.trim()))
      .join('\n');
  }
}

/** `<a name="x"></a>` (MDX) gets `id="x"`, so links to `#x` land on it in HTML5 as on Learn. */
function bookmarkToId(node: MdxJsxFlowElement | MdxJsxTextElement): void {
  if (node.name !== 'a') return;
  for (const attribute of node.attributes) {
    if (
      attribute.type === 'mdxJsxAttribute' &&
      attribute.name === 'name' &&
      typeof attribute.value === 'string'
    ) {
      attribute.name = 'id';
    }
  }
}

/**
 * Remark plugin: row and column markers are dropped (their content reads top to bottom); a zone's
 * content is kept under a visible "For <pivot>:" label; `<a name>` bookmarks become `id`s.
 */
export function remarkLearnBlocks() {
  return (tree: Root) => {
    visit(tree, 'paragraph', (node: Paragraph, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      const text = toString(node).trim();
      stripMarkerLines(node);
      if (toString(node).trim() === '') {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      const zone = ZONE_START.exec(text);
      if (zone) {
        parent.children.splice(index, 1, zoneLabel(parseAttributes(zone[1] ?? '')) as RootContent);
        return [SKIP, index + 1];
      }
      return undefined;
    });
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      bookmarkToId(node as MdxJsxFlowElement);
    });
    visit(tree, 'html', (node) => {
      node.value = node.value.replace(/<a\s+name="([^"]+)"\s*>/gi, '<a id="$1">');
    });
  };
}
