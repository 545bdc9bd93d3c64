/**
 * unist-util-visit's `visit` (its types, tests, order and answers: SKIP, EXIT, an index to go on from),
 * without what that one does for every node it passes: a new closure whose `name` it sets for stack traces
 * (Object.defineProperty, the Markdown pipeline's costliest call) and a new list of the node's ancestors.
 * The render workers' plugins walk each page's tree about thirty times. A visitors object ({ enter, exit })
 * goes to unist-util-visit itself.
 */
import type { Node, Parent } from 'unist';
import { convert, type Check } from 'unist-util-is';
import { CONTINUE, EXIT, SKIP, visit as unistVisit, type VisitorResult } from 'unist-util-visit';

export { CONTINUE, EXIT, SKIP };
export type { VisitorResult };

type Visitor = (node: Node, index: number | undefined, parent: Parent | undefined) => VisitorResult;
type Action = readonly [unknown?, number?];

const GO_ON: Action = [];

/** A visitor's answer as unist-util-visit-parents reads it: [action, index to go on from]. */
function toAction(value: VisitorResult): Action {
  if (Array.isArray(value)) return value as Action;
  if (typeof value === 'number') return [CONTINUE, value];
  return value === null || value === undefined ? GO_ON : [value];
}

function walk(tree: Node, check: Check | undefined, visitor: Visitor, reverse: boolean): void {
  const step = reverse ? -1 : 1;
  const one = (node: Node, index: number | undefined, parent: Parent | undefined): Action => {
    const action =
      check === undefined || check(node, index, parent) ? toAction(visitor(node, index, parent)) : GO_ON;
    if (action[0] === EXIT) return action;
    // Read anew at each step, as unist-util-visit-parents does: a visitor may change the children.
    const self = node as Partial<Parent>;
    if (self.children && action[0] !== SKIP) {
      let offset = reverse ? self.children.length - 1 : 0;
      while (offset > -1 && offset < self.children.length) {
        const next = one(self.children[offset] as Node, offset, self as Parent);
        if (next[0] === EXIT) return next;
        offset = typeof next[1] === 'number' ? next[1] : offset + step;
      }
    }
    return action;
  };
  one(tree, undefined, undefined);
}

/** unist-util-visit's `visit`: `visitor` on each node of `tree` that passes the test, parents first. */
export const visit = ((
  tree: unknown,
  testOrVisitor: unknown,
  visitorOrReverse?: unknown,
  maybeReverse?: unknown,
) => {
  // As unist-util-visit reads its arguments: a visitor (or visitors object) third means a test second.
  const tested =
    typeof visitorOrReverse === 'function' ||
    (typeof visitorOrReverse === 'object' && visitorOrReverse !== null);
  const visitor = tested ? visitorOrReverse : testOrVisitor;
  if (typeof visitor !== 'function' || tree === null || typeof tree !== 'object') {
    // Visitors objects, and unist-util-visit's errors for what is no tree or visitor.
    (unistVisit as (...args: unknown[]) => void)(tree, testOrVisitor, visitorOrReverse, maybeReverse);
    return;
  }
  const test = tested ? testOrVisitor : undefined;
  walk(
    tree as Node,
    test === undefined || test === null ? undefined : convert(test as Parameters<typeof convert>[0]),
    visitor as Visitor,
    Boolean(tested ? maybeReverse : visitorOrReverse),
  );
}) as typeof unistVisit;
