/** Learn's own Markdown syntax, recognised as text: `:::image …:::`, `:::row:::`, `[!INCLUDE …]`. Pure, no I/O. */
import { SKIP, visit } from '../tree-visit.ts';
import { parseMarkdown } from './parse-markdown.ts';

export interface ImageDirective {
  /** `content` (figure), `complex` (figure with a long description) or `icon` (inline, decorative). */
  type: 'content' | 'complex' | 'icon';
  source: string;
  altText: string;
  /** Every attribute as written, `border`, `lightbox`, `loc-scope` included. */
  attributes: Record<string, string>;
}

/**
 * One `:::image …:::` opening anywhere in a string; `g` to find them all. More colons after it
 * (`…":::::::::`) are part of it, as Learn reads them.
 */
export const IMAGE_DIRECTIVE = /:::image\s+((?:[\w-]+\s*=\s*"[^"]*"\s*)*):{3,}/g;
export const IMAGE_END = /:::image-end:::/;
/**
 * Not escaped, as a lookbehind for a RegExp: after an even number of backslashes (`\\<` is a backslash,
 * then `<`), as CommonMark and markdig read them. Each pair is one literal backslash; an odd one left over
 * escapes the character.
 */
export const UNESCAPED = String.raw`(?<!(?<!\\)\\(?:\\\\)*)`;
/** `[!INCLUDE [title](path)]`, its path in the one group. */
const INCLUDE = String.raw`\[!INCLUDE[ \t]*\[[^\]]*\]\(([^)\s]+)\)[ \t]*\]`;
/** A line that is only an include, in a quote or indented too. */
const INCLUDE_LINE = new RegExp(`^([ \\t]*(?:>[ \\t]*)*)${INCLUDE}\\s*$`, 'i');
/** An include anywhere in a line, unless escaped (`\[!INCLUDE`, shown as text; `\\[!INCLUDE` is a backslash, then one). */
const INCLUDE_INLINE = new RegExp(`${UNESCAPED}${INCLUDE}`, 'gi');

/** The include a line stands for: what precedes it (`> ` of a quote, indent) and its path as written. */
export function parseIncludeLine(line: string): { prefix: string; path: string } | undefined {
  const match = INCLUDE_LINE.exec(line);
  return match ? { prefix: match[1] ?? '', path: match[2] ?? '' } : undefined;
}

/** An include inside a line of text (`- **Type:** [!INCLUDE [t](t.md)]`): where it starts and ends, and its path. */
export interface InlineInclude {
  start: number;
  end: number;
  path: string;
}

/** Each include in `text`, in order; Learn reads them anywhere in a line, not only alone on one. */
export function findIncludes(text: string): InlineInclude[] {
  return [...text.matchAll(INCLUDE_INLINE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    path: match[1] ?? '',
  }));
}

/**
 * `[!div class="x"]` at the start of a text. Learn takes any attributes (a selector's `title1="Model:"`),
 * group 1 holds them all; the site uses `class` only.
 */
export const DIV_MARKER = /^\[!div((?:\s+[\w-]+\s*=\s*"[^"]*")*)\s*\]/i;

/**
 * A text that is only `[!VIDEO url]`, attributes after the URL allowed (`alt-text="…"`, others ignored):
 * group 1 is the URL, group 2 the attributes.
 */
export const VIDEO_MARKER = /^\[!VIDEO\s+(\S+?)((?:\s+[\w-]+\s*=\s*"[^"]*")*)\s*\]$/i;

/**
 * A file's YAML front matter block at its start (`---` … `---`), the YAML in group 1 (none when the block is
 * empty). As docfx reads it: either `---` may have spaces after it (Dynamics 365's `--- ` then
 * `# required metadata`), and a byte order mark may come first.
 */
export const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;
/**
 * A `:::` docfx reads as a directive, group 1 its name: a letter first, right after the colons (`:::image`) or,
 * at a line's start (in a quote or list item too), after spaces (`::: zone`). Any other `:::` is text on Learn:
 * powerapps-docs' "address already in use :::3000" (an IPv6 port), "::: and" within a line.
 */
export const DIRECTIVE = /(?:^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?:::[ \t]*|:::)([a-z][a-z\d-]*)/im;

/** Any Learn marker left in text: `:::name` (DIRECTIVE), `[!NOTE]`, `[!div …]`, `[!INCLUDE …]`, `[!code-csharp[…](…)]`. */
export const LEARN_MARKER = new RegExp(
  `${DIRECTIVE.source}|\\[!(?:NOTE|TIP|IMPORTANT|CAUTION|WARNING|INCLUDE|div|VIDEO|code)\\b`,
  'im',
);

/**
 * A Learn marker's opening just before a link, whose text and URL are the marker's title and path, not a
 * link: `[!INCLUDE `, `[!code-csharp`, `[!code-c#` (a snippet's language is all up to its `[`, as
 * CODE_SNIPPET_LINE reads it) and `[!notebook-python`. Tested on the text from a link's line start to the link.
 */
export const MARKER_BEFORE_LINK = /\[!(?:INCLUDE|code(?:-[^[\]\s]*)?|notebook-[^[\]\s]*)[ \t]*$/i;

/** `:::code source="…" language="…" range="…" id="…":::` on a line of its own (in a quote or indented too). */
const CODE_DIRECTIVE_LINE = /^([ \t]*(?:>[ \t]*)*):::code\s+((?:[\w-]+\s*=\s*"[^"]*"\s*)*):::\s*$/;

/** The `:::code:::` a line stands for: what precedes it (`> ` of a quote, indent) and its attributes. */
export function parseCodeDirectiveLine(
  line: string,
): { prefix: string; attributes: Record<string, string> } | undefined {
  const match = CODE_DIRECTIVE_LINE.exec(line);
  return match ? { prefix: match[1] ?? '', attributes: parseAttributes(match[2] ?? '') } : undefined;
}

/**
 * docfx's code snippet, a line of its own: `[!code-csharp[Name](path?query#fragment "title")]`; the
 * language may be left out (`[!code[Name](path)]`). Groups: prefix, language, name, path, query, fragment.
 */
const CODE_SNIPPET_LINE =
  /^([ \t]*(?:>[ \t]*)*)\[!code(?:-([^[\]\s]*))?[ \t]*\[((?:\\.|[^\]\\])*)\]\([ \t]*([^?#")\s]+)(\?[^#")\s]*)?(#[^")\s]*)?(?:[ \t]+"(?:\\.|[^"\\])*")?[ \t]*\)[ \t]*\]\s*$/i;

/** A `[!code-…]` snippet line, as written: the path, query (`?name=X`) and fragment (`#X`) apart. */
export interface CodeSnippetLine {
  /** What precedes it: the `> ` of a quote, an indent. */
  prefix: string;
  /** `csharp` of `[!code-csharp`; empty when not given. */
  language: string;
  path: string;
  /** `?name=X&range=2-5`, or empty. */
  query: string;
  /** `#Region` or `#L3-L5`, or empty. */
  fragment: string;
}

/** The code snippet a line stands for, or undefined when the line is not one (or not only one). */
export function parseCodeSnippetLine(line: string): CodeSnippetLine | undefined {
  const match = CODE_SNIPPET_LINE.exec(line);
  if (!match) return undefined;
  const [, prefix = '', language = '', , path = '', query = '', fragment = ''] = match;
  return { prefix, language: language.trim(), path, query, fragment };
}

/**
 * Learn's notebook cell, a line of its own: `[!notebook-python[](path.ipynb?name=cell)]`, as azure-ai-docs'
 * machine-learning articles write it, often with a space before its `(`, `N` in any case. Groups: prefix,
 * language, path, query.
 */
const NOTEBOOK_LINE =
  /^([ \t]*(?:>[ \t]*)*)\[!notebook-([^[\]\s]+)[ \t]*\[(?:\\.|[^\]\\])*\][ \t]*\([ \t]*([^?#")\s]+)(\?[^#")\s]*)?[ \t]*\)[ \t]*\]\s*$/i;

/** A `[!notebook-…]` line: the cells of a Jupyter notebook it shows (`?name=cell`, else every code cell). */
export interface NotebookLine {
  /** What precedes it: the `> ` of a quote, an indent. */
  prefix: string;
  /** `python` of `[!notebook-python`. */
  language: string;
  path: string;
  /** The cell's name (`?name=job`: the cells whose metadata name it is), or undefined for every code cell. */
  cell: string | undefined;
}

/** The notebook cell a line stands for, or undefined when the line is not one (or not only one). */
export function parseNotebookLine(line: string): NotebookLine | undefined {
  const match = NOTEBOOK_LINE.exec(line);
  if (!match) return undefined;
  const [, prefix = '', language = '', path = '', query = ''] = match;
  return { prefix, language, path, cell: new URLSearchParams(query.slice(1)).get('name') ?? undefined };
}

/** `key="value"` pairs of a directive, each name lowercased as docfx reads it (`Lightbox=` is `lightbox=`). */
export function parseAttributes(text: string): Record<string, string> {
  return Object.fromEntries(
    [...text.matchAll(/([\w-]+)\s*=\s*"([^"]*)"/g)].map((match) => [
      (match[1] ?? '').toLowerCase(),
      match[2] ?? '',
    ]),
  );
}

/** The image a `:::image …:::` opening describes, or null if it names no source. */
export function parseImageDirective(attributesText: string): ImageDirective | null {
  const attributes = parseAttributes(attributesText);
  // A browser ignores spaces around a URL (`source=" local.png"`), and so does Learn.
  const source = attributes['source']?.trim();
  if (!source) return null;
  const type =
    attributes['type'] === 'complex' || attributes['type'] === 'icon' ? attributes['type'] : 'content';
  return { type, source, altText: attributes['alt-text'] ?? '', attributes };
}

/**
 * The `link="…"` of each `:::image …:::` in `text` (docfx makes the image a link to it), with the index of its
 * line in `text`: the import checks them as links, as the build links them (remarkLearnImages).
 */
export function imageDirectiveLinks(text: string): { url: string; lineIndex: number }[] {
  if (!text.includes(':::image')) return [];
  return [...text.matchAll(IMAGE_DIRECTIVE)].flatMap((match) => {
    const url = parseImageDirective(match[1] ?? '')?.attributes['link']?.trim();
    return url ? [{ url, lineIndex: text.slice(0, match.index).split('\n').length - 1 }] : [];
  });
}

/**
 * Layout markers with no content of their own: dropped, their content flows in reading order. Learn
 * writes these blocks, zones and monikers with or without a space after `:::` (`::: zone pivot="a"`).
 */
export const LAYOUT_MARKER = /^:::\s*(?:row|row-end|column(?:\s+[^:]*)?|column-end)\s*:::$/;
/**
 * The opening line of a variant of the content: `:::zone pivot="a":::` (for one choice of a pivot) or
 * `::: moniker range=">= v2"` (for some versions of a product). Group 1 is the kind, group 2 its attributes.
 */
export const VARIANT_START = /^:::\s*(zone|moniker)\s+((?:[\w-]+\s*=\s*"[^"]*"\s*)*)(?::::)?$/;
export const VARIANT_END = /^:::\s*(?:zone|moniker)-end\s*(?::::)?$/;

const COMPARISONS: Record<string, (version: string) => string> = {
  '>=': (version) => `${version} and later`,
  '>': (version) => `versions after ${version}`,
  '<=': (version) => `${version} and earlier`,
  '<': (version) => `versions before ${version}`,
  '=': (version) => version,
};

/**
 * A moniker range as a reader says it: `>= v2` is "v2 and later", `>= v2 <= v4` "v2 to v4", `v1 || v3`
 * "v1 or v3".
 */
export function describeVersions(range: string): string {
  return range
    .split('||')
    .map((alternative) => {
      const bounds = [...alternative.matchAll(/(>=|<=|>|<|=)?\s*([^\s<>=|]+)/g)].map(
        ([, operator = '=', version = '']) => ({ operator, version }),
      );
      const [low, high] = bounds;
      if (bounds.length === 2 && low?.operator === '>=' && high?.operator === '<=')
        return `${low.version} to ${high.version}`;
      return bounds.map(({ operator, version }) => (COMPARISONS[operator] ?? String)(version)).join(' and ');
    })
    .filter(Boolean)
    .join(' or ');
}

/** A line of Markdown and whether it is inside a fenced code block (the fence lines count as code). */
export interface MarkdownLine {
  line: string;
  code: boolean;
}

/** Lines of `text`, each marked whether it is fenced code: the one place fences are tracked. */
export function markdownLines(text: string): MarkdownLine[] {
  let fence: string | undefined;
  return text.split('\n').map((line) => {
    const found = /^[\s>]*(`{3,}|~{3,})(.*)$/.exec(line);
    const marker = found?.[1];
    // A fence closes only with nothing after it (CommonMark): "```azurecli" inside a block is code.
    const closes =
      marker !== undefined &&
      fence !== undefined &&
      marker[0] === fence[0] &&
      marker.length >= fence.length &&
      (found?.[2] ?? '').trim() === '';
    // A backtick fence's info string holds no backtick (CommonMark): "``` a ``` " is a code span in prose.
    const opens = marker !== undefined && !(marker[0] === '`' && (found?.[2] ?? '').includes('`'));
    if (marker && ((fence === undefined && opens) || closes)) {
      fence = fence === undefined ? marker : undefined;
      return { line, code: true };
    }
    return { line, code: fence !== undefined };
  });
}

/** Columns of a line's leading white space, a tab to the next multiple of 4 (as CommonMark and docfx count), and its length. */
export function indentOf(line: string): { columns: number; length: number } {
  let columns = 0;
  let length = 0;
  for (const char of line) {
    if (char === ' ') columns++;
    else if (char === '\t') columns += 4 - (columns % 4);
    else break;
    length++;
  }
  return { columns, length };
}

/**
 * `lines` with `remove` columns of leading white space removed from each (by default, or when negative, all
 * they share: their common indentation), what is left of it as spaces; blank lines empty.
 */
export function dedented(lines: readonly string[], remove?: number): string[] {
  const blank = (line: string) => line.trim() === '';
  let common = Number.MAX_SAFE_INTEGER;
  for (const line of lines) if (!blank(line)) common = Math.min(common, indentOf(line).columns);
  const columns = remove === undefined || remove < 0 ? common : remove;
  return lines.map((line) => {
    if (blank(line)) return '';
    const indent = indentOf(line);
    return ' '.repeat(Math.max(0, indent.columns - columns)) + line.slice(indent.length);
  });
}

/**
 * `text` with each `:::row:::` … `:::row-end:::` as docfx reads it: its marker lines (`:::column:::`…) at the
 * line's start, and the content of each column moved left by the indentation its lines share, so that it
 * reads as the Markdown it is. Learn indents columns (azure-docs' MSAL logging article and the Learn
 * sandbox's list of regions write `    :::column:::` and then `        - westus2`), where CommonMark
 * would read 4 spaces as code: the markers and lists became a code block. What is indented more than the
 * rest of its column (an indented code block) stays so.
 */
export function dedentLayoutColumns(text: string): string {
  if (!/^[ \t]*:::\s*row\s*:::[ \t]*$/m.test(text)) return text;
  const lines = markdownLines(text);
  const out = lines.map(({ line }) => line);
  let inRow = false;
  let part: number[] = [];
  const flush = () => {
    dedented(part.map((index) => out[index] ?? '')).forEach((line, at) => {
      out[part[at] ?? 0] = line;
    });
    part = [];
  };
  lines.forEach(({ line, code }, index) => {
    const marker = !code && LAYOUT_MARKER.test(line.trim());
    if (!inRow) {
      // A row starts as a block does, indented less than code is (`    :::row:::` after a blank line is code).
      if (marker && indentOf(line).columns < 4 && /^:::\s*row\s*:::$/.test(line.trim())) {
        inRow = true;
        out[index] = line.trim();
      }
      return;
    }
    if (!marker) {
      part.push(index);
      return;
    }
    flush();
    out[index] = line.trim();
    if (/^:::\s*row-end\s*:::$/.test(line.trim())) inRow = false;
  });
  flush();
  return out.join('\n');
}

/** `text` with `edit` applied to each prose line (not fenced code) and its line index; code kept as is. */
export function mapProseLines(text: string, edit: (line: string, index: number) => string): string {
  return markdownLines(text)
    .map(({ line, code }, index) => (code ? line : edit(line, index)))
    .join('\n');
}

/** Where a stretch of a text starts and where it ends (exclusive). */
export interface TextSpan {
  start: number;
  end: number;
}

/** A character a backslash escapes (CommonMark: ASCII punctuation). */
export const ESCAPABLE = /[!-/:-@[-`{-~]/;

/** Each backslash escape (`\_`), the character it escapes captured: `replace(ESCAPES, '$1')` undoes them. */
export const ESCAPES = new RegExp(String.raw`\\(${ESCAPABLE.source})`, 'g');

/**
 * The inline code spans of `text` (a line, a table cell, a paragraph's lines), as CommonMark reads them: a
 * run of backticks opens one that ends at the next run of as many (``` ``"`n"`` ``` is `` "`n" ``), a run
 * with no such closer is backticks; outside code a backslash makes the backtick after it one, inside code it
 * is a backslash; no span crosses a blank line. Not read here: raw HTML and autolinks, which CommonMark reads
 * before code (`<a title="`">`), and which cells of a table row are; mapProseOutsideCode reads a whole text
 * with the parser.
 */
export function inlineCodeSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let from = 0;
  for (const blank of text.matchAll(/\n[ \t]*\r?(?=\n|$)/g)) {
    spans.push(...spansBetween(text, from, blank.index));
    from = blank.index + blank[0].length;
  }
  return [...spans, ...spansBetween(text, from, text.length)];
}

/** The code spans of `text` between `from` and `to`, a stretch with no blank line. */
function spansBetween(text: string, from: number, to: number): TextSpan[] {
  const spans: TextSpan[] = [];
  // Past this offset there is no run of that many backticks: a later opener of that length is backticks.
  const noCloserAfter = new Map<number, number>();
  let at = from;
  while (at < to) {
    const char = text[at];
    if (char === '\\' && ESCAPABLE.test(text[at + 1] ?? '')) at += 2;
    else if (char !== '`') at++;
    else {
      const open = runLength(text, at, to);
      const close = (noCloserAfter.get(open) ?? Infinity) <= at ? -1 : closingRun(text, at + open, to, open);
      if (close === -1) {
        noCloserAfter.set(open, at);
        at += open;
      } else {
        spans.push({ start: at, end: close + open });
        at = close + open;
      }
    }
  }
  return spans;
}

/** The length of the run of backticks at `at`, up to `to`. */
function runLength(text: string, at: number, to: number): number {
  let end = at;
  while (end < to && text[end] === '`') end++;
  return end - at;
}

/** Where the next run of exactly `length` backticks between `from` and `to` starts, else -1. */
function closingRun(text: string, from: number, to: number, length: number): number {
  let at = text.indexOf('`', from);
  while (at !== -1 && at < to) {
    const run = runLength(text, at, to);
    if (run === length) return at;
    at = text.indexOf('`', at + run);
  }
  return -1;
}

/** `text` with `edit` applied to each stretch outside `spans` (in order, apart), the spans kept as they are. */
function mapOutsideSpans(text: string, spans: readonly TextSpan[], edit: (text: string) => string): string {
  let out = '';
  let last = 0;
  for (const { start, end } of spans) {
    out += edit(text.slice(last, start)) + text.slice(start, end);
    last = end;
  }
  return out + edit(text.slice(last));
}

/** `line` with `edit` applied to the text outside its inline code spans (inlineCodeSpans); the spans kept as is. */
export function mapOutsideInlineCode(line: string, edit: (text: string) => string): string {
  return mapOutsideSpans(line, inlineCodeSpans(line), edit);
}

/**
 * `markdown` with `edit` applied to each prose line's text outside code (mapProseLines), and the line's
 * index. Inline code is found as the Markdown parser reads it in a paragraph, heading or table: a span over
 * lines (`` `Get-Thing⏎-Name <name>` ``), a table's cells, raw HTML and autolinks first. Elsewhere (an HTML
 * block, which MDX reads as Markdown, an indented code block) each line is read alone (inlineCodeSpans).
 */
export function mapProseOutsideCode(markdown: string, edit: (text: string, index: number) => string): string {
  if (!markdown.includes('`')) return mapProseLines(markdown, edit);
  const lineStarts = [0];
  for (let at = markdown.indexOf('\n'); at !== -1; at = markdown.indexOf('\n', at + 1))
    lineStarts.push(at + 1);
  /** The index of the line holding `offset`. */
  const lineOf = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const parsedLines = new Set<number>();
  const codeOfLine = new Map<number, TextSpan[]>();
  visit(parseMarkdown(markdown), (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'table')
      for (let line = lineOf(start); line <= lineOf(end); line++) parsedLines.add(line);
    if (node.type !== 'inlineCode') return undefined;
    for (let line = lineOf(start); line <= lineOf(end); line++) {
      const lineStart = lineStarts[line] ?? 0;
      const lineEnd = (lineStarts[line + 1] ?? markdown.length + 1) - 1;
      const spans = codeOfLine.get(line) ?? [];
      spans.push({ start: Math.max(start, lineStart) - lineStart, end: Math.min(end, lineEnd) - lineStart });
      codeOfLine.set(line, spans);
    }
    return SKIP;
  });
  return mapProseLines(markdown, (line, index) => {
    const spans = parsedLines.has(index) ? (codeOfLine.get(index) ?? []) : inlineCodeSpans(line);
    return mapOutsideSpans(line, spans, (text) => edit(text, index));
  });
}

/** A code fence for `code`: backticks, one more than its longest run of them and three at least. */
export function codeFence(code: string): string {
  return '`'.repeat(Math.max(2, ...[...code.matchAll(/`+/g)].map(([run]) => run.length)) + 1);
}
