/**
 * Learn's `[!INCLUDE [title](path)]`, one implementation for the import (on text, `convert.ts`) and the
 * build (on mdast, `remark-learn-include.ts`): the include file read from inside the source root after
 * resolving symlinks, without its front matter, the rule that moves its relative links from its own
 * folder to the page's, the rule that keeps its link reference definitions its own, and what an include
 * inside a line brings into it. Which line is an include is `parseIncludeLine`, and where one sits inside a
 * line `findIncludes` (syntax.ts).
 */
import { dirname, resolve } from 'node:path';
import type { Definition, ImageReference, LinkReference, ListItem, Nodes, Root } from 'mdast';
import { visit } from '../tree-visit.ts';
import { isRelativeReference } from '../url-class.ts';
import {
  confine,
  DISK,
  isInside,
  readConfinedText,
  type Confined,
  type PathAccess,
  relativePath,
} from './source-files.ts';
import { spliceText } from './splice-text.ts';
import { FRONT_MATTER, findIncludes, mapOutsideInlineCode, mapProseLines } from './syntax.ts';
import { parseMarkdown } from './parse-markdown.ts';

/** How include files are found and read: the disk, or the import's in-memory folder in tests. */
export interface IncludeFiles extends PathAccess {
  /** The file's text, or undefined when it is not a readable file. */
  read(path: string): string | undefined;
}

export const DISK_INCLUDES: IncludeFiles = { ...DISK, read: readConfinedText };

/** An include read (its real path, its text without front matter, the line that text starts on) or refused. */
export type Include =
  | { ok: true; file: string; body: string; firstLine: number }
  | { ok: false; problem: string; outside?: true; missing?: true; tooMany?: true; path?: string };

/**
 * What one page may expand. Includes nest, and a file that includes the next one ten times, five deep, is
 * 10^5 includes from a few short files (about 2 ms each to import or build: minutes), which no loop check
 * stops. The most a Learn page of the corpora seen expands, SQL Server's quickstart-install-docker.md, is
 * 167 includes, 85 KB: 1,000 includes leaves six times that (a couple of seconds at most), and 5 million
 * characters sixty times, while bounding a few includes of one huge file.
 */
export const INCLUDE_LIMITS = { includes: 1000, characters: 5_000_000 };

/** The includes one page has expanded so far and their text's length, held to `limits`: one per page. */
export class IncludeBudget {
  #includes = 0;
  #characters = 0;
  readonly limits: typeof INCLUDE_LIMITS;

  constructor(limits: typeof INCLUDE_LIMITS = INCLUDE_LIMITS) {
    this.limits = limits;
  }

  /** How many includes the page has expanded so far: once one is read, its number in the page. */
  get included(): number {
    return this.#includes;
  }

  /** Counts one more include of `characters`; the problem, naming the chain, when that is past a limit. */
  spend(written: string, characters: number, chain: readonly string[], root: string): string | undefined {
    this.#includes += 1;
    this.#characters += characters;
    const { includes, characters: most } = this.limits;
    // What Learn's pages use, to say how far past it a page is (the limits leave room: include-limit.test.ts).
    const past =
      this.#includes > includes
        ? `more than ${includes.toLocaleString('en-US')} includes, the most one page may (Learn's pages use up to a couple of hundred)`
        : this.#characters > most
          ? `more than ${most.toLocaleString('en-US')} characters of included text, the most one page may (Learn's pages include up to about 85,000)`
          : undefined;
    if (past === undefined) return undefined;
    const names = chain.map((file) => relativePath(root, file));
    const shown = names.length > 6 ? [...names.slice(0, 3), '…', ...names.slice(-2)] : names;
    return `"${written}" would make the page expand ${past}, through ${shown.join(' › ')}. Includes multiply when an include file includes others several times: include each shared text once, or split the page.`;
  }
}

/** docfx's `~/` at the start of a path: the path starts at the repository's root, not at the page. */
const FROM_REPOSITORY_ROOT = /^~\//;

/**
 * The path `written` from the folder `fromDir` points at, as docfx reads it (`~/…` from `repositoryRoot`,
 * when known), before any check: where a file the folder lacks would be, so that its place is named right.
 */
export function learnPathTarget(
  written: string,
  fromDir: string,
  repositoryRoot: string | undefined,
): string {
  return FROM_REPOSITORY_ROOT.test(written) && repositoryRoot !== undefined
    ? resolve(repositoryRoot, written.slice(2))
    : resolve(fromDir, written);
}

/**
 * The file a Learn page names (`written`, from the folder `fromDir`), confined to `root` after resolving
 * symlinks: relative to the page, or, written `~/…` as docfx reads it, to `repositoryRoot`; a `~/` path
 * when the repository's root is not known is a read outside the folder, as it is one.
 */
export function confineLearnPath(
  written: string,
  fromDir: string,
  root: string,
  repositoryRoot: string | undefined,
  access: PathAccess = DISK,
): Confined {
  if (!FROM_REPOSITORY_ROOT.test(written)) return confine(written, fromDir, root, access);
  if (repositoryRoot === undefined)
    return {
      ok: false,
      problem: `"${written}" starts at the repository's root (~/), outside the source folder: only files inside it are read.`,
      outside: true,
    };
  const below = written.slice(2);
  const found = confine(below, repositoryRoot, root, access);
  return found.ok ? found : { ...found, problem: found.problem.replace(`"${below}"`, `"${written}"`) };
}

/**
 * The include `written` (as in the Markdown) in the file `from`, read from inside `root`; refused, with
 * the reason naming the path as written, when it is outside, missing, or one of the files including it
 * (`chain`, from the page down), which would never end, or when it takes the page past its `budget`
 * (`tooMany`: the page cannot be rendered). A `~/` path starts at `repository` (by default `root`, as the
 * build's content/ is its own repository; the import says what it knows of it).
 */
export function readInclude(
  written: string,
  from: string,
  root: string,
  chain: readonly string[],
  files: IncludeFiles = DISK_INCLUDES,
  { repository, budget }: { repository: string | undefined; budget?: IncludeBudget | undefined } = {
    repository: root,
  },
): Include {
  const found = confineLearnPath(written, dirname(from), root, repository, files);
  if (!found.ok) return found;
  if (chain.includes(found.path))
    return { ok: false, problem: `"${written}" includes itself, directly or through another include.` };
  const text = files.read(found.path);
  if (text === undefined) return { ok: false, problem: `"${written}" cannot be read.` };
  const frontMatter = FRONT_MATTER.exec(text)?.[0] ?? '';
  const body = text.slice(frontMatter.length);
  const tooMany = budget?.spend(written, body.length, [...chain, found.path], root);
  if (tooMany !== undefined) return { ok: false, problem: tooMany, tooMany: true };
  return { ok: true, file: found.path, body, firstLine: frontMatter.split('\n').length };
}

/**
 * A link `href` of an include in `includeDir`, written from the page's folder `pageDir`: only a relative
 * path moves with the file (not `/root`, docfx's `~/root`, `#anchor`, `?query`, or a URL with a scheme),
 * and not one that from the include leaves `docset` (the folder docfx builds from, when known): docfx finds
 * no file there and leaves it as written, for the browser to resolve from the page's URL. Trial CE:
 * dynamics-365-customer-engagement's shared/token-searchAndOpenRecords.md links
 * `../../../../../../odata/concepts/queryoptions-overview`, six levels up from the method pages that include
 * it, Learn's root; from the include's folder it is past the repository's.
 */
export function rebaseHref(href: string, includeDir: string, pageDir: string, docset?: string): string {
  if (href === '' || /^[/#?]/.test(href) || FROM_REPOSITORY_ROOT.test(href) || !isRelativeReference(href))
    return href;
  const target = resolve(includeDir, href);
  if (docset !== undefined && !isInside(docset, resolve(includeDir, href.replace(/[?#].*$/, ''))))
    return href;
  return relativePath(pageDir, target);
}

/** An inline link destination `](href` of Markdown text. */
const LINK_DESTINATION = /(\]\()([^)\s]+)/g;

/**
 * Where the destination of a link reference definition is in its source `written` (`[label]: dest "t"`,
 * `[label]:\n> <dest>`), as CommonMark reads it: after the label's first unescaped `]` and its `:`, then
 * spaces and at most one line break (with a quote's `>` or a list's indent on the next line); `<dest>`
 * without its brackets. Undefined when it is not found so.
 */
export function definitionDestination(written: string): { start: number; end: number } | undefined {
  let at = 1;
  while (at < written.length && written[at] !== ']') at += written[at] === '\\' ? 2 : 1;
  if (written[0] !== '[' || written[at + 1] !== ':') return undefined;
  const space = /^[ \t]*(?:\r?\n[ \t>]*)?/.exec(written.slice(at + 2))?.[0] ?? '';
  const start = at + 2 + space.length;
  if (written[start] === '<') {
    let end = start + 1;
    while (end < written.length && !'>\n'.includes(written[end] ?? '')) end += written[end] === '\\' ? 2 : 1;
    return written[end] === '>' ? { start: start + 1, end } : undefined;
  }
  const end = start + (/^\S*/.exec(written.slice(start))?.[0].length ?? 0);
  return end > start ? { start, end } : undefined;
}

/**
 * The Markdown text with the destination of each link reference definition (`[label]: ../a.md "t"`, used
 * by links and images alike) rebased as `rebaseHref` does: wherever CommonMark reads one (indented up to
 * three spaces, in a quote or a list item), never in code.
 */
function rebaseDefinitions(markdown: string, includeDir: string, pageDir: string, docset?: string): string {
  const edits: { from: number; to: number; text: string }[] = [];
  visit(parseMarkdown(markdown), 'definition', (node: Definition) => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined) return;
    const found = definitionDestination(markdown.slice(from, to));
    if (!found) return;
    const written = markdown.slice(from + found.start, from + found.end);
    const href = rebaseHref(written, includeDir, pageDir, docset);
    if (href !== written) edits.push({ from: from + found.start, to: from + found.end, text: href });
  });
  return spliceText(markdown, edits);
}

/**
 * The include's Markdown text with its links' destinations rebased, inline (`[t](../a.md)`) and in link
 * reference definitions (`[t]: ../a.md`); code, fenced or inline, left as is.
 */
export function rebaseLinksInText(
  markdown: string,
  includeDir: string,
  pageDir: string,
  docset?: string,
): string {
  return mapProseLines(rebaseDefinitions(markdown, includeDir, pageDir, docset), (line) =>
    mapOutsideInlineCode(line, (text) =>
      text.replace(
        LINK_DESTINATION,
        (_whole, open: string, href: string) => `${open}${rebaseHref(href, includeDir, pageDir, docset)}`,
      ),
    ),
  );
}

/**
 * docfx parses each include as a document of its own, so an include's references (`![Image two][0]`,
 * `[text][id]`, `[Owner]`) use its own link reference definitions: never the page's or another include's,
 * and the page never uses an include's. Spliced into one page, every `[0]:` was one label and the first
 * won: visualstudio-docs' container-tools.md includes the VS 2017 and the VS 2019 quickstart, which both
 * define `[0]`, and the 2019 dialog showed the 2017 screenshot. So an include's labels are put in a scope
 * of its own before it is spliced in: all of them on the build's tree (scopeReferences), on the import's
 * text those another part of the page defines too or leaves in brackets (scopeReferencesInText), the
 * others kept as written. Its references stay references, held to the page limits as any.
 */

/** The most characters a link label may have inside its brackets (CommonMark). */
const MAX_LABEL = 999;

/** A label as Markdown matches it: the identifier mdast gives it (micromark-util-normalize-identifier, lower-cased). */
function normalizedLabel(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase()
    .toLowerCase();
}

/** The nodes of `tree`, in document order, walked without recursion (an include may nest deep). */
function* nodesOf(tree: Root): Generator<Nodes> {
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    yield node;
    const children: readonly Nodes[] = 'children' in node ? node.children : [];
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child) stack.push(child);
    }
  }
}

/** Whether `node` is a link reference definition or a reference that uses one. */
function isReferenceNode(node: Nodes): node is Definition | LinkReference | ImageReference {
  return node.type === 'definition' || node.type === 'linkReference' || node.type === 'imageReference';
}

/**
 * The build's side: each link reference definition and reference of `tree`, one include parsed alone (its
 * own includes not yet spliced in), and each footnote and its definition, gets the identifier of its label in
 * the include's scope (` include 3 `, its `serial` in the page): one the parser never makes (it trims them),
 * so no other document's is the same. Red team 30: a page and two includes each writing `[^1]` showed the
 * first include's note at all three, the page's own and the other include's text gone without a word.
 */
export function scopeReferences(tree: Root, serial: number): void {
  const scope = ` include ${String(serial)} `;
  for (const node of nodesOf(tree))
    if (isReferenceNode(node) || node.type === 'footnoteReference' || node.type === 'footnoteDefinition')
      node.identifier = scope + node.identifier;
}

/** A scoped identifier (scopeReferences): its include's serial and its label there. */
const SCOPED = /^ include (\d+) (.*)$/s;

/**
 * Once a page's includes are in: each footnote an include scoped gets a label of its own in the page
 * (`1-include-2`, and `-2`, `-3`… past a label the page or another include writes), as its element ids
 * (`user-content-fn-…`) are made of its label, and a scope's spaces are no fragment a link can name.
 */
export function nameScopedFootnotes(tree: Root): void {
  const notes = [...nodesOf(tree)].filter(
    (node) => node.type === 'footnoteReference' || node.type === 'footnoteDefinition',
  );
  const taken = new Set(
    notes.map((node) => node.identifier).filter((identifier) => !SCOPED.test(identifier)),
  );
  const named = new Map<string, string>();
  for (const node of notes) {
    const scoped = SCOPED.exec(node.identifier);
    if (!scoped) continue;
    let name = named.get(node.identifier);
    if (name === undefined) {
      const base = `${scoped[2] ?? ''}-include-${scoped[1] ?? ''}`;
      name = base;
      for (let more = 2; taken.has(name); more++) name = `${base}-${String(more)}`;
      taken.add(name);
      named.set(node.identifier, name);
    }
    node.identifier = name;
    node.label = name;
  }
}

/** Whether the character at `at` of `text` is escaped (an odd run of backslashes before it). */
function isEscaped(text: string, at: number): boolean {
  let slashes = 0;
  while (at - slashes - 1 >= 0 && text[at - slashes - 1] === '\\') slashes++;
  return slashes % 2 === 1;
}

/** Where the `]` closing the label whose `[` is at `open` is (labels hold no unescaped bracket), or -1. */
function labelClose(text: string, open: number, end = text.length): number {
  for (let at = open + 1; at < end; at += text[at] === '\\' ? 2 : 1) {
    if (text[at] === ']') return at;
    if (text[at] === '[') return -1;
  }
  return -1;
}

/**
 * Each bracket of `markdown`'s text that its parser left as text (`[Owner]` where it defines no `Owner`): where
 * its `[` is, and the label it would be, which a definition elsewhere in the page would make a link of.
 */
function* bracketsOf(markdown: string, tree: Root): Generator<{ at: number; label: string }> {
  for (const node of nodesOf(tree)) {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (node.type !== 'text' || from === undefined || to === undefined) continue;
    for (let at = from; at < to; at++) {
      if (markdown[at] !== '[') continue;
      const close = isEscaped(markdown, at) ? -1 : labelClose(markdown, at, to);
      // A quote's `>` or a list's indent on the lines it spans is none of the label.
      if (close !== -1)
        yield { at, label: normalizedLabel(markdown.slice(at + 1, close).replace(/\n[ \t>]*/g, ' ')) };
    }
  }
}

/**
 * The labels of one page as the import expands its includes (the import's side): those its definitions
 * define without a scope so far, the page's own and then each include's, and the text in brackets its parts
 * leave as text, which a definition of that label would make a link of. One per page, made from its text
 * before its includes are expanded.
 */
export class PageLabels {
  readonly defined = new Set<string>();
  readonly bracketed = new Set<string>();
  /** The footnote labels its parts so far write (references and definitions), as identifiers. */
  readonly footnotes = new Set<string>();
  /**
   * What an include's scope starts with (`include`, then the include's number and a space: `[include2 0]`),
   * chosen so that no label of the page starts so (`[Include2 step]`: then `include-`).
   */
  readonly base: string;

  constructor(page: string) {
    const tree = parseMarkdown(page) as Root;
    for (const node of nodesOf(tree)) {
      if (node.type === 'definition') this.defined.add(node.identifier);
      if (node.type === 'footnoteDefinition' || node.type === 'footnoteReference')
        this.footnotes.add(node.identifier);
    }
    for (const { label } of bracketsOf(page, tree)) this.bracketed.add(label);
    let base = 'include';
    while (new RegExp(`\\[[\\s>]*${base}\\d+\\s`, 'i').test(page)) base += '-';
    this.base = base;
  }
}

/** An edit of a text: `from`–`to` replaced by `text`; `order` keeps edits at one offset in the order made. */
interface TextEdit {
  from: number;
  to: number;
  text: string;
  order: number;
}

/** `text` with `edits` (none overlapping) made, in one pass. */
function applyEdits(text: string, edits: TextEdit[]): string {
  const parts: string[] = [];
  let last = 0;
  for (const edit of edits.sort((a, b) => a.from - b.from || a.order - b.order)) {
    parts.push(text.slice(last, edit.from), edit.text);
    last = edit.to;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/**
 * The Markdown text of one include (its own includes not yet inlined), the `serial`th of its page, spliced
 * in as docfx reads it alone (the import's side). A label it defines that another part of the page defines
 * too, or leaves in brackets as text, is put in the include's scope (`include2 `, after `labels.base`): at
 * the start of its definition's label and each full reference's (`[0]:` is `[include2 0]:`, `![t][0]` is
 * `![t][include2 0]`), and given to each collapsed or shortcut reference (`[Owner]` is
 * `[Owner][include2 owner]`). Its other labels are left as written, and are the page's from then on. Text
 * in brackets that a definition of the page so far would make a link of once spliced in gets its `[`
 * escaped (`\[Owner]`). Within lines only: each line stays where it is. A label the scope would take past
 * CommonMark's 999 characters is left as it is.
 */
export function scopeReferencesInText(markdown: string, serial: number, labels: PageLabels): string {
  const scope = `${labels.base}${String(serial)} `;
  const tree = parseMarkdown(markdown) as Root;
  const byLabel = new Map<string, { edits: TextEdit[]; longest: number; defined: boolean }>();
  let order = 0;
  const edit = (from: number, to: number, text: string): TextEdit => ({ from, to, text, order: order++ });
  for (const node of nodesOf(tree)) {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (!isReferenceNode(node) || from === undefined || to === undefined) continue;
    const label = byLabel.get(node.identifier) ?? { edits: [], longest: 0, defined: false };
    byLabel.set(node.identifier, label);
    if (node.type === 'definition' || node.referenceType === 'full') {
      // A definition's label opens it; a full reference's closes it, after its text (which may hold brackets).
      let open = from;
      if (node.type === 'definition') label.defined = true;
      else {
        open = to - 2;
        while (open > from && !(markdown[open] === '[' && !isEscaped(markdown, open))) open--;
      }
      const close = labelClose(markdown, open, to);
      if (markdown[open] !== '[' || close === -1) continue;
      label.edits.push(edit(open + 1, open + 1, scope));
      label.longest = Math.max(label.longest, close - open - 1);
      continue;
    }
    // `[Owner][]` or `[Owner]`: the label is its identifier, as the parser read it (a quote's `>` left out).
    const written = `[${scope}${node.identifier}]`;
    label.edits.push(node.referenceType === 'collapsed' ? edit(to - 2, to, written) : edit(to, to, written));
    label.longest = Math.max(label.longest, node.identifier.length);
  }
  // Against the labels of the parts before it: then this one's are the page's too.
  const edits: TextEdit[] = [];
  const unscoped: string[] = [];
  for (const [identifier, label] of byLabel) {
    if (!label.defined) continue;
    const taken = labels.defined.has(identifier) || labels.bracketed.has(identifier);
    if (!taken || scope.length + label.longest > MAX_LABEL) unscoped.push(identifier);
    else for (const one of label.edits) edits.push(one);
  }
  const bracketed: string[] = [];
  for (const { at, label } of bracketsOf(markdown, tree)) {
    if (labels.defined.has(label)) edits.push(edit(at, at, '\\'));
    else bracketed.push(label);
  }
  for (const label of unscoped) labels.defined.add(label);
  for (const label of bracketed) labels.bracketed.add(label);
  edits.push(...footnoteEdits(markdown, tree, serial, labels, edit));
  return edits.length === 0 ? markdown : applyEdits(markdown, edits);
}

/**
 * The edits that give each footnote `tree` (one include, the `serial`th) defines a label of its own when the
 * page so far writes that label (`[^1]` is `[^1-include2]`, and `-2`, `-3`… past one taken): docfx reads an
 * include alone, so its note is its own, where one `[^1]` of the page made every `[^1]` show the first note
 * and the others vanish (red team 30). Footnote labels hold no space, so the scope is a suffix. Its labels
 * are the page's from then on.
 */
function footnoteEdits(
  markdown: string,
  tree: Root,
  serial: number,
  labels: PageLabels,
  edit: (from: number, to: number, text: string) => TextEdit,
): TextEdit[] {
  const notes = [...nodesOf(tree)].filter(
    (node) => node.type === 'footnoteDefinition' || node.type === 'footnoteReference',
  );
  const own = new Set(notes.map((node) => node.identifier));
  const renamed = new Map<string, string>();
  for (const node of notes) {
    if (node.type !== 'footnoteDefinition' || !labels.footnotes.has(node.identifier)) continue;
    if (renamed.has(node.identifier)) continue;
    const base = `${node.identifier}-${labels.base}${String(serial)}`;
    let name = base;
    for (let more = 2; labels.footnotes.has(name) || own.has(name); more++) name = `${base}-${String(more)}`;
    if (name.length <= MAX_LABEL) renamed.set(node.identifier, name);
  }
  const edits: TextEdit[] = [];
  for (const node of notes) {
    const name = renamed.get(node.identifier);
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (name === undefined || from === undefined || to === undefined) continue;
    // `[^label]` opens a definition and is the whole of a reference: its label is from `^` to the `]`.
    const close = labelClose(markdown, from, to);
    if (markdown.slice(from, from + 2) === '[^' && close !== -1) edits.push(edit(from + 2, close, name));
  }
  for (const identifier of own) labels.footnotes.add(renamed.get(identifier) ?? identifier);
  return edits;
}

/**
 * The text an include inside a line (`- **Type:** [!INCLUDE [t](t.md)]`) brings into it: its lines joined
 * by spaces, since Learn renders such an include as inline content only, with no paragraph of its own.
 */
export function inlineIncludeText(body: string): string {
  return body
    .trim()
    .split(/\s*\n\s*/)
    .join(' ');
}

/**
 * Written by the import where an include inside a line is left out, for `withoutLeftOutItems` only: an HTML
 * comment, which no text the import reads still holds by then (its comments are left out first).
 */
export const LEFT_OUT_INCLUDE = '<!--left-out-include-->';

/**
 * `markdown` without the list items that held nothing but includes left out (`* [!INCLUDE …]` of a file the
 * copy lacks), their lines taken out whole, so no empty bullet is shown; `LEFT_OUT_INCLUDE` taken out of the
 * rest, an item with more text keeping it.
 */
export function withoutLeftOutItems(markdown: string): string {
  if (!markdown.includes(LEFT_OUT_INCLUDE)) return markdown;
  const edits: { from: number; to: number; text: string }[] = [];
  visit(parseMarkdown(markdown) as Root, 'listItem', (item: ListItem) => {
    const [only, ...more] = item.children;
    const emptied =
      only?.type === 'html' && more.length === 0 && only.value.replaceAll(LEFT_OUT_INCLUDE, '').trim() === '';
    const { start, end } = item.position ?? {};
    if (!emptied || start?.offset === undefined || end?.offset === undefined) return;
    const lineEnd = markdown.indexOf('\n', end.offset);
    edits.push({
      from: markdown.lastIndexOf('\n', start.offset - 1) + 1,
      to: lineEnd === -1 ? markdown.length : lineEnd + 1,
      text: '',
    });
  });
  return spliceText(markdown, edits).replaceAll(LEFT_OUT_INCLUDE, '');
}

/**
 * `line` with each include inside it replaced by `expand(path)` (the path as written), code spans kept as
 * they are. For the import, on text; a line that is only an include is `parseIncludeLine`'s.
 */
export function replaceInlineIncludes(line: string, expand: (path: string) => string): string {
  return mapOutsideInlineCode(line, (text) => {
    let replaced = '';
    let last = 0;
    for (const include of findIncludes(text)) {
      replaced += text.slice(last, include.start) + expand(include.path);
      last = include.end;
    }
    return replaced + text.slice(last);
  });
}
