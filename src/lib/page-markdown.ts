/**
 * A page's text as clean Markdown, made from its built `<article>`: Learn syntax already rendered, links
 * absolute, the site's chrome (table of contents, heading anchors, link markers) left out, and the
 * attribution and licence at the top. hast-util-to-mdast and mdast-util-to-markdown do the conversion:
 * they handle every HTML construct a page can hold (tables, nested lists, figures), escaping included, but
 * a table cell's blocks, which GFM has no room for: the `table`, `td` and `th` handlers here write them on
 * the cell's one line.
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultHandlers as toMdastHandlers, toMdast, type Handle, type State } from 'hast-util-to-mdast';
import { toString } from 'hast-util-to-string';
import type {
  Blockquote,
  Break,
  Heading,
  Link,
  List,
  Nodes as MdastNodes,
  Paragraph,
  PhrasingContent,
  Root as MdastRoot,
  RootContent,
  TableCell,
  Text,
} from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import {
  defaultHandlers as toMarkdownHandlers,
  toMarkdown,
  type ConstructName,
  type Handle as ToMarkdownHandle,
  type Options as ToMarkdownOptions,
} from 'mdast-util-to-markdown';
import { toString as mdastText } from 'mdast-util-to-string';
import { SITE_TITLE, SITE_URL, SOURCE } from '../consts.ts';
import { GFM_TEXT_TRANSFORMS, mayHoldAddress } from '../markdown/gfm-addresses.ts';
import { CALLOUT_CLASSES } from '../markdown/remark-learn-alerts.ts';
import { MAX_PAGE_CHARACTERS, MAX_PAGE_TABLE_CELLS } from '../markdown/remark-nesting-limit.ts';
import { findElement, SKIP, tableRows, walkElements } from './hast-walk.ts';
import { visit } from './tree-visit.ts';
import { isUnseen } from './unseen.ts';

/** A number as a message writes it: `1,000,000`. */
const count = (value: number) => value.toLocaleString('en-US');

/**
 * Elements that are no text of the page: code, drawings (an icon's `<svg>`), controls. The site's other chrome
 * (the "Last updated" line, the table of contents, a heading's "#" link, a link's marker) carries
 * `data-markdown-ignore`, a mark content may not write (content-safety.ts): a class or `aria-hidden` content
 * can write, so a page's `<p className="toc">`, `<p aria-hidden="true">` or `<h1>` read as chrome, left its
 * visible text (a warning) out of the copy and llms-full.txt (red team 20).
 */
const CHROME_TAGS = new Set(['script', 'style', 'template', 'svg', 'noscript']);

export interface PageMarkdown {
  title: string;
  /** The page's "Last updated" date (YYYY-MM-DD), when it has one. */
  updated: string | undefined;
  markdown: string;
}

function classesOf(node: Element): string[] {
  const className = node.properties['className'];
  return Array.isArray(className) ? className.map(String) : [];
}

/** The site's chrome (`data-markdown-ignore`, CHROME_TAGS) and what no reader sees (isUnseen, a `<div hidden>`). */
function isChrome(node: Element): boolean {
  return (
    isUnseen(node) || CHROME_TAGS.has(node.tagName) || node.properties['dataMarkdownIgnore'] !== undefined
  );
}

/** A Learn article a page was imported from, which its footer credits instead of the one the site splits. */
export interface SourceArticle {
  title: string;
  url: string;
}

/**
 * A line break in a table cell as `<br>`, which GFM keeps in the cell and shows as a new line (Learn's own
 * tables write lists in cells so): mdast-util-to-markdown would write a space, as a cell holds one line.
 */
const breakInCell: ToMarkdownHandle = (node: Break, parent, state, info) =>
  state.stack.includes('tableCell') ? '<br>' : toMarkdownHandlers.break(node, parent, state, info);

/** Where phrasing is a link's address or title, not text (as mdast-util-gfm's own escapes leave them). */
const URL_CONSTRUCTS: ConstructName[] = [
  'autolink',
  'destinationLiteral',
  'destinationRaw',
  'reference',
  'titleQuote',
  'titleApostrophe',
];

/**
 * How the site writes Markdown (GFM, `-` bullets and rules, table cells not padded to their column's widest,
 * which made every row of a long table as long as its longest). Every copy is serialised from Markdown
 * nodes (writeMarkdown): text from metadata (a title, a description) is escaped as text, so no character of it
 * becomes HTML or a new block, nor a link (addressesAsCode).
 */
const MARKDOWN_OPTIONS: ToMarkdownOptions = {
  extensions: [gfmToMarkdown({ tablePipeAlign: false })],
  bullet: '-',
  // A page's rule is `***`: a line of `---` in llms-full.txt is only ever its separator between pages, which
  // content's `<hr>` before a heading and a "Page:" line had imitated (red team 19).
  rule: '*',
  handlers: { break: breakInCell },
  // Every `@` of text, and the `.` of each `www.`, escaped: GFM's parser also reads addresses in what it is given
  // as written, markers and escapes included, where the text alone holds none. This serialiser may write an
  // emphasis's marker as `_`, which an address may hold (`<b>a</b><i>me</i>@evil.example` wrote
  // `**a**_me_@evil.example`, a link to `_me_@evil.example`), and `www.` before an escape was read as a link.
  unsafe: [
    { character: '@', inConstruct: 'phrasing', notInConstruct: URL_CONSTRUCTS },
    { character: '.', before: '[Ww]{3}', inConstruct: 'phrasing', notInConstruct: URL_CONSTRUCTS },
  ],
};

/** Marks around text: emphasis, strong, strikethrough. */
const TEXT_MARKS = new Set(['emphasis', 'strong', 'delete']);

/**
 * `tree`'s text as a reader parses its Markdown back: each run of adjacent text nodes as one, and a mark
 * around nothing or white space as that text alone, which its Markdown is read back as (`https:<em></em>//x`
 * and `<em> </em>@x` wrote `**` and `_&#x20;_`, text joining the words around).
 */
function joinTexts(tree: MdastNodes): void {
  if (!('children' in tree)) return;
  const children: MdastNodes[] = [];
  for (const node of tree.children) {
    const text = TEXT_MARKS.has(node.type) ? mdastText(node) : undefined;
    const child: MdastNodes = text !== undefined && text.trim() === '' ? { type: 'text', value: text } : node;
    const last = children.at(-1);
    if (child.type === 'text' && last?.type === 'text') last.value += child.value;
    else if (child.type !== 'text' || child.value !== '')
      children.push(child.type === 'text' ? { ...child } : child);
  }
  (tree.children as MdastNodes[]) = children;
  for (const child of children) joinTexts(child);
}

/**
 * `tree` (the site's own, changed in place) with each address in its text that a GFM reader of its Markdown
 * would link written as code instead: a copy links what its page links, nothing else. Red team 25: a page showing
 * `https:<span>//evil.example/x</span>` as text (two text nodes, which neither the build's autolinks nor its link
 * check read as a link) had its Markdown copy and llms-full.txt write `https\://evil.example/x`, which GitHub's
 * and remark's GFM show as a link to evil.example; a description's `www.evil.example` in llms.txt linked
 * http://www.evil.example, a host not on the allowlist and no https.
 */
function addressesAsCode(tree: MdastNodes): void {
  joinTexts(tree);
  const links = new Set<MdastNodes>();
  const linksOf = (node: MdastNodes) => {
    if (node.type === 'link') links.add(node);
    if ('children' in node) for (const child of node.children) linksOf(child);
  };
  linksOf(tree);
  // GFM's transforms walk the whole tree with unist-util-visit: most pages' copies have no text to link.
  if (mayHoldAddress(tree)) for (const transform of GFM_TEXT_TRANSFORMS) transform(tree as MdastRoot);
  const unlink = (node: MdastNodes) => {
    if (!('children' in node)) return;
    const children: MdastNodes[] = [];
    for (const found of node.children) {
      const child: MdastNodes =
        found.type === 'link' && !links.has(found) ? { type: 'inlineCode', value: mdastText(found) } : found;
      const last = children.at(-1);
      // Code beside code as one span: two spans' backticks side by side are read as one run (`` a` ```b`).
      if (child.type === 'inlineCode' && last?.type === 'inlineCode')
        children[children.length - 1] = { type: 'inlineCode', value: last.value + child.value };
      else children.push(child);
    }
    (node.children as MdastNodes[]) = children;
    for (const child of children) unlink(child);
  };
  unlink(tree);
}

/** `tree` as the site writes Markdown (MARKDOWN_OPTIONS), its text's addresses as code (addressesAsCode). */
export function writeMarkdown(tree: MdastRoot | Blockquote): string {
  addressesAsCode(tree);
  return toMarkdown(tree, MARKDOWN_OPTIONS);
}

/** A text node of one line: whitespace, line breaks included, collapsed to a space. */
export function lineText(value: string): Text {
  return { type: 'text', value: value.replace(/\s+/g, ' ').trim() };
}

function link(url: string, label: string): Link {
  return { type: 'link', url, children: [lineText(label)] };
}

/** The attribution and licence, as the footer of every page gives them: the nodes of one paragraph. */
export function attributionNodes(fromArticle = true, article?: SourceArticle): PhrasingContent[] {
  const licence = [
    { type: 'text', value: `, ${SOURCE.copyright}, licensed under ` },
    link(SOURCE.licenceUrl, SOURCE.licence),
  ] satisfies PhrasingContent[];
  const text = (value: string): Text => ({ type: 'text', value });
  if (article) return [text('Adapted from '), link(article.url, article.title), ...licence, text('.')];
  return fromArticle
    ? [
        text('Adapted from '),
        link(SOURCE.url, SOURCE.title),
        ...licence,
        text('. The article is split into pages here; its text is unchanged.'),
      ]
    : [
        text('A page of '),
        link(`${SITE_URL}/`, SITE_TITLE),
        text(' itself, which adapts '),
        link(SOURCE.url, SOURCE.title),
        ...licence,
        text('.'),
      ];
}

/** The attribution and licence, as the footer of every page gives them, in Markdown (a `>` quote). */
export function attributionMarkdown(fromArticle = true, article?: SourceArticle): string {
  const paragraph = { type: 'paragraph', children: attributionNodes(fromArticle, article) } as const;
  return writeMarkdown({ type: 'blockquote', children: [paragraph] }).trim();
}

/**
 * The page's footer (Attribution.astro): a `<footer>` right inside `<body>`, where no content is (content is
 * inside `<main>`'s article, and a parser closes nothing of the layout's around it).
 */
function pageFooter(tree: Root): Element | undefined {
  const child = (parent: Root | Element | undefined, tag: string): Element | undefined => {
    for (const node of parent?.children ?? [])
      if (node.type === 'element' && node.tagName === tag) return node;
    return undefined;
  };
  return child(child(child(tree, 'html'), 'body'), 'footer');
}

/**
 * The article the page's footer credits (`<p data-source-article>`, its first link), when it names one. Only
 * the footer's: an MDX page's `<div data-source-article="">` with a link made its copy, and llms-full.txt,
 * credit that link instead of the article the page is made of (red team 19).
 */
function creditedArticle(tree: Root): SourceArticle | undefined {
  const footer = pageFooter(tree);
  const credit = footer && findElement(footer, (node) => node.properties['dataSourceArticle'] !== undefined);
  const link = credit && findElement(credit, (node) => node.tagName === 'a');
  const url = link?.properties['href'];
  if (!link || typeof url !== 'string') return undefined;
  return { title: toString(withoutChrome(link)).trim(), url };
}

/** `node` without the site's chrome inside it, however deep (a link's marker is in its last letter's span). */
function withoutChrome(node: Element): Element {
  return {
    ...node,
    children: node.children.flatMap((child): ElementContent[] => {
      if (child.type !== 'element') return [child];
      return isChrome(child) ? [] : [withoutChrome(child)];
    }),
  };
}

/** The `href` of the page's `<link rel="alternate" type="text/markdown">`: pages without one get no Markdown. */
export function markdownAlternate(tree: Root): string | undefined {
  let href: string | undefined;
  walkElements(tree, (node: Element) => {
    const rel = node.properties['rel'];
    if (
      node.tagName === 'link' &&
      node.properties['type'] === 'text/markdown' &&
      Array.isArray(rel) &&
      rel.includes('alternate') &&
      typeof node.properties['href'] === 'string'
    ) {
      href = node.properties['href'];
    }
    // The layout links it in <head>: a <link> in the body came with the content and is not the page's.
    return node.tagName === 'body' ? SKIP : undefined;
  });
  return href;
}

/** Learn's callout (`div.callout` with a title) as a block quote led by the label in bold. */
function calloutToQuote(node: Element): Element {
  const children = node.children.map((child): ElementContent => {
    if (child.type !== 'element' || !classesOf(child).includes(CALLOUT_CLASSES.title)) return child;
    const label: ElementContent = { type: 'text', value: toString(child).trim() };
    const strong: Element = { type: 'element', tagName: 'strong', properties: {}, children: [label] };
    return { ...child, children: [strong] };
  });
  return { type: 'element', tagName: 'blockquote', properties: {}, children };
}

/**
 * A copy of `children` as their Markdown shows them: the site's chrome left out, callouts as block quotes,
 * `href` and `src` absolute (resolved against `pageUrl`). The page's tree is left as it was.
 */
function markdownCopy(children: readonly ElementContent[], pageUrl: string): ElementContent[] {
  const copies: ElementContent[] = [];
  for (const child of children) {
    if (child.type !== 'element') {
      copies.push(child.type === 'text' ? { type: 'text', value: child.value } : child);
      continue;
    }
    if (isChrome(child)) continue;
    // A bookmark (`<a id="x"></a>`, Learn's `<a name>`) links nowhere: Markdown has no place for it, and
    // its text, if any, is the text around it (it was written `[]()`).
    if (child.tagName === 'a' && typeof child.properties['href'] !== 'string') {
      copies.push(...markdownCopy(child.children, pageUrl));
      continue;
    }
    const node = classesOf(child).includes(CALLOUT_CLASSES.box) ? calloutToQuote(child) : child;
    const properties = { ...node.properties };
    for (const attribute of ['href', 'src'] as const) {
      const value = properties[attribute];
      if (typeof value === 'string') properties[attribute] = new URL(value, pageUrl).href;
    }
    copies.push({ ...node, properties, children: markdownCopy(node.children, pageUrl) });
  }
  return copies;
}

/**
 * hast-util-to-mdast's conversion of `tree`, a copy made for it (markdownCopy's), without its clone: toMdast
 * clones what it is given (through the global `structuredClone`, which @ungap/structured-clone calls)
 * because it minifies the white space in place, and the clone was about a tenth of a page's copy, on
 * top of markdownCopy's. The clones it makes of a node it splits (a link around blocks) are copies of
 * the node already (`{...node, children: []}`), which it then fills.
 */
function toMdastOfCopy(tree: Root, options: Parameters<typeof toMdast>[1]): MdastRoot {
  const clone = globalThis.structuredClone;
  globalThis.structuredClone = <T>(value: T): T => value;
  try {
    return toMdast(tree, options) as MdastRoot;
  } finally {
    globalThis.structuredClone = clone;
  }
}

/** Markdown nodes that are text within a line (`break` ends one). */
const PHRASING = new Set([
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'link',
  'image',
  'linkReference',
  'imageReference',
  'footnoteReference',
  'html',
]);

/** How the list's `index`th item is marked on its line: `- `, `3. `, `- [x] `. */
function itemMarker(list: List, index: number): string {
  const marker = list.ordered ? `${(list.start ?? 1) + index}. ` : '- ';
  const checked = list.children[index]?.checked;
  return typeof checked === 'boolean' ? `${marker}[${checked ? 'x' : ' '}] ` : marker;
}

/**
 * The lines block content reads as in one table cell, whose Markdown is a single line: each paragraph,
 * heading, list item and line break starts a line, a list item led by its marker, a code block a code span
 * a line. mdast-util-to-markdown writes blocks in a cell as they are, line breaks and all, which ends the
 * table there (a code fence even takes the rest of the page).
 */
function cellLines(nodes: readonly MdastNodes[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  const endLine = () => {
    if (lines.at(-1)?.length) lines.push([]);
  };
  const addLines = (block: PhrasingContent[][]) => {
    endLine();
    for (const line of block) {
      lines.at(-1)?.push(...line);
      endLine();
    }
  };
  for (const node of nodes) {
    if (node.type === 'break' || node.type === 'thematicBreak') endLine();
    else if (PHRASING.has(node.type)) lines.at(-1)?.push(node as PhrasingContent);
    else if (node.type === 'code')
      addLines(
        node.value
          .split(/\r?\n|\r/)
          .filter((line) => line.trim() !== '')
          .map((line) => [{ type: 'inlineCode', value: line }]),
      );
    else if (node.type === 'list')
      addLines(
        node.children.flatMap((item, index) => {
          const [first = [], ...rest] = cellLines(item.children);
          return [[{ type: 'text', value: itemMarker(node, index) }, ...first], ...rest];
        }),
      );
    else if ('children' in node) addLines(cellLines(node.children));
  }
  return lines.filter((line) => line.length > 0);
}

/** The most columns and rows a cell spans, as a browser reads `colspan` and `rowspan` (HTML's table model). */
const MOST_COLUMNS_SPANNED = 1000;
const MOST_ROWS_SPANNED = 65_534;

/** The columns or rows a cell's `colspan` or `rowspan` (`value`) spans, as a browser reads it: 1 to `most`. */
function span(value: unknown, most: number): number {
  const count = Number.parseInt(String(value), 10);
  return Number.isFinite(count) && count > 1 ? Math.min(count, most) : 1;
}

/**
 * The most cells the Markdown copy of a page writes as GFM tables, as many as a page may hold (PAGE_LIMITS'
 * table cells, src/markdown/remark-nesting-limit.ts). A GFM table holds each row padded to the widest, and
 * hast-util-to-mdast adds an empty cell for each column and row a cell spans, however many its `colspan`
 * says: one `<td colSpan="10000000">` (200 B of MDX, an imported Learn table alike) made a copy of 80 MB,
 * and llms-full.txt another, in 85 s and 4.4 GB of the build (red team 19); a row of 10,000 cells over
 * 10,000 rows of one made 100 million cells. A table past what the page has left is written as a line a
 * row, as a table in a cell is: every word stays, in the size of the page.
 */
export const MARKDOWN_TABLE_CELLS = MAX_PAGE_TABLE_CELLS;

/**
 * The cells hast-util-to-mdast makes of `table`: its rows (and the header row it adds, and one for a caption)
 * times its widest row, each cell counted as the columns it spans, and in each row below it it spans into.
 */
export function tableGridCells(table: Element): number {
  const rows = tableRows(table);
  /** Columns that cells spanning down add to each row, as differences from the row before. */
  const spannedInto = new Array<number>(rows.length + 1).fill(0);
  let carried = 0;
  let columns = 1;
  rows.forEach((row, index) => {
    carried += spannedInto[index] ?? 0;
    let width = carried;
    for (const cell of row.children) {
      if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      const across = span(cell.properties['colSpan'], MOST_COLUMNS_SPANNED);
      const down = Math.min(span(cell.properties['rowSpan'], MOST_ROWS_SPANNED), rows.length - index);
      width += across;
      if (down > 1) {
        spannedInto[index + 1] = (spannedInto[index + 1] ?? 0) + across;
        spannedInto[index + down] = (spannedInto[index + down] ?? 0) - across;
      }
    }
    columns = Math.max(columns, width);
  });
  return (rows.length + 2) * columns;
}

/**
 * A `td` or `th` as a cell of one line: its blocks, list items and line breaks joined with breaks (`<br>`).
 * Its spans are read as a browser reads them (at most 1,000 columns and 65,534 rows).
 */
const tableCell: Handle = (state, node) => {
  const properties = {
    ...node.properties,
    colSpan: span(node.properties['colSpan'], MOST_COLUMNS_SPANNED),
    rowSpan: span(node.properties['rowSpan'], MOST_ROWS_SPANNED),
  };
  const cell = toMdastHandlers.td(state, { ...node, properties });
  cell.children = cellLines(cell.children).flatMap((line, index) =>
    index === 0 ? line : [{ type: 'break' }, ...line],
  );
  return cell;
};

/** A table as a line a row, its cells joined with "; ". */
function tableLines(state: State, node: Element): Paragraph[] {
  return tableRows(node).map((row): Paragraph => {
    const cells = state.all(row).filter((cell): cell is TableCell => cell.type === 'tableCell');
    const children = cells.flatMap((cell, index): PhrasingContent[] =>
      index === 0 ? cell.children : [{ type: 'text', value: '; ' }, ...cell.children],
    );
    return { type: 'paragraph', children };
  });
}

/**
 * The handler of a page's tables: each with its caption (which hast-util-to-mdast leaves out) as a
 * paragraph before it. A table in a cell (GFM has none) is a line a row (tableLines: hast-util-to-mdast
 * would make it one text of tabs and newlines, which ends the outer table), and so is a table whose GFM
 * cells (tableGridCells) pass the `budget.cells` the page has left of MARKDOWN_TABLE_CELLS.
 */
function tableHandler(budget: { cells: number }): Handle {
  return (state: State, node) => {
    if (state.inTable) return tableLines(state, node);
    const caption = node.children.find(
      (child): child is Element => child.type === 'element' && child.tagName === 'caption',
    );
    const before = caption ? state.toFlow(state.all(caption)) : [];
    const cells = tableGridCells(node);
    if (cells > budget.cells) {
      // As a table in a cell: its own tables are lines too.
      state.inTable = true;
      try {
        return [...before, ...tableLines(state, node)];
      } finally {
        state.inTable = false;
      }
    }
    budget.cells -= cells;
    return [...before, toMdastHandlers.table(state, node)];
  };
}

/**
 * The most characters the lines of a page's Markdown copy may be indented by in all, as many as a page
 * may hold (MAX_PAGE_CHARACTERS, src/markdown/remark-nesting-limit.ts). Each line of a block in quotes,
 * list items and footnotes repeats their marks (`> `, an ordered item's number, `. ` and a space); in a
 * Markdown page the source repeats them too, but HTML lists and quotes nest with no indent at all: 31
 * `<ol start="100000000000000000000"><li>` around a code block of 400,000 one-letter lines (800 KB of
 * MDX) made a copy of 286 MB, and llms-full.txt another, in 81 s and 1.9 GB of the build (red team 19).
 */
export const MARKDOWN_INDENTATION = MAX_PAGE_CHARACTERS;

/** Node types that are lines of their own in a copy (besides line breaks in text and code). */
const LINE_NODES = new Set(['paragraph', 'heading', 'thematicBreak', 'tableRow', 'definition', 'break']);

/** How far `child`, the `index`th child of `parent`, is indented in the copy beyond its parent's lines. */
function inset(parent: MdastNodes, index: number): number {
  if (parent.type === 'blockquote') return 2;
  if (parent.type === 'footnoteDefinition') return 4;
  if (parent.type !== 'list') return 0;
  return parent.ordered ? String((parent.start ?? 1) + index).length + 2 : 2;
}

/** How many line breaks `text` holds. */
function newlines(text: string): number {
  let found = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) found++;
  return found;
}

/**
 * About how many characters the copy of `tree` indents its lines by in all: each line (a block, a line
 * break, a line of code or text) times the indents of the quotes, list items and footnotes around it.
 */
export function markdownIndentation(tree: MdastNodes): number {
  let total = 0;
  const stack: { node: MdastNodes; indent: number }[] = [{ node: tree, indent: 0 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { node, indent } = next;
    if (LINE_NODES.has(node.type)) total += indent;
    if (node.type === 'code') total += 2 * indent;
    if ('value' in node) total += indent * (newlines(node.value) + (node.type === 'code' ? 1 : 0));
    if ('children' in node)
      node.children.forEach((child, index) => {
        stack.push({ node: child, indent: indent + inset(node, index) });
      });
  }
  return total;
}

/** A page whose Markdown copy would pass MARKDOWN_INDENTATION: the copy is not made. */
export class MarkdownCopyTooLarge extends Error {}

/**
 * The layout's `tagName` element with class `className` (or any) right inside the article: its title (`h1`),
 * its "Last updated" line (`p.updated`). Content is deeper (`div.content`), so its own `<h1>` or
 * `<p className="updated">` is never taken for the page's.
 */
function layoutChild(article: Element, tagName: string, className?: string): Element | undefined {
  for (const child of article.children)
    if (
      child.type === 'element' &&
      child.tagName === tagName &&
      (className === undefined || classesOf(child).includes(className))
    )
      return child;
  return undefined;
}

/** The date of the article's "Last updated" line (`p.updated time[datetime]`), if it has one. */
function updatedDate(article: Element): string | undefined {
  const line = layoutChild(article, 'p', 'updated');
  const time = line && findElement(line, (node) => node.tagName === 'time');
  const datetime = time?.properties['dateTime'];
  return typeof datetime === 'string' ? datetime : undefined;
}

/**
 * `body`'s headings (changed in place) all below the page's title, which the copy writes as its one `#`: a content
 * h1, and every heading after one, a level deeper (h6 stays h6). In llms-full.txt a page starts at its `#` title
 * after a `---`; red team 27's content `<hr />`, `# Privacy` and a quote of the credit and "Page:" line read
 * there, to Markdown and to a reader alike, as the start of the site's Privacy page, with text of its own.
 */
function headingsBelowTitle(body: MdastRoot): void {
  let deeper = 0;
  visit(body, 'heading', (heading: Heading) => {
    if (heading.depth === 1) deeper = 1;
    heading.depth = Math.min(6, heading.depth + deeper) as Heading['depth'];
  });
}

/** MathML's token elements, whose text is read as written: an identifier, number, operator, text, string. */
const MATH_TOKENS = new Set(['mi', 'mn', 'mo', 'mtext', 'ms']);

/** MathML's layouts of their parts (base, script; numerator, denominator; radicand, index) as linear text. */
const MATH_LAYOUTS: Record<string, (parts: string[]) => string> = {
  msup: ([base = '', sup = '']) => `${base}^${sup}`,
  mover: ([base = '', over = '']) => `${base}^${over}`,
  msub: ([base = '', sub = '']) => `${base}_${sub}`,
  munder: ([base = '', under = '']) => `${base}_${under}`,
  msubsup: ([base = '', sub = '', sup = '']) => `${base}_${sub}^${sup}`,
  munderover: ([base = '', under = '', over = '']) => `${base}_${under}^${over}`,
  mfrac: ([numerator = '', denominator = '']) => `${numerator}/${denominator}`,
  mroot: ([radicand = '', index = '']) => `${index}√${radicand}`,
};

/**
 * A MathML element's text as a formula is written in a line ("E=mc^2", "(-b)/(2a)", "√(x^2+1)"), where its text
 * alone (red team 27's a12fb62) read "E=mc2" and "-b2a": a script, fraction or root's part of more than one
 * character is in parentheses.
 */
function mathText(node: Element): string {
  if (MATH_TOKENS.has(node.tagName)) return toString(node).replace(/\s+/g, ' ');
  const parts = node.children.flatMap((child) =>
    child.type === 'element'
      ? [mathText(child)]
      : child.type === 'text' && child.value.trim() !== ''
        ? [child.value.trim()]
        : [],
  );
  const grouped = (part: string) => ([...new Intl.Segmenter().segment(part)].length > 1 ? `(${part})` : part);
  if (node.tagName === 'msqrt') return `√${grouped(parts.join(''))}`;
  const layout = MATH_LAYOUTS[node.tagName];
  return layout === undefined ? parts.join('') : layout(parts.map(grouped));
}

/**
 * GFM's footnotes as Markdown's own (`[^1]` and `[^1]: …`), numbered as the page shows them: the page's
 * reference (remark-rehype's `a[data-footnote-ref]`, its text the number) a footnote reference, its link
 * back from the note nothing. Any other link, or one whose text is not a number, as hast-util-to-mdast makes it.
 */
const footnoteLink: Handle = (state, node) => {
  if (node.properties['dataFootnoteBackref'] !== undefined) return undefined;
  const label = node.properties['dataFootnoteRef'] === undefined ? '' : toString(node).trim();
  if (!/^\d+$/.test(label)) return toMdastHandlers.a(state, node);
  return { type: 'footnoteReference', identifier: label, label };
};

/** The page's footnotes (`section[data-footnotes]`): each item of its list the definition of its number. */
const footnotesSection: Handle = (state, node) => {
  if (node.properties['dataFootnotes'] === undefined) return state.all(node);
  const list = node.children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'ol',
  );
  const items = (list?.children ?? []).filter(
    (child): child is Element => child.type === 'element' && child.tagName === 'li',
  );
  return items.map((item, index) => {
    const label = String(index + 1);
    return {
      type: 'footnoteDefinition',
      identifier: label,
      label,
      children: state.toFlow(state.all(item)),
    };
  });
};

/**
 * The Markdown of the page `tree` (its built HTML, parsed), published at `pageUrl` (absolute): its H1,
 * the attribution (`fromArticle`: it is one of the article's pages, not the site's own), where it
 * lives and when it was updated, then the article's text. Leaves `tree` as it was.
 */
export function pageMarkdown(tree: Root | string, pageUrl: string, fromArticle = true): PageMarkdown {
  const page = typeof tree === 'string' ? fromHtml(tree) : tree;
  const article = findElement(page, (node) => node.tagName === 'article');
  if (!article) throw new Error(`${pageUrl} has no <article> to make Markdown of.`);
  const updated = updatedDate(article);
  // The page's title is the layout's H1, which the copy writes first as its own; a content H1 is text.
  const heading = layoutChild(article, 'h1');
  const title = heading ? toString(heading).trim() : '';
  const body = toMdastOfCopy(
    {
      type: 'root',
      children: markdownCopy(
        article.children.filter((child) => child !== heading),
        pageUrl,
      ),
    },
    {
      handlers: {
        table: tableHandler({ cells: MARKDOWN_TABLE_CELLS }),
        td: tableCell,
        th: tableCell,
        // What hast-util-to-mdast leaves out though a reader sees it (red team 26 and 27): MathML's text, an open
        // <dialog>'s content (a closed one is unseen, gone already) and a <menu>, which shows as the list it is.
        math: (_state, node) => ({ type: 'text', value: mathText(node) }),
        dialog: (state, node) => state.all(node),
        menu: toMdastHandlers.ul,
        // A line-break opportunity (a long name's, rehype-name-breaks) is nothing in Markdown: not the zero-width
        // space hast-util-to-mdast makes of it, which a name copied from the page would carry into code.
        wbr: () => undefined,
        a: footnoteLink,
        section: footnotesSection,
      },
    },
  );
  headingsBelowTitle(body);
  const indentation = markdownIndentation(body);
  if (indentation > MARKDOWN_INDENTATION)
    throw new MarkdownCopyTooLarge(
      `its Markdown copy would indent its lines by about ${count(indentation)} characters in all, more than the ${count(MARKDOWN_INDENTATION)} a page may hold: each line in a list item, quote or footnote repeats their marks and indents (an item numbered 100 indents 5 columns), and HTML lists and quotes (<ol>, <blockquote>) nest in the source without them. Nest fewer lists or quotes around long code or text, number lists from smaller numbers, or split the page.`,
    );
  // The title, the credit and where the page lives, as nodes: the title is text, whatever it holds.
  const about: PhrasingContent[] = [
    { type: 'text', value: 'Page: ' },
    { type: 'link', url: pageUrl, children: [{ type: 'text', value: pageUrl }] },
    ...(updated ? [{ type: 'text', value: ` · Last updated: ${updated}` } as const] : []),
  ];
  const header: RootContent[] = [
    { type: 'heading', depth: 1, children: [lineText(title)] },
    {
      type: 'blockquote',
      children: [
        { type: 'paragraph', children: attributionNodes(fromArticle, creditedArticle(page)) },
        { type: 'paragraph', children: about },
      ],
    },
  ];
  const markdown = writeMarkdown({ type: 'root', children: [...header, ...body.children] });
  return { title, updated, markdown };
}

/** Where the Markdown of the page at `pagePath` (`/`, `/privacy/`) is published: `/index.md`, `/privacy/index.md`. */
export function markdownPath(pagePath: string): string {
  return `${pagePath.endsWith('/') ? pagePath : `${pagePath}/`}index.md`;
}
