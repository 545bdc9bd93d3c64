/**
 * Each table header cell, caption, term and definition ends with a space, so the search index reads its
 * words apart from the next one's. Pagefind puts a break after the text of a `td`, `p`, `li`, `div` or
 * heading, not after that of a `th`, `caption`, `dt` or `dd`, and the built pages hold no white space
 * between tags: customer-insights-pr.he-il's service-limits.md (real-folder trial BY), a table headed
 * "אזור | מגבלות | הערות" (Area, Limits, Notes), was indexed as the one word "אזורמגבלותהערות", so a search
 * for "הערות" did not find it, and its excerpt showed the words run together; every table's header row so,
 * in any language. The space ends the element, where a browser shows nothing of it (an empty element gets none).
 */
import type { Element, Root } from 'hast';
import { visit } from '../lib/tree-visit.ts';

/** The elements whose text Pagefind joins to what follows them (not in its SENTENCE_SELECTORS). */
export const JOINED_ELEMENTS = new Set(['th', 'caption', 'dt', 'dd']);

/** Whether the last text inside `element` ends in white space (or it holds no text at its end). */
function endsWithSpace(element: Element): boolean {
  const last = element.children.at(-1);
  if (last === undefined) return true;
  if (last.type === 'text') return /\s$/.test(last.value);
  return last.type === 'element' ? endsWithSpace(last) : false;
}

/** Rehype plugin: see the file comment. */
export function rehypeSearchWordBreaks() {
  return (tree: Root) => {
    visit(tree, 'element', (element: Element) => {
      if (!JOINED_ELEMENTS.has(element.tagName) || element.children.length === 0) return;
      if (!endsWithSpace(element)) element.children.push({ type: 'text', value: ' ' });
    });
  };
}
