/**
 * GFM's address linking run only where text may hold an address (src/markdown/gfm-addresses.ts): the same
 * trees as remark-gfm's, and the transform skipped for a tree whose text holds none.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PhrasingContent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { mayHoldAddress, remarkGfmAddressed, whenAddressed } from '../../src/markdown/gfm-addresses.ts';

const PAGES = [
  'Plain text, **strong** and a [link](https://example.com/a).',
  'Go to https://example.com/b or www.example.com, or write to help@example.com.',
  'Escaped and encoded: https&#x3a;//example.com/c, WWW.EXAMPLE.COM, name&#64;example.com.',
  'A link whose text is an address: [https://example.com/d](https://example.com/e) and [x@example.com][r].\n\n[r]: https://example.com/f',
  '| a | b |\n| - | - |\n| see www.example.org | ~~gone~~ |\n\n- [ ] task[^1]\n\n[^1]: note@example.com',
];

/** The tree remark-parse gives `markdown` with remarkGfmAddressed (`addressed`) or remark-gfm. */
const parsed = (markdown: string, addressed: boolean) =>
  addressed
    ? unified().use(remarkParse).use(remarkGfmAddressed).parse(markdown)
    : unified().use(remarkParse).use(remarkGfm).parse(markdown);

test('the trees are those remark-gfm makes', () => {
  for (const page of PAGES) assert.deepEqual(parsed(page, true), parsed(page, false), page);
});

test('the address transform runs only on a tree whose text outside links may hold an address', () => {
  const seen: string[] = [];
  const transform = whenAddressed((tree: Root) => {
    seen.push(String(tree.children.length));
  });
  const tree = (markdown: string) => unified().use(remarkParse).parse(markdown);
  transform(tree('No address here, only [a link](https://example.com) and <https://example.com/x>.'));
  assert.deepEqual(seen, []);
  transform(tree('Write to help@example.com.'));
  transform(tree('See www.example.com.'));
  assert.equal(seen.length, 2);
});

test('a tree thousands of levels deep is read without overflowing the stack, its address found or not', () => {
  // As an include of <span> nested 5,000 deep reaches the parse, before the nesting limit refuses it; deeper
  // still, so recursion fails here however well the engine has optimised it.
  const deep = (text: string): Root => {
    let node: PhrasingContent = { type: 'text', value: text };
    for (let level = 0; level < 200_000; level++) node = { type: 'emphasis', children: [node] };
    return { type: 'root', children: [{ type: 'paragraph', children: [node] }] };
  };
  assert.equal(mayHoldAddress(deep('see www.example.com')), true);
  assert.equal(mayHoldAddress(deep('no address')), false);
});
