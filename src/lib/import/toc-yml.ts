/**
 * A Learn table of contents as the order of its articles: the sidebar order of the imported pages. Learn
 * writes it as `TOC.yml`, or as docfx's Markdown TOC, `TOC.md` (`# [Name](a.md)`, a deeper heading an item
 * of the one above it; dynamics365smb-docs so): both are read into the same nodes, with the TOCs a TOC names
 * read in under the nodes naming them, as docfx nests them (readToc).
 */
import { dirname, posix, relative, resolve, sep } from 'node:path';
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isScalar, LineCounter, parseDocument, visit, type Scalar } from 'yaml';
import { FRONT_MATTER } from '../learn/syntax.ts';
import { parseMarkdown } from '../learn/parse-markdown.ts';
import { GROUP_SEPARATOR, isContentPage, sameLabel } from '../navigation.ts';
import { FIELD_LIMITS } from '../page-schema.ts';
import { classifyUrl, isRelativeReference } from '../url-class.ts';
import { slashedHref, slashedMessage } from './links.ts';
import { readYaml, yamlError } from './source-error.ts';
import { leavesFolder } from '../learn/source-files.ts';
import { decoded } from '../learn-links.ts';

export interface TocEntry {
  /** The `href` as written, relative to the TOC file (`mdb-overview.md`). */
  href: string;
  /** The TOC's `name`, Learn's short label for the sidebar. */
  name: string;
  /** The sidebar group: the path of TOC nodes the entry is listed under, GROUP_SEPARATOR between them (see readTocYml). */
  group?: string;
}

interface TocNode {
  name?: unknown;
  href?: unknown;
  /** The uid of the article it lists, in place of an href (office-docs-powershell's TOCs list cmdlets so). */
  uid?: unknown;
  items?: unknown;
}

/**
 * The imported articles by their uid (articleUid, src/lib/import/front-matter.ts), in lower case, each as an
 * href from the TOC's folder: what a TOC entry's `uid:` names, as docfx resolves it.
 */
export type TocUids = ReadonlyMap<string, string>;

/** The href of the article a TOC entry's `uid` names, as docfx resolves it (undefined for none). */
function uidHref(uid: string, uids: TocUids | undefined): string | undefined {
  return uids?.get(uid.trim().toLowerCase());
}

/**
 * The href a TOC node lists: its own (a `\` in its path read as `/`, as Learn and browsers read it:
 * slashedHref), else that of the article its `uid` names (undefined for none).
 */
function nodeHref(node: TocNode, uids: TocUids | undefined): string | undefined {
  if (typeof node.href === 'string') return slashedHref(node.href) ?? node.href;
  return typeof node.uid === 'string' ? uidHref(node.uid, uids) : undefined;
}

/** A named TOC node with items: a sidebar group. */
interface GroupNode {
  name: string;
  parent: GroupNode | undefined;
}

/** Whether `path` is a table of contents by its name (`TOC.yml`, `toc.md`), which docfx never publishes as an article. */
export function isTocFile(path: string): boolean {
  return /(?:^|[\\/])toc\.(?:yml|md)$/i.test(path);
}

/** Whether the TOC `file` is docfx's Markdown TOC (`TOC.md`) rather than YAML. */
function isMarkdownToc(file: string): boolean {
  return /\.md$/i.test(file);
}

/** A node of a Markdown TOC, with the line of its heading. */
interface MarkdownTocNode {
  name: string;
  href?: string;
  line: number;
  items: MarkdownTocNode[];
}

/** A line that is an ATX heading (up to three spaces, one to six `#`, then a space, a tab or its end), or blank. */
const HEADING_OR_BLANK_LINE = /^(?: {0,3}#{1,6}(?:[ \t].*)?|[ \t]*)$/;

/** How many lines of a TOC of headings alone are parsed at once. */
const TOC_CHUNK_LINES = 200;

/**
 * The top-level headings of a Markdown TOC's body, with their lines. A TOC of heading lines alone (and blank
 * ones), as VBA-Docs' 2.1 MB api/TOC.md is (real-folder trial CG), is parsed 200 lines at a time: each such
 * line is a block of its own, so the headings are the same, and the parser's time and memory grow with the
 * size of what it holds (60,000 such headings, 2.3 MB: read in 4.6 s and 0.6 GB, not 8.6 s and 1.4 GB). Any
 * other line (a paragraph, a list, a fence) and the TOC is parsed whole.
 */
function tocHeadings(body: string): { block: Heading; line: number }[] {
  const headings: { block: Heading; line: number }[] = [];
  for (const { text, linesBefore } of tocPieces(body))
    for (const block of parseMarkdown(text).children)
      if (block.type === 'heading')
        headings.push({ block, line: linesBefore + (block.position?.start.line ?? 1) });
  return headings;
}

/**
 * The pieces a Markdown TOC's body is parsed in (tocHeadings), each with the lines before it: TOC_CHUNK_LINES
 * lines at a time when every line is a heading or blank, else the body whole.
 */
export function tocPieces(body: string): { text: string; linesBefore: number }[] {
  const lines = body.split('\n');
  const chunk = lines.every((line) => HEADING_OR_BLANK_LINE.test(line)) ? TOC_CHUNK_LINES : lines.length;
  const pieces: { text: string; linesBefore: number }[] = [];
  for (let start = 0; start < lines.length; start += chunk)
    pieces.push({ text: lines.slice(start, start + chunk).join('\n'), linesBefore: start });
  return pieces;
}

/**
 * The nodes of docfx's Markdown TOC: each heading a node, named by its text, with the href of its link if
 * it has one (`# [Overview](overview.md)`; `# Setup` is a group), a heading deeper than the one above it an
 * item of that one. Front matter, which such a TOC may have, is left out; lines count as in the file.
 */
function markdownTocNodes(text: string): MarkdownTocNode[] {
  const frontMatter = FRONT_MATTER.exec(text)?.[0] ?? '';
  const linesBefore = frontMatter.split('\n').length - 1;
  const roots: MarkdownTocNode[] = [];
  const open: { depth: number; node: MarkdownTocNode }[] = [];
  for (const { block, line } of tocHeadings(text.slice(frontMatter.length))) {
    const link = block.children.find((child) => child.type === 'link');
    const node: MarkdownTocNode = {
      name: toString(link ?? block).trim(),
      ...(link && link.url !== '' ? { href: link.url } : {}),
      line: linesBefore + line,
      items: [],
    };
    while ((open.at(-1)?.depth ?? 0) >= block.depth) open.pop();
    (open.at(-1)?.node.items ?? roots).push(node);
    open.push({ depth: block.depth, node });
  }
  return roots;
}

/** An href or uid of a TOC, with its line, in reading order. */
type TocLineEntry = { href: string; line: number } | { uid: string; line: number };

/** Every href of a TOC with its line, in reading order (an entry written as a `uid:`, its uid): what tocNotes judges. */
function hrefLines(text: string, file: string, markdownNodes?: readonly MarkdownTocNode[]): TocLineEntry[] {
  const found: TocLineEntry[] = [];
  if (isMarkdownToc(file)) {
    const walk = (nodes: readonly MarkdownTocNode[]): void => {
      for (const node of nodes) {
        if (node.href !== undefined) found.push({ href: node.href, line: node.line });
        walk(node.items);
      }
    };
    // The nodes tocDocument read, when given: a TOC.md is parsed once.
    walk(markdownNodes ?? markdownTocNodes(text));
    return found;
  }
  const lineCounter = new LineCounter();
  const lineOf = (node: Scalar) => lineCounter.linePos(node.range?.[0] ?? 0).line;
  visit(parseDocument(text, { lineCounter }), {
    Map(_key, map) {
      const href = map.get('href', true);
      const uid = map.get('uid', true);
      if (isScalar(href) && typeof href.value === 'string')
        found.push({ href: href.value, line: lineOf(href) });
      else if (isScalar(uid) && typeof uid.value === 'string')
        found.push({ uid: uid.value, line: lineOf(uid) });
    },
  });
  return found;
}

/** A TOC file's top-level items, its YAML warnings, and the line of an item's href (or uid) by its path in them. */
interface TocDocument {
  items: unknown[] | undefined;
  warnings: { line: number; message: string }[];
  lineOf: (node: TocNode) => number;
  /** A TOC.md's nodes as read, for its hrefs' lines. */
  markdownNodes?: readonly MarkdownTocNode[];
}

/**
 * The top-level items of a TOC (a TOC.yml's list, or a document whose `items` is one; a TOC.md's top
 * headings: items undefined when it has none); an error naming `file` when a TOC.yml is not YAML.
 */
function tocDocument(text: string, file: string): TocDocument {
  if (isMarkdownToc(file)) {
    const nodes = markdownTocNodes(text);
    return {
      items: nodes.length > 0 ? nodes : undefined,
      warnings: [],
      lineOf: (node) => (node as MarkdownTocNode).line,
      markdownNodes: nodes,
    };
  }
  let read: ReturnType<typeof readYaml>;
  try {
    read = readYaml(text);
  } catch (error) {
    // Its line and the parser's first line, never the parser's frame of the file's text (red-team round 13).
    throw yamlError(file, 0, 'the TOC', error);
  }
  const { data, warnings } = read;
  const listed = Array.isArray(data) ? data : (data as { items?: unknown } | null)?.items;
  /** Each node's path in the YAML document, for its lines. */
  const paths = new WeakMap<object, (string | number)[]>();
  const mark = (nodes: unknown[], at: (string | number)[]): void => {
    nodes.forEach((item, index) => {
      if (item === null || typeof item !== 'object') return;
      const node = item as TocNode;
      const path = [...at, index];
      paths.set(node, path);
      // A list under `href:` (power-platform's alm TOC), where docfx reads one file's path: its items, said.
      if (Array.isArray(node.href) && node.items === undefined) {
        const name = typeof node.name === 'string' ? `"${node.name}"` : 'A node';
        warnings.push({
          line: read.lineOf([...path, 'href']),
          message: `${name} lists its entries under "href:", which names one file: they are read as its items; write "items:" there.`,
        });
        node.items = node.href;
        delete node.href;
        mark(node.items as unknown[], [...path, 'href']);
      } else if (Array.isArray(node.items)) mark(node.items, [...path, 'items']);
    });
  };
  if (Array.isArray(listed)) mark(listed, Array.isArray(data) ? [] : ['items']);
  const lineOf = (node: TocNode): number =>
    read.lineOf([...(paths.get(node) ?? []), typeof node.href === 'string' ? 'href' : 'uid']);
  return { items: Array.isArray(listed) ? listed : undefined, warnings, lineOf };
}

/**
 * What reading a TOC with the TOCs it names may do, as the include limits bound a page's includes
 * (INCLUDE_LIMITS): a TOC naming another several times, each naming the next, multiplies. Learn's deepest
 * nestings (cpp-docs: docs/toc.yml › parallel › amp › reference) are a few levels and a few hundred TOCs.
 */
export const NESTED_TOC_LIMITS = { depth: 10, tocs: 1000, characters: 50_000_000 };

/** A TOC another names, read through the confined access (toc-reader.ts), or why it is not read. */
export type NestedTocRead = { ok: true; path: string; text: string } | { ok: false; problem: string };

/** How readToc reads the TOCs a TOC names: `read` the href `written` in the TOC `from`; `real` a file's real path. */
export interface NestedTocReader {
  read(written: string, from: string): NestedTocRead;
  real(file: string): string;
}

/** An href or uid of one of the TOCs read, with the file and line it is written at. */
type TocLine = { file: string; line: number } & ({ written: string; href: string } | { uid: string });

/**
 * A TOC with the TOCs it names read in, as docfx nests them (readToc): what readTocYml, tocNotes,
 * tocArticlePaths and tocTitle read.
 */
export interface TocTree {
  /** The top TOC's items, a node naming a TOC holding that TOC's, every href from the top TOC's folder. */
  items: unknown[] | undefined;
  /** Every href and uid of the TOCs read, in reading order, each href from the top TOC's folder. */
  lines: TocLine[];
  /** What reading them said: YAML warnings, and each TOC named that is not read and why. */
  notes: TocNote[];
  /** The files read, by their real path: the top TOC's and those it names. */
  files: string[];
}

/**
 * An href written in the TOC `file` (a `\` read as `/`: slashedHref) as one written in the TOC `top`: a
 * relative path resolved from the folder of `file`, then written from that of `top`; anything else as is.
 */
function fromTopToc(written: string, file: string, top: string): string {
  const href = slashedHref(written) ?? written;
  if (file === top || !isRelativeReference(href.trim())) return href;
  const path = href.trim().replace(/[?#].*$/, '');
  if (path === '' || path.startsWith('/')) return href;
  const rest = href.trim().slice(path.length);
  const moved = relative(dirname(resolve(top)), resolve(dirname(resolve(file)), path))
    .split(sep)
    .join('/');
  return `${moved || '.'}${rest}`;
}

/**
 * The TOC `text` of `file` with the TOCs it names read in, as docfx nests them: a node whose href is a TOC
 * (`href: reference/toc.yml`, `# [Reference](reference/toc.md)`) holds that TOC's items after its own, and
 * its name is their group; when the named TOC's one top node only repeats that name, that node's page is the
 * group's own and its items the group's, not a level more. The named TOC's hrefs are resolved from its own
 * folder. Without `reader` the TOCs named are not read (tocNotes says so). Each is read through `reader`
 * (confined to the read root), and one that cannot be read, names itself or a TOC it is in, or passes
 * NESTED_TOC_LIMITS is left out, said at the line naming it. An error when `file` itself is not YAML.
 */
export function readToc(text: string, file: string, reader?: NestedTocReader): TocTree {
  const tree: TocTree = { items: undefined, lines: [], notes: [], files: [] };
  let tocs = 0;
  let characters = text.length;
  const refuse = (from: string, line: number, written: string, why: string) =>
    tree.notes.push({
      file: from,
      line,
      message: `href "${written}" names a TOC that is not read: ${why} Its entries are left out of the sidebar.`,
    });
  /** The items of the TOC `at` (chain: the real paths of it and the TOCs it is in), its hrefs from `file`'s folder. */
  const readOne = (at: string, atText: string, chain: readonly string[]): unknown[] | undefined => {
    const document = tocDocument(atText, at);
    tree.files.push(chain.at(-1) ?? at);
    tree.notes.push(...document.warnings.map((warning) => ({ file: at, ...warning })));
    for (const entry of hrefLines(atText, at, document.markdownNodes)) {
      if ('uid' in entry) tree.lines.push({ file: at, ...entry });
      // A TOC it names is read below (or said why not), its entries in its own lines.
      else if (!reader || !isNestedToc(entry.href, at))
        tree.lines.push({
          file: at,
          line: entry.line,
          written: entry.href,
          href: fromTopToc(entry.href, at, file),
        });
    }
    const walk = (nodes: unknown[], path: readonly number[]): unknown[] =>
      nodes.map((item, index) => {
        if (item === null || typeof item !== 'object') return item;
        const node = item as TocNode;
        const own = Array.isArray(node.items) ? walk(node.items, [...path, index]) : undefined;
        const href = typeof node.href === 'string' ? node.href : undefined;
        const moved = { ...node, ...(href === undefined ? {} : { href: fromTopToc(href, at, file) }) };
        if (href === undefined || !reader || !isNestedToc(href, at))
          return own === undefined ? moved : { ...moved, items: own };
        const line = document.lineOf(node);
        const named = nested(href, at, line, chain);
        // The node is a group of the TOC it names, no page (the TOC is none).
        const group: TocNode = { name: node.name, items: [...(own ?? []), ...(named ?? [])] };
        const only = named?.length === 1 ? (named[0] as TocNode) : undefined;
        // The named TOC's one top node repeating the group's name is the group itself (its page the group's).
        if (
          only &&
          typeof only.name === 'string' &&
          typeof node.name === 'string' &&
          sameLabel(only.name, node.name)
        ) {
          const items: unknown[] = Array.isArray(only.items) ? only.items : [];
          return { ...group, href: only.href, uid: only.uid, items: [...(own ?? []), ...items] };
        }
        return group;
      });
    return document.items === undefined ? undefined : walk(document.items, []);
  };
  /** The items of the TOC `written` names in `from` at `line`, or undefined (said why) when it is not read. */
  const nested = (
    written: string,
    from: string,
    line: number,
    chain: readonly string[],
  ): unknown[] | undefined => {
    if (!reader) return undefined;
    if (chain.length > NESTED_TOC_LIMITS.depth) {
      refuse(
        from,
        line,
        written,
        `it is more than ${NESTED_TOC_LIMITS.depth} TOCs deep, the most a TOC may nest (Learn's nest a few).`,
      );
      return undefined;
    }
    const read = reader.read(slashedHref(written) ?? written, from);
    if (!read.ok) {
      refuse(from, line, written, read.problem);
      return undefined;
    }
    if (chain.includes(read.path)) {
      refuse(
        from,
        line,
        written,
        `it is ${read.path === chain.at(-1) ? 'this TOC itself' : 'a TOC this one is in'}, so reading it would never end. Remove the entry.`,
      );
      return undefined;
    }
    tocs += 1;
    characters += read.text.length;
    if (tocs > NESTED_TOC_LIMITS.tocs || characters > NESTED_TOC_LIMITS.characters) {
      refuse(
        from,
        line,
        written,
        `the TOC would read more than ${tocs > NESTED_TOC_LIMITS.tocs ? `${NESTED_TOC_LIMITS.tocs.toLocaleString('en-US')} TOCs` : `${NESTED_TOC_LIMITS.characters.toLocaleString('en-US')} characters of TOCs`}, the most one import reads (a TOC naming another several times multiplies them). Name each TOC once.`,
      );
      return undefined;
    }
    try {
      return readOne(read.path, read.text, [...chain, read.path]) ?? [];
    } catch (error) {
      refuse(from, line, written, (error as Error).message.replace(/(?<!\.)$/, '.'));
      return undefined;
    }
  };
  tree.items = readOne(file, text, [reader?.real(file) ?? file]);
  return tree;
}

/** Whether the href `written` in the TOC `file` names another TOC of the folder (tocHref's kind `toc`). */
function isNestedToc(written: string, file: string): boolean {
  const target = tocHref(slashedHref(written) ?? written, file);
  return 'kind' in target && target.kind === 'toc';
}

/** `toc` as a tree: a TOC's text read alone (readToc, no TOC it names read), or the tree itself. */
function treeOf(toc: string | TocTree, file: string): TocTree {
  return typeof toc === 'string' ? readToc(toc, file) : toc;
}

/**
 * The most levels of groups the import writes (Object model › Attachment object › Methods): deeper nodes'
 * names go before their pages' names, in the deepest group. Each level indents the sidebar a step, and the
 * path must fit the schema's FIELD_LIMITS.group.
 */
export const MAX_GROUP_DEPTH = 3;

/**
 * Whether a TOC entry's `href` (relative to the TOC's folder `dir`) names the article `file`: without case,
 * as Learn resolves file names (a TOC's `deployment-guide-platform-macOS.md` is `…-macos.md`), and a YAML
 * page `x.yml` as `x.md` too, as Learn publishes it at the same URL (architecture-center's TOCs so).
 */
export function tocNames(dir: string, href: string, file: string): boolean {
  const article = (path: string) => path.toLowerCase().replace(/\.yml$/, '.md');
  return article(resolve(dir, hrefPath(href))) === article(file);
}

/**
 * The file path an href's path names, as a server reads the URL a browser resolves: each segment's %-escapes read
 * (`my%20file.md`, `a%2Emd`; `%2E%2E` is `..`, as the WHATWG URL parser takes it), but one that would read as
 * `/` or `\\`, which no file name holds. Red team 26: such hrefs named no article, so the TOC's entry was dropped
 * without a word and its article said to be "not in toc.yml".
 */
function hrefPath(href: string): string {
  return href
    .split('/')
    .map((segment) => {
      const read = decoded(segment);
      return /[/\\]/.test(read) ? segment : read;
    })
    .join('/');
}

/**
 * Every `.md` entry of the TOC, depth first, in the order a reader meets them, each with the path of the
 * named nodes it is listed under as its group, as Learn nests them (Object model › Attachment object ›
 * Methods), and a node's own page first in its own group, under the node's name (Attachment object, with its
 * Methods and Properties after it). Depth first, each group's pages are consecutive, as the sidebar needs.
 * With `imported`, only the entries it accepts count (the pages an import writes): an article left out
 * splits no group. The levels above the first that branches, which hold every page (Learn's product node:
 * "Microsoft Defender for Business", or win32's "Synchronization" with its own page), are the site itself
 * and no group: their pages are listed first at the top. Sibling groups of one name are numbered in reading
 * order ("Sub (2)"); a path deeper than MAX_GROUP_DEPTH, or longer than a group may be, keeps its outer
 * groups, its deeper names before the page's own ("Sub › Overview"). With `inside`, the group the import puts
 * every path in (its qualifier, convert.ts), counted as each path's outermost level, not written.
 */
export function readTocYml(
  toc: string | TocTree,
  file: string,
  imported?: (href: string) => boolean,
  uids?: TocUids,
  folder?: string,
  inside?: string,
): TocEntry[] {
  const listed = treeOf(toc, file).items;
  if (!listed) throw new Error(`${file}: a TOC.yml is a list of items with name and href.`);
  const only = listed.length === 1 ? (listed[0] as TocNode) : undefined;
  const root = only && Array.isArray(only.items) && typeof only.href !== 'string' ? only.items : listed;
  const pages: { href: string; name: string; group: GroupNode | undefined; ownPage: boolean }[] = [];
  const walk = (nodes: unknown[], group: GroupNode | undefined): void => {
    for (const node of nodes as TocNode[]) {
      const name = typeof node.name === 'string' ? node.name : '';
      const href = nodeHref(node, uids)?.replace(/[?#].*$/, '');
      const items = Array.isArray(node.items) ? node.items : [];
      // A named node with items is a group, its own page (if it has one) the group's first entry.
      const own = items.length > 0 && name.trim() !== '' ? { name: groupName(name), parent: group } : group;
      // An article of the folder, Markdown or YAML (faq.yml); not another TOC.
      if (href !== undefined && tocArticle(file, href, folder) !== undefined)
        pages.push({ href, name, group: own, ownPage: own !== group });
      walk(items, own);
    }
  };
  walk(root, undefined);
  const kept = imported ? pages.filter((page) => imported(page.href)) : pages;
  // A group holding only its own node's page (its items not imported) is that page, in the group above.
  const held = new Map<GroupNode, number>();
  for (const page of kept)
    for (const group of chainOf(page.group)) held.set(group, (held.get(group) ?? 0) + 1);
  const chains = kept.map((page) =>
    chainOf(page.ownPage && page.group && held.get(page.group) === 1 ? page.group.parent : page.group),
  );
  const shared = sharedPrefix(chains);
  const labels = groupLabels(chains.flatMap((chain) => chain.slice(shared)));
  const fitted = kept.map(({ href, name }, index) => {
    const path = (chains[index] ?? []).slice(shared).map((group) => labels.get(group) ?? group.name);
    return { href, name, ...fitPath(path, name, inside) };
  });
  // The deeper names all the deeper pages of a group share (two or more) say nothing of one of them: left
  // out of their labels (a Learn TOC 7 levels deep put the same three names before each page's own).
  const byGroup = Map.groupBy(
    fitted.filter(({ deeper }) => deeper.length > 0),
    ({ groups }) => groups.join(GROUP_SEPARATOR),
  );
  return fitted.map(({ href, name, groups, deeper }) => {
    const siblings = byGroup.get(groups.join(GROUP_SEPARATOR)) ?? [];
    let common = 0;
    while (
      siblings.length > 1 &&
      common < deeper.length &&
      siblings.every((page) => page.deeper[common] === deeper[common])
    )
      common++;
    const label = pageLabel(deeper.slice(common), name);
    return { href, name: label, ...(groups.length > 0 ? { group: groups.join(GROUP_SEPARATOR) } : {}) };
  });
}

/**
 * A page's label: the names of the groups deeper than the sidebar shows, then its own, within the length a
 * label may have: the outer names go first (its own name, what tells it apart, is kept whole).
 */
function pageLabel(deeper: readonly string[], name: string): string {
  if (name === '') return name;
  let from = 0;
  while (
    from < deeper.length &&
    [...deeper.slice(from), name].join(GROUP_SEPARATOR).length > FIELD_LIMITS.sidebarLabel
  )
    from++;
  return [...deeper.slice(from), name].join(GROUP_SEPARATOR);
}

/**
 * A TOC node's name as a group's: a `›` in it would read as GROUP_SEPARATOR, a level the TOC does not have
 * ("Overview › Security" a group inside "Overview"), so it is written `>`.
 */
function groupName(name: string): string {
  return name.replace(/›/g, '>').trim();
}

/** The groups from the outermost to `group`. */
function chainOf(group: GroupNode | undefined): GroupNode[] {
  const chain: GroupNode[] = [];
  for (let at = group; at; at = at.parent) chain.unshift(at);
  return chain;
}

/** How many groups every chain starts with: the levels holding every page. */
function sharedPrefix(chains: readonly (readonly GroupNode[])[]): number {
  const [first, ...others] = chains;
  if (!first) return 0;
  let length = first.length;
  for (const chain of others) {
    let same = 0;
    while (same < length && chain[same] === first[same]) same++;
    length = same;
  }
  return length;
}

/** Each group's label: its name, numbered in reading order where an earlier sibling group has the same name. */
function groupLabels(groups: readonly GroupNode[]): Map<GroupNode, string> {
  const labels = new Map<GroupNode, string>();
  const seen = new Map<GroupNode | undefined, Map<string, number>>();
  for (const group of groups) {
    if (labels.has(group)) continue;
    const siblings = seen.get(group.parent) ?? new Map<string, number>();
    seen.set(group.parent, siblings);
    const key = group.name.trim().toLowerCase();
    const count = (siblings.get(key) ?? 0) + 1;
    siblings.set(key, count);
    labels.set(group, count === 1 ? group.name : `${group.name} (${count})`);
  }
  return labels;
}

/**
 * A page's group path within MAX_GROUP_DEPTH and the length a group may have (inside the group `inside`, if
 * any), and the names of the groups
 * left out (`deeper`), which go before its own in its label (pageLabel), but for the last when it is the
 * page's (a node's own page).
 */
function fitPath(
  path: readonly string[],
  name: string,
  inside: string | undefined,
): { groups: string[]; deeper: string[] } {
  const outer = inside === undefined ? [] : [inside];
  let depth = Math.min(path.length, MAX_GROUP_DEPTH - outer.length);
  while (depth > 1 && [...outer, ...path.slice(0, depth)].join(GROUP_SEPARATOR).length > FIELD_LIMITS.group)
    depth--;
  const deeper = path.slice(depth);
  if (deeper.length > 0 && sameLabel(deeper.at(-1) ?? '', name)) deeper.pop();
  return { groups: path.slice(0, depth), deeper };
}

/**
 * The name of the TOC's one top node (Learn's product node: "Microsoft Defender for Business"), if it has
 * one; else, of several, the first when it is the folder's landing page alone (`href: index.yml` beside the
 * TOC, no items), as Learn's TOCs open with the name of what they document (memdocs' intune/protect:
 * "Protect Data and Devices with Intune", then "Overview", "Quickstarts"…).
 */
export function tocTitle(toc: string | TocTree, file = 'TOC.yml'): string | undefined {
  let listed: unknown[] | undefined;
  try {
    listed = treeOf(toc, file).items;
  } catch {
    return undefined; // readTocYml says what is wrong with it.
  }
  const [first] = (listed ?? []) as TocNode[];
  if (first === undefined || typeof first.name !== 'string' || first.name.trim() === '') return undefined;
  if (listed?.length === 1) return Array.isArray(first.items) ? first.name : undefined;
  const landing =
    typeof first.href === 'string' && /^(?:\.\/)?index\.(?:yml|md)$/i.test(first.href.trim()) && !first.items;
  return landing ? first.name.trim() : undefined;
}

/**
 * A file's path as an article of its Learn folder: Markdown and YAML pages, with `.md` (Learn publishes
 * `faq.yml` at the same URL a `faq.md` would have, and links to it as either); undefined for a TOC, a
 * file of an `includes/` folder (text that pages include, no page on Learn, as here: isContentPage) or
 * any other file.
 */
export function articlePath(path: string): string | undefined {
  if (!/\.(?:md|yml)$/i.test(path) || isTocFile(path)) return undefined;
  // `./b.md`, as TOCs often write it, is `b.md`.
  const article = posix.normalize(path.replace(/\\/g, '/')).replace(/\.yml$/i, '.md');
  return isContentPage(article) ? article : undefined;
}

/**
 * Every href the TOC lists (the TOCs it names too, when read: readToc), an entry written as a `uid:` by its
 * article's href, each from the top TOC's folder, wherever it points: what the source folder is judged
 * from (sourceFolderOf, src/lib/import/convert.ts).
 */
export function listedHrefs(toc: TocTree, uids?: TocUids): string[] {
  return toc.lines.flatMap((line) => {
    const href = 'uid' in line ? uidHref(line.uid, uids) : line.href;
    return href === undefined ? [] : [href];
  });
}

/** An entry's href as an article of the source folder `folder` of the TOC `file` (tocHref, articlePath), if it is one. */
function tocArticle(file: string, href: string, folder?: string): string | undefined {
  const target = tocHref(href, file, folder);
  return 'path' in target ? articlePath(target.path) : undefined;
}

/**
 * Every article a TOC lists inside the source folder `folder` (the TOC's by default; the TOCs it names too,
 * when read: readToc), as a path relative to it (articlePath).
 */
export function tocArticlePaths(
  toc: string | TocTree,
  file: string,
  uids?: TocUids,
  folder?: string,
): string[] {
  const paths: string[] = [];
  const walk = (nodes: unknown): void => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes as TocNode[]) {
      const href = nodeHref(node, uids);
      const path = href === undefined ? undefined : tocArticle(file, href, folder);
      if (path !== undefined) paths.push(path);
      walk(node.items);
    }
  };
  walk(treeOf(toc, file).items);
  return paths;
}

/** A note about a line of a TOC.yml, for the import's warnings. */
export interface TocNote {
  file: string;
  line: number;
  message: string;
}

/**
 * Where a TOC entry's href points, the one reading of it: resolved against the TOC `file`'s folder as a
 * browser resolves it, inside the source folder `folder` (the folder holding the TOC and the imported
 * articles it lists: sourceFolderOf; the TOC's own by default), its path there (`../cpp/a.md` in
 * docs/cpp/toc.yml is `a.md`), whatever it is; else why it lists no page of this import, by kind.
 */
function tocHref(
  written: string,
  file: string,
  folder = dirname(file),
): { path: string } | { kind: string; reason?: string } {
  const href = written.trim();
  if (!isRelativeReference(href)) {
    const url = classifyUrl(href);
    return url.kind === 'outbound' || url.kind === 'mailto'
      ? { kind: 'site' }
      : { kind: 'refused', reason: url.kind === 'refused' ? url.reason : 'is no page of the folder' };
  }
  const path = hrefPath(href.replace(/[?#].*$/, ''));
  if (path.startsWith('/')) return { kind: 'root' };
  if (isTocFile(path)) return { kind: 'toc' };
  const inFolder = relative(resolve(folder), resolve(dirname(file), path));
  const outside = leavesFolder(inFolder);
  // A YAML page outside (`../admin/index.yml`, a hub): most are Learn's structured pages, which the import
  // does not read, so "import it too" would be no advice.
  if (outside) return { kind: /\.ya?ml$/i.test(path) ? 'outsideYaml' : 'outside' };
  return { path: inFolder.split(sep).join('/') };
}

/** Each kind of entry left out: what it is (one, several), and why the sidebar has no place for it (`them`: it or them). */
const LEFT_OUT: Record<string, { one: string; many: string; why: (them: string) => string }> = {
  site: {
    one: 'a link to another site',
    many: 'links to other sites',
    why: (them) =>
      `Learn shows ${them} in its sidebar, but this site's sidebar lists its own pages only, so it leaves ${them} out (link ${them} from a page if readers need ${them}).`,
  },
  root: {
    one: "a path from Learn's root",
    many: "paths from Learn's root",
    why: (them) =>
      `Learn's sidebar has ${them} as links to its articles, but this site's sidebar lists the imported pages only, so it leaves ${them} out.`,
  },
  outside: {
    one: 'an article outside the source folder',
    many: 'articles outside the source folder',
    why: (them) =>
      `the import takes the articles of the source folder only (the folder holding the TOC and the imported articles it lists), so the sidebar leaves ${them} out (import ${them} too, with a --read-root holding ${them} if one is given, to have ${them}).`,
  },
  outsideYaml: {
    one: 'a YAML page outside the source folder',
    many: 'YAML pages outside the source folder',
    why: (them) =>
      `the import takes the articles of the source folder only, and of Learn's structured YAML pages only FAQ and Architecture pages (a hub or landing page is laid out by Learn's templates), so the sidebar leaves ${them} out (link ${them} on Learn from a page if readers need ${them}).`,
  },
  notGiven: {
    one: 'an article not among the files imported',
    many: 'articles not among the files imported',
    why: (them) =>
      `the import was not given ${them} (no such file in the source folder, or not named on the command line), so the sidebar leaves ${them} out (fix the href, or import ${them} too, to list ${them}).`,
  },
  uid: {
    one: 'a uid that names no article imported',
    many: 'uids that name no article imported',
    why: (them) =>
      `docfx lists the article whose uid ${them === 'it' ? 'it is' : 'they are'} (its front matter's uid, or a PlatyPS cmdlet page's Module Name and title), and none of the files imported has ${them}, so the sidebar leaves ${them} out (import ${them === 'it' ? 'its article' : 'their articles'} too to list ${them}).`,
  },
  toc: {
    one: 'another TOC',
    many: 'other TOCs',
    why: (them) =>
      `${them === 'it' ? 'its' : 'their'} entries are not read: the TOC was read without the TOCs it names.`,
  },
};

/**
 * What the import should say of a TOC beyond its entries, and of the TOCs it names (readToc), each note at
 * the file and line it is about: the YAML parser's warnings (an unknown tag such as `!!js/function`), a TOC
 * named that is not read, an article listed twice (the sidebar keeps its first entry; with `imported`, given
 * the article's absolute path, only one the import writes a page of), and the hrefs that
 * list no page of the import, each kind once a file, at its first line, with the hrefs (a few, then how many
 * more) and why. An href that is no link the site allows (`javascript:`, `http:`) is said on its own line,
 * with what is wrong with it.
 */
export function tocNotes(
  toc: string | TocTree,
  file: string,
  uids?: TocUids,
  folder?: string,
  imported?: (article: string) => boolean,
): TocNote[] {
  let tree: TocTree;
  try {
    tree = treeOf(toc, file);
  } catch {
    return []; // readTocYml says what is wrong with it.
  }
  const notes: TocNote[] = [...tree.notes];
  /** Where each article is first listed, by its path in the folder (as the import matches names, without case). */
  const firstListed = new Map<string, { file: string; line: number }>();
  const files = [...new Set(tree.lines.map((entry) => entry.file))];
  for (const at of files)
    notes.push(
      ...fileNotes(
        tree.lines.filter((entry) => entry.file === at),
        at,
        file,
        uids,
        firstListed,
        folder,
        imported,
      ),
    );
  // In reading order: the top TOC's lines, then each TOC it names.
  const order = [file, ...files, ...tree.notes.map((note) => note.file)];
  return notes.sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file) || a.line - b.line);
}

/** tocNotes' notes on the `lines` of the TOC `at` (`top` the TOC read, its folder the one judged), sharing `firstListed`. */
function fileNotes(
  lines: readonly TocLine[],
  at: string,
  top: string,
  uids: TocUids | undefined,
  firstListed: Map<string, { file: string; line: number }>,
  folder: string | undefined,
  imported: ((article: string) => boolean) | undefined,
): TocNote[] {
  const notes: TocNote[] = [];
  const leftOut = new Map<string, { href: string; line: number }[]>();
  const listedAgain: { href: string; line: number; first: string }[] = [];
  const slashed: { written: string; slashed: string; line: number }[] = [];
  // Where an entry was first listed: its line, in this TOC, else in another, named from the top TOC's folder.
  const firstAt = (first: { file: string; line: number }) =>
    first.file === at
      ? `line ${first.line}`
      : `${relative(dirname(resolve(top)), resolve(first.file))
          .split(sep)
          .join('/')}, line ${first.line}`;
  for (const entry of lines) {
    const named = 'uid' in entry ? uidHref(entry.uid, uids) : undefined;
    if ('uid' in entry && named === undefined) {
      leftOut.set('uid', [...(leftOut.get('uid') ?? []), { href: `uid: ${entry.uid}`, line: entry.line }]);
      continue;
    }
    const line = entry.line;
    const href = 'uid' in entry ? (named ?? '') : entry.written;
    // Read as nodeHref reads it, said once for the file.
    const read = slashedHref(href);
    if (read !== undefined) slashed.push({ written: href, slashed: read, line });
    const why = tocHref('uid' in entry ? href : entry.href, top, folder);
    if ('path' in why) {
      // An href naming a file the import was not given (a missing file, a typo): Learn's docfx warns of it too.
      if ('href' in entry && !(imported?.(resolve(folder ?? dirname(top), why.path)) ?? true)) {
        const notGiven = leftOut.get('notGiven') ?? [];
        if (!notGiven.some((given) => given.href === href))
          leftOut.set('notGiven', [...notGiven, { href, line }]);
        continue;
      }
      const first = firstListed.get(why.path.toLowerCase());
      if (first === undefined) firstListed.set(why.path.toLowerCase(), { file: at, line });
      // Only a page of the import is left out of the sidebar by its second entry: an article not imported
      // has no place there either way (dotnet/docs' core/compatibility TOC lists 18 articles twice).
      else if (imported?.(resolve(folder ?? dirname(top), why.path)) ?? true)
        listedAgain.push({ href, line, first: firstAt(first) });
    } else if (why.kind === 'refused')
      notes.push({
        file: at,
        line,
        message: `href "${href}" ${why.reason ?? ''} It is left out of the sidebar.`,
      });
    else leftOut.set(why.kind, [...(leftOut.get(why.kind) ?? []), { href, line }]);
  }
  // An article listed again is said at its line; many (a generated TOC) in one note, a few named.
  const [again] = listedAgain;
  if (again && listedAgain.length > 3) {
    const named = listedAgain
      .slice(0, 3)
      .map(({ href, line, first }) => `"${href}" (line ${line}, first at ${first})`);
    notes.push({
      file: at,
      line: again.line,
      message: `${listedAgain.length} entries list an article listed before, ${named.join(', ')}, and ${listedAgain.length - 3} more: the sidebar shows a page once, under its first entry, so these entries are left out.`,
    });
  } else
    for (const { href, line, first } of listedAgain)
      notes.push({
        file: at,
        line,
        message: `href "${href}" lists an article listed before (${first}): the sidebar shows a page once, under its first entry, so this entry is left out.`,
      });
  for (const [kind, entries] of leftOut) {
    const [first] = entries;
    const said = LEFT_OUT[kind];
    if (!first || !said) continue;
    // A query or #anchor (Learn's `?toc=…&bc=…`) is left out of the name: the path says which.
    const named = entries
      .slice(0, 3)
      .map(({ href, line }) => `"${href.replace(/([?#]).*$/, '$1…')}" (line ${line})`);
    const more = entries.length > 3 ? `, and ${entries.length - 3} more` : '';
    const what = entries.length === 1 ? said.one : `${entries.length} ${said.many}`;
    const them = entries.length === 1 ? 'it' : 'them';
    notes.push({
      file: at,
      line: first.line,
      message: `${what}, ${named.join(', ')}${more}: ${said.why(them)}`,
    });
  }
  const [firstSlashed] = slashed;
  if (firstSlashed)
    notes.push({ file: at, line: firstSlashed.line, message: slashedMessage('href', slashed) });
  return notes;
}
