import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMarkdown } from '../../src/lib/learn/parse-markdown.ts';

test('a parsed tree cannot be changed by the pass that asked for it: the next pass may be given the same tree', () => {
  const text = '# Title\n\nA [link](https://example.com/) and `code`.\n';
  const tree = parseMarkdown(text);
  const paragraph = tree.children[1];
  assert.equal(paragraph?.type, 'paragraph');
  assert.throws(() => {
    (tree.children as unknown[]).push({ type: 'thematicBreak' });
  }, TypeError);
  assert.throws(() => {
    Object.assign(paragraph, { type: 'heading' });
  }, TypeError);
  assert.equal(parseMarkdown(text).children.length, 2);
  assert.equal(parseMarkdown(text).children[1]?.type, 'paragraph');
});

test('a tree thousands of levels deep is frozen whole, without overflowing the stack', () => {
  const depth = 3000;
  let tree = parseMarkdown(`${'> '.repeat(depth)}deep\n`);
  let levels = 0;
  let node: { children?: unknown[] } = tree;
  while (node.children?.[0] !== undefined) {
    assert.ok(Object.isFrozen(node));
    node = node.children[0] as { children?: unknown[] };
    levels++;
  }
  assert.ok(Object.isFrozen(node));
  assert.ok(levels > depth, `${levels} levels`);
  tree = parseMarkdown('another text\n');
  assert.ok(Object.isFrozen(tree.children[0]));
});
