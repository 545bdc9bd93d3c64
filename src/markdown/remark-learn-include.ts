/**
 * Learn's `[!INCLUDE [title](path)]` inlined from the include file: on a line of its own as the include's
 * blocks, inside a line as its inline content. A missing include fails naming both files.
 */
import { dirname, resolve } from 'node:path';
import type { Paragraph, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import {
  DISK_INCLUDES,
  IncludeBudget,
  inlineIncludeText,
  readInclude,
  rebaseHref,
} from '../lib/learn/include.ts';
import { isInside } from '../lib/learn/source-files.ts';
import { findIncludes, parseIncludeLine } from '../lib/learn/syntax.ts';
import { sourceNestingProblem } from './remark-nesting-limit.ts';

/** The include path of a paragraph that is only `[!INCLUDE [title](path)]` in `source`, or undefined. */
function includePath(node: Pick<Paragraph, 'position'>, source: string): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  return parseIncludeLine(source.slice(start, end))?.path;
}

/** An include inside a line: its path, and the texts either side with how much of each is its marker. */
interface InlineIncludeNodes {
  path: string;
  /** The text before its `[title](path)` link, ending in `opening` characters of `[!INCLUDE `. */
  before: Text;
  opening: number;
  /** The text after the link, starting with `closing` characters of `]`. */
  after: Text;
  closing: number;
}

/** The include inside a line whose `[title](path)` is the link `parent.children[index]`, written in `source`. */
function inlineIncludeAt(parent: Parent, index: number, source: string): InlineIncludeNodes | undefined {
  if (index === 0) return undefined;
  const [before, link, after] = parent.children.slice(index - 1, index + 2);
  if (before?.type !== 'text' || after?.type !== 'text') return undefined;
  const from = before.position?.start.offset;
  const to = after.position?.end.offset;
  const linkStart = link?.position?.start.offset;
  const linkEnd = link?.position?.end.offset;
  if (from === undefined || to === undefined || linkStart === undefined || linkEnd === undefined)
    return undefined;
  const include = findIncludes(source.slice(from, to)).find(
    ({ start, end }) => from + start <= linkStart && from + end >= linkEnd,
  );
  if (!include) return undefined;
  return {
    path: include.path,
    before,
    opening: linkStart - from - include.start,
    after,
    closing: from + include.end - linkEnd,
  };
}

/** Relative links of an include are written from the include's folder: rewrite them from the page's. */
function rebaseLinks(tree: Root, includeDir: string, pageDir: string): void {
  visit(tree, ['link', 'definition'], (node) => {
    const link = node as { url: string };
    link.url = rebaseHref(link.url, includeDir, pageDir);
  });
}

/** The inline content of an include parsed from one line: its paragraph's (or heading's, list item's…). */
function phrasingOf(tree: Root): PhrasingContent[] {
  const phrasing: PhrasingContent[] = [];
  visit(tree, ['paragraph', 'heading'], (node) => {
    phrasing.push(...(node as Paragraph).children);
    return SKIP;
  });
  return phrasing;
}

/**
 * Replaces the includes of `tree` (the text `source` of the file at `from`), whole-line paragraphs and
 * inside lines, with the parsed include, recursively, the page's includes held to its `budget`.
 */
function inline(
  processor: Processor,
  tree: Root,
  source: string,
  from: string,
  chain: readonly string[],
  { root, budget }: { root: string; budget: IncludeBudget },
): void {
  /** The include `path` read and parsed (inside a line: as one line), its own includes inlined. */
  const read = (path: string, line: number | undefined, inLine: boolean): Root => {
    // Read only from inside the page's source root (content/), symlinks resolved; the path named as written.
    const found = readInclude(path, from, root, chain, DISK_INCLUDES, { repository: root, budget });
    if (!found.ok) throw new Error(`${from}:${line ?? '?'}: [!INCLUDE] ${found.problem}`);
    const text = inLine ? inlineIncludeText(found.body) : found.body;
    // Before the parser, whose recursion an include nested thousands deep overflows.
    const nesting = sourceNestingProblem(text);
    if (nesting)
      throw new Error(
        `${found.file}:${String(nesting.line)}: ${nesting.message} (included at ${from}:${line ?? '?'})`,
      );
    const included = processor.parse(text) as Root;
    inline(processor, included, text, found.file, [...chain, found.file], { root, budget });
    rebaseLinks(included, dirname(found.file), dirname(from));
    return included;
  };
  visit(tree, (node, index, parent: Parent | undefined) => {
    if (!parent || index === undefined) return undefined;
    if (node.type === 'paragraph') {
      const path = includePath(node, source);
      if (path === undefined) return undefined;
      const included = read(path, node.position?.start.line, false);
      parent.children.splice(index, 1, ...included.children);
      return [SKIP, index + included.children.length];
    }
    if (node.type !== 'link') return undefined;
    const include = inlineIncludeAt(parent, index, source);
    if (!include) return undefined;
    const { before, after } = include;
    const phrasing = phrasingOf(read(include.path, node.position?.start.line, true));
    // The texts either side lose `[!INCLUDE ` and `]`; one left empty goes.
    before.value = before.value.slice(0, before.value.length - include.opening);
    after.value = after.value.slice(include.closing);
    const kept = [...(before.value ? [before] : []), ...phrasing, ...(after.value ? [after] : [])];
    parent.children.splice(index - 1, 3, ...(kept as RootContent[]));
    // On to the text after it, which may end in the next include's `[!INCLUDE `.
    return [SKIP, index - 1 + kept.length - (after.value ? 1 : 0)];
  });
}

/** Remark plugin: include paths are relative to the page's own file, as on Learn. */
export function remarkLearnInclude(this: Processor, options: { root?: string } = {}) {
  // eslint-disable-next-line @typescript-eslint/no-this-alias -- the processor parses include files with the page's own parser
  const processor = this;
  return (tree: Root, file: VFile) => {
    const from = file.path || resolve('content/page.mdx');
    // The source root: content/ for the site's pages (a page elsewhere, as in tests: its own folder).
    const root = options.root !== undefined && isInside(options.root, from) ? options.root : dirname(from);
    inline(processor, tree, String(file.value), from, [from], { root, budget: new IncludeBudget() });
  };
}
