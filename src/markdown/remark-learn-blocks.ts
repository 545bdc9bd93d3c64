/**
 * Learn's layout markers (`:::row:::`, `:::column:::`), content variants (`:::zone …:::`, `::: moniker …`)
 * and `<a name>` bookmarks, rendered plainly: a row a block (`div.learn-row`) of its columns side by side
 * (`div.learn-column`), each variant a block (`div.learn-variant`) of its label and its content, so the
 * text after its end reads as shared by every variant.
 */
import { relative } from 'node:path';
import type { Heading, List, ListItem, Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { Processor } from 'unified';
import { SKIP, visit } from '../lib/tree-visit.ts';
import { withMarkerLines } from '../lib/learn/marker-lines.ts';
import type { VFile } from 'vfile';
import {
  describeVersions,
  DIV_MARKER,
  LAYOUT_MARKER,
  parseAttributes,
  VARIANT_END,
  VARIANT_START,
} from '../lib/learn/syntax.ts';
import { SITE_LANG } from '../consts.ts';
import { shownTextProblem } from '../lib/content-safety.ts';
import { learnDivClasses } from './remark-learn-alerts.ts';
import { inlineLines, joinLines, type InlineLine } from './inline-lines.ts';
import { otherPageLang } from './page-lang.ts';
import { LINE_ENDING } from './remark-nesting-limit.ts';

/** The class of the label the build writes above a zone or moniker, in the site's words ("For C#:"), styled by callouts.css. */
export const ZONE_LABEL_CLASS = 'learn-zone-label';

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
 * How a label names a zone's pivot: by its title when known (`titled`), else its id. The language of the
 * page is set when it is not the site's (`pageLang`): a title is then marked as the page's words.
 */
interface Titles {
  titleOf: (pivot: string) => string;
  titled: (pivot: string) => boolean;
  pageLang: string | undefined;
}

/** `value` as Markdown text, in `lang` when given (a `<span lang>`). */
function textIn(value: string, lang?: string): PhrasingContent {
  return lang === undefined
    ? { type: 'text', value }
    : { type: 'text', value, data: { hName: 'span', hProperties: { lang } } };
}

/**
 * The label above a variant's content: which pivots (by title when known) or target a zone is written
 * for, which versions a moniker range covers. "For …:" and a version range are the site's words (on a
 * page in another language, `lang="en"`); a pivot's title is the page's.
 */
function variantLabel(kind: string, attributes: Record<string, string>, titles: Titles): Paragraph {
  const pivots = attributes['pivot'];
  const { pageLang } = titles;
  const choice: PhrasingContent[] =
    kind === 'moniker'
      ? [textIn(describeVersions(attributes['range'] ?? ''))]
      : (pivots ?? attributes['target'] ?? '').split(',').flatMap((part, at) => {
          const name = part.trim();
          const shown =
            pivots === undefined
              ? textIn(name)
              : textIn(titles.titleOf(name), titles.titled(name) ? pageLang : undefined);
          return at === 0 ? [shown] : [textIn(', '), shown];
        });
  const children = joinTexts([textIn('For '), ...choice, textIn(':')]);
  return {
    type: 'paragraph',
    children,
    data: {
      hProperties: {
        className: [ZONE_LABEL_CLASS],
        ...(pageLang === undefined ? {} : { lang: SITE_LANG }),
      },
    },
  };
}

/** `nodes` with each run of plain text nodes (no `<span>` of their own) joined into one. */
function joinTexts(nodes: PhrasingContent[]): PhrasingContent[] {
  const joined: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = joined.at(-1);
    if (last?.type === 'text' && node.type === 'text' && !last.data && !node.data) last.value += node.value;
    else joined.push(node);
  }
  return joined;
}

/** The label for `line` when it opens a variant (`:::zone pivot="a"`), else undefined. */
function labelFor(line: string, titles: Titles): Paragraph | undefined {
  const variant = VARIANT_START.exec(line.trim());
  return variant ? variantLabel(variant[1] ?? '', parseAttributes(variant[2] ?? ''), titles) : undefined;
}

/** Where a variant's end marker (`:::zone-end`) was, until its variant is wrapped (wrapVariants). */
const VARIANT_END_NODE = 'learnVariantEnd';
/** The class of the block holding one variant of a zone or moniker set: its label and its content. */
export const VARIANT_CLASS = 'learn-variant';

function isVariantEnd(node: RootContent): boolean {
  return (node.type as string) === VARIANT_END_NODE;
}

/** Whether `node` is a variant's label (variantLabel). */
function isVariantLabel(node: RootContent): boolean {
  return (
    node.type === 'paragraph' &&
    (node.data?.hProperties as { className?: unknown } | undefined)?.className?.toString() ===
      ZONE_LABEL_CLASS
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
    if (open) children.push(learnBlock([VARIANT_CLASS], open));
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

/** Where a row or column starts or ends (`:::row:::`, `:::column span="2":::`), until wrapLayout. */
interface LayoutMark {
  type: 'learnLayoutMark';
  kind: 'row' | 'row-end' | 'column' | 'column-end';
  /** A column's share of its row's width, 1 to MAX_COLUMN_SPAN (`span="2"`). */
  span: number;
}
/** The widest share a column's `span` gives it: Learn's grid has up to four columns a row. */
const MAX_COLUMN_SPAN = 4;

/** The mark a layout marker line (LAYOUT_MARKER) is. */
function layoutMark(text: string): LayoutMark {
  const [, kind = 'row', attributes = ''] =
    /^:::\s*(row-end|row|column-end|column)\s*(.*?)\s*:::$/.exec(text) ?? [];
  const span = Number.parseInt(parseAttributes(attributes)['span'] ?? '', 10);
  return {
    type: 'learnLayoutMark',
    kind: kind as LayoutMark['kind'],
    span: Number.isInteger(span) && span > 1 ? Math.min(span, MAX_COLUMN_SPAN) : 1,
  };
}

/** `node` as a layout mark, when it is one. */
function asLayoutMark(node: RootContent): LayoutMark | undefined {
  return (node.type as string) === 'learnLayoutMark' ? (node as unknown as LayoutMark) : undefined;
}

/**
 * Wraps each row among `parent`'s children (from `:::row:::` to `:::row-end:::`, or the end of `parent`) in
 * `div.learn-row`, and each column in it (from `:::column:::` to `:::column-end:::`, the next column or the
 * row's end) in `div.learn-column`, a `learn-span-N` class for a `span` over 1; at every depth. A mark
 * with nothing open for it (a column outside a row, an end with no start beside it) goes, its content
 * read top to bottom where it is.
 */
function wrapLayout(parent: Parent): void {
  const children: RootContent[] = [];
  let row: RootContent[] | undefined;
  let column: { span: number; children: RootContent[] } | undefined;
  const closeColumn = () => {
    if (row && column) {
      const classes = ['learn-column', ...(column.span > 1 ? [`learn-span-${String(column.span)}`] : [])];
      row.push(learnBlock(classes, column.children));
    }
    column = undefined;
  };
  const closeRow = () => {
    closeColumn();
    if (row) children.push(learnBlock(['learn-row'], row));
    row = undefined;
  };
  for (const child of parent.children) {
    const mark = asLayoutMark(child);
    if (mark) {
      if (mark.kind === 'row') {
        closeRow();
        row = [];
      } else if (mark.kind === 'row-end') closeRow();
      else if (mark.kind === 'column-end') closeColumn();
      else if (row) {
        closeColumn();
        column = { span: mark.span, children: [] };
      }
      continue;
    }
    if ('children' in child && child.type !== 'paragraph' && child.type !== 'heading') wrapLayout(child);
    (column?.children ?? row ?? children).push(child);
  }
  closeRow();
  parent.children = children;
}

/** The index in `blocks` of a variant's end with no variant opened before it among them, else -1. */
function outerEndIndex(blocks: RootContent[]): number {
  let open = false;
  for (const [index, block] of blocks.entries()) {
    if (isVariantLabel(block)) open = true;
    else if (isVariantEnd(block)) {
      if (!open) return index;
      open = false;
    }
  }
  return -1;
}

/**
 * `list` as the blocks markdig makes of it when one of its items holds the end of a variant opened outside
 * the list (`::: zone-end` indented as the item's text, sql-docs' docker quickstart): the end closes the
 * zone and all it holds, so the list ends there at any indent. The rest of that item's blocks follow the
 * list, then a list of the items after it (numbered from `startOf` its first, as markdig starts a new list).
 */
function endedAt(list: List, startOf: (item: ListItem) => number | undefined): RootContent[] {
  for (const [at, item] of list.children.entries()) {
    endListsAtOuterEnds(item, startOf);
    const end = outerEndIndex(item.children);
    if (end === -1) continue;
    const kept = item.children.slice(0, end);
    const head: List = {
      ...list,
      children: [...list.children.slice(0, at), ...(kept.length > 0 ? [{ ...item, children: kept }] : [])],
    };
    const rest = list.children.slice(at + 1);
    const [next] = rest;
    const start = list.ordered && next ? (startOf(next) ?? 1) : list.start;
    const tail = next ? endedAt({ ...list, start, children: rest }, startOf) : [];
    return [...(head.children.length > 0 ? [head] : []), ...item.children.slice(end), ...tail];
  }
  return [list];
}

/** `parent`'s lists, at any depth, ended where an item ends a variant opened outside them (endedAt). */
function endListsAtOuterEnds(parent: Parent, startOf: (item: ListItem) => number | undefined): void {
  parent.children = parent.children.flatMap((child) => {
    if (child.type === 'list') return endedAt(child, startOf);
    if ('children' in child && child.type !== 'paragraph' && child.type !== 'heading')
      endListsAtOuterEnds(child, startOf);
    return [child];
  });
}

/** The marker a line is, when it is one alone: a variant's start (its label), its end, or a layout mark. */
function markerOf(
  line: InlineLine,
  titles: Titles,
): { label?: Paragraph; end?: true; layout?: LayoutMark } | undefined {
  const [only, ...more] = line.nodes;
  if (only?.type !== 'text' || more.length > 0) return undefined;
  const text = only.value.trim();
  if (VARIANT_END.test(text)) return { end: true };
  if (LAYOUT_MARKER.test(text)) return { layout: layoutMark(text) };
  const label = labelFor(text, titles);
  return label ? { label } : undefined;
}

/**
 * The blocks a paragraph or setext heading is, once the marker lines in it (`:::row:::`, `::: moniker-end`,
 * a variant's start) are blocks of their own, as Learn parses them: the lines between stay paragraphs (the
 * last one the heading, when its underline is under text), a variant's start its label, its end a mark
 * for wrapVariants. Undefined when no line is a marker. (The parser already reads a marker line starting
 * a line as a paragraph of its own, markerLineSyntax; this takes the ones it could not, an escape in a line.)
 */
function splitAtMarkers(
  node: Paragraph | Heading,
  setext: boolean,
  titles: Titles,
): RootContent[] | undefined {
  const lines = inlineLines(node.children);
  if (!lines.some((line) => markerOf(line, titles))) return undefined;
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
    const marker = markerOf(line, titles);
    if (!marker) {
      run.push(line);
      continue;
    }
    flush(false);
    if (marker.label) blocks.push(marker.label);
    else if (marker.end) blocks.push({ type: VARIANT_END_NODE } as unknown as RootContent);
    else if (marker.layout) blocks.push(marker.layout as unknown as RootContent);
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
 * Remark plugin: each row's columns are blocks side by side in it (wrapLayout); each variant's
 * content is kept under a visible label ("For C#:", by the pivot's title when `pivotTitles` has it, else
 * its id; "For v2 and later:"), the two in one block; `<a name>` bookmarks become `id`s.
 */
export function remarkLearnBlocks(this: Processor, options: LearnBlocksOptions = {}) {
  // The marker lines are blocks from the parse on: in includes too, parsed by this processor's parser.
  const data = this.data();
  withMarkerLines(data);
  const pivotTitles = options.pivotTitles ?? {};
  // The labels are written after the content-safety check of the page's text: the titles get its rule.
  const refusedTitles = new Map(
    Object.entries(pivotTitles).flatMap(([pivot, title]) => {
      const problem = shownTextProblem(title);
      return problem === undefined ? [] : [[pivot, problem] as const];
    }),
  );
  return (tree: Root, file: VFile) => {
    const refused = new Set<string>();
    const titles: Titles = {
      titleOf: (pivot) => {
        if (!Object.hasOwn(pivotTitles, pivot)) return pivot;
        if (refusedTitles.has(pivot)) refused.add(pivot);
        return pivotTitles[pivot] ?? pivot;
      },
      titled: (pivot) => Object.hasOwn(pivotTitles, pivot),
      pageLang: otherPageLang(file),
    };
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
      const blocks = splitAtMarkers(block, setext, titles);
      if (!blocks) return undefined;
      parent.children.splice(index, 1, ...blocks);
      // Blocks in a list item: a tight list would run them into one line, the label's class lost.
      if (parent.type === 'listItem' && parent.children.length > 1) (parent as ListItem).spread = true;
      return [SKIP, index + blocks.length];
    });
    if (refused.size > 0) {
      const page = file.path ? relative(file.cwd, file.path) : 'content';
      // The first line of the page opening a zone for the pivot (none when an include opens it).
      const source = String(file.value).split(LINE_ENDING);
      const lineOf = (pivot: string) => {
        const index = source.findIndex((line) => {
          const variant = VARIANT_START.exec(line.replace(/^[\s>]*/, '').trim());
          const pivots = variant ? (parseAttributes(variant[2] ?? '')['pivot'] ?? '') : '';
          return pivots.split(',').some((part) => part.trim() === pivot);
        });
        return index === -1 ? undefined : index + 1;
      };
      const lines = [...refused].map(lineOf);
      const problems = [...refused].map(
        (pivot, at) =>
          `  ${page}${lines[at] === undefined ? '' : `:${String(lines[at])}`}: the title of its zone pivot "${pivot}", recorded by the import in src/data/learn-folder.json ("pivotTitles"), ${refusedTitles.get(pivot) ?? ''}`,
      );
      file.fail(
        `A zone's label that is not allowed on this site:\n${problems.join('\n')}\n  Fix the title in the zone pivot groups file (zone-pivot-groups.yml) and import again, or remove it from src/data/learn-folder.json (the zone is then labelled by its pivot id).`,
        {
          place: lines.some((line) => line !== undefined)
            ? { line: lines.find((line) => line !== undefined) ?? 1, column: 1 }
            : null,
          ruleId: 'zone-label',
          source: 'remark-learn-blocks',
        },
      );
    }
    // The number written on an item that starts a list of its own (`1.`), read from the page's source.
    const text = String(file.value);
    endListsAtOuterEnds(tree, (item) => {
      const offset = item.position?.start.offset;
      const number =
        offset === undefined ? undefined : /^\s*(\d{1,9})[.)]/.exec(text.slice(offset, offset + 16));
      return number ? Number(number[1]) : undefined;
    });
    // Rows first: a variant opened outside a row holds it, one inside a column is that column's.
    wrapLayout(tree);
    wrapVariants(tree);
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      bookmarkToId(node as MdxJsxFlowElement);
    });
  };
}
