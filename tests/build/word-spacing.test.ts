/** Words never run into links or dates: "available on Microsoft Learn", not "available onMicrosoft Learn". */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { DIST, readPage } from '../support/built-site.ts';
import { listDistPages } from '../support/dist-pages.ts';

/** Inline elements whose text is read as words of the sentence around them. */
const GLUE_CHECKED = new Set(['a', 'time']);

/** Links and dates glued to the word before or after them, as "…on|Microsoft Learn|." pieces of text. */
function gluedLinks(tree: Root): string[] {
  const glued: string[] = [];
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!GLUE_CHECKED.has(node.tagName) || !parent || index === undefined) return;
    const before = parent.children[index - 1];
    const after = parent.children[index + 1];
    const text = toText(node).trim();
    if (before?.type === 'text' && /[\p{L}\p{N}]$/u.test(before.value) && /^[\p{L}\p{N}]/u.test(text))
      glued.push(`${before.value.slice(-20)}|${text}`);
    if (after?.type === 'text' && /^[\p{L}\p{N}]/u.test(after.value) && /[\p{L}\p{N}]$/u.test(text))
      glued.push(`${text}|${after.value.slice(0, 20)}`);
  });
  return glued;
}

for (const path of listDistPages(DIST).filter((page) => page.endsWith('/'))) {
  test(`${path}: no word runs into a link or a date`, () => {
    assert.deepEqual(gluedLinks(fromHtml(readPage(path))), []);
  });
}
