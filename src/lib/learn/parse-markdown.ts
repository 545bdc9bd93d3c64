/**
 * Learn Markdown read as CommonMark with GFM (tables, footnotes, autolinks), as markdig reads it (a footnote
 * `[^1]: text` is no link reference definition, a `::: moniker-end` line a block of its own): the one parser
 * the import's passes and the include reader use to find nodes and their offsets in the source.
 */
import type { Nodes, Root } from 'mdast';
import { parseFragment, type DefaultTreeAdapterTypes, type Token } from 'parse5';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { SKIP, visit } from '../tree-visit.ts';
import { withMarkerLines } from './marker-lines.ts';
import { spliceText } from './splice-text.ts';

/** Learn's block marker lines (`::: moniker-end`) read as blocks, as the build reads them (marker-lines.ts). */
function learnMarkerLines(this: Processor): void {
  withMarkerLines(this.data());
}

const processor = unified().use(remarkParse).use(remarkGfm).use(learnMarkerLines);

/** The same, without indented code: as MDX reads Markdown, which it does inside HTML (markdownInHtml). */
const mdxLikeProcessor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(learnMarkerLines)
  .use(function withoutIndentedCode() {
    (this.data().micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
  });

/**
 * The trees of the texts parsed last, most recent last. The import's passes over an article (indented
 * code, destinations, refused links, reference sections…) each parse its text, most of them changing
 * nothing: for the Defender for Business folder, 831 parses of 135 texts. A few are enough, as one
 * article's passes follow one another.
 */
const recent = new Map<string, Root>();
const RECENT_TREES = 4;

/** `value` and everything it holds frozen, without recursion (a tree may be thousands of levels deep). */
function deepFreeze<T extends object>(value: T): T {
  const stack: object[] = [value];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (Object.isFrozen(next)) continue;
    Object.freeze(next);
    for (const child of Object.values(next))
      if (typeof child === 'object' && child !== null) stack.push(child as object);
  }
  return value;
}

/**
 * The mdast tree of `markdown`, positions in it included. Frozen: a tree may be given to every caller that
 * parses the same text (`recent`), so no caller may change it.
 */
export function parseMarkdown(markdown: string): Readonly<Root> {
  const known = recent.get(markdown);
  if (known !== undefined) {
    recent.delete(markdown);
    recent.set(markdown, known);
    return known;
  }
  const tree = deepFreeze(processor.parse(markdown));
  recent.set(markdown, tree);
  for (const oldest of recent.keys()) {
    if (recent.size <= RECENT_TREES) break;
    recent.delete(oldest);
  }
  return tree;
}

/**
 * The `source` of HTML whose text Markdown read as `value`, with what its container writes at the start of
 * each line after the first (a quote's `>`, a list item's indent) blank: an HTML parser reads it as the
 * HTML it is (`<a⏎>   href="x">` in a quote is one start tag), at the same offsets.
 */
function withoutContainerMarks(source: string, value: string): string {
  const sourceLines = source.split('\n');
  const valueLines = value.split('\n');
  if (sourceLines.length !== valueLines.length) return source;
  return sourceLines
    .map((line, index) => {
      const kept = valueLines[index] ?? '';
      if (index === 0 || !line.endsWith(kept)) return line;
      return ' '.repeat(line.length - kept.length) + kept;
    })
    .join('\n');
}

/**
 * Each stretch of `markdown` a browser reads as HTML, for an HTML parser, with its offset in `markdown`:
 * an HTML block as written (a quote's `>` is text to it), and each paragraph, heading or table cell with its
 * inline tags at their places and all else (text, code, link targets) blank, lines kept. So a tag found is
 * one Markdown reads as HTML, over lines too (`<a href="x">Object Security⏎and Access Rights</a>`), never
 * one in code.
 */
export function htmlStretches(markdown: string): { html: string; offset: number }[] {
  const stretches: { html: string; offset: number }[] = [];
  visit(parseMarkdown(markdown), (node: Nodes) => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined) return undefined;
    if (node.type === 'html') {
      stretches.push({ html: withoutContainerMarks(markdown.slice(from, to), node.value), offset: from });
      return SKIP;
    }
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return undefined;
    const chars = markdown.slice(from, to).replace(/[^\n]/g, ' ').split('');
    let tags = 0;
    visit(node, 'html', (tag) => {
      const at = tag.position?.start.offset;
      const end = tag.position?.end.offset;
      if (at === undefined || end === undefined) return;
      // As long as the tag (lines kept); one at a time: spread, a tag over 100,000 lines overflowed the stack.
      const written = withoutContainerMarks(markdown.slice(at, end), tag.value);
      for (let index = 0; index < written.length; index++) chars[at - from + index] = written[index] ?? ' ';
      tags++;
    });
    if (tags > 0) stretches.push({ html: chars.join(''), offset: from });
    return SKIP;
  });
  return stretches;
}

/**
 * Elements whose text is no Markdown to the import: a `<pre>`, which it writes as fenced code, and what a
 * browser reads as text. MDX reads Markdown inside `<code>`, `<kbd>` and `<samp>` as anywhere else.
 */
const TEXT_ELEMENTS = new Set(['pre', 'script', 'style', 'textarea', 'title']);

/**
 * The Markdown inside `markdown`'s HTML blocks as MDX reads it, at the offsets it has in `markdown`: an
 * imported page with HTML is MDX, which reads a table cell's `![logo](a.svg)` or `[text](x.md)` (the import
 * writes an `<img>` and an `<a>` so) as an image or a link, indented or not, where CommonMark keeps the whole
 * block as HTML. The tree of `markdown` with all but its HTML blocks blank, and in them the tags (found by an
 * HTML parser) and code, read without indented code. Undefined when `markdown` has no HTML block.
 */
export function markdownInHtml(markdown: string): Readonly<Root> | undefined {
  if (recentInHtml.has(markdown)) return recentInHtml.get(markdown);
  const tree = readMarkdownInHtml(markdown);
  recentInHtml.set(markdown, tree);
  for (const oldest of recentInHtml.keys()) {
    if (recentInHtml.size <= RECENT_TREES) break;
    recentInHtml.delete(oldest);
  }
  return tree;
}

/** markdownInHtml's trees of the texts read last (an article's passes read the same text more than once). */
const recentInHtml = new Map<string, Readonly<Root> | undefined>();

function readMarkdownInHtml(markdown: string): Readonly<Root> | undefined {
  const chars = markdown.replace(/[^\n]/g, ' ').split('');
  let blocks = 0;
  visit(parseMarkdown(markdown), (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'table') return SKIP;
    if (node.type !== 'html') return undefined;
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined) return SKIP;
    const source = withoutContainerMarks(markdown.slice(from, to), node.value);
    const kept = source.split('');
    const blank = (start: number, end: number) => {
      for (let at = start; at < end; at++) if (kept[at] !== '\n') kept[at] = ' ';
    };
    // A stack, not recursion: HTML nested some thousand levels deep (red team 13) must not overflow
    // the call stack here; the build's nesting limit says what is wrong with it.
    const parents: DefaultTreeAdapterTypes.ParentNode[] = [
      parseFragment(source, { sourceCodeLocationInfo: true }),
    ];
    for (let parent = parents.pop(); parent !== undefined; parent = parents.pop())
      for (const child of parent.childNodes) {
        const location = child.sourceCodeLocation;
        if (child.nodeName === '#comment' || ('tagName' in child && TEXT_ELEMENTS.has(child.tagName))) {
          if (location) blank(location.startOffset, location.endOffset);
          continue;
        }
        if (!('tagName' in child)) continue;
        // An element the parser implies (a table's <tbody>) has no place; its children have theirs.
        const { startTag, endTag } = (location ?? {}) as Partial<Token.ElementLocation>;
        if (startTag) blank(startTag.startOffset, startTag.endOffset);
        if (endTag) blank(endTag.startOffset, endTag.endOffset);
        parents.push(child);
      }
    // As long as what it replaces; one at a time (spread, a large block's characters overflow the stack).
    kept.forEach((char, at) => {
      chars[from + at] = char;
    });
    blocks++;
    return SKIP;
  });
  return blocks === 0 ? undefined : deepFreeze(mdxLikeProcessor.parse(chars.join('')));
}

/**
 * The line breaks inside a tag as written (`source`, `<a⏎>   href="x">`), each with where it is and what
 * starts its next line, read in `html` (the same text as htmlStretches gives it, a quote's `>` blank): the
 * container's marks and the indent. Written before or after what replaces the tag, they keep its lines, in
 * its container.
 */
function tagLineBreaks(source: string, html: string): { at: number; text: string }[] {
  const breaks: { at: number; text: string }[] = [];
  for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) {
    let end = at + 1;
    while (end < source.length && /[ \t]/.test(html[end] ?? '')) end++;
    breaks.push({ at, text: source.slice(at, end) });
  }
  return breaks;
}

/**
 * `source`, a tag as written over lines (`html` as for tagLineBreaks), on one line: each line break, with
 * what starts its next line, a space; and those line breaks, to write before or after it so that the lines
 * keep their numbers.
 */
export function tagOnOneLine(source: string, html: string): { oneLine: string; lineBreaks: string[] } {
  const breaks = tagLineBreaks(source, html);
  // In one pass (spliceText): a copy of the tag at each line break took 5.8 s of CPU for one over 20,000 lines.
  const oneLine = spliceText(
    source,
    breaks.map(({ at, text }) => ({ from: at, to: at + text.length, text: ' ' })),
  );
  return { oneLine, lineBreaks: breaks.map(({ text }) => text) };
}
