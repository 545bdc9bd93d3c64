/** Learn's `[!INCLUDE [title](path)]` inlined from the include file; a missing include fails naming both files. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Paragraph, Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';

const INCLUDE_PARAGRAPH = /^\[!INCLUDE\s*\S?.*\]$/i;

/** The include path of a paragraph that is only `[!INCLUDE [title](path)]`, or undefined. */
function includePath(node: Paragraph): string | undefined {
  if (!INCLUDE_PARAGRAPH.test(toString(node).trim())) return undefined;
  const link = node.children.find((child) => child.type === 'link');
  return link?.type === 'link' ? link.url : undefined;
}

/** Front matter of an include file is not content. */
function stripFrontMatter(text: string): string {
  return text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
}

const RELATIVE = /^(?![a-z][a-z0-9+.-]*:|\/|#)/i;

/** Relative links of an include are written from the include's folder: rewrite them from the page's. */
function rebaseLinks(tree: Root, includeDir: string, pageDir: string): void {
  visit(tree, ['link', 'definition'], (node) => {
    const link = node as { url: string };
    if (RELATIVE.test(link.url) && link.url !== '')
      link.url = relative(pageDir, resolve(includeDir, link.url)).split(sep).join('/');
  });
}

/** Replaces include paragraphs of `tree` (the file at `from`) with the parsed include, recursively. */
function inline(processor: Processor, tree: Root | Parent, from: string, seen: readonly string[]): void {
  visit(tree, 'paragraph', (node: Paragraph, index, parent: Parent | undefined) => {
    const path = includePath(node);
    if (path === undefined || !parent || index === undefined) return undefined;
    const target = resolve(dirname(from), decodeURIComponent(path));
    if (!existsSync(target)) {
      throw new Error(
        `${from}:${node.position?.start.line ?? '?'}: [!INCLUDE] of "${path}" needs ${target}, which does not exist.`,
      );
    }
    if (seen.includes(target))
      throw new Error(`${from}: [!INCLUDE] of "${path}" includes itself (${[...seen, target].join(' → ')}).`);
    const included = processor.parse(stripFrontMatter(readFileSync(target, 'utf8'))) as Root;
    inline(processor, included, target, [...seen, target]);
    rebaseLinks(included, dirname(target), dirname(from));
    parent.children.splice(index, 1, ...included.children);
    return [SKIP, index + included.children.length];
  });
}

/** Remark plugin: include paths are relative to the page's own file, as on Learn. */
export function remarkLearnInclude(this: Processor) {
  // eslint-disable-next-line @typescript-eslint/no-this-alias -- the processor parses include files with the page's own parser
  const processor = this;
  return (tree: Root, file: VFile) => {
    const from = file.path || resolve('content/page.mdx');
    inline(processor, tree, from, [from]);
  };
}
