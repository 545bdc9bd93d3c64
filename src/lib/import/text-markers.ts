/**
 * Learn's block markers that Learn itself shows as text: `[!NOTE]`, `[!div …]` or `[!VIDEO …]`
 * inside a paragraph, not at its start. markdig reads them only where a block starts; a line that CommonMark
 * joins to the paragraph above is text. azure-devops-docs' environments-virtual-machines.md writes
 * `6.    Run the script…` then `    > [!NOTE]` on the next line: indented less than the item's text, the quote
 * is no block, and Learn shows "Run the script… > [!NOTE] > - The Personal Access Token…". The build fails on a
 * marker it did not render (src/lib/learn/leftovers.ts), so the import escapes these (`\[!NOTE]`, which
 * src/markdown/remark-learn-literal.ts shows as text, as Learn does) and says where, and how to make it a block.
 */
import type { Nodes } from 'mdast';
import { SKIP, visit } from '../tree-visit.ts';
import { parseMarkdown } from '../learn/parse-markdown.ts';
import { spliceText } from '../learn/splice-text.ts';

/**
 * The markers markdig reads only at a quote's start, unescaped ([!INCLUDE] is read inside a line too; a [!code-…]
 * not on a line of its own is said by the import's construct check, as the build fails on it).
 */
const BLOCK_MARKER = /(?<!\\)\[!(?:NOTE|TIP|IMPORTANT|CAUTION|WARNING|div|VIDEO)\b/gi;

/** The nodes whose text a block marker inside is text: where blocks never start mid-way. */
const PHRASING_CONTAINERS = new Set(['paragraph', 'heading', 'tableCell']);

export interface TextMarker {
  /** 1-based line of `text`. */
  line: number;
  /** The marker as written (`[!NOTE`). */
  marker: string;
}

/**
 * `text` with each block marker that Learn shows as text escaped, and where each was. A marker at the start
 * of a paragraph is left: the build renders it (a callout's in a quote) or fails naming it.
 */
export function escapeTextMarkers(text: string): { text: string; markers: TextMarker[] } {
  // Most pages hold no marker past a paragraph's start: no parse.
  if (!/\[!/.test(text)) return { text, markers: [] };
  const edits: { from: number; to: number; text: string }[] = [];
  const markers: TextMarker[] = [];
  visit(parseMarkdown(text), (node: Nodes) => {
    if (!PHRASING_CONTAINERS.has(node.type)) return undefined;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    // Where a block would start: a paragraph's first text.
    const blockStart = node.type === 'paragraph' ? start + text.slice(start, end).search(/\S/) : -1;
    // Only the container's own text: code spans, HTML and links' destinations are not read as markers.
    visit(node, 'text', (child) => {
      const from = child.position?.start.offset;
      const to = child.position?.end.offset;
      if (from === undefined || to === undefined) return;
      const written = text.slice(from, to);
      // Lines counted from one marker to the next, each stretch once: a page may hold thousands of markers.
      let line = child.position?.start.line ?? 1;
      let counted = 0;
      for (const match of written.matchAll(BLOCK_MARKER)) {
        line += written.slice(counted, match.index).split('\n').length - 1;
        counted = match.index;
        const at = from + match.index;
        if (at === blockStart) continue;
        edits.push({ from: at, to: at, text: '\\' });
        markers.push({ line, marker: match[0] });
      }
    });
    return SKIP;
  });
  return { text: spliceText(text, edits), markers };
}
