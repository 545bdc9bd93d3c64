/**
 * Where a node of a page was written. remarkLearnInclude parses each include on its own and puts its nodes
 * in the page; their positions are then moved past the page's text, into one text made of the page and each
 * include it brought in, in the order they were read (`sourceText`). Every position of the page's tree, and
 * of the HTML tree made from it, so points into that text: a plugin that reads what a node wrote reads the
 * include's text, and a message names the include's file and line and where the page includes it
 * (`placeName`), not a line of the page that holds something else.
 */
import { relative } from 'node:path';
import type { Node, Point } from 'unist';
import type { VFile } from 'vfile';

/** One include's text as the page's tree holds it: from `firstLine` of sourceText, `offset` characters in. */
interface IncludedPart {
  /** The include file's absolute path. */
  path: string;
  text: string;
  firstLine: number;
  /** The line of the include's file `text` starts at: past its front matter. */
  fileLine: number;
  offset: number;
  /** Where it is included: the line of the page (`part` undefined) or of the include `part` (an index). */
  at: { part: number | undefined; line: number | undefined };
}

interface PageSource {
  page: string;
  parts: IncludedPart[];
  /** The lines and characters of the page and its parts so far. */
  lines: number;
  length: number;
  joined?: string;
}

declare module 'vfile' {
  interface DataMap {
    pageSource: PageSource;
  }
}

/** The number of lines of `text` when it is followed by another (a last line without `\n` counts). */
function lineCount(text: string): number {
  // Each line ending as the parser counts it: \r\n, \r or \n.
  const count = text.match(/\r\n|\r|\n/g)?.length ?? 0;
  return text === '' || /[\r\n]$/.test(text) ? count : count + 1;
}

/** The text `text` as added after others: on a line of its own. */
function ownLines(text: string): string {
  return text === '' || /[\r\n]$/.test(text) ? text : `${text}\n`;
}

function pageSource(file: VFile): PageSource {
  let source = file.data.pageSource;
  if (source === undefined) {
    const page = ownLines(String(file.value));
    source = { page, parts: [], lines: lineCount(page), length: page.length };
    file.data.pageSource = source;
  }
  return source;
}

/**
 * Records the include at `path`, parsed from `text` (its file from line `fileLine`, after its front matter) and
 * included at `line` of the page (`part` undefined) or of the include `part`'s text; returns its part and how
 * far its positions move (shiftPositions).
 */
export function addIncludedText(
  file: VFile,
  path: string,
  text: string,
  at: IncludedPart['at'],
  fileLine = 1,
): { part: number; lines: number; offset: number } {
  const source = pageSource(file);
  const own = ownLines(text);
  const part =
    source.parts.push({ path, text: own, firstLine: source.lines + 1, fileLine, offset: source.length, at }) -
    1;
  const moved = { part, lines: source.lines, offset: source.length };
  source.lines += lineCount(own);
  source.length += own.length;
  delete source.joined;
  return moved;
}

/** Moves the positions of `nodes` (an include's, parsed apart) by what addIncludedText returned. */
export function shiftPositions(nodes: Iterable<Node>, by: { lines: number; offset: number }): void {
  // Each point once, should two nodes share one.
  const moved = new Set<Point>();
  const shift = (point: Point) => {
    if (moved.has(point)) return;
    moved.add(point);
    point.line += by.lines;
    if (point.offset !== undefined) point.offset += by.offset;
  };
  for (const node of nodes) {
    if (!node.position) continue;
    shift(node.position.start);
    shift(node.position.end);
  }
}

/** The text the positions of `file`'s tree point into: the page, then each include it brought in. */
export function sourceText(file: VFile): string {
  const source = file.data.pageSource;
  if (source === undefined) return String(file.value);
  source.joined ??= source.page + source.parts.map((part) => part.text).join('');
  return source.joined;
}

/** The include holding `line` of sourceText, or undefined for a line of the page. */
function partAt(source: PageSource | undefined, line: number): IncludedPart | undefined {
  if (source === undefined) return undefined;
  let found: IncludedPart | undefined;
  for (const part of source.parts) {
    if (part.firstLine > line) break;
    found = part;
  }
  return found;
}

/**
 * `line` (and `column`) of sourceText named as written: `content/a.md:12:3` for the page, and for an include
 * `content/includes/b.md:2:3 (included at content/a.md:12)`, through every include that includes it. Paths
 * are relative to `base` (the file's working folder, the project's root).
 */
export function placeName(
  file: VFile,
  line: number | undefined,
  column?: number,
  base: string = file.cwd,
): string {
  const { path, line: own, includedAt } = sourcePlace(file, line, base);
  const at =
    own === undefined ? path : `${path}:${String(own)}${column === undefined ? '' : `:${String(column)}`}`;
  return includedAt === undefined ? at : `${at} (included at ${includedAt})`;
}

/**
 * `line` of sourceText as written: its file (relative to `base`) and line, and for an include's line where
 * it is included (`content/includes/a.md:3, included at content/page.mdx:7`).
 */
export function sourcePlace(
  file: VFile,
  line: number | undefined,
  base: string = file.cwd,
): { path: string; line: number | undefined; includedAt?: string } {
  const pagePath = file.path ? relative(base, file.path) || file.path : 'content';
  const source = file.data.pageSource;
  let part = line === undefined ? undefined : partAt(source, line);
  if (part === undefined || line === undefined) return { path: pagePath, line };
  const own = { path: relative(base, part.path), line: line - part.firstLine + part.fileLine };
  const sites: string[] = [];
  while (part !== undefined) {
    const { part: outer, line: siteLine }: IncludedPart['at'] = part.at;
    const includer: IncludedPart | undefined = outer === undefined ? undefined : source?.parts[outer];
    // A line of an include's text is its file's past the front matter.
    const fileLine = siteLine === undefined ? undefined : siteLine + (includer ? includer.fileLine - 1 : 0);
    sites.push(
      `${includer ? relative(base, includer.path) : pagePath}${fileLine === undefined ? '' : `:${String(fileLine)}`}`,
    );
    part = includer;
  }
  return { ...own, includedAt: sites.join(', included at ') };
}

/** The line of the page itself that `line` (of sourceText) is at: an include's is the line that includes it. */
export function pageLine(file: VFile, line: number | undefined): number | undefined {
  return line === undefined ? undefined : pagePoint(file, { line, column: 1 })?.line;
}

/**
 * The place of the page itself `point` (of sourceText) is at, for a message's `place`: a line of an include
 * becomes the line of the page that includes it.
 */
export function pagePoint(file: VFile, point: Point | undefined): Point | undefined {
  if (point === undefined) return undefined;
  const source = file.data.pageSource;
  let part = partAt(source, point.line);
  if (part === undefined) return point;
  while (part.at.part !== undefined) {
    const outer: IncludedPart | undefined = source?.parts[part.at.part];
    if (outer === undefined) break;
    part = outer;
  }
  return part.at.line === undefined ? undefined : { line: part.at.line, column: 1 };
}
