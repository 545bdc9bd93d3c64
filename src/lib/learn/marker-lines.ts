/**
 * Learn's block marker lines (`::: moniker-end`, `:::zone pivot="a":::`, `:::row:::`) read as blocks of their
 * own, as Learn's markdig reads a triple-colon block: one interrupts a paragraph and ends a quote's or list
 * item's lazy paragraph. The build's parser and the import's (parse-markdown.ts) both read them so: the import's
 * read `> Note.` then `:::moniker-end`, `:::moniker range="b"`, `> [!NOTE]` as one quote's paragraph, and escaped
 * the second note's marker as text (import trial 28, visualstudio-docs' containers/add-container-support.md).
 */
import type { CompileContext, Extension as FromMarkdownExtension, Token } from 'mdast-util-from-markdown';
import type { Code, Effects, Extension, State } from 'micromark-util-types';
import type { Data } from 'unified';
import { LAYOUT_MARKER, VARIANT_END, VARIANT_START } from './syntax.ts';

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    learnMarkerLine: 'learnMarkerLine';
  }
}

/** Whether `line` is a block marker alone: a variant's start or end, a row's or a column's. */
function isBlockMarkerLine(line: string): boolean {
  const text = line.trim();
  return VARIANT_START.test(text) || VARIANT_END.test(text) || LAYOUT_MARKER.test(text);
}

/**
 * A line that is a block marker, read as a block of its own, as Learn's markdig reads it (a triple-colon
 * block, which interrupts a paragraph): never a paragraph's continuation, nor the lazy continuation of a
 * quote's or list item's paragraph, so it ends that quote or list (`> Note.` then `::: moniker-end`).
 */
function tokenizeMarkerLine(effects: Effects, ok: State, nok: State): State {
  let line = '';
  const inside = (code: Code): State | undefined => {
    // The end of the file or of the line (codes below -2 are line endings).
    if (code === null || code < -2) {
      effects.exit('chunkText');
      effects.exit('learnMarkerLine');
      return isBlockMarkerLine(line) ? ok(code) : nok(code);
    }
    // A tab is -2, the columns it fills -1.
    if (code !== -1) line += code === -2 ? '\t' : String.fromCodePoint(code);
    if (line.length <= 3 && code !== 58) return nok(code);
    effects.consume(code);
    return inside;
  };
  return (code) => {
    if (code !== 58) return nok(code);
    effects.enter('learnMarkerLine');
    // Its text is read as a paragraph's (inline), so what follows sees the paragraph a marker alone makes.
    effects.enter('chunkText', { contentType: 'text' });
    return inside(code);
  };
}

/** The parser's part: a block marker line (`:`, 58) is a `learnMarkerLine`… */
const markerLineSyntax: Extension = {
  flow: { 58: { name: 'learnMarkerLine', tokenize: tokenizeMarkerLine } },
};

/** …which is a paragraph of its line, taken by splitAtMarkers as a marker written between blank lines. */
const markerLineFromMarkdown: FromMarkdownExtension = {
  enter: {
    learnMarkerLine(this: CompileContext, token: Token) {
      this.enter({ type: 'paragraph', children: [] }, token);
    },
  },
  exit: {
    learnMarkerLine(this: CompileContext, token: Token) {
      this.exit(token);
    },
  },
};

/** Adds the marker lines to a unified processor's `data`: its parser reads them as blocks from then on. */
export function withMarkerLines(data: Data): void {
  (data.micromarkExtensions ??= []).push(markerLineSyntax);
  (data.fromMarkdownExtensions ??= []).push(markerLineFromMarkdown);
}
