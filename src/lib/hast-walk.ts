/**
 * A walk over a parsed page's nodes in document order, for code that reads every page of a large site.
 * unist-util-visit does the same with tests and a list of ancestors built for every node; at 1000 pages
 * that bookkeeping cost more than the rules it ran (a third of the post-build step's time).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** Returned by a visitor: do not walk this element's children. */
export const SKIP = 'skip';
/** Returned by a visitor: stop the walk. */
export const EXIT = 'exit';

/** What a visitor returns: SKIP, EXIT, or nothing to go on. */
export type WalkResult = typeof SKIP | typeof EXIT | undefined;

export type WalkVisitor = (node: RootContent | ElementContent, parent: Root | Element) => WalkResult;

/**
 * Calls `visitor` on every node below `tree` (not `tree` itself), parents before their children, as
 * unist-util-visit does; returns false when a visitor stopped the walk with EXIT. Like it, the walk
 * does not enter a `<template>`'s content, which the parser keeps apart from its children.
 */
export function walk(tree: Root | Element, visitor: WalkVisitor): boolean {
  for (const child of tree.children) {
    const result = visitor(child, tree);
    if (result === EXIT) return false;
    if (result !== SKIP && child.type === 'element' && !walk(child, visitor)) return false;
  }
  return true;
}

/** Calls `visitor` on every element below `tree`, as `walk` does (SKIP and EXIT alike). */
export function walkElements(
  tree: Root | Element,
  visitor: (node: Element, parent: Root | Element) => WalkResult,
): boolean {
  return walk(tree, (node, parent) => (node.type === 'element' ? visitor(node, parent) : undefined));
}

/** The first element below `tree` that `test` accepts, in document order. */
export function findElement(tree: Root | Element, test: (node: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  walkElements(tree, (node) => {
    if (!test(node)) return undefined;
    found = node;
    return EXIT;
  });
  return found;
}

/** The rows of a table element: its own `tr`s and those of its `thead`, `tbody` and `tfoot` (not a nested table's). */
export function tableRows(table: Element): Element[] {
  return table.children.flatMap((child) => {
    if (child.type !== 'element') return [];
    if (child.tagName === 'tr') return [child];
    return ['thead', 'tbody', 'tfoot'].includes(child.tagName) ? tableRows(child) : [];
  });
}
