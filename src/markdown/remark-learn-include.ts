/**
 * Learn's `[!INCLUDE [title](path)]` inlined from the include file: on a line of its own as the include's
 * blocks, inside a line as its inline content, its references using its own definitions only. A missing
 * include fails naming both files.
 */
import { dirname, resolve } from 'node:path';
import type { Paragraph, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { SKIP, visit } from '../lib/tree-visit.ts';
import type { Processor } from 'unified';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import {
  DISK_INCLUDES,
  IncludeBudget,
  inlineIncludeText,
  nameScopedFootnotes,
  readInclude,
  rebaseHref,
  scopeReferences,
} from '../lib/learn/include.ts';
import { isInside } from '../lib/learn/source-files.ts';
import { findIncludes, parseIncludeLine } from '../lib/learn/syntax.ts';
import {
  failPastLimits,
  includeSourceProblem,
  MAX_PAGE_CHARACTERS,
  pageIncludeBudget,
  treeNestingProblem,
  type IncludeSite,
  type PageLimit,
} from './remark-nesting-limit.ts';
import { addIncludedText, shiftPositions } from './source-place.ts';

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

/** The nodes of `tree` below it, in document order, walked without recursion (an include may be nested deep). */
function* descendants(tree: Parent, enter: (node: RootContent) => boolean = () => true) {
  const stack: RootContent[] = [...tree.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    yield node;
    if (!enter(node)) continue;
    const children = (node as Partial<Parent>).children ?? [];
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child) stack.push(child);
    }
  }
}

/** Said after the include budget's own message: its limits, the page's size (`most`) counted with its includes. */
function budgetNote({ includes, characters }: IncludeBudget['limits'], most: number): string {
  const kb = (count: number) => `${Math.floor(count / 1000).toLocaleString('en')} KB`;
  return `(A page includes at most ${includes.toLocaleString('en')} times, and is at most ${kb(most)} with the text it includes, as an imported page is: this one's own text leaves ${kb(characters)} for includes.)`;
}

/**
 * Relative links of an include are written from the include's folder: rewrite them from the page's, but for
 * one that leaves `root` (content/, the site's docset) from the include, left as written, as docfx leaves it.
 */
function rebaseLinks(tree: Root, includeDir: string, pageDir: string, root: string): void {
  for (const node of descendants(tree)) {
    if (node.type === 'link' || node.type === 'definition')
      node.url = rebaseHref(node.url, includeDir, pageDir, root);
  }
}

/** The inline content of an include parsed from one line: its paragraph's (or heading's, list item's…). */
function phrasingOf(tree: Root): PhrasingContent[] {
  const phrasing: PhrasingContent[] = [];
  const isText = (node: RootContent) => node.type === 'paragraph' || node.type === 'heading';
  for (const node of descendants(tree, (node) => !isText(node)))
    if (node.type === 'paragraph' || node.type === 'heading') phrasing.push(...node.children);
  return phrasing;
}

/** An include of a tree: whole-line (a paragraph that is only the include) or inside a line. */
type IncludeAt =
  | { kind: 'block'; parent: Parent; index: number; path: string; line: number | undefined }
  | ({ kind: 'inline'; parent: Parent; index: number; line: number | undefined } & InlineIncludeNodes);

/** The includes of `tree` (the text `source`), in document order. */
function includesOf(tree: Root, source: string): IncludeAt[] {
  const found: IncludeAt[] = [];
  visit(tree, (node, index, parent: Parent | undefined) => {
    if (!parent || index === undefined) return undefined;
    const line = node.position?.start.line;
    if (node.type === 'paragraph') {
      const path = includePath(node, source);
      if (path === undefined) return undefined;
      found.push({ kind: 'block', parent, index, path, line });
      return SKIP;
    }
    if (node.type !== 'link') return undefined;
    const include = inlineIncludeAt(parent, index, source);
    if (include) found.push({ kind: 'inline', parent, index, line, ...include });
    return undefined;
  });
  return found;
}

/**
 * Replaces the includes of `tree` (the text `source` of the file at `from`), whole-line paragraphs and
 * inside lines, with the parsed include, recursively, the page's includes held to its `budget`. Each
 * include is read, parsed and checked for nesting before anything walks it by recursion; the includes of a
 * tree are found first and expanded after, so the stack holds one walk at a time however long the chain.
 * `sites` (for the page's own includes) learns which include put each node there.
 */
function inline(
  processor: Processor,
  tree: Root,
  source: string,
  from: string,
  chain: readonly string[],
  {
    root,
    budget,
    note,
    sites,
    file,
    part,
  }: {
    root: string;
    budget: IncludeBudget;
    note: string;
    sites?: Map<Node, IncludeSite>;
    /** The page, which learns each include's text (addIncludedText), and the include `tree` is (none: the page). */
    file: VFile;
    part?: number;
  },
): void {
  /** The include `path` read and parsed (inside a line: as one line), its own includes inlined. */
  const read = (path: string, line: number | undefined, inLine: boolean): Root => {
    // Read only from inside the page's source root (content/), symlinks resolved; the path named as written.
    const found = readInclude(path, from, root, chain, DISK_INCLUDES, { repository: root, budget });
    if (!found.ok)
      throw new Error(
        `${from}:${line ?? '?'}: [!INCLUDE] ${found.problem}` + (found.tooMany ? ` ${note}` : ''),
      );
    const serial = budget.included;
    const text = inLine ? inlineIncludeText(found.body) : found.body;
    const included = at(found.file, line, text);
    // Its nodes point into the page's text of its includes (source-place.ts), once its own includes are read
    // from where they are written in it.
    const own = [...descendants(included)];
    const moved = addIncludedText(file, found.file, text, { part, line }, found.firstLine);
    // Its references use its own definitions, as docfx parses an include alone (before its includes come in).
    scopeReferences(included, serial);
    inline(processor, included, text, found.file, [...chain, found.file], {
      root,
      budget,
      note,
      file,
      part: moved.part,
    });
    shiftPositions(own, moved);
    rebaseLinks(included, dirname(found.file), dirname(from), root);
    return included;
  };
  /** `text`, the include `file` used at `line`, parsed, if it nests no deeper than the site renders. */
  const at = (file: string, line: number | undefined, text: string): Root => {
    // Before the parser, whose recursion lists and quotes nested thousands deep overflow; then on the tree,
    // which also has elements (`<span>` in `<span>`…), before anything walks it by recursion.
    const refuse = (nesting: { line: number | undefined; message: string }) =>
      new Error(
        `${file}:${String(nesting.line ?? '?')}: ${nesting.message} (included at ${from}:${line ?? '?'})`,
      );
    const inSource = includeSourceProblem(text, budget);
    if (inSource) throw refuse(inSource);
    const parsed = processor.parse(text) as Root;
    const inTree = treeNestingProblem(parsed);
    if (inTree) throw refuse(inTree);
    return parsed;
  };
  const includes = includesOf(tree, source);
  const expanded = includes.map((include) => read(include.path, include.line, include.kind === 'inline'));
  // From the last: a splice leaves the places of the includes before it as they were.
  for (let at = includes.length - 1; at >= 0; at--) {
    const include = includes[at];
    const included = expanded[at];
    if (!include || !included) continue;
    const site = { written: include.path, line: include.line };
    const { parent, index } = include;
    if (include.kind === 'block') {
      for (const node of included.children) sites?.set(node, site);
      parent.children.splice(index, 1, ...included.children);
      continue;
    }
    const { before, after } = include;
    const phrasing = phrasingOf(included);
    for (const node of phrasing) sites?.set(node, site);
    // The texts either side lose `[!INCLUDE ` and `]`; one left empty goes. The text after one include may
    // be the text before the next, which has already lost its `[!INCLUDE `.
    before.value = before.value.slice(0, before.value.length - include.opening);
    after.value = after.value.slice(include.closing);
    const kept = [...(before.value ? [before] : []), ...phrasing, ...(after.value ? [after] : [])];
    parent.children.splice(index - 1, 3, ...(kept as RootContent[]));
  }
}

/**
 * Remark plugin: include paths are relative to the page's own file, as on Learn. A page that includes
 * anything is measured again once they are expanded, against PAGE_LIMITS (or the `limits` a test passes)
 * and MAX_NESTING: remarkNestingLimit, the first plugin, saw only what the page itself writes. The page
 * and the text its includes bring in are at most MAX_PAGE_CHARACTERS (or the `pageCharacters` a test passes).
 */
export function remarkLearnInclude(
  this: Processor,
  options: { root?: string; limits?: readonly PageLimit[]; pageCharacters?: number } = {},
) {
  // eslint-disable-next-line @typescript-eslint/no-this-alias -- the processor parses include files with the page's own parser
  const processor = this;
  return (tree: Root, file: VFile) => {
    const from = file.path || resolve('content/page.mdx');
    // The source root: content/ for the site's pages (a page elsewhere, as in tests: its own folder).
    const root = options.root !== undefined && isInside(options.root, from) ? options.root : dirname(from);
    const sites = new Map<Node, IncludeSite>();
    const source = String(file.value);
    // The page and what it includes are held together to what one page may be, as the import writes them
    // (one page, which the build holds to MAX_PAGE_CHARACTERS): five includes of 950 KB built an 8 MB page.
    const most = options.pageCharacters ?? MAX_PAGE_CHARACTERS;
    const budget = pageIncludeBudget(source, most);
    inline(processor, tree, source, from, [from], {
      root,
      budget,
      note: budgetNote(budget.limits, most),
      sites,
      file,
    });
    nameScopedFootnotes(tree);
    if (sites.size > 0)
      failPastLimits(tree, file, {
        ...(options.limits ? { limits: options.limits } : {}),
        includeOf: (node) => sites.get(node),
      });
  };
}
