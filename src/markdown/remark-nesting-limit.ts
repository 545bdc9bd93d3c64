/**
 * A bound on how deeply a page nests lists, quotes and elements. Parsing and every later step walk the
 * tree by recursion: a page of `- - - - …` 3,000 deep (6 KB) stopped the build with no message (GFM's own
 * step, in the parser, overflowed the stack), `> > > …` with a bare "Maximum call stack size exceeded".
 * Real Learn articles nest at most 11 levels (644 pages of 12 folders); the bound leaves a wide margin.
 * Checked twice, without recursion: on the source before it is parsed (`sourceNestingProblem`: the list
 * markers and quote marks that open a line), and on the parsed tree (the remark plugin, first), which also
 * sees elements nested in MDX.
 */
import type { Definition, ImageReference, LinkReference, Table } from 'mdast';
import { htmlBlockNames } from 'micromark-util-html-tag-name';
import type { Node, Parent } from 'unist';
import type { VFile } from 'vfile';
import { INCLUDE_LIMITS, IncludeBudget } from '../lib/learn/include.ts';

/** How deep the tree of a page may be: root, list, item, paragraph, … each one level. */
export const MAX_NESTING = 64;

/** The message for a page nested `depth` levels deep. */
function nestingMessage(depth: number): string {
  return (
    `This page nests lists, quotes or elements ${String(depth)} levels deep here; the site renders at most ` +
    `${String(MAX_NESTING)} (Learn articles nest at most about 11). Flatten the nesting.`
  );
}

/**
 * A list marker (`-`, `*`, `+`, `1.`, `1)`), a quote mark or a footnote definition's label (`[^1]:`, which
 * holds blocks as a list item does) opening what is left of a line.
 */
const CONTAINER_MARK = /^[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)|\[\^[^\]]+\]:)/;

/** A line ending as CommonMark reads one: `\r\n`, `\n` or a lone `\r`. */
export const LINE_ENDING = /\r\n|\r|\n/;

/** A quote mark opening what is left of a line, with the space after it that belongs to it. */
const QUOTE_MARK = /^[ \t]*>[ \t]?/;

/**
 * A quote mark the parser surely reads as one, at most 3 columns in (a list item's quote may be further in):
 * `    > x` under a paragraph is its text, not a quote.
 */
const SURE_QUOTE_MARK = /^ {0,3}>[ \t]?/;

/** A list marker opening what is left of a line (after its indentation), and the white space after it. */
const LIST_MARK = /^([-*+]|\d{1,9}[.)])([ \t]+|$)/;

/**
 * The marks `pattern` finds opening `text` one after another (quote marks, or list and quote marks), at most
 * `limit` of them, and the text after them.
 */
function takeMarks(
  text: string,
  pattern: RegExp,
  limit = Number.POSITIVE_INFINITY,
): { marks: number; rest: string } {
  let rest = text;
  let marks = 0;
  for (let mark = pattern.exec(rest); mark !== null && marks < limit;) {
    marks++;
    rest = rest.slice(mark[0].length);
    mark = pattern.exec(rest);
  }
  return { marks, rest };
}

/** The column `text` reaches from `column`, a tab to the next multiple of 4 as CommonMark counts it. */
function columnAfter(text: string, column: number): number {
  let at = column;
  for (const char of text) at = char === '\t' ? at + 4 - (at % 4) : at + 1;
  return at;
}

/**
 * The first line of `markdown` (1-based) that opens more than MAX_NESTING lists and quotes, and the
 * message for it; undefined when none does. Lines end where the parser ends them: `a⏎` then 200,000 `>`
 * after a lone `\r` went past a split on `\n` and stalled the build. A list item's line counts the items it is
 * indented into as well as the marks opening it: a staircase of lines each indented one item deeper
 * (`- x`, a tab and `- x`, two tabs and `- x`…; 1,400 levels in 980 KB) nests as deep as `- - - x` does, and
 * the parser's time grows with the depth times the page (mdast-util-from-markdown's prepareList reads each
 * list's events again for every list around it: 400 levels, 81 KB, took 8 s to import, 1,400 minutes).
 * The items a line is in are those of the lines above at the same quote depth whose text starts at or left
 * of its indentation; a line further left leaves them, so lazy lines and code are at most under-counted.
 */
export function sourceNestingProblem(markdown: string): { line: number; message: string } | undefined {
  const lines = markdown.split(LINE_ENDING);
  /** The columns where the text of the list items open (at `itemsQuotes` quote marks) starts, innermost last. */
  let items: number[] = [];
  let itemsQuotes = 0;
  for (const [index, text] of lines.entries()) {
    let { marks: depth, rest } = takeMarks(text, QUOTE_MARK);
    if (rest.trim() !== '') {
      if (depth !== itemsQuotes) [items, itemsQuotes] = [[], depth];
      const indent = /^[ \t]*/.exec(rest)?.[0] ?? '';
      let column = columnAfter(indent, 0);
      while ((items.at(-1) ?? -1) > column) items.pop();
      depth += items.length;
      rest = rest.slice(indent.length);
      // Each marker opening the line is an item whose text starts after it (and at most 4 columns of space).
      for (let mark = LIST_MARK.exec(rest); mark !== null; mark = LIST_MARK.exec(rest)) {
        const [, marker = '', space = ''] = mark;
        const spaced = columnAfter(space, column + marker.length) - (column + marker.length);
        column += marker.length + (spaced >= 1 && spaced <= 4 ? spaced : 1);
        items.push(column);
        depth++;
        rest = rest.slice(mark[0].length);
      }
    }
    depth += takeMarks(rest, CONTAINER_MARK).marks;
    if (depth > MAX_NESTING) return { line: index + 1, message: nestingMessage(depth) };
  }
  return undefined;
}

/** A number as a message writes it: `40,000,000`. */
const count = (value: number) => value.toLocaleString('en-US');

/**
 * The most `opened × characters` a page or include may come to, where `opened` counts the lists, quotes and
 * footnote definitions its lines open (each line's marks past the line before's, sourceParseCost) and
 * `characters` is its length. The Markdown parser (micromark, under remark and MDX) reads again all it has
 * read so far each time a line leaves such a block for one that is not in it (a lazy line: its
 * document/flow events are scanned and spliced whole), so its time grows with the two multiplied: 4,000
 * quotes each followed by a paragraph (`> x⏎⏎y⏎⏎`, 31 KB) took 12 s to parse, 4,000 such list items 18 s,
 * 2,000 footnotes 10 s, 2,000 lines of 60 quote marks each followed by a paragraph (250 KB) 5.4 minutes,
 * and a page of 1,000 KB so would take hours, before any limit on the parsed tree could say so. The most
 * in the real Learn articles tried (tests/fixtures, entra-docs' conditional-access) is 1.9 million
 * (mdb-onboard-devices: 81 opened in 24 KB); at this bound the worst page found parses in about 4 s
 * (`> x⏎⏎` 2,000 times). A page's includes are parsed apart, each held to the bound and all of them with the
 * page too (remark-learn-include.ts). Sibling list items are no new block: 5,000 of them parse in a second.
 */
export const MAX_PARSE_COST = 20_000_000;

/**
 * A setext heading's underline (`===` or `---` below a line of text), after any quote marks and at any
 * indentation: a list item's or footnote's underline is indented as its text is (`1.  a⏎    ===`).
 */
const SETEXT_UNDERLINE = /^[ \t]*(?:=+|-+)[ \t]*$/;

/** A thematic break (`***`, `- - -`, `___`): it ends a paragraph, and opens no list item. */
const THEMATIC_BREAK = /^([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * Where each line of a page stands as to paragraphs, as the parser surely reads it: whether it is blank (nothing
 * after its quote marks) and whether it starts a block a paragraph ends before (a blank line, a list item, a
 * thematic break). A quote mark or a list marker counts only at most 3 columns into the quote or list item it is
 * in (the parser reads one further in as a paragraph's text, or code), each list item known from its marker's
 * line; where that is unsure, the line is taken for a paragraph's (so counting more, never less). A red-team
 * page of `x` then `    - ]` 40,000 times (indented code cannot interrupt a paragraph: one paragraph of 40,000
 * brackets) was counted a paragraph a line, as was a paragraph's `    >` line taken for a quote's blank line.
 */
export class ParagraphLines {
  /** The columns where the text of the list items open at each quote depth starts, innermost last. */
  #items: number[][] = [[]];
  #quotes = 0;
  #afterText = false;

  /**
   * The next line, as readLines reads it: a fenced code block's line (`inFence`), a table's row (`isRow`), a
   * line the parser may read as code (`maybeCode`) or where HTML may be open (`htmlOpen`; a list item there
   * opens none this remembers). `opens` says what the line surely starts, each a node of the parsed page: a list
   * item, an ATX heading, or another block (a table's row, or any line a blank line or the page's start is
   * above, but for one that may be code, HTML, an MDX expression or a tag's end); undefined where unsure.
   */
  read({ text, inFence: code, isRow: row, maybeCode, htmlOpen, expressionOpen }: ReadLine): {
    blank: boolean;
    breaks: boolean;
    afterText: boolean;
    opens?: 'item' | 'heading' | 'block';
  } {
    const afterText = this.#afterText;
    let rest = text;
    let quotes = 0;
    for (;;) {
      const space = /^[ \t]*/.exec(rest)?.[0] ?? '';
      const indent = columnAfter(space, 0);
      const items = (this.#items[quotes] ??= []);
      if (rest.trim() !== '') while ((items.at(-1) ?? 0) > indent) items.pop();
      if (code || rest.charAt(space.length) !== '>' || indent - (items.at(-1) ?? 0) > 3) break;
      quotes++;
      // A quote the line before was not in is a new one: none of its list items are open.
      if (quotes > this.#quotes) this.#items[quotes] = [];
      rest = rest.slice(space.length + 1).replace(/^[ \t]/, '');
    }
    const indent = columnAfter(/^[ \t]*/.exec(rest)?.[0] ?? '', 0);
    const trimmed = rest.trimStart();
    const blank = trimmed === '' && !code;
    // Quotes this line is not in are closed, or it is a lazy line of one: their list items are forgotten.
    if (!blank) this.#items.length = quotes + 1;
    this.#quotes = quotes;
    const items = this.#items[quotes] ?? [];
    const relative = indent - (items.at(-1) ?? 0);
    const thematic = relative <= 3 && THEMATIC_BREAK.test(trimmed);
    const mark = relative <= 3 && !thematic ? LIST_MARK.exec(trimmed) : null;
    const [, marker = '', space = ''] = mark ?? [];
    const content = trimmed.slice(marker.length + space.length).trim() !== '';
    // A list item, where a paragraph may be open, only with text and a bullet or 1 (CommonMark).
    const item =
      mark !== null && !code && !row && (afterText ? content && /^(?:[-*+]|1[.)])$/.test(marker) : true);
    // Its column is remembered only where its line holds its text: an item opening with a blank line is empty
    // where a blank line follows (`-⏎⏎  x`: x is no text of it), and the parser then reads on outside it.
    if (item && content && !maybeCode && !htmlOpen) {
      const spaced = columnAfter(space, indent + marker.length) - (indent + marker.length);
      items.push(indent + marker.length + (spaced >= 1 && spaced <= 4 ? spaced : 1));
    }
    this.#afterText = !blank;
    const unsure = blank || code || maybeCode || htmlOpen || expressionOpen || trimmed.startsWith('</');
    const opens = unsure
      ? undefined
      : item
        ? 'item'
        : relative <= 3 && /^#{1,6}(?:[ \t]|$)/.test(trimmed)
          ? 'heading'
          : row || (!afterText && relative <= 3)
            ? 'block'
            : undefined;
    return { blank, breaks: blank || item || thematic, afterText, ...(opens ? { opens } : {}) };
  }
}

/**
 * What one setext heading costs the parser for each line above it, in MAX_PARSE_COST's units: micromark
 * copies the page's block events so far at each (micromark-util-edit-map's consume, from the setext
 * underline's resolver), so `a⏎=⏎` 3,000 times (12 KB) took 6 s to parse, 5,000 times 21 s and 20,000 times
 * (80 KB) 6 minutes (red team 17). An underline is counted by its line number: 1 million at most, about 0.7 s
 * of such headings, 200 below 2,000 lines of prose parse in 0.2 s; the real articles tried come to at most 26.
 */
const SETEXT_WEIGHT = 20;

/**
 * What one run of `*` or `_` costs for each run before it in its paragraph, in MAX_PARSE_COST's units:
 * micromark's emphasis resolver looks back through the paragraph's runs for an opener at each, so `*a_`
 * 10,000 times (30 KB) took 7.5 s to parse and 20,000 times 33 s (red team 17). 2 million pairs at most,
 * about 0.1 s; the real articles tried come to at most 5,448 (VBA-Docs' deftype-statements).
 */
const EMPHASIS_WEIGHT = 10;

/**
 * A run as micromark's attention and GFM's strikethrough read them: one marker, `*`, `_` or `~`, repeated.
 * `*_` is two runs (red team 20: `*_` 20,000 times, 40 KB read as one run, took 75 s to parse), and `~`
 * is resolved as emphasis is (`~a` 20,000 times, 40 KB, 45 s).
 */
const ATTENTION_RUN = /\*+|_+|~+/g;

/**
 * What one character of a paragraph costs for each HTML comment, declaration, CDATA section or processing
 * instruction (`<!--`, `<!X`, `<![CDATA[`, `<?`) left open on its line before it in the paragraph, in
 * MAX_PARSE_COST's units; an HTML tag so (`<a`, `</a`) costs 1. The parser reads on from each through the
 * paragraph's lines to its end (`-->`, `>`, `]]>`, `?>`) and, where it finds none, tries again from the next:
 * `x <!--` on each of 10,000 lines (70 KB) took 39 s to parse (5,000 lines 10.6 s), `x <a` on each of 40,000
 * lines (200 KB) 24 s (20,000 lines 4.2 s; red team 18). One left open is counted to the paragraph's end,
 * closed there or not; one its line closes, to its end (`htmlEnds`): 20 million at most, about 0.2 s.
 */
const HTML_WEIGHT = 10;

/**
 * What a paragraph's inline content costs, in MAX_PARSE_COST's units, as a share: each of its split runs of text
 * (splitRuns) times its length, divided by INLINE_SHARE. Once a paragraph's inline content is read, micromark
 * merges each run of adjacent text tokens into one by splicing the paragraph's whole token list (micromark's
 * resolveAllText), and a run between two other tokens (a line ending, a bracket, an escape…) is cut into tokens
 * wherever a construct was tried there and failed, GFM's literal autolinks trying each word: one paragraph of
 * `a b` on 30,000 lines (120 KB) took 4 s to parse and on 60,000 lines (240 KB) 118 s, `[^a` 30,000 times on
 * one line (90 KB) 36 s, `<a>^a` 31 s, `x www.a.b ` 19 s, `x \<!--` on 20,000 lines (160 KB) 14 s (red team
 * 21). 100 million at most (a paragraph of 5,000 such lines, about a second); the real Learn articles tried come
 * to at most 0.2 million (fabric-docs' data-warehousing.md), this README, whose paragraphs run to 15 KB, to 34
 * million.
 */
const INLINE_SHARE = 5;

/**
 * What may start an inline construct, which the parser keeps as a token apart from the text around it:
 * brackets, an escape, a character reference, code, HTML or JSX, an MDX expression, emphasis and
 * strikethrough, and GFM's literal autolinks (`@`, `www.`, `://`).
 */
const INLINE_MARK = /[[\]\\&`<{*_~@]|www\.|:\/\//gi;

/**
 * Where text the parser reads as one run may be cut into two tokens, past its first character: where a
 * construct is tried and fails (an image's `!`, GFM's literal autolinks at `+`, `-`, `.` and at a word's first
 * letter or digit).
 */
const TEXT_SPLIT = /(?<=[^])(?:[!+\-.]|(?<![A-Za-z\d])[A-Za-z\d])/;

/**
 * A line of HTML tags alone whose first opens or closes a block (CommonMark's HTML block of kind 6: `<div>`,
 * `</tr>`, `<td>`…): Markdown starts an HTML block there, even under a paragraph, and MDX reads a line of tags
 * alone as JSX between blocks, so the paragraph before it ends in both. A tag of any other name (`<b></b>`)
 * does not end a Markdown paragraph, so it ends none here.
 */
function endsParagraph(text: string): boolean {
  const rest = takeMarks(text, QUOTE_MARK).rest;
  if (!/^ {0,3}(?:<[^<>]*>[ \t]*)+$/.test(rest)) return false;
  const name = /^[ \t]*<\/?([a-z][a-z\d]*)(?=[\s/>])/i.exec(rest)?.[1]?.toLowerCase();
  return name !== undefined && htmlBlockNames.includes(name);
}

/** What opens an HTML tag, comment, declaration, CDATA section or processing instruction in a paragraph. */
const HTML_OPENER = /<[!?/A-Za-z]/g;

/** How far along its line a tag's end is looked for: one longer is taken to read on (a real tag is far shorter). */
const TAG_SCAN = 1000;

/**
 * Where each HTML opening of `text` (HTML_OPENER, asked left to right) surely ends on the line: after its `-->`,
 * `]]>`, `?>` or `>` (a tag's first `>` outside a quote, any `'` or `"` taken to open or close one), or at a `<`
 * outside a quote, where a tag fails; -1 where the parser may read on to the next line. Each end is looked for
 * once per stretch of the line, so a line of 20,000 openers without one is read in linear time.
 */
function htmlEnds(text: string): (at: number) => number {
  const last = new Map<string, { from: number; found: number }>();
  const ending = (end: string, from: number) => {
    const known = last.get(end);
    let found = known?.found ?? -1;
    if (known === undefined || from < known.from || (found !== -1 && found < from)) {
      found = text.indexOf(end, from);
      last.set(end, { from, found });
    }
    return found === -1 ? -1 : found + end.length;
  };
  return (at) => {
    if (text.startsWith('<!--', at)) return ending('-->', at + 2);
    if (text.startsWith('<![CDATA[', at)) return ending(']]>', at + 9);
    if (text.startsWith('<?', at)) return ending('?>', at + 2);
    if (text.startsWith('<!', at)) return ending('>', at + 2);
    let quote: string | undefined;
    for (let next = at + 1; next < Math.min(text.length, at + TAG_SCAN); next++) {
      const char = text.charAt(next);
      if (quote === undefined && (char === '>' || char === '<')) return next + 1;
      if (char === '"' || char === "'")
        quote = quote === undefined ? char : quote === char ? undefined : quote;
    }
    return -1;
  };
}

/**
 * How many runs of text between INLINE_MARKs and line ends on `line` the parser may cut into several tokens,
 * each of which it merges by splicing its paragraph's token list. An HTML tag or comment closed on the line is
 * one token, its attributes no text (`<span title="a b">` 5,000 times then as many `</span>`, 136 KB, parses
 * in about a second).
 */
function splitRuns(line: string): number {
  const tagEnd = htmlEnds(line);
  let runs = 0;
  let from = 0;
  for (const mark of line.matchAll(INLINE_MARK)) {
    if (mark.index < from) continue;
    if (TEXT_SPLIT.test(line.slice(from, mark.index))) runs++;
    const end = mark[0] === '<' ? tagEnd(mark.index) : -1;
    from = end === -1 ? mark.index + mark[0].length : end;
  }
  return TEXT_SPLIT.test(line.slice(from)) ? runs + 1 : runs;
}

/**
 * The HTML blocks the parser keeps raw across blank lines (CommonMark's kinds 1 to 5): what starts one, and
 * what ends it (the line holding it is the block's last).
 */
const RAW_HTML: readonly (readonly [RegExp, RegExp])[] = [
  [/<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/<!--/, /-->/],
  [/<\?/, /\?>/],
  [/<![a-z]/i, />/],
  [/<!\[CDATA\[/, /\]\]>/],
];

/**
 * What ends the raw HTML block `text` leaves open, given the one open before it (`open`), or undefined. A
 * start is looked for anywhere in the line, not only where the parser looks (at its start): a table is never
 * taken for one where the parser may read raw HTML, and an HTML block's end is only ever found late.
 */
function rawHtmlAfter(text: string, open: RegExp | undefined): RegExp | undefined {
  let rest = text;
  let end = open;
  for (;;) {
    if (end !== undefined) {
      const found = end.exec(rest);
      if (found === null) return end;
      rest = rest.slice(found.index + found[0].length);
    }
    let first: { at: number; length: number; end: RegExp } | undefined;
    for (const [start, stop] of RAW_HTML) {
      const found = start.exec(rest);
      if (found !== null && (first === undefined || found.index < first.at))
        first = { at: found.index, length: found[0].length, end: stop };
    }
    if (first === undefined) return undefined;
    rest = rest.slice(first.at + first.length);
    end = first.end;
  }
}

/**
 * The cells of a GFM table row (its text after its quote marks and indentation): split at each `|` not escaped
 * (in a code span too, as GFM splits a row before reading its cells), less a `|` that opens or closes it;
 * undefined when the row holds no such `|`.
 */
function tableCells(row: string): string[] | undefined {
  const parts: string[] = [];
  let from = 0;
  for (let at = row.indexOf('|'); at !== -1; at = row.indexOf('|', at + 1))
    if (!escaped(row, at)) {
      parts.push(row.slice(from, at));
      from = at + 1;
    }
  if (parts.length === 0) return undefined;
  parts.push(row.slice(from));
  if (parts[0]?.trim() === '') parts.shift();
  if (parts.length > 0 && parts.at(-1)?.trim() === '') parts.pop();
  return parts;
}

/**
 * What may open a block other than a paragraph or a table row, at the start of a line's text (after its quote
 * marks and indentation): a heading, a list item, a thematic break, a fence, a quote, HTML or JSX, an MDX
 * expression or ESM, a footnote definition. Such a line ends a table, and is none of its rows or header.
 */
const OTHER_BLOCK =
  /^(?:#{1,6}(?:[ \t]|$)|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|([-*_])(?:[ \t]*\1){2,}[ \t]*$|`{3,}|~{3,}|[>{<]|\[\^|(?:import|export)[ \t{*])/;

/** A GFM delimiter row's cell: hyphens, a colon at either end. */
const DELIMITER_CELL = /^[ \t]*:?-+:?[ \t]*$/;

/** Whether the character at `at` of `text` is escaped: an odd number of backslashes before it. */
function escaped(text: string, at: number): boolean {
  let slashes = 0;
  while (text[at - slashes - 1] === '\\') slashes++;
  return slashes % 2 === 1;
}

/**
 * A fenced code block the parser may be in: its fence's character and length, quote depth and indentation; or,
 * of no character, an indented code block at that quote depth.
 */
interface Fence {
  char: string;
  length: number;
  quotes: number;
  indent: number;
}

/** How many readings of where fenced code blocks are readLines follows at once (real pages need 1 or 2). */
const MAX_READINGS = 4;

/** A line of a page as sourceParseCost reads it: whether the parser surely reads it as a table row or a fenced code block's line. */
export interface ReadLine {
  text: string;
  /** A row of a GFM table (after its header and delimiter rows), whose cells the parser reads on their own. */
  isRow: boolean;
  /** A line of a fenced code block, or its closing fence: no Markdown to the parser. */
  inFence: boolean;
  /** A line some reading has in a code block, or past where the readings are followed: a list item on it may be code. */
  maybeCode: boolean;
  /** Raw HTML (CommonMark's kinds 1 to 5) or an HTML block a blank line ends may be open before the line. */
  htmlOpen: boolean;
  /** An MDX expression (`{…}`) or ESM (import, export) may be open before the line. */
  expressionOpen: boolean;
}

/**
 * The lines of `markdown`, each said to be a GFM table's row or a fenced code block's line only where the
 * parser surely reads it so (see sourceParseCost); any other line may be a paragraph's.
 */
export function* readLines(markdown: string): Generator<ReadLine> {
  /** The line before is not blank (nor a quote's blank line). */
  let afterText = false;
  /** The lines since the last blank line are a paragraph outside any list or quote, its first not indented. */
  let plainParagraph = false;
  /** The table whose rows the lines are (its quote depth and indentation), the line before as a possible header row, raw HTML's end. */
  let table: { quotes: number; indent: number } | undefined;
  let header: { quotes: number; indent: number; cells: number } | undefined;
  let rawHtml: RegExp | undefined;
  /**
   * Where the parser may be, as to fenced code blocks: in one (its fence's character and length, quote depth
   * and indentation) or in none (null), each a reading the lines so far allow. Where they cannot tell (a line
   * at another quote depth may end a fence or be a lazy line of it; a fence more than 3 columns in opens in MDX,
   * not in Markdown), each reading is followed; a line is code only when it is in all. Past MAX_READINGS, no
   * fence is taken for one again (every line counts).
   */
  let readings: (Fence | null)[] = [null];
  /** How many MDX expression braces are open; whether MDX's ESM (import, export) may be open. */
  let braces = 0;
  let esmUntilBlank = false;
  let lost = false;
  /** Since the last blank line, a line held an HTML tag: an HTML block the parser ends at a blank line may be open. */
  let htmlUntilBlank = false;
  for (const text of markdown.split(LINE_ENDING)) {
    // A GFM table's cells are read one by one, each its own inline content: a row's brackets and runs count
    // from the row, not from a paragraph (a 300-row table of links is no 75 KB paragraph). A table is taken
    // for one only where the parser surely reads one: a header row holding a `|`, at most 3 columns in, after
    // a blank line or under a paragraph outside lists and quotes, not where raw HTML or a code block may be
    // open; then a delimiter row of as many cells at the same quote depth, no less indented; then rows holding
    // a `|` so, none more than 3 columns in or opening another block (any other line ends it here).
    const { marks: quotes, rest: inQuotes } = takeMarks(text, SURE_QUOTE_MARK, MAX_NESTING + 1);
    const indent = columnAfter(/^[ \t]*/.exec(inQuotes)?.[0] ?? '', 0);
    const trimmed = inQuotes.trimStart();
    const cells = OTHER_BLOCK.test(trimmed) ? undefined : tableCells(trimmed);
    if (
      table !== undefined &&
      (cells === undefined || quotes !== table.quotes || indent < table.indent || indent > 3)
    )
      table = undefined;
    const isRow = table !== undefined;
    // A fenced code block's lines are not Markdown to the parser: nothing in them counts. A fence may open at a
    // run of 3 or more backticks or tildes (a backtick fence's info without a backtick), and closes at a line
    // of its character as long or longer with nothing after it; a line is code where every reading has it so.
    const run = /^(`+|~+)(.*)$/.exec(trimmed);
    const [, marks = '', info = ''] = run ?? [];
    const closes = (open: Fence) =>
      marks.startsWith(open.char) && marks.length >= open.length && info.trim() === '';
    const opens = !lost && !isRow && marks.length >= 3 && !(marks.startsWith('`') && info.includes('`'));
    // Where the line may be HTML, JSX, an MDX expression or ESM, the parser may read it as a fence or not, and
    // more than 3 columns in, a fence in MDX or in a list item and in Markdown otherwise indented code after a
    // blank line, a paragraph's line after text: each reading is followed.
    const htmlOpen = rawHtml !== undefined || htmlUntilBlank;
    const expressionOpen = braces > 0 || esmUntilBlank;
    const sure = !htmlOpen && !expressionOpen;
    const next: (Fence | null)[] = [];
    let inFence = true;
    let maybeCode = false;
    /** The readings of a line outside any code block: a fence may open at it. */
    const outside = () => {
      inFence = false;
      if (!opens) {
        next.push(null);
        return;
      }
      maybeCode = true;
      next.push({ char: marks.charAt(0), length: marks.length, quotes, indent });
      if (!sure) next.push(null);
      else if (indent > 3) next.push(afterText ? null : { char: '', length: 0, quotes, indent: 4 });
    };
    for (const reading of readings) {
      if (reading === null) outside();
      else if (reading.char === '') {
        // Indented code: its blank lines and those 4 columns in at its quote depth; any other line ends it.
        if (trimmed === '' || (quotes === reading.quotes && indent >= 4)) {
          maybeCode = true;
          next.push(reading);
        } else outside();
      } else {
        maybeCode = true;
        if (quotes !== reading.quotes || (trimmed !== '' && indent < reading.indent)) {
          inFence = false;
          next.push(null, reading);
        } else if (closes(reading)) {
          next.push(null);
          if (indent > 3) next.push(reading);
        } else next.push(reading);
      }
    }
    readings = next.filter(
      (reading, at) =>
        next.findIndex((other) =>
          reading === null || other === null
            ? reading === other
            : other.char === reading.char &&
              other.length === reading.length &&
              other.quotes === reading.quotes &&
              other.indent === reading.indent,
        ) === at,
    );
    if (readings.length > MAX_READINGS) {
      readings = [null];
      lost = true;
    }
    if (!isRow && !maybeCode && header !== undefined && cells !== undefined && rawHtml === undefined) {
      if (
        quotes === header.quotes &&
        indent >= header.indent &&
        indent <= 3 &&
        cells.length === header.cells &&
        cells.every((cell) => DELIMITER_CELL.test(cell))
      )
        table = { quotes, indent: header.indent };
    }
    const { marks: containers } = takeMarks(text, CONTAINER_MARK, 1);
    const blank = /^[ \t>]*$/.test(text);
    // Under a paragraph, a header row only where the paragraph is surely outside lists and quotes: a line
    // there may be a lazy one of a list item's or quote's paragraph, which no table interrupts.
    plainParagraph = blank
      ? false
      : afterText
        ? plainParagraph && containers === 0 && quotes === 0
        : containers === 0 && quotes === 0 && indent === 0;
    header =
      !isRow &&
      !maybeCode &&
      cells !== undefined &&
      cells.length > 0 &&
      !htmlOpen &&
      indent <= 3 &&
      (!afterText || plainParagraph)
        ? { quotes, indent, cells: cells.length }
        : undefined;
    rawHtml = rawHtmlAfter(text, rawHtml);
    // An MDX expression (or JSX attribute's) is open while its braces are, whatever lines it spans; ESM runs to a
    // blank line. Counted on each line that may be Markdown, as the parser finds an expression's end.
    if (!inFence)
      for (let at = 0; at < text.length; at++)
        if ((text[at] === '{' || text[at] === '}') && !escaped(text, at))
          braces = text[at] === '{' ? braces + 1 : Math.max(0, braces - 1);
    esmUntilBlank = !blank && (esmUntilBlank || /^(?:import|export)[ \t{*]/.test(text));
    // Only a blank line ends such a block: a quote's blank line (\`>\`) may be in one opened outside the quote.
    htmlUntilBlank = text.trim() !== '' && (htmlUntilBlank || /<[a-z/!?]/i.test(text));
    afterText = !blank;
    yield { text, isRow, inFence, maybeCode: maybeCode || lost, htmlOpen, expressionOpen };
  }
}

/** Which part of sourceParseCost passed MAX_PARSE_COST (or a limit of OPENED_LIMITS) first. */
type ParseCostPart =
  'opened' | 'brackets' | 'setext' | 'emphasis' | 'html' | 'inline' | 'nodes' | 'list items' | 'headings';

/**
 * What `markdown` costs the parser (see MAX_PARSE_COST): `opened × characters`, plus each paragraph's `]`
 * times its length (`brackets`). At each `]` GFM's footnote extension (micromark-extension-gfm-footnote's
 * potential call) looks back through the paragraph's inline content to the nearest bracket, and a label end
 * serializes the text back to its `[`: `]` on each of 40,000 lines (80 KB) took 11 s to parse and `[` then
 * `]` 40,000 times each 10 s, 160 KB 71 s (red team 17). Counted from the start of the paragraph (a blank or
 * quote-only line, or a bullet item, starts one, and so does a line of block tags alone, endsParagraph; other lines
 * may continue it), so more than the parser's walk, never less; the real articles tried come to at most 250,000.
 * So are setext headings, runs of emphasis, HTML left open and each paragraph's pieces of text (INLINE_SHARE). The
 * 1-based line where one passes what MAX_PARSE_COST allows (undefined when all stay under), and which.
 */
export function sourceParseCost(markdown: string): {
  cost: number;
  opened: number;
  brackets: number;
  setext: number;
  emphasis: number;
  html: number;
  inline: number;
  /** The nodes the lines surely open (ParagraphLines' `opens`), fewer than the parser finds. */
  nodes: number;
  line?: number;
  by?: ParseCostPart;
} {
  const allowed = MAX_PARSE_COST / Math.max(markdown.length, 1);
  let opened = 0;
  let before = 0;
  let line: number | undefined;
  let by: ParseCostPart | undefined;
  let html = 0;
  let inline = 0;
  /** How many nodes of each kind PAGE_LIMITS bounds the lines so far surely open (ParagraphLines' `opens`). */
  const opening = new Map<ParseCostPart, number>();
  /** The split runs (splitRuns) and characters of the paragraph's inline content so far. */
  let paragraphRuns = 0;
  let paragraphCharacters = 0;
  let openers = 0;
  let brackets = 0;
  let paragraph = 0;
  let setext = 0;
  let emphasis = 0;
  let runs = 0;
  const paragraphs = new ParagraphLines();
  for (const [index, read] of [...readLines(markdown)].entries()) {
    const { text, isRow, inFence } = read;
    const { breaks, afterText, opens } = paragraphs.read(read);
    // What the line surely opens, each a node PAGE_LIMITS bounds: past a limit, the page is refused before it is
    // parsed, which takes longer than the count (30,000 one-letter paragraphs, 90 KB: 10 s; red team 21).
    if (opens !== undefined) {
      const parts: ParseCostPart[] = ['nodes'];
      if (opens !== 'block') parts.push(opens === 'item' ? 'list items' : 'headings');
      for (const part of parts) opening.set(part, (opening.get(part) ?? 0) + 1);
      for (const [part, limit] of OPENED_LIMITS)
        if (line === undefined && (opening.get(part) ?? 0) > limit.most) [line, by] = [index + 1, part];
    }
    // Bounded by MAX_NESTING + 1 marks a line: a deeper line is refused by sourceNestingProblem first.
    const { marks } = takeMarks(text, CONTAINER_MARK, MAX_NESTING + 1);
    // A blank line counts as none: it ends a quote, and lists apart from it are apart for this count.
    if (marks > before) opened += marks - before;
    before = marks;
    if (line === undefined && opened > allowed) [line, by] = [index + 1, 'opened'];
    // A paragraph's inline content, whose brackets and runs count together, starts afresh.
    const fresh = breaks || isRow || inFence || endsParagraph(text);
    if (fresh) paragraph = 0;
    for (let at = inFence ? -1 : text.indexOf(']'); at !== -1; at = text.indexOf(']', at + 1))
      if (!escaped(text, at)) brackets += paragraph + at;
    paragraph += text.length + 1;
    if (line === undefined && brackets > MAX_PARSE_COST) [line, by] = [index + 1, 'brackets'];
    if (afterText && !inFence && SETEXT_UNDERLINE.test(takeMarks(text, QUOTE_MARK).rest)) setext += index;
    if (line === undefined && setext * SETEXT_WEIGHT > MAX_PARSE_COST) [line, by] = [index + 1, 'setext'];
    if (fresh) runs = 0;
    const attention = inFence ? 0 : (text.match(ATTENTION_RUN)?.length ?? 0);
    // Each run of the line by the runs before it in the paragraph: runs, runs + 1, … runs + attention - 1.
    emphasis += attention * runs + (attention * (attention - 1)) / 2;
    runs += attention;
    if (line === undefined && emphasis * EMPHASIS_WEIGHT > MAX_PARSE_COST)
      [line, by] = [index + 1, 'emphasis'];
    // Each opener left open in the paragraph so far reads this line; each on it, to its end or the line's.
    if (fresh) openers = 0;
    if (!inFence) {
      html += openers * (text.length + 1);
      const htmlEnd = htmlEnds(text);
      for (const { index: at } of text.matchAll(HTML_OPENER))
        if (!escaped(text, at)) {
          const weight = text[at + 1] === '!' || text[at + 1] === '?' ? HTML_WEIGHT : 1;
          const end = htmlEnd(at);
          html += weight * ((end === -1 ? text.length : end) - at);
          if (end === -1) openers += weight;
        }
    }
    if (line === undefined && html > MAX_PARSE_COST) [line, by] = [index + 1, 'html'];
    if (fresh) [paragraphRuns, paragraphCharacters] = [0, 0];
    if (!inFence) {
      // The line's runs by the paragraph so far, the paragraph's runs by the line, and the line's by itself.
      const runs = splitRuns(text);
      const length = text.length + 1;
      inline += runs * paragraphCharacters + paragraphRuns * length + runs * length;
      paragraphRuns += runs;
      paragraphCharacters += length;
    }
    if (line === undefined && inline > MAX_PARSE_COST * INLINE_SHARE) [line, by] = [index + 1, 'inline'];
  }
  const cost =
    opened * markdown.length +
    brackets +
    setext * SETEXT_WEIGHT +
    emphasis * EMPHASIS_WEIGHT +
    html +
    inline / INLINE_SHARE;
  const nodes = opening.get('nodes') ?? 0;
  const counts = { cost, opened, brackets, setext, emphasis, html, inline, nodes };
  return line === undefined || by === undefined ? counts : { ...counts, line, by };
}

/**
 * What sourceParseCost finds past MAX_PARSE_COST in `markdown`, as a problem at its line, or undefined:
 * for a page (sourceProblem) and for each include, which is parsed on its own.
 */
export function sourceParseCostProblem(markdown: string): { line: number; message: string } | undefined {
  const { opened, brackets, html, inline, line, by } = sourceParseCost(markdown);
  if (line === undefined) return undefined;
  const kb = Math.ceil(markdown.length / 1000);
  const limit = OPENED_LIMITS.find(([part]) => part === by)?.[1];
  if (limit) return { line, message: limitMessage(limit, 0, undefined) };
  if (by === 'inline')
    return {
      line,
      message: `This Markdown has paragraphs so long, their text cut so often by line ends and inline marks (brackets, \`, <, \\, &, *, _, ~, addresses), that the Markdown parser's time, which grows with each paragraph's pieces of text times its length, passes what the site builds (${count(Math.ceil(inline / 1_000_000))} million in ${count(kb)} KB, at most ${count((MAX_PARSE_COST * INLINE_SHARE) / 1_000_000)} million; real Learn articles come to at most about 0.2 million). By this line, split the paragraph with blank lines.`,
    };
  if (by === 'setext')
    return {
      line,
      message: `This Markdown has so many setext headings (a line of text underlined with === or ---) that the Markdown parser's time, which grows with each times the lines above it, passes what the site builds (at most ${count(MAX_PARSE_COST / SETEXT_WEIGHT)} for ${count(kb)} KB; real Learn articles come to at most about 30). By this line, write the headings with # (## Heading), or put a blank line above a --- that is a rule.`,
    };
  if (by === 'html')
    return {
      line,
      message: `This Markdown opens so many HTML tags, comments, declarations or processing instructions (<a, </a, <!--, <!X, <?) in long paragraphs that the Markdown parser's time, which reads from each to its end and, without one there, on through the paragraph, passes what the site builds (${count(Math.ceil(html / 1_000_000))} million in ${count(kb)} KB, at most ${count(MAX_PARSE_COST / 1_000_000)} million, each comment, declaration or processing instruction counting ${String(HTML_WEIGHT)} times; real Learn articles come to at most about 7,000). By this line, close each tag or comment on its line (> or -->), write the < that is text as \\< or &lt;, or split the paragraph with blank lines.`,
    };
  if (by === 'emphasis')
    return {
      line,
      message: `This Markdown has so many runs of *, _ or ~ in one paragraph that the Markdown parser's time, which grows with each run times the runs before it in its paragraph, passes what the site builds (at most ${count(MAX_PARSE_COST / EMPHASIS_WEIGHT)} pairs for ${count(kb)} KB; real Learn articles come to at most about 5,500). By this line, split the paragraph with blank lines, or write the *, _ and ~ that are text as \\*, \\_ and \\~ or in \`code\`.`,
    };
  if (by === 'brackets')
    return {
      line,
      message:
        `This Markdown closes brackets (\`]\`) so often in long paragraphs that the Markdown parser's time, which grows with each \`]\` times the paragraph before it, passes what the site builds ` +
        `(${count(Math.ceil(brackets / 1_000_000))} million in ${count(kb)} KB, at most ${count(MAX_PARSE_COST / 1_000_000)} million; real Learn articles come to at most about 0.3 million). ` +
        `By this line, split the paragraph with blank lines, or write the brackets that are text as \`\\]\`.`,
    };
  return {
    line,
    message:
      `This Markdown opens ${count(opened)} lists, quotes and footnote definitions (counting each level) in ${count(kb)} KB; ` +
      `the Markdown parser's time grows with the two multiplied, and the site builds at most ${count(MAX_PARSE_COST / 1_000_000)} million ` +
      `(this is ${count(Math.ceil((opened * markdown.length) / 1_000_000))} million; real Learn articles come to at most about 2 million). ` +
      `From this line on, merge neighbouring lists and quotes into one, or split the page into several.`,
  };
}

/**
 * The most Markdown one page may be, in characters: the largest Learn article of the 15 folders tried is
 * 70 KB. A page of 10 MB (a code block, a 20,000-row table, 100,000 links) took minutes and gigabytes.
 */
export const MAX_PAGE_CHARACTERS = 1_000_000;

/** The most table cells one page may hold (PAGE_LIMITS), and so its Markdown copy's tables (page-markdown.ts). */
export const MAX_PAGE_TABLE_CELLS = 20_000;

/**
 * What is wrong with a page's Markdown before it is parsed, or undefined: more than MAX_PAGE_CHARACTERS,
 * or a line nested deeper than MAX_NESTING (sourceNestingProblem). The line is 1-based.
 */
export function sourceProblem(markdown: string): { line: number; message: string } | undefined {
  if (markdown.length > MAX_PAGE_CHARACTERS)
    return {
      line: 1,
      message:
        `This page is ${String(Math.ceil(markdown.length / 1000))} KB of Markdown; the site builds pages of at most ` +
        `${String(MAX_PAGE_CHARACTERS / 1000)} KB (the largest Learn article seen is 70 KB). Split it into several pages.`,
    };
  return sourceNestingProblem(markdown) ?? sourceParseCostProblem(markdown);
}

/**
 * What the parser has cost a page so far (sourceParseCost, summed), by its include budget (one per page): the
 * page's own and each include's, each parsed apart. An include just under MAX_PARSE_COST, included 60 times
 * within the page's 1,000 KB, would take as long as 60 such pages.
 */
const pageParseCosts = new WeakMap<IncludeBudget, () => { cost: number; nodes: number }>();

/**
 * The include budget of the page `markdown`: INCLUDE_LIMITS' includes, and the characters its text leaves of
 * `most` (MAX_PAGE_CHARACTERS), as the page the import writes holds its includes' text; its parse cost begun
 * at its own text's (includeSourceProblem adds each include's). One for the build and the import: the import
 * allowed 5 MB of included text, so an article of 300 B including an include of 931 KB five times held it
 * 167 s and 2.5 GB, then wrote a page of 4.6 MB the build refused (red team 20).
 */
export function pageIncludeBudget(markdown: string, most: number = MAX_PAGE_CHARACTERS): IncludeBudget {
  const budget = new IncludeBudget({
    ...INCLUDE_LIMITS,
    characters: Math.max(0, most - markdown.length),
  });
  // The page's own cost is counted when its first include is: most pages include nothing.
  pageParseCosts.set(budget, () => sourceParseCost(markdown));
  return budget;
}

/**
 * What is wrong with the text of an include before anything parses it, or undefined: nested deeper than
 * MAX_NESTING or past MAX_PARSE_COST by itself, or with the page and the includes read for it so far
 * (`budget`, one per page, pageIncludeBudget's), whose cost and nodes surely opened it is added to. One check for
 * the build (remark-learn-include.ts) and the import, which parse every include alike (red team 20: an
 * include of 32 KB past the cost held the import 224 s, though the build refused the page at once).
 */
export function includeSourceProblem(
  markdown: string,
  budget: IncludeBudget,
): { line: number; message: string } | undefined {
  const own = sourceNestingProblem(markdown) ?? sourceParseCostProblem(markdown);
  if (own) return own;
  const before = pageParseCosts.get(budget)?.() ?? { cost: 0, nodes: 0 };
  const counted = sourceParseCost(markdown);
  const spent = before.cost + counted.cost;
  const nodes = before.nodes + counted.nodes;
  pageParseCosts.set(budget, () => ({ cost: spent, nodes }));
  // Each include is parsed before the page's nodes are counted with what they bring in (red team 21: three
  // includes of 10,000 paragraphs were each parsed, 3 s apiece, before the node limit spoke).
  if (nodes > NODE_LIMIT.most)
    return {
      line: 1,
      message: `with this include, the page and its includes open more than ${count(NODE_LIMIT.most)} paragraphs, list items, headings and other blocks, each a Markdown node: the site builds pages of at most ${count(NODE_LIMIT.most)} nodes (Learn articles have at most about ${count(NODE_LIMIT.seen)}). Include it fewer times, or split the page.`,
    };
  if (spent <= MAX_PARSE_COST) return undefined;
  return {
    line: 1,
    message: `with this include, the page and its includes open so many lists, quotes and footnote definitions for their length that the Markdown parser's time passes what the site builds (${Math.ceil(spent / 1_000_000).toLocaleString('en-US')} million, at most ${(MAX_PARSE_COST / 1_000_000).toLocaleString('en-US')} million: see MAX_PARSE_COST). Include it fewer times, or merge its neighbouring lists and quotes into one.`,
  };
}

/** What a limit may look up on the page besides a node: its link definitions by identifier (definitionsOf). */
export interface PageFacts {
  readonly definitions: ReadonlyMap<string, Pick<Definition, 'url' | 'title'>>;
}

/** One of PAGE_LIMITS: how many of `what` one page may hold, and the most real Learn articles hold. */
export interface PageLimit {
  what: string;
  most: number;
  seen: number;
  /** How many of `what` `node` puts on the published page: a number, or true for one and false for none. */
  counts: (node: Node, page: PageFacts) => number | boolean;
  /** What to do past the limit, said instead of "Split it into several pages." */
  advice?: string;
}

/** The PAGE_LIMITS entry on headings (see there). */
const HEADING_LIMIT: PageLimit = {
  what: 'headings',
  most: 1000,
  seen: 56,
  counts: (node: Node) => isElement(node, HEADING_TAGS),
};

/** The PAGE_LIMITS entry on list items (see there). */
const LIST_ITEM_LIMIT: PageLimit = {
  what: 'list items',
  most: 5000,
  seen: 192,
  counts: (node: Node) => isElement(node, ['li']),
};

/** The PAGE_LIMITS entry on every node of the page but its root, whatever its kind (see there). */
export const NODE_LIMIT: PageLimit = {
  what: 'Markdown nodes (paragraphs, runs of text, images, links, code spans, footnotes, definitions…)',
  most: 25_000,
  seen: 2346,
  counts: (node: Node) => node.type !== 'root',
};

/**
 * The PAGE_LIMITS counted from the source, before parsing, by what lines surely open (ParagraphLines' `opens`):
 * fewer than the parser finds, never more.
 */
const OPENED_LIMITS: readonly (readonly ['nodes' | 'list items' | 'headings', PageLimit])[] = [
  ['nodes', NODE_LIMIT],
  ['list items', LIST_ITEM_LIMIT],
  ['headings', HEADING_LIMIT],
];

/**
 * How many of each costly thing one page may hold, counted with what its includes bring in. Each costs the
 * build far more than its Markdown: a heading is a bookmark and two "On this page" links, a link is
 * checked and may carry its external marker, a table cell is a box the browser lays out, a list item
 * three nodes MDX turns into JavaScript. A red-team page of 50,000 headings (789 KB, under
 * MAX_PAGE_CHARACTERS) took 48 s and 2.1 GB to build, one of 60,000 links 36 s and 2.6 GB, a table of
 * 15,000 columns 40 s and 3 GB, a list of 50,000 items (`- a`, 200 KB) 44 s and 1.7 GB, and one of
 * 300 B with ten includes of 5,000 links each 31 s and 1.75 GB. The largest numbers in 1,184 real Learn
 * articles of 31 repositories: 56 headings, 263 links, 402 table cells, 9 columns; 192 list items in the
 * 984 imported pages of tests/fixtures/defender-business and 44 other folders, includes expanded.
 * The last, nodes, bounds whatever the others do not name: five includes of 50,000 images (a 230 B page)
 * took 60 s and 2.9 GB, 250,000 reference definitions, 20,000 footnotes or 200,000 code spans 12 to 20 s
 * and 1.3 to 1.9 GB. The most in the 1,038 pages of tests/fixtures/defender-business and 47 imported
 * folders is 2,346 (SQL Server's quickstart-install-docker); a page of 12,500 images (25,000 nodes) takes 5 s.
 * Each is counted as the page shows it, not as it is written: a table's short rows as padded to its columns
 * (publishedCells), and the URL and title a reference repeats at each use (referenceCopy, held to what a page
 * may be): the largest numbers in 3,495 real Learn Markdown files are the same 402 cells and 4,017 characters.
 */
export const PAGE_LIMITS: readonly PageLimit[] = [
  HEADING_LIMIT,
  {
    what: 'links',
    most: 5000,
    seen: 263,
    // A footnote reference is two: a link to its note, and the note's link back to it (red team 22: one note
    // referenced 20,000 times, 82 KB, made 40,000 links, a page of 5.6 MB that took 41 s of CPU and 1.6 GB).
    counts: (node: Node) => (node.type === 'footnoteReference' ? 2 : isElement(node, ['a'])),
    advice:
      'A footnote reference ([^1]) counts two: it links to its note, and the note links back to each. Split it into several pages.',
  },
  {
    what: 'table cells',
    most: MAX_PAGE_TABLE_CELLS,
    seen: 402,
    counts: (node: Node) =>
      node.type === 'table' ? publishedCells(node as Table) : isElement(node, ['td', 'th']),
    advice:
      'A Markdown table shows every row with as many cells as its header row has, empty ones added to a shorter row: split the table or the page.',
  },
  LIST_ITEM_LIMIT,
  {
    what: "characters that references repeat (a link or image written `[text][name]` repeats its definition's URL and title each time)",
    most: MAX_PAGE_CHARACTERS,
    seen: 4017,
    counts: (node: Node, page: PageFacts) => referenceCopy(node, page),
    advice:
      'Shorten the URL or title of the definitions it repeats (a Learn URL is under 2,000 characters), or split the page.',
  },
  NODE_LIMIT,
];

/**
 * The cells a Markdown table shows: each row as many as the table has columns (its header row's), as the HTML
 * step makes them (mdast-util-to-hast's table-row pads a short row and drops a longer row's extra cells). A
 * 13 KB red-team page, a header of 1,000 cells over 2,000 rows of one (`a`), wrote 3,000 cells and showed
 * 2,000,000: 2 min 17 s and 4.9 GB to build.
 */
function publishedCells(table: Table): number {
  const columns = table.align?.length;
  return columns === undefined
    ? table.children.reduce((sum, row) => sum + row.children.length, 0)
    : columns * table.children.length;
}

/**
 * The characters a reference (`[text][name]`, `![alt][name]`) copies from its definition: its URL and title,
 * written once and repeated at each use. Red-team pages of 300 KB, one definition of a 300,000-character URL
 * or title used 1,000 times, took 20 to 24 s and 2.4 to 2.9 GB; a real Learn page repeats at most 4,017.
 */
function referenceCopy(node: Node, page: PageFacts): number {
  if (node.type !== 'linkReference' && node.type !== 'imageReference') return 0;
  const definition = page.definitions.get((node as LinkReference | ImageReference).identifier.toUpperCase());
  return definition ? definition.url.length + (definition.title?.length ?? 0) : 0;
}

/** The link definitions of `tree` by identifier, upper-cased, the first of each: as the HTML step finds them. */
function definitionsOf(tree: Node): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  const stack: Node[] = [tree];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'definition') {
      const definition = node as Definition;
      const id = definition.identifier.toUpperCase();
      if (!definitions.has(id)) definitions.set(id, definition);
    }
    const children = (node as Partial<Parent>).children ?? [];
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child) stack.push(child);
    }
  }
  return definitions;
}

const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** Markdown node types, by the HTML element they become. */
const MARKDOWN_ELEMENTS: Record<string, string> = {
  heading: 'h2',
  link: 'a',
  linkReference: 'a',
  listItem: 'li',
};

/** Whether `node` is one of the elements `tags` names, written in Markdown or as a JSX element. */
function isElement(node: Node, tags: readonly string[]): boolean {
  const tag =
    MARKDOWN_ELEMENTS[node.type] ??
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement'
      ? (node as Node & { name?: string | null }).name
      : undefined);
  return tag != null && tags.includes(tag);
}

/** An include as the page writes it: its path as written and its line. */
export interface IncludeSite {
  written: string;
  line: number | undefined;
}

/** A node of a page past one of the limits: the node, the include that brought it (if one did), and the limit. */
interface Found {
  node: Node;
  site: IncludeSite | undefined;
  message: string;
}

/** How much of one limit each include (by its path as written) brought in, and where the page first includes it. */
interface Brought {
  count: number;
  sites: Set<IncludeSite>;
}

/** `count` of `limit`'s things said as "5,000 links". */
function amount(count: number, limit: PageLimit): string {
  return `${count.toLocaleString('en')} ${limit.what}`;
}

/** The message for a page with `total` of `limit`'s things, of which `top` came from one include. */
function limitMessage(limit: PageLimit, total: number, top: [string, Brought] | undefined): string {
  const most = limit.most.toLocaleString('en');
  const seen = `the site builds pages of at most ${most} (Learn articles have at most about ${limit.seen.toLocaleString('en')})`;
  if (top === undefined)
    return `This page has more than ${amount(limit.most, limit)}; ${seen}. ${limit.advice ?? 'Split it into several pages.'}`;
  const [written, { count, sites }] = top;
  const lines = [...sites].map((site) => String(site.line ?? '?'));
  const where =
    lines.length === 1
      ? `included at line ${lines[0] ?? '?'}`
      : `included ${String(lines.length)} times, at lines ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ', …' : ''}`;
  return (
    `This page has more than ${amount(limit.most, limit)} with what its includes bring in ` +
    `(${total.toLocaleString('en')}, of which ${count.toLocaleString('en')} from "${written}", ${where}); ${seen}. ` +
    (limit.advice ?? 'Split the page or the include, or include it fewer times.')
  );
}

/** What measurePage is told: the limits (PAGE_LIMITS unless a test passes smaller), and which nodes includes brought in. */
export interface MeasureOptions {
  limits?: readonly PageLimit[];
  /** The include a node of the page (one an include put there: the outermost) came from; undefined for the page's own. */
  includeOf?: (node: Node) => IncludeSite | undefined;
}

/**
 * What one walk of `tree` finds, without recursion: its deepest node and depth (the root is 0; of equals,
 * the last in document order) with the include it came from, and the first node past one of `limits` (in
 * document order) with the message for it, which names the include that brought most of them.
 */
export function measurePage(
  tree: Node,
  { limits = PAGE_LIMITS, includeOf }: MeasureOptions = {},
): { deepest: { node: Node; depth: number; site: IncludeSite | undefined }; pastLimit?: Found } {
  let deepest: { node: Node; depth: number; site: IncludeSite | undefined } = {
    node: tree,
    depth: 0,
    site: undefined,
  };
  let past: { node: Node; site: IncludeSite | undefined; limit: number } | undefined;
  const counts = limits.map(() => 0);
  // Looked up once, and only when a limit asks (the nesting check passes none).
  let definitions: Map<string, Definition> | undefined;
  const page: PageFacts = {
    get definitions() {
      definitions ??= definitionsOf(tree);
      return definitions;
    },
  };
  // Per limit, per include as written: only when a caller says which nodes includes brought.
  const brought = limits.map(() => new Map<string, Brought>());
  const stack: [Node, number, IncludeSite | undefined][] = [[tree, 0, undefined]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, depth, inherited] = next;
    const site = inherited ?? includeOf?.(node);
    if (depth >= deepest.depth) deepest = { node, depth, site };
    for (const [index, limit] of limits.entries()) {
      const made = Number(limit.counts(node, page));
      if (!made) continue;
      const count = (counts[index] ?? 0) + made;
      counts[index] = count;
      if (site) {
        const byInclude = brought[index];
        const entry = byInclude?.get(site.written) ?? { count: 0, sites: new Set() };
        entry.count += made;
        entry.sites.add(site);
        byInclude?.set(site.written, entry);
      }
      if (past === undefined && count > limit.most) past = { node, site, limit: index };
    }
    const children = (node as Partial<Parent>).children ?? [];
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child) stack.push([child, depth + 1, site]);
    }
  }
  if (past === undefined) return { deepest };
  const limit = limits[past.limit];
  if (limit === undefined) return { deepest };
  let top: [string, Brought] | undefined;
  for (const entry of brought[past.limit] ?? [])
    if (top === undefined || entry[1].count > top[1].count) top = entry;
  return {
    deepest,
    pastLimit: {
      node: past.node,
      site: past.site,
      message: limitMessage(limit, counts[past.limit] ?? 0, top),
    },
  };
}

/**
 * How deeply `tree` nests past MAX_NESTING, with the line of its deepest node and the message for it; or
 * undefined. For a tree parsed apart (an include), before anything walks it by recursion.
 */
export function treeNestingProblem(tree: Node): { line: number | undefined; message: string } | undefined {
  const { deepest } = measurePage(tree, { limits: [] });
  if (deepest.depth <= MAX_NESTING) return undefined;
  return { line: deepest.node.position?.start.line, message: nestingMessage(deepest.depth) };
}

/**
 * Fails `file` when `tree` is nested deeper than MAX_NESTING or holds more than one of `limits` allows,
 * at the line of the node (of the include that brought it, for a node an include brought in).
 */
export function failPastLimits(tree: Node, file: VFile, options: MeasureOptions = {}): void {
  const { deepest, pastLimit: past } = measurePage(tree, options);
  const placeOf = (node: Node, site: IncludeSite | undefined) =>
    site ? (site.line === undefined ? undefined : { line: site.line, column: 1 }) : node.position?.start;
  if (deepest.depth > MAX_NESTING)
    file.fail(
      nestingMessage(deepest.depth) +
        (deepest.site
          ? ` The deepest part comes from "${deepest.site.written}", included at line ${String(deepest.site.line ?? '?')}.`
          : ''),
      { place: placeOf(deepest.node, deepest.site), ruleId: 'nesting', source: 'remark-nesting-limit' },
    );
  if (past)
    file.fail(past.message, {
      place: placeOf(past.node, past.site),
      ruleId: 'page-limits',
      source: 'remark-nesting-limit',
    });
}

/**
 * Remark plugin, the first: fails a page nested deeper than MAX_NESTING, or holding more than one of
 * PAGE_LIMITS allows, naming the line. Its includes are not expanded yet: remarkLearnInclude counts again
 * with what they bring in (a page of 300 B can include 50,000 links).
 */
export function remarkNestingLimit(options: { limits?: readonly PageLimit[] } = {}) {
  return (tree: Node, file: VFile) => {
    failPastLimits(tree, file, options);
  };
}
