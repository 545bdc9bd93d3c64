/** The Markdown plugins' `visit`: unist-util-visit's walk and answers, without its per-node bookkeeping. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import type { Node, Parent } from 'unist';
import { visit as unistVisit } from 'unist-util-visit';
import { EXIT, SKIP, visit, type VisitorResult } from '../../src/lib/tree-visit.ts';

const PAGE =
  '<main><h1>One <em>two</em></h1><ul><li>a</li><li>b <code>c</code></li><li>d</li></ul>' +
  '<p>three <a href="/b/">four</a> five</p><table><tr><td>x</td></tr></table></main>';

/** Either `visit`, called with any of its argument lists (its overloads' types are not spread here). */
type Visit = (...args: unknown[]) => void;
type Step = (node: Node, index: number | undefined, parent: Parent | undefined) => VisitorResult;

/** What a walk saw: each node's name, index and parent's name, after `step` ran on it. */
function trace(run: Visit, args: (step: Step) => unknown[], step: Step = () => undefined): string[] {
  const seen: string[] = [];
  const name = (node: Node | undefined) =>
    node === undefined ? '-' : 'tagName' in node ? String(node.tagName) : node.type;
  run(
    ...args((node, index, parent) => {
      seen.push(`${name(node)}@${String(index)}<${name(parent)}`);
      return step(node, index, parent);
    }),
  );
  return seen;
}

/** The same walk with unist-util-visit and this module's `visit`, each on its own copy of the page. */
function both(args: (tree: Root, step: Step) => unknown[], step?: (tree: Root) => Step): void {
  const walks = ([unistVisit, visit] as Visit[]).map((run) => {
    const tree = fromHtml(PAGE, { fragment: true });
    const seen = trace(run, (traced) => args(tree, traced), step?.(tree));
    return { seen, tree: JSON.stringify(tree) };
  });
  assert.deepEqual(walks[1], walks[0]);
}

test('visits what unist-util-visit visits, in its order, with the same index and parent', () => {
  both((tree, step) => [tree, step]);
  both((tree, step) => [tree, step, true]);
  both((tree, step) => [tree, 'element', step]);
  both((tree, step) => [tree, { type: 'text' }, step, true]);
  both((tree, step) => [tree, ['root', 'text'], step]);
  both((tree, step) => [
    tree,
    (node: Node, index?: number | null) => index === 1 || node.type === 'root',
    step,
  ]);
});

test('SKIP, EXIT and an index to go on from are answered as unist-util-visit answers them', () => {
  const tagged = (name: string, answer: VisitorResult) => (node: Node) =>
    'tagName' in node && node.tagName === name ? answer : undefined;
  both(
    (tree, step) => [tree, step],
    () => tagged('ul', SKIP),
  );
  both(
    (tree, step) => [tree, step],
    () => tagged('code', EXIT),
  );
  both(
    (tree, step) => [tree, step, true],
    () => tagged('a', [EXIT]),
  );
  both(
    (tree, step) => [tree, 'element', step],
    () => tagged('em', [SKIP, 2]),
  );
  // A visitor that removes the node it is on and goes on from its index; one that unwraps an element.
  both(
    (tree, step) => [tree, step],
    () => (node, index, parent) => {
      if (!('tagName' in node) || parent === undefined || index === undefined) return undefined;
      if (node.tagName === 'li') {
        parent.children.splice(index, 1);
        return index;
      }
      if (node.tagName === 'p') {
        parent.children.splice(index, 1, ...(node as Element).children);
        return [SKIP, index];
      }
      return undefined;
    },
  );
});

test('a visitors object, and what is no tree, go to unist-util-visit itself', () => {
  both((tree, step) => [tree, { enter: step, exit: step }]);
  assert.throws(() => {
    visit(undefined as unknown as Root, () => undefined);
  }, /Unexpected value `undefined` for `tree`/);
});

test('sets no name on a function for each node it visits (unist-util-visit does, at a cost)', () => {
  const defineProperty = Object.defineProperty;
  let names = 0;
  Object.defineProperty = ((target: object, key: PropertyKey, attributes: PropertyDescriptor) => {
    if (typeof target === 'function' && key === 'name') names++;
    return defineProperty(target, key, attributes);
  }) as typeof Object.defineProperty;
  try {
    visit(fromHtml(PAGE, { fragment: true }), () => undefined);
  } finally {
    Object.defineProperty = defineProperty;
  }
  assert.equal(names, 0);
});
