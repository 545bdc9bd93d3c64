/**
 * Learn's layout markers (`:::row:::`, `:::column:::`), content variants (`:::zone …:::`, `::: moniker …`)
 * and `<a name>` bookmarks, rendered plainly.
 */
import type { Paragraph, Parent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import {
  describeVersions,
  DIV_MARKER,
  LAYOUT_MARKER,
  parseAttributes,
  VARIANT_END,
  VARIANT_START,
} from '../lib/learn/syntax.ts';
import { learnDivClasses } from './remark-learn-alerts.ts';

/** `:::no-loc text="…":::`, inline. */
const NO_LOC = /:::no-loc\s+text="([^"]*)"\s*:::/g;
/** A line that is only `[!div class="…"]`. */
const DIV_LINE = new RegExp(`${DIV_MARKER.source}$`, 'i');

/**
 * The label above a variant's content: which pivot (or target) a zone is written for, which versions a
 * moniker range covers.
 */
function variantLabel(kind: string, attributes: Record<string, string>): Paragraph {
  const choice =
    kind === 'moniker'
      ? describeVersions(attributes['range'] ?? '')
      : (attributes['pivot'] ?? attributes['target'] ?? '')
          .split(',')
          .map((part) => part.trim())
          .join(', ');
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: `For ${choice}:` }],
    data: { hProperties: { className: ['learn-zone-label'] } },
  };
}

/** The label for `line` when it opens a variant (`:::zone pivot="a"`), else undefined. */
function labelFor(line: string): Paragraph | undefined {
  const variant = VARIANT_START.exec(line.trim());
  return variant ? variantLabel(variant[1] ?? '', parseAttributes(variant[2] ?? '')) : undefined;
}

/** Removes whole lines that are layout or variant-end markers from the paragraph's text. */
function stripMarkerLines(node: Paragraph): void {
  for (const child of node.children) {
    if (child.type !== 'text') continue;
    child.value = child.value
      .split('\n')
      .filter((line) => !LAYOUT_MARKER.test(line.trim()) && !VARIANT_END.test(line.trim()))
      .join('\n');
  }
}

/**
 * What `read` makes of the paragraph's first line, when that line is a marker right above more of the
 * paragraph (no blank line between): the line is then taken out of the paragraph.
 */
function takeFirstLine<T>(node: Paragraph, read: (line: string) => T | undefined): T | undefined {
  const first = node.children[0];
  if (first?.type !== 'text') return undefined;
  const [line = '', ...rest] = first.value.split('\n');
  const found = read(line);
  if (found === undefined || rest.length === 0) return undefined;
  first.value = rest.join('\n');
  return found;
}

/** `content` in the block a `[!div class="…"]` marker (its `attributes`) makes. */
function learnDiv(attributes: string | undefined, content: RootContent): RootContent {
  return {
    type: 'learnBlock',
    data: { hName: 'div', hProperties: { className: learnDivClasses(attributes) } },
    children: [content],
  } as unknown as RootContent;
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
 * Remark plugin: row and column markers are dropped (their content reads top to bottom); each variant's
 * content is kept under a visible label ("For <pivot>:", "For v2 and later:"); `<a name>` bookmarks become `id`s.
 */
export function remarkLearnBlocks() {
  return (tree: Root) => {
    // `:::no-loc text="Name":::` marks a name not to translate: the page shows the name.
    visit(tree, 'text', (node) => {
      if (node.value.includes(':::no-loc')) node.value = node.value.replace(NO_LOC, '$1');
    });
    // `[!div class="checklist"]` outside a quote: the block right below it (a list, an image…) in that
    // div, whether a blank line parts them or not.
    visit(tree, 'paragraph', (node: Paragraph, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return undefined;
      const alone = DIV_LINE.exec(toString(node).trim());
      if (alone) {
        const next = parent.children[index + 1];
        parent.children.splice(index, next ? 2 : 1, ...(next ? [learnDiv(alone[1], next)] : []));
        return [SKIP, index + 1];
      }
      const above = takeFirstLine(node, (line) => DIV_LINE.exec(line.trim()) ?? undefined);
      if (!above) return undefined;
      parent.children.splice(index, 1, learnDiv(above[1], node));
      return [SKIP, index + 1];
    });
    visit(tree, 'paragraph', (node: Paragraph, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      const text = toString(node).trim();
      stripMarkerLines(node);
      if (toString(node).trim() === '') {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      const label = labelFor(text);
      if (label) {
        parent.children.splice(index, 1, label as RootContent);
        return [SKIP, index + 1];
      }
      // The opening line right above its content, no blank line between: the label, then the rest.
      const opening = takeFirstLine(node, labelFor);
      if (!opening) return undefined;
      parent.children.splice(index, 0, opening as RootContent);
      return [SKIP, index + 2];
    });
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      bookmarkToId(node as MdxJsxFlowElement);
    });
  };
}
