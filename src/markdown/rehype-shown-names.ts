/**
 * What a screen reader reads of an element is what the page shows of it. Red team 35: an MDX page's `<a
 * href="/security/" aria-label="Privacy">Security</a>` built, and a screen reader read "Privacy, link" where the page
 * showed "Security" (axe: label-content-name-mismatch; WCAG 2.5.3, a reader speaking the words shown cannot follow it);
 * and its `<img src="/favicon.svg">` of no alt= failed axe's image-alt, a screen reader reading the image's file name.
 * Learn writes both (an old article's `<img>` without alt, which the import writes as Markdown's `![](…)`), so neither
 * fails the build: an `aria-label` that does not hold the element's shown text is left out, and an image without alt=
 * is decoration (alt=""), as Markdown's `![](…)` is (one named by aria-label= or title= keeps it), each said in a
 * warning at its line with what to write. So is an `aria-labelledby` naming other text than the link shows, and a
 * cell's `headers=` naming no header cell of its table (axe: td-headers-attr), which had a screen reader announce the
 * cell under none (red team 35 too). A heading the page shows is one for screen readers too: its `aria-hidden="true"`
 * is left out (rv53: `<h2 aria-hidden="true">` showed, and stood in "On this page", where a screen reader's list of
 * headings had none).
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { textAsShown } from '../lib/content-safety.ts';
import { holdsRightToLeftLetter } from '../lib/language-direction.ts';
import { SKIP, visit } from '../lib/tree-visit.ts';
import { hasAccessibleName } from './rehype-image-link-name.ts';
import { isJsx, jsxAttributeValue, type JsxElement } from './mdx-jsx.ts';
import { placeName } from './source-place.ts';

/** Text as compared for a name: its letters and digits as shown, in lower case, words one space apart. */
function comparable(text: string): string {
  return textAsShown(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}

/** Sets JSX attribute `name` to `value`, or removes it when `value` is undefined. */
function setAttribute(node: JsxElement, name: string, value?: string): void {
  node.attributes = node.attributes.filter(
    (attribute) => attribute.type !== 'mdxJsxAttribute' || attribute.name.toLowerCase() !== name,
  );
  if (value !== undefined) node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** Each element of the page by its id (a JSX element's id=, an element's id property), the first of each id. */
function elementsById(tree: Root): Map<string, Node> {
  const found = new Map<string, Node>();
  visit(tree, (node: Node) => {
    const id = isJsx(node)
      ? jsxAttributeValue(node.attributes, 'id')
      : node.type === 'element'
        ? (node as Element).properties['id']
        : undefined;
    if (typeof id === 'string' && !found.has(id)) found.set(id, node);
  });
  return found;
}

/** The JSX cells (td, th) of `table` and the ids of its header cells, its own rows' only (not a table inside it). */
function cellsOf(table: JsxElement): { cells: JsxElement[]; headerIds: Set<string> } {
  const cells: JsxElement[] = [];
  const headerIds = new Set<string>();
  visit(table, (node: Node) => {
    if (node === table || !isJsx(node)) return undefined;
    if (node.name === 'table') return SKIP;
    if (node.name !== 'td' && node.name !== 'th') return undefined;
    cells.push(node);
    const id = jsxAttributeValue(node.attributes, 'id');
    if (node.name === 'th' && id !== undefined) headerIds.add(id);
    return undefined;
  });
  return { cells, headerIds };
}

/** Rehype plugin: see the file comment. */
export function rehypeShownNames() {
  return (tree: Root, file: VFile) => {
    const warn = (node: Node, message: string) => {
      console.warn(`[accessible-names] ${placeName(file, node.position?.start.line)}: ${message}`);
    };
    const byId = elementsById(tree);
    const ids = (value: string) => value.split(/[\t\n\f\r ]+/).filter((id) => id !== '');
    const checkHeaders = (table: JsxElement) => {
      const { cells, headerIds } = cellsOf(table);
      for (const cell of cells) {
        const headers = jsxAttributeValue(cell.attributes, 'headers');
        const own = jsxAttributeValue(cell.attributes, 'id');
        const wrong = ids(headers ?? '').find((id) => id === own || !headerIds.has(id));
        if (headers === undefined || wrong === undefined) continue;
        setAttribute(cell, 'headers');
        warn(
          cell,
          `headers="${headers}" on <${cell.name ?? ''}> is left out: "${wrong}" is no other header cell (<th id>) of its table, so a screen reader would announce the cell under no header or a wrong one. Name the <th>s that head the cell, or leave headers= out (a simple table needs none).`,
        );
      }
    };
    // Only what content writes as HTML (JSX of an .mdx page; a .md page may hold none): the build's own names stay.
    visit(tree, (node: Node) => {
      if (!isJsx(node)) return;
      const tag = node.name ?? '';
      // Alt text of blanks alone (alt=" ") is none either: axe's image-alt reads it so, a screen reader too.
      const alt = tag === 'img' ? jsxAttributeValue(node.attributes, 'alt') : '';
      // An image named by its aria-label or title instead (axe's image-alt passes it) keeps it: alt="" would hide it.
      const blank = alt !== undefined && alt !== '' && textAsShown(alt) === '';
      if ((alt === undefined && !hasAccessibleName(node)) || blank) {
        setAttribute(node, 'alt', '');
        warn(
          node,
          `an <img> without alt= (or of blanks alone) is read as decoration (alt=""), which a screen reader passes over. Write alt= saying what it shows, or alt="" where it only decorates.`,
        );
      }
      // dir="rtl" around text of no right-to-left letter only reorders what it shows: "100 - 200" shows as
      // "200 - 100", while a screen reader, search and the Markdown copy read "100 - 200" (red team 35).
      const dir = jsxAttributeValue(node.attributes, 'dir');
      if (dir?.trim().toLowerCase() === 'rtl' && !holdsRightToLeftLetter(toString(node))) {
        setAttribute(node, 'dir');
        warn(
          node,
          `dir="rtl" on <${tag}> is left out: its text holds no right-to-left letter (Arabic, Hebrew…), so it would only show its words and numbers in another order than a screen reader, search and the Markdown copy read them. Write the text in the order it is read; dir="rtl" marks text of a right-to-left script.`,
        );
      }
      // A heading is how a screen reader moves through the page, as "On this page" lists it: one the page shows is
      // not hidden from it.
      if (
        /^h[1-6]$/i.test(tag) &&
        jsxAttributeValue(node.attributes, 'aria-hidden')?.trim().toLowerCase() === 'true'
      ) {
        setAttribute(node, 'aria-hidden');
        warn(
          node,
          `aria-hidden="true" on <${tag}> is left out: the page shows the heading and "On this page" lists it, so a screen reader, which moves through a page by its headings, would miss a section others see. Write the text as a paragraph if it heads nothing.`,
        );
      }
      // A table's cells' headers= name its header cells (axe's td-headers-attr): one naming anything else has a
      // screen reader announce the cell under a wrong header, or none.
      if (tag === 'table') checkHeaders(node);
      // A link or a <summary> is named by its text (axe's label-content-name-mismatch reads those that are), or by
      // the text of the elements aria-labelledby names.
      if (tag !== 'a' && tag !== 'summary') return;
      const shown = comparable(toString(node));
      if (shown === '') return;
      for (const name of ['aria-label', 'aria-labelledby']) {
        const value = jsxAttributeValue(node.attributes, name);
        if (value === undefined) continue;
        const read =
          name === 'aria-label'
            ? value
            : ids(value)
                .map((id) => {
                  const target = byId.get(id);
                  return target === undefined ? '' : toString(target as Element);
                })
                .join(' ');
        if (comparable(read).includes(shown)) continue;
        setAttribute(node, name);
        warn(
          node,
          `${name}="${value}" on <${tag}> is left out: a screen reader would read ${name === 'aria-label' ? 'it' : `"${read.trim()}"`} in place of the text the page shows, "${shown}". Write the words to be read as the element's text, or ${name === 'aria-label' ? 'an aria-label' : 'name elements whose text'} that holds it.`,
        );
      }
    });
  };
}
