/** Learn's `[!INCLUDE [title](path)]` inlined from the include file; a missing include fails naming both files. */
import { dirname, resolve } from 'node:path';
import type { Paragraph, Parent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { readInclude, rebaseHref } from '../lib/learn/include.ts';
import { isInside } from '../lib/learn/source-files.ts';
import { parseIncludeLine } from '../lib/learn/syntax.ts';

/** The include path of a paragraph that is only `[!INCLUDE [title](path)]` in `source`, or undefined. */
function includePath(node: Paragraph, source: string): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  return parseIncludeLine(source.slice(start, end))?.path;
}

/** Relative links of an include are written from the include's folder: rewrite them from the page's. */
function rebaseLinks(tree: Root, includeDir: string, pageDir: string): void {
  visit(tree, ['link', 'definition'], (node) => {
    const link = node as { url: string };
    link.url = rebaseHref(link.url, includeDir, pageDir);
  });
}

/** Replaces include paragraphs of `tree` (the text `source` of the file at `from`) with the parsed include, recursively. */
function inline(
  processor: Processor,
  tree: Root | Parent,
  source: string,
  from: string,
  chain: readonly string[],
  root: string,
): void {
  visit(tree, 'paragraph', (node: Paragraph, index, parent: Parent | undefined) => {
    const path = includePath(node, source);
    if (path === undefined || !parent || index === undefined) return undefined;
    // Read only from inside the page's source root (content/), symlinks resolved; the path named as written.
    const found = readInclude(path, from, root, chain);
    if (!found.ok)
      throw new Error(`${from}:${node.position?.start.line ?? '?'}: [!INCLUDE] ${found.problem}`);
    const included = processor.parse(found.body) as Root;
    inline(processor, included, found.body, found.file, [...chain, found.file], root);
    rebaseLinks(included, dirname(found.file), dirname(from));
    parent.children.splice(index, 1, ...included.children);
    return [SKIP, index + included.children.length];
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
    inline(processor, tree, String(file.value), from, [from], root);
  };
}
