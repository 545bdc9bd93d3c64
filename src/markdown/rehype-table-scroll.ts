/**
 * Each table of a page in a box of its own that scrolls sideways when the table is wider than the page
 * (a phone, a table of many columns), so cells keep their words whole and the page itself never scrolls
 * sideways. The box is a named region a keyboard reaches (tabindex 0), to scroll it without a pointer:
 * named by the table's caption, else by the heading above it in its own part of the page (a heading inside
 * a tab panel or a block that has ended names nothing after it), else by the page's title. Two boxes of
 * one name on a page (two tables under one heading) are numbered, "Table: Limits (2)": each region is a
 * landmark, and landmarks of one role need names that tell them apart (axe: landmark-unique). A name is cut
 * to TABLE_NAME_LENGTH characters, as a reader hears it on reaching each table: a red-team heading of 300,000
 * characters named 1,000 tables under it in full (300 MB of attributes, 70 s and 2.1 GB).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import { tableRows } from '../lib/hast-walk.ts';

/** The class of the box; src/styles/global.css makes it scroll. */
export const TABLE_SCROLL_CLASS = 'table-scroll';

/**
 * The class of a cell of prose (a description of a sentence or more): global.css gives it a width to read
 * at. In a table wider than a phone every column shrinks to its longest word, and Kusto's parameter tables
 * read their descriptions two or three words a line, rows 250 to 375 px tall; the box scrolls anyway.
 */
export const PROSE_CELL_CLASS = 'prose-cell';

/** The characters from which a cell's text is prose, about three lines at a column's narrowest. */
const PROSE_CELL_LENGTH = 60;

/** Marks the prose cells (PROSE_CELL_CLASS) of a table of Markdown or HTML (not its nested tables'). */
function markProseCells(table: Element): void {
  for (const row of tableRows(table))
    for (const cell of row.children)
      if (
        cell.type === 'element' &&
        cell.tagName === 'td' &&
        toString(cell).trim().length >= PROSE_CELL_LENGTH
      ) {
        const classes = cell.properties['className'];
        cell.properties['className'] = [...(Array.isArray(classes) ? classes : []), PROSE_CELL_CLASS];
      }
}

/** The most characters of a caption, heading or title a table's box is named by (a word cut is shorter). */
export const TABLE_NAME_LENGTH = 100;

/**
 * `text` as a table's box names it: its white space one space, and past TABLE_NAME_LENGTH characters cut at
 * the end of a word (within them; a text without spaces, in Chinese or Japanese, at the length) with "…".
 */
export function tableName(text: string): string {
  const spaced = text.replace(/\s+/g, ' ').trim();
  if (spaced.length <= TABLE_NAME_LENGTH) return spaced;
  // Whole characters, not halves of a surrogate pair: a character is one or two code units.
  const characters = Array.from(spaced.slice(0, 2 * TABLE_NAME_LENGTH + 1));
  if (characters.length <= TABLE_NAME_LENGTH) return spaced;
  const head = characters.slice(0, TABLE_NAME_LENGTH).join('');
  const wordEnd = characters[TABLE_NAME_LENGTH] === ' ' ? head.length : head.lastIndexOf(' ');
  const cut = wordEnd > TABLE_NAME_LENGTH / 2 ? head.slice(0, wordEnd) : head;
  return `${cut.trimEnd()}…`;
}

/** The name of a table's box: its caption, else "Table: <heading above it, or title>", else "Table". */
function boxName(table: RootContent, heading: string | undefined): string {
  const caption =
    table.type === 'element'
      ? table.children.find(
          (child): child is Element => child.type === 'element' && child.tagName === 'caption',
        )
      : undefined;
  const text = caption ? tableName(toString(caption)) : '';
  return text || (heading ? `Table: ${heading}` : 'Table');
}

/** A table, as HTML or as an MDX page's `<table>` element. */
function isTable(node: RootContent): boolean {
  return (
    (node.type === 'element' && node.tagName === 'table') ||
    ((node.type as string) === 'mdxJsxFlowElement' && (node as { name?: string }).name === 'table')
  );
}

/** The page's title from its front matter, as Astro hands it to the Markdown and MDX plugins. */
function pageTitle(file: { data?: unknown } | undefined): string | undefined {
  const data = file?.data as { astro?: { frontmatter?: { title?: unknown } } } | undefined;
  const title = data?.astro?.frontmatter?.title;
  return typeof title === 'string' && title.trim() !== '' ? tableName(title) : undefined;
}

export function rehypeTableScroll() {
  return (tree: Root, file?: { data?: unknown }) => {
    let heading = pageTitle(file);
    /** How many boxes took each name so far: a second of one name is numbered, as landmarks must differ. */
    const named = new Map<string, number>();
    const uniqueName = (name: string) => {
      let count = (named.get(name) ?? 0) + 1;
      // A heading may itself read "Limits (2)": the next number no box has taken.
      while (count > 1 && named.has(`${name} (${count})`)) count++;
      const unique = count === 1 ? name : `${name} (${count})`;
      named.set(name, count);
      named.set(unique, Math.max(named.get(unique) ?? 0, 1));
      return unique;
    };
    const visit = (parent: Root | Element) => {
      parent.children = parent.children.map((child) => {
        if (headingRank(child) !== undefined) heading = tableName(toString(child));
        if (isTable(child)) {
          if (child.type === 'element') markProseCells(child);
          const box: Element = {
            type: 'element',
            tagName: 'div',
            properties: {
              className: [TABLE_SCROLL_CLASS],
              role: 'region',
              tabIndex: 0,
              ariaLabel: uniqueName(boxName(child, heading)),
            },
            children: [child as ElementContent],
          };
          return box;
        }
        // Into elements and an MDX page's own (a `<div>` or `<details>` holding a table).
        if (
          'children' in child &&
          (child.type === 'element' || (child.type as string) === 'mdxJsxFlowElement')
        ) {
          // A heading inside names what follows it there, not what follows the element.
          const outer = heading;
          visit(child as Element);
          heading = outer;
        }
        return child;
      });
    };
    visit(tree);
  };
}
