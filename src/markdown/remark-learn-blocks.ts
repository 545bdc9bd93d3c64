/**
 * Learn's layout markers (`:::row:::`, `:::column:::`), content variants (`:::zone …:::`, `::: moniker …`)
 * and `<a name>` bookmarks, rendered plainly: each variant a block (`div.learn-variant`) of its label and
 * its content, so the text after its end reads as shared by every variant.
 */
import type { Heading, ListItem, Paragraph, Parent, Root, RootContent } from 'mdast';
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
import { inlineLines, joinLines, type InlineLine } from './inline-lines.ts';

/** `:::no-loc text="…":::`, inline. */
const NO_LOC = /:::no-loc\s+text="([^"]*)"\s*:::/g;
/** A line that is only `[!div class="…"]`. */
const DIV_LINE = new RegExp(`${DIV_MARKER.source}$`, 'i');

export interface LearnBlocksOptions {
  /**
   * The titles of zone pivots (`programming-language-csharp` → `C#`), as Learn labels their zones; a pivot
   * without one is labelled by its id.
   */
  pivotTitles?: Readonly<Record<string, string>> | undefined;
}

/**
 * The label above a variant's content: which pivots (by title when known) or target a zone is written
 * for, which versions a moniker range covers.
 */
function variantLabel(
  kind: string,
  attributes: Record<string, string>,
  pivotTitles: Readonly<Record<string, string>>,
): Paragraph {
  const titleOf = (pivot: string) =>
    (attributes['pivot'] !== undefined && Object.hasOwn(pivotTitles, pivot)
      ? pivotTitles[pivot]
      : undefined) ?? pivot;
  const choice =
    kind === 'moniker'
      ? describeVersions(attributes['range'] ?? '')
      : (attributes['pivot'] ?? attributes['target'] ?? '')
          .split(',')
          .map((part) => titleOf(part.trim()))
          .join(', ');
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: `For ${choice}:` }],
    data: { hProperties: { className: ['learn-zone-label'] } },
  };
}

/** The label for `line` when it opens a variant (`:::zone pivot="a"`), else undefined. */
function labelFor(line: string, pivotTitles: Readonly<Record<string, string>>): Paragraph | undefined {
  const variant = VARIANT_START.exec(line.trim());
  return variant ? variantLabel(variant[1] ?? '', parseAttributes(variant[2] ?? ''), pivotTitles) : undefined;
}

/** Where a variant's end marker (`:::zone-end`) was, until its variant is wrapped (wrapVariants). */
const VARIANT_END_NODE = 'learnVariantEnd';

function isVariantEnd(node: RootContent): boolean {
  return (node.type as string) === VARIANT_END_NODE;
}

/** Whether `node` is a variant's label (variantLabel). */
function isVariantLabel(node: RootContent): boolean {
  return (
    node.type === 'paragraph' &&
    (node.data?.hProperties as { className?: unknown } | undefined)?.className?.toString() ===
      'learn-zone-label'
  );
}

/**
 * Wraps each variant among `parent`'s children (its label, then its content up to its end marker, the next
 * label or the end of `parent`) in `div.learn-variant`, and removes the end markers. An end marker with no
 * variant open beside it (`:::zone-end` read into a list's last item) ends the variant open around
 * `parent`: returns whether `parent` held one.
 */
function wrapVariants(parent: Parent): boolean {
  const children: RootContent[] = [];
  let open: RootContent[] | undefined;
  let endsOuter = false;
  const close = () => {
    if (open) children.push(learnBlock(['learn-variant'], open));
    open = undefined;
  };
  for (const child of parent.children) {
    if (isVariantEnd(child)) {
      if (open) close();
      else endsOuter = true;
      continue;
    }
    if (isVariantLabel(child)) {
      close();
      open = [child];
      continue;
    }
    // Labels and end marks are blocks: no need to look inside paragraphs and headings.
    const endsHere =
      'children' in child && child.type !== 'paragraph' && child.type !== 'heading' && wrapVariants(child);
    (open ?? children).push(child);
    if (endsHere) {
      if (open) close();
      else endsOuter = true;
    }
  }
  close();
  parent.children = children;
  return endsOuter;
}

/** The marker a line is, when it is one alone: a variant's start (its label), its end, or one that goes. */
function markerOf(
  line: InlineLine,
  pivotTitles: Readonly<Record<string, string>>,
): { label?: Paragraph; end?: true } | undefined {
  const [only, ...more] = line.nodes;
  if (only?.type !== 'text' || more.length > 0) return undefined;
  const text = only.value.trim();
  if (VARIANT_END.test(text)) return { end: true };
  if (LAYOUT_MARKER.test(text)) return {};
  const label = labelFor(text, pivotTitles);
  return label ? { label } : undefined;
}

/**
 * The blocks a paragraph or setext heading is, once the marker lines in it (`:::row:::`, `::: moniker-end`,
 * a variant's start) are blocks of their own, as Learn parses them: the lines between stay paragraphs (the
 * last one the heading, when its underline is under text), a variant's start its label, its end a mark
 * for wrapVariants. Undefined when no line is a marker.
 */
function splitAtMarkers(
  node: Paragraph | Heading,
  setext: boolean,
  pivotTitles: Readonly<Record<string, string>>,
): RootContent[] | undefined {
  const lines = inlineLines(node.children);
  if (!lines.some((line) => markerOf(line, pivotTitles))) return undefined;
  const blocks: RootContent[] = [];
  let run: InlineLine[] = [];
  const flush = (last: boolean) => {
    const children = joinLines(run);
    if (children.some((child) => toString(child).trim() !== '' || child.type !== 'text')) {
      blocks.push(last && node.type === 'heading' ? { ...node, children } : { type: 'paragraph', children });
    }
    run = [];
  };
  for (const line of lines) {
    const marker = markerOf(line, pivotTitles);
    if (!marker) {
      run.push(line);
      continue;
    }
    flush(false);
    if (marker.label) blocks.push(marker.label);
    if (marker.end) blocks.push({ type: VARIANT_END_NODE } as unknown as RootContent);
  }
  if (run.length > 0) flush(true);
  // A setext heading whose last line was a marker: its `---` was a rule under a block, not an underline.
  else if (setext && node.type === 'heading' && node.depth === 2) blocks.push({ type: 'thematicBreak' });
  return blocks;
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

/** A `<div>` of `className` holding `children`: a container mdast does not have. */
function learnBlock(className: string[], children: RootContent[]): RootContent {
  return {
    type: 'learnBlock',
    data: { hName: 'div', hProperties: { className } },
    children,
  } as unknown as RootContent;
}

/** `content` in the block a `[!div class="…"]` marker (its `attributes`) makes. */
function learnDiv(attributes: string | undefined, content: RootContent): RootContent {
  return learnBlock(learnDivClasses(attributes), [content]);
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
 * content is kept under a visible label ("For C#:", by the pivot's title when `pivotTitles` has it, else
 * its id; "For v2 and later:"), the two in one block; `<a name>` bookmarks become `id`s.
 */
export function remarkLearnBlocks(options: LearnBlocksOptions = {}) {
  const pivotTitles = options.pivotTitles ?? {};
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
    // Marker lines, wherever they are in a paragraph (or a setext heading, `:::row-end:::` over `---`):
    // blocks of their own.
    visit(tree, ['paragraph', 'heading'], (node, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return undefined;
      const block = node as Paragraph | Heading;
      const setext = block.position !== undefined && block.position.end.line > block.position.start.line;
      const blocks = splitAtMarkers(block, setext, pivotTitles);
      if (!blocks) return undefined;
      parent.children.splice(index, 1, ...blocks);
      // Blocks in a list item: a tight list would run them into one line, the label's class lost.
      if (parent.type === 'listItem' && blocks.length > 1) (parent as ListItem).spread = true;
      return [SKIP, index + blocks.length];
    });
    wrapVariants(tree);
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      bookmarkToId(node as MdxJsxFlowElement);
    });
  };
}
