/**
 * A bound on how deeply a page nests lists, quotes and elements. Parsing and every later step walk the
 * tree by recursion: a page of `- - - - …` 3,000 deep (6 KB) stopped the build with no message (GFM's own
 * step, in the parser, overflowed the stack), `> > > …` with a bare "Maximum call stack size exceeded".
 * Real Learn articles nest at most 11 levels (644 pages of 12 folders); the bound leaves a wide margin.
 * Checked twice, without recursion: on the source before it is parsed (`sourceNestingProblem`: the list
 * markers and quote marks that open a line), and on the parsed tree (the remark plugin, first), which also
 * sees elements nested in MDX.
 */
import type { Node, Parent } from 'unist';
import type { VFile } from 'vfile';

/** How deep the tree of a page may be: root, list, item, paragraph, … each one level. */
export const MAX_NESTING = 64;

/** The message for a page nested `depth` levels deep. */
function nestingMessage(depth: number): string {
  return (
    `This page nests lists, quotes or elements ${String(depth)} levels deep here; the site renders at most ` +
    `${String(MAX_NESTING)} (Learn articles nest at most about 11). Flatten the nesting.`
  );
}

/** A list marker (`-`, `*`, `+`, `1.`, `1)`) or a quote mark opening what is left of a line. */
const CONTAINER_MARK = /^[ \t]*(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))/;

/**
 * The first line of `markdown` (1-based) that opens more than MAX_NESTING lists and quotes, and the
 * message for it; undefined when none does.
 */
export function sourceNestingProblem(markdown: string): { line: number; message: string } | undefined {
  const lines = markdown.split('\n');
  for (const [index, text] of lines.entries()) {
    let rest = text;
    let depth = 0;
    for (let mark = CONTAINER_MARK.exec(rest); mark !== null; mark = CONTAINER_MARK.exec(rest)) {
      depth++;
      rest = rest.slice(mark[0].length);
    }
    if (depth > MAX_NESTING) return { line: index + 1, message: nestingMessage(depth) };
  }
  return undefined;
}

/**
 * The most Markdown one page may be, in characters: the largest Learn article of the 15 folders tried is
 * 70 KB. A page of 10 MB (a code block, a 20,000-row table, 100,000 links) took minutes and gigabytes.
 */
export const MAX_PAGE_CHARACTERS = 1_000_000;

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
  return sourceNestingProblem(markdown);
}

/**
 * How many of each costly thing one page may hold. Each costs the build far more than its Markdown: a
 * heading is a bookmark and two "On this page" links, a link is checked and may carry its external marker,
 * a table cell is a box the browser lays out. A red-team page of 50,000 headings (789 KB, under
 * MAX_PAGE_CHARACTERS) took 48 s and 2.1 GB to build, one of 60,000 links 36 s and 2.6 GB, a table of
 * 15,000 columns 40 s and 3 GB. The largest numbers in 1,184 real Learn articles of 31 repositories: 56
 * headings, 263 links, 402 table cells, 9 columns.
 */
export const PAGE_LIMITS = [
  { what: 'headings', most: 1000, seen: 56, counts: (node: Node) => isElement(node, HEADING_TAGS) },
  { what: 'links', most: 5000, seen: 263, counts: (node: Node) => isElement(node, ['a']) },
  { what: 'table cells', most: 20_000, seen: 402, counts: (node: Node) => isElement(node, ['td', 'th']) },
] as const;

const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** Markdown node types, by the HTML element they become. */
const MARKDOWN_ELEMENTS: Record<string, string> = {
  heading: 'h2',
  link: 'a',
  linkReference: 'a',
  tableCell: 'td',
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

/** A node of a page and what is wrong there. */
interface Found {
  node: Node;
  message: string;
}

/**
 * What one walk of `tree` finds, without recursion: its deepest node and depth (the root is 0; of equals,
 * the last in document order), and the first node past one of PAGE_LIMITS (in document order) with the
 * message for it.
 */
export function measurePage(tree: Node): { deepest: { node: Node; depth: number }; pastLimit?: Found } {
  let deepest = { node: tree, depth: 0 };
  let pastLimit: Found | undefined;
  const counts = PAGE_LIMITS.map(() => 0);
  const stack: [Node, number][] = [[tree, 0]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, depth] = next;
    if (depth >= deepest.depth) deepest = { node, depth };
    for (const [index, limit] of PAGE_LIMITS.entries()) {
      if (pastLimit !== undefined || !limit.counts(node)) continue;
      counts[index] = (counts[index] ?? 0) + 1;
      if ((counts[index] ?? 0) > limit.most)
        pastLimit = {
          node,
          message:
            `This page has more than ${limit.most.toLocaleString('en')} ${limit.what}; the site builds pages of at most ` +
            `${limit.most.toLocaleString('en')} (Learn articles have at most about ${String(limit.seen)}). Split it into several pages.`,
        };
    }
    const children = (node as Partial<Parent>).children ?? [];
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child) stack.push([child, depth + 1]);
    }
  }
  return pastLimit === undefined ? { deepest } : { deepest, pastLimit };
}

/**
 * Remark plugin, the first: fails a page nested deeper than MAX_NESTING, or holding more than one of
 * PAGE_LIMITS allows, naming the line.
 */
export function remarkNestingLimit() {
  return (tree: Node, file: VFile) => {
    const { deepest, pastLimit: past } = measurePage(tree);
    if (deepest.depth > MAX_NESTING)
      file.fail(nestingMessage(deepest.depth), {
        place: deepest.node.position?.start,
        ruleId: 'nesting',
        source: 'remark-nesting-limit',
      });
    if (past)
      file.fail(past.message, {
        place: past.node.position?.start,
        ruleId: 'page-limits',
        source: 'remark-nesting-limit',
      });
  };
}
