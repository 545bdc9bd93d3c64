/**
 * GFM's linking of bare addresses (autolink literals: `https://…`, `www.…`, `name@host`) run only on a tree
 * whose text may hold one. mdast-util-gfm's transform walks the whole tree with findAndReplace, once per
 * pattern and a closure per node, on every page, though most pages' text holds no address: about a tenth of
 * a render worker's time at 1000 pages.
 */
import type { Link, Nodes, Root } from 'mdast';
import type { Extension, Transform } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import remarkGfm, { type Options } from 'remark-gfm';
import type { Processor } from 'unified';

/** What each address GFM links in text holds (its `://`, `www.` or `@`); a text without any holds none. */
const ADDRESS_MARK = /:\/\/|www\.|@/i;

/**
 * Whether some text of `node` may hold an address GFM would link (ADDRESS_MARK): not a link's, as GFM reads it.
 * A walk with a stack of its own, not recursion: it runs inside the parse, before the nesting limit
 * (remark-nesting-limit.ts) can refuse a tree thousands of levels deep, and such a tree (an include of `<span>`
 * 5,000 deep) overflowed the call stack where the code ran unoptimised.
 */
export function mayHoldAddress(node: Nodes): boolean {
  const stack: Nodes[] = [node];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (next.type === 'text') {
      if (ADDRESS_MARK.test(next.value)) return true;
    } else if (next.type !== 'link' && next.type !== 'linkReference' && 'children' in next) {
      const children = next.children as Nodes[];
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Nodes);
    }
  }
  return false;
}

/**
 * What a GFM reader does to a document's text once it is parsed: link the addresses in it (autolink literals,
 * `https://…`, `www.…`, `name@host`), found in the text as decoded, so an escape (`https\://`, `www\.`, which
 * mdast-util-gfm writes) does not keep one from being a link.
 */
export const GFM_TEXT_TRANSFORMS = gfmFromMarkdown().flatMap((extension) => extension.transforms ?? []);

/** The URLs of the addresses GFM links in `text` (`http://www.x.y` for `www.x.y`, `mailto:a@b.c` for `a@b.c`), in order. */
export function gfmAddressesIn(text: string): string[] {
  const tree: Root = {
    type: 'root',
    children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }],
  };
  if (!mayHoldAddress(tree)) return [];
  for (const transform of GFM_TEXT_TRANSFORMS) transform(tree);
  const paragraph = tree.children[0];
  return paragraph?.type === 'paragraph'
    ? paragraph.children.filter((node): node is Link => node.type === 'link').map((link) => link.url)
    : [];
}

/** `transform` (one of GFM's text transforms) run only when the tree's text may hold an address. */
export function whenAddressed(transform: Transform): Transform {
  return (tree: Root) => (mayHoldAddress(tree) ? transform(tree) : undefined);
}

/** The tree extensions `extension` (GFM's from-markdown list) is, its transforms run only when addressed. */
function addressedOnly(extension: Extension | Extension[]): Extension | Extension[] {
  if (Array.isArray(extension)) return extension.map((one) => addressedOnly(one) as Extension);
  return extension.transforms
    ? { ...extension, transforms: extension.transforms.map(whenAddressed) }
    : extension;
}

/** remark-gfm, whose transform links addresses only in a tree whose text may hold one (mayHoldAddress). */
export function remarkGfmAddressed(this: Processor, options?: Options | null): undefined {
  const extensions = (this.data().fromMarkdownExtensions ??= []);
  const before = extensions.length;
  remarkGfm.call(this, options);
  extensions.splice(before, extensions.length - before, ...extensions.slice(before).map(addressedOnly));
}
