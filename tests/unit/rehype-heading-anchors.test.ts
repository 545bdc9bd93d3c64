import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { HEADING_ANCHOR_CLASS, rehypeHeadingAnchors } from '../../src/markdown/rehype-heading-anchors.ts';

test("each heading's group and link get their own properties, none copied by structuredClone", () => {
  const tree: Root = {
    type: 'root',
    children: [h('h2', { id: 'one' }, 'One'), h('h2', { id: 'two' }, 'Two')],
  };
  const clone = globalThis.structuredClone;
  let cloned = 0;
  globalThis.structuredClone = (value, options) => {
    cloned++;
    return clone(value, options);
  };
  try {
    rehypeHeadingAnchors()(tree);
  } finally {
    globalThis.structuredClone = clone;
  }
  assert.equal(cloned, 0);
  const groups = tree.children as Element[];
  assert.deepEqual(
    groups.map((group) => [group.tagName, group.properties, (group.children[1] as Element).properties]),
    ['one', 'two'].map((id) => [
      'div',
      { className: ['heading'] },
      {
        className: [HEADING_ANCHOR_CLASS],
        'data-pagefind-ignore': '',
        'data-markdown-ignore': '',
        href: `#${id}`,
      },
    ]),
  );
  // Not one object shared by every heading: a plugin after this one may change a heading's.
  const [first, second] = groups;
  assert.notEqual(first?.properties, second?.properties);
  assert.notEqual(first?.properties['className'], second?.properties['className']);
});
