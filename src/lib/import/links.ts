/**
 * Links of a Learn article made into what this site publishes, on the import's text: `http://` written as
 * `https://` (each rewrite reported), HTML `<a href>` as Markdown links (`<a href="" id>` as the bookmark it is), `<xref:…>` autolinks as
 * `[name](xref:…)` links (resolved at build time by src/lib/learn-links.ts), a link with no name left out as
 * Learn shows it (nothing; an image alone), a path written with `\` written with `/` (each file's said once),
 * and every outbound host counted with the first place it is linked from, so the import can say which hosts
 * are not yet allowed.
 */
import { posix } from 'node:path';
import type { Element, ElementContent } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import type { Definition, Link, Nodes, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { SKIP, visit } from '../tree-visit.ts';
import { hasAccessibleName, rehypeImageLinkName } from '../../markdown/rehype-image-link-name.ts';
import { htmlStretches, parseMarkdown, tagOnOneLine } from '../learn/parse-markdown.ts';
import {
  ESCAPABLE,
  FRONT_MATTER,
  MARKER_BEFORE_LINK,
  mapProseLines,
  mapProseOutsideCode,
} from '../learn/syntax.ts';
import { escapedPath } from '../learn/source-files.ts';
import { spliceText } from '../learn/splice-text.ts';
import {
  classifyUrl,
  isHostName,
  isRelativeReference,
  pathAndSuffix,
  WIDE_PUNCTUATION_RANGES,
} from '../url-class.ts';
import { LEARN_ORIGIN } from '../learn-folders.ts';
import { LEARN_BASE } from '../../consts.ts';
import { decoded, onLearnHost, resolveLearnLink } from '../learn-links.ts';
import { repositoryPathKey, type Redirections } from './redirections.ts';
import { few } from './report.ts';
import { docsetLearnPath, type DocfxPublished } from './zone-pivots.ts';

/** A place in a source file. */
export interface Place {
  file: string;
  line: number;
}

/** Each host linked, with the place of every link to it in the order seen. */
export type HostLinks = Map<string, Place[]>;

/** What the link pass saw: hosts linked and the http→https rewrites. */
export interface LinkReport {
  hosts: HostLinks;
  httpsRewrites: (Place & { from: string })[];
  /**
   * The namespaces the xrefs of every article imported show (xrefNamespaces of their xrefUids): a
   * namespace is one on every page, so a page whose own xrefs say nothing of it names its types as Learn does.
   */
  xrefNamespaces?: ReadonlySet<string>;
}

export function emptyLinkReport(): LinkReport {
  return { hosts: new Map(), httpsRewrites: [] };
}

/** A warning of the link pass at its place: a link left out of the page (withoutNamelessLinks). */
export interface LinkNote extends Place {
  message: string;
}

/** A link left out of a text, at its offset there, with what is said of it. */
interface LeftOut {
  offset: number;
  message: string;
}

/**
 * What a link shows when the build finds no name in it (`link`, an `<a>` as hast: hasAccessibleName, once
 * rehypeImageLinkName has named a link to a full-size image): `empty` for nothing (Learn shows an empty
 * link, which a reader cannot see), `images` for images without alt text; undefined when it has a name.
 */
function namelessKind(link: Element): 'empty' | 'images' | undefined {
  const built = structuredClone(link);
  rehypeImageLinkName()({ type: 'root', children: [built] });
  if (hasAccessibleName(built)) return undefined;
  const images: Element[] = [];
  visit(built, 'element', (node: Element) => {
    if (node.tagName === 'img') images.push(node);
  });
  return images.length > 0 ? 'images' : 'empty';
}

/**
 * What the import says of a link to `href` it leaves out for having no name, and does: an empty one is left
 * out, an image alone kept without its link.
 */
function leftOutMessage(kind: 'empty' | 'images', href: string): string {
  return kind === 'empty'
    ? `the link ${JSON.stringify(href)} has no text: Learn shows nothing there, so it is left out of the page. If a link was meant, give it text: [text](${href}).`
    : `the link ${JSON.stringify(href)} shows only an image without alt text, so it has no name a screen reader can say (this site builds no link without one): the image is kept, without the link. If the link was meant, give the image alt text saying where it goes: [![where it goes](image)](${href}).`;
}

/**
 * A Markdown link's content as hast, as far as its name goes (text, and images by their alt text), or
 * undefined when it holds anything else: the build reads any other element as a name (or its HTML as it
 * is), so the link is left to it.
 */
function nameContent(nodes: readonly PhrasingContent[]): ElementContent[] | undefined {
  const content: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text') content.push({ type: 'text', value: node.value });
    else if (node.type === 'image' || node.type === 'imageReference')
      content.push({ type: 'element', tagName: 'img', properties: { alt: node.alt ?? '' }, children: [] });
    else return undefined;
  }
  return content;
}

/** A place in a text where a line break may go: at `at`, in place of the `length` characters there (a space). */
interface BreakSlot {
  at: number;
  length: number;
}

/** The line breaks of `removed`, part of a link left out, each with what starts the next line there (a quote's `>`, an indent). */
function lineBreaksIn(removed: string): string[] {
  return removed.match(/\n[ \t>]*/g) ?? [];
}

/**
 * What takes the place of a link left out of `markdown` (from `from` to `to`): its content (`inner`, as
 * written), white space as the reader saw it: `können [](x) auch` is `können auch`, `a[ ](x)b` `a b`. One
 * over lines (`lineBroken`) keeps the space around it: its line breaks, placed apart (placeLineBreaks), read
 * as spaces, one of them in place of a blank `inner` (`slots`).
 */
function inPlaceOf(
  markdown: string,
  { from, to }: { from: number; to: number },
  inner: string,
  lineBroken: boolean,
): { from: number; to: number; text: string; slots: BreakSlot[] } {
  if (inner.trim() !== '') return { from, to, text: inner, slots: [] };
  if (lineBroken) {
    const text = inner === '' || inner.includes('\n') ? '' : ' ';
    return { from, to, text, slots: inner === '' ? [] : [{ at: 0, length: text.length }] };
  }
  const spaced = (char: string | undefined) => char === undefined || /\s/.test(char);
  // One space of the two around it, or one between the words it stood between.
  if (spaced(markdown[from - 1]) && markdown[to] === ' ') return { from, to: to + 1, text: '', slots: [] };
  const text = inner === '' || spaced(markdown[from - 1]) || spaced(markdown[to]) ? '' : ' ';
  return { from, to, text, slots: [] };
}

/**
 * What replaces `from` to `to` of a block's text: `text` on its lines, with `breaks`, the line breaks of
 * what it replaces (each with what starts its line: a quote's `>`, an indent), to be written in it so the
 * lines after keep their numbers, at one of `slots` each, first choice first.
 */
interface Replacement {
  from: number;
  to: number;
  text: string;
  breaks: string[];
  slots: BreakSlot[];
}

/** `text` with what a container writes at the start of each line (a quote's `>`, an indent) blank. */
function withoutLineMarks(text: string): string {
  return text.replace(/\n[ \t>]*/g, (marks) => `\n${' '.repeat(marks.length - 1)}`);
}

/**
 * What may start a block when a line of a paragraph starts with it: a heading, quote, list item, fence,
 * thematic break, setext underline, table row, HTML block or JSX, MDX expression, Learn's `:::` or `[!…]`
 * (an `<a` is none: an HTML block of it cannot interrupt a paragraph, nor MDX's JSX).
 */
const BLOCK_START = /^(?:[#>+\-*=_`~:|{]|\d{1,9}[.)]|\[!|<(?!a[\s>]))/i;

/**
 * Whether a line break between `left` and `right` (the text of its line before and after it, container
 * marks blank) is a soft break inside the block: both hold text, the line it ends is no hard break,
 * thematic break or underline, and the one it starts starts no block.
 */
function softBreakFits(left: string, right: string): boolean {
  const next = right.trimStart();
  return /[^-=*_:|+\s]/.test(left) && !/ {2}$|\\$/.test(left) && next !== '' && !BLOCK_START.test(next);
}

/** `text` with `texts[i]` in place of `slots[i]` (in order, apart). */
function withSlotsFilled(text: string, slots: readonly BreakSlot[], texts: readonly string[]): string {
  return spliceText(
    text,
    slots.map(({ at, length }, index) => ({ from: at, to: at + length, text: texts[index] ?? '' })),
  );
}

/**
 * `replacement`'s text with its line breaks where each is a soft break of its block (softBreakFits), given
 * what its lines hold `before` and `after` it (container marks blank), so lines keep their numbers and the
 * paragraph, list item or quote stays one: before it or after it when a space is there (a reader sees
 * none more), else at its slots; undefined when they do not all fit.
 */
function placeLineBreaks(
  { text, breaks, slots }: Replacement,
  before: string,
  after: string,
): string | undefined {
  if (breaks.length === 0) return text;
  const shown = withoutLineMarks(text);
  const candidates = [
    ...(/[ \t]$/.test(before) ? [{ at: 0, length: 0 }] : []),
    ...(/^[ \t]/.test(after) ? [{ at: text.length, length: 0 }] : []),
    ...slots,
  ];
  let chosen: BreakSlot[] = [];
  for (const slot of candidates) {
    if (chosen.length === breaks.length) break;
    const trial = [...chosen, slot].sort((a, b) => a.at - b.at);
    const lines = `${before}${withSlotsFilled(
      shown,
      trial,
      trial.map(() => '\0'),
    )}${after}`.split('\n');
    const fits = lines.every((line) =>
      line
        .split('\0')
        .every(
          (left, index, parts) => index === parts.length - 1 || softBreakFits(left, parts[index + 1] ?? ''),
        ),
    );
    if (fits) chosen = trial;
  }
  return chosen.length === breaks.length ? withSlotsFilled(text, chosen, breaks) : undefined;
}

/**
 * The `replacements` of a block's text `source` (offsets in it, in order, apart), each with its line breaks
 * placed (placeLineBreaks) given the block's text around it as written so far, or undefined where they do
 * not fit (what it replaces is then left as written).
 */
function placedInBlock(source: string, replacements: readonly Replacement[]): (string | undefined)[] {
  // What a reader sees after each: a replacement of no text is nothing there.
  let shownSource = withoutLineMarks(source);
  for (const { from, to, text } of replacements)
    if (text.trim() === '')
      shownSource = `${shownSource.slice(0, from)}${' '.repeat(to - from)}${shownSource.slice(to)}`;
  const placed: (string | undefined)[] = [];
  let shown = '';
  let cursor = 0;
  replacements.forEach((replacement, index) => {
    const { from, to } = replacement;
    shown += shownSource.slice(cursor, from);
    // A later replacement's own line breaks may go before it: its text is not this line's to count on.
    const next = replacements.slice(index + 1).find((later) => later.breaks.length > 0);
    const lineEnd = source.indexOf('\n', to);
    const end = Math.min(lineEnd === -1 ? source.length : lineEnd, next?.from ?? source.length);
    const text = placeLineBreaks(
      replacement,
      shown.slice(shown.lastIndexOf('\n') + 1),
      shownSource.slice(to, end),
    );
    placed.push(text);
    shown += text === undefined ? withoutLineMarks(source.slice(from, to)) : withoutLineMarks(text);
    cursor = to;
  });
  return placed;
}

/** Each run of spaces in `text`, the text of a link written at `at` (as plain text: no tag, no code), as a slot. */
function spaceSlots(text: string, at: number): BreakSlot[] {
  if (/[<`]/.test(text)) return [];
  return [...text.matchAll(/[ \t]+/g)].map((space) => ({ at: at + space.index, length: space[0].length }));
}

/**
 * `markdown` without its Markdown links that have no name, as the build reads them (namelessKind), each in
 * `leftOut` with its offset: Learn shows `[](url)` (`Sie können [](/powershell/module/Azuread) auch`, as a
 * machine translation left it), `[ ](url)` or `[][ref]` as an empty link, which no reader sees: left out,
 * its content (white space) kept, as is a space too many beside it. One holding images without alt text
 * (`[![](a.png)](page.md)`) keeps its images, without the link; one to an image file the build names
 * "Full-size image" stays, as does the title of a Learn marker (`[!INCLUDE [](x.md)]`). Lines keep their
 * numbers: the line breaks of one over lines go where a space was beside it (placedInBlock); one whose line
 * breaks fit nowhere without ending its paragraph is left as written, for the build to name.
 */
function withoutNamelessLinks(markdown: string, leftOut: LeftOut[]): string {
  if (!markdown.includes('](') && !markdown.includes('][')) return markdown;
  const tree = parseMarkdown(markdown);
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node: Definition) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  // Where each paragraph, heading and table cell is: a link's line breaks stay in its block.
  const blocks: { from: number; to: number }[] = [];
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return undefined;
    const { start, end } = node.position ?? {};
    if (start?.offset !== undefined && end?.offset !== undefined)
      blocks.push({ from: start.offset, to: end.offset });
    return SKIP;
  });
  const found: (Replacement & { message: string })[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'linkReference') return undefined;
    const target = node.type === 'link' ? node : definitions.get(node.identifier);
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    // Text, or an image's alt text, names it: most links, read no further.
    if (toString(node).trim() !== '') return SKIP;
    const children = nameContent(node.children);
    if (target === undefined || from === undefined || to === undefined || children === undefined) return SKIP;
    if (MARKER_BEFORE_LINK.test(markdown.slice(markdown.lastIndexOf('\n', from - 1) + 1, from))) return SKIP;
    const { url, title } = target;
    const kind = namelessKind({
      type: 'element',
      tagName: 'a',
      properties: { href: url, ...(title ? { title } : {}) },
      children,
    });
    if (kind === undefined) return SKIP;
    const innerFrom = node.children[0]?.position?.start.offset ?? from + 1;
    const innerTo = node.children.at(-1)?.position?.end.offset ?? innerFrom;
    const inner = markdown.slice(innerFrom, innerTo);
    const breaks = [
      ...lineBreaksIn(markdown.slice(from, innerFrom)),
      ...(inner.trim() === '' ? lineBreaksIn(inner) : []),
      ...lineBreaksIn(markdown.slice(innerTo, to)),
    ];
    const written = inPlaceOf(markdown, { from, to }, inner, breaks.length > 0);
    found.push({
      ...written,
      breaks,
      message: leftOutMessage(kind, url),
    });
    return SKIP;
  });
  const edits: { from: number; to: number; text: string }[] = [];
  for (const block of blocks) {
    const inBlock = found.filter(({ from, to }) => from >= block.from && to <= block.to + 1);
    const source = markdown.slice(block.from, block.to);
    const relative = inBlock.map((link) => ({
      ...link,
      from: link.from - block.from,
      to: link.to - block.from,
    }));
    placedInBlock(source, relative).forEach((text, index) => {
      const link = inBlock[index];
      // Its line breaks fit nowhere in its block without ending it: it is left as written.
      if (link === undefined || text === undefined) return;
      edits.push({ from: link.from, to: link.to, text });
      leftOut.push({ offset: link.from, message: link.message });
    });
  }
  return spliceText(markdown, edits);
}

/** The characters a bare URL in prose never holds: spaces, brackets, quotes and full-width punctuation. */
const NOT_IN_URL = `[^\\s<>()[\\]"'\`${WIDE_PUNCTUATION_RANGES}]`;
/**
 * An absolute http(s) URL in prose: Markdown link target, autolink, or GFM's bare-URL literal, ending before
 * full-width punctuation as the build's bare URLs do (bareUrlEnd).
 */
const WEB_URL = new RegExp(`\\bhttps?://${NOT_IN_URL}+`, 'giu');
/** A bare `www.…` address, which GFM (and Learn) link where a link may start; the build links it over https. */
const WWW_URL = new RegExp(`(?<=^|[\\s*_~(])www\\.${NOT_IN_URL}+`, 'giu');
/**
 * `<xref:Namespace.Type.Member>` with Learn's optional `?displayProperty=…`, `?text=…` and `*` overload marker,
 * read as docfx's XrefInlineParser reads it, to the `>` (spaces too: powerapps-docs'
 * `<xref:Microsoft.Dynamics.CRM.EntityMetadata?text=EntityMetadata EntityType>`); not the destination of a
 * Markdown link (`[text](<xref:…>)`), which has its text.
 */
const XREF_AUTOLINK = /(?<!\]\(\s*)<xref:([^>\n]+)>/g;
/** An xref's UID, autolink or link destination (`[t](xref:N.T.M)`): what the page shows of the API's names. */
const XREF_ANY = /<xref:([^>\n]+)>|\]\(\s*<?xref:([^\s)>]+)/g;

/**
 * An `<xref:…>` as written: its UID with its query but `text`, and that text, which names the link before any
 * name of the API's (docfx's XrefResolver: text, then displayProperty, then name) and is no part of its address.
 */
function xrefAutolinkParts(written: string): { uid: string; text: string | undefined } {
  const [, path = '', query = '', hash = ''] = /^([^?#]*)(?:\?([^#]*))?(#.*)?$/.exec(written.trim()) ?? [];
  const parameters = new URLSearchParams(query);
  const text = parameters.get('text')?.trim();
  if (text === undefined) return { uid: written.trim(), text: undefined };
  parameters.delete('text');
  const rest = parameters.toString();
  return { uid: `${path}${rest === '' ? '' : `?${rest}`}${hash}`, text: text === '' ? undefined : text };
}

/** Names for `count` generic type parameters, as Learn shows them without the API's metadata: `T`, or `T1,T2`…. */
function typeParameters(count: number): string[] {
  return count === 1 ? ['T'] : Array.from({ length: count }, (_, index) => `T${index + 1}`);
}

/** `s` split at each top-level `separator`, not inside `{}`, `[]` or `()`. */
function splitTopLevel(s: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < s.length; index++) {
    const char = s[index];
    if (char === '{' || char === '[' || char === '(') depth++;
    else if (char === '}' || char === ']' || char === ')') depth--;
    else if (char === separator && depth === 0) {
      parts.push(s.slice(start, index));
      start = index + 1;
    }
  }
  return [...parts, s.slice(start)];
}

/** A name of a UID with its generic arity (`List`1`, a method's ``Select``2``) as Learn shows it: `List<T>`. */
function genericName(name: string): { name: string; arity: number } {
  const match = /^(.*?)`{1,2}(\d+)$/.exec(name);
  if (!match) return { name, arity: 0 };
  const arity = Number(match[2]);
  return { name: `${match[1] ?? ''}<${typeParameters(arity).join(',')}>`, arity };
}

/**
 * A parameter type of a member's UID as Learn shows it: its last name (`String`), or its full name with
 * `full`; generic arguments in `<>` (`IEnumerable{System.String}` → `IEnumerable<String>`), a type
 * parameter by its place (`` `0 `` of the type, ``` ``0 ``` of the method) named as `typeParameters` names
 * them, arrays kept (`[]`, `[0:,0:]` → `[,]`), a by-reference `@` dropped, as Learn's parameter lists show.
 */
function parameterText(written: string, arities: { type: number; method: number }, full: boolean): string {
  const type = written.trim().replace(/@$/, '');
  const place = /^(`{1,2})(\d+)(.*)$/.exec(type);
  if (place) {
    const names = typeParameters(place[1] === '``' ? arities.method : arities.type);
    return `${names[Number(place[2])] ?? `T${Number(place[2]) + 1}`}${place[3] ?? ''}`;
  }
  const [, base = type, arrays = ''] = /^(.*?)((?:\[[\d:,]*\]|\*)*)$/.exec(type) ?? [];
  const generic = /^([^{]*)\{(.*)\}$/.exec(base);
  const name = generic?.[1] ?? base;
  const shown = full ? name : (name.split('.').at(-1) ?? name);
  const argumentList =
    generic?.[2] === undefined
      ? ''
      : `<${splitTopLevel(generic[2], ',')
          .map((argument) => parameterText(argument, arities, full))
          .join(',')}>`;
  return `${shown}${argumentList}${arrays.replace(/[\d:]/g, '')}`;
}

/** Markdown link text that shows `text` as it is: every character Markdown, GFM or MDX reads escaped. */
function escapeLinkText(text: string): string {
  return text.replace(/[\\`*_[\]<>{}&|~!]/g, '\\$&');
}

/** A UID's path decoded (`%23ctor` is `#ctor`, `%601` is `` `1 ``), without its query and overload `*`. */
function decodedUid(uid: string): { decoded: string; overload: boolean } {
  const path = uid.split('?')[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path.split('#')[0] ?? '');
  } catch {
    decoded = path;
  }
  return { decoded: decoded.replace(/\*$/, ''), overload: /\*$/.test(decoded) };
}

/**
 * The dotted names of a UID before its parameters (`System.IO.File.Open`), and whether its form says it names
 * a member: an overload's `*`, parameters, `#ctor`, a method's arity (``` ``2 ```); or a type: a type's
 * arity (`` `3 ``, as `IShiftOperators%603`). Anything else may be either (`System.Uri`, `System.Uri.Host`).
 */
function uidForm(uid: string): { names: string[]; member: boolean; type: boolean } {
  const { decoded, overload } = decodedUid(uid);
  const open = decoded.indexOf('(');
  const names = (open === -1 ? decoded : decoded.slice(0, open)).split('.');
  const last = names.at(-1) ?? '';
  const member = overload || open !== -1 || last === '#ctor' || /``\d+$/.test(last);
  return { names, member, type: !member && /[^`]`\d+$/.test(last) };
}

/** The UIDs of the xrefs of `markdown` outside code (`<xref:N.T>`, `[t](xref:N.T.M*)`), as written. */
export function xrefUids(markdown: string): string[] {
  const uids: string[] = [];
  mapProseOutsideCode(markdown, (prose) => {
    for (const match of prose.matchAll(XREF_ANY)) uids.push(match[1] ?? match[2] ?? '');
    return prose;
  });
  return uids;
}

/**
 * The namespaces the UIDs of a page show, as Learn's API metadata would tell: the folder above a type, where
 * a UID's form says it is a type or a member's (`System.Diagnostics` of
 * `System.Diagnostics.ActivitySource.CreateActivity*`), or where another UID of the page names something
 * inside it, which a member never has, so it is a type or a namespace (`System.Diagnostics` of
 * `System.Diagnostics.Activity`, which `System.Diagnostics.Activity.Source` shows is one). A folder a UID's
 * form shows is a type is none: `System.Environment.SpecialFolder.Desktop` makes `System.Environment` one
 * only if no `System.Environment.Exit*` says it is a type, which holds the nested type (Learn's
 * "Environment.SpecialFolder"). A type nested in another, with nothing to say so, still makes its outer type one.
 */
export function xrefNamespaces(uids: Iterable<string>): Set<string> {
  const namespaces = new Set<string>();
  const types = new Set<string>();
  const forms = [...uids].map(uidForm);
  const folders = new Set(forms.map(({ names }) => names.slice(0, -1).join('.')));
  for (const { names, member, type } of forms) {
    const typeNames = member ? names.slice(0, -1) : type || folders.has(names.join('.')) ? names : [];
    if (member || type) types.add(typeNames.join('.'));
    if (typeNames.length > 1) namespaces.add(typeNames.slice(0, -1).join('.'));
  }
  for (const type of types) namespaces.delete(type);
  return namespaces;
}

/**
 * The text Learn shows for an xref, as Markdown link text: the member's name (`String`), `Type.Member` with
 * `displayProperty=nameWithType` or the full name with `fullName`. Learn writes generic arity as type
 * parameters (`List%601` is `List<T>`; without the API's metadata their names here are `T`, or `T1,T2`…)
 * and a method's parameters by their types' names (`File.Open(String, FileMode)`); names are split at
 * their dots outside the parentheses, and `#ctor` is the type's own name (`WebClient()` for the
 * parameterless constructor's UID, `WebClient.%23ctor`; `WebClient` for its overloads', `%23ctor*`). A type's `nameWithType` is its own
 * name, as Learn's metadata has it (`ActivitySamplingResult`, not `Diagnostics.ActivitySamplingResult`):
 * without that metadata, a UID is a type when its form says so (`IShiftOperators%603`), when it is a root
 * namespace's (`System.Uri`), or when `namespaces` (those the page's UIDs show: `xrefNamespaces`) has its
 * folder; a namespace there is named in full, as Learn names one.
 */
export function xrefText(uid: string, namespaces: ReadonlySet<string> = new Set()): string {
  const query = uid.split('?')[1] ?? '';
  const { decoded, overload } = decodedUid(uid);
  const form = uidForm(uid);
  const open = decoded.indexOf('(');
  const names = (open === -1 ? decoded : decoded.slice(0, open)).split('.').map(genericName);
  const type = names.at(-2);
  // A constructor's UID without parameters or `*` is the parameterless one, which Learn names `T()`.
  const parameterless = names.at(-1)?.name === '#ctor' && open === -1 && !overload;
  if (names.at(-1)?.name === '#ctor' && type) names.splice(-1, 1, { name: type.name, arity: 0 });
  const display = new URLSearchParams(query).get('displayProperty');
  const full = display === 'fullName';
  const close = decoded.lastIndexOf(')');
  const parameters =
    open === -1
      ? parameterless
        ? '()'
        : ''
      : `(${splitTopLevel(decoded.slice(open + 1, close === -1 ? undefined : close), ',')
          .filter((parameter) => parameter.trim() !== '')
          .map((parameter) =>
            parameterText(parameter, { type: type?.arity ?? 0, method: names.at(-1)?.arity ?? 0 }, full),
          )
          .join(', ')})`;
  const folder = form.names.slice(0, -1).join('.');
  const namespace = !form.member && !form.type && namespaces.has(form.names.join('.'));
  const ownName = !form.member && (form.type || form.names.length === 2 || namespaces.has(folder));
  const shown =
    full || namespace ? names : display === 'nameWithType' && !ownName ? names.slice(-2) : names.slice(-1);
  return escapeLinkText(`${shown.map((part) => part.name).join('.')}${parameters}`);
}

/** An xref as a link destination: its parentheses escaped when they are not balanced, so the link ends where it should. */
function xrefDestination(uid: string): string {
  let depth = 0;
  for (const char of uid) {
    depth += char === '(' ? 1 : char === ')' ? -1 : 0;
    if (depth < 0) break;
  }
  return `xref:${depth === 0 ? uid : uid.replace(/[()]/g, '\\$&')}`;
}

/**
 * The text of an HTML link as Markdown link text: a link inside it (`<https://…>`, `[t](u)`) is its text,
 * as a link holds no other link (Markdown would show the brackets of both).
 */
function linkText(inner: string): string {
  return inner.replace(/<(https?:\/\/[^>\s]+)>/gi, '$1').replace(/\[([^\]]*)\]\([^)\s]*\)/g, '$1');
}

/** An `<a>` element read by parse5, with where its start tag is in the HTML read and where a browser ends it. */
interface Anchor {
  attributes: Map<string, string>;
  start: number;
  openEnd: number;
  /** Where its text ends and where the element does (after its end tag); undefined while it is left open. */
  close: { start: number; end: number } | undefined;
}

/**
 * Each `<a>` of `html` (the HTML read of `source`) as a browser reads it, ended by its own end tag. In a
 * table cell (`inCell`), one left open ends where parse5 ends it (at the next `<a>`, else at the cell's end,
 * before its white space), as a browser ends it at the cell's `</td>`: `| <a href="u">cell⏎</a> | x |` is a
 * row, and a row whose first cell is `</a>`. One left open elsewhere has no `close`: a browser carries it on
 * past its paragraph.
 */
function anchorsOf(html: string, source: string, inCell: boolean): Anchor[] {
  const anchors: Anchor[] = [];
  const walk = (node: DefaultTreeAdapterTypes.ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const location = child.sourceCodeLocation;
      const open = location?.startTag;
      if (child.tagName === 'a' && location && open) {
        const endTag = location.endTag;
        const textEnd = open.endOffset + source.slice(open.endOffset, location.endOffset).trimEnd().length;
        anchors.push({
          attributes: new Map(child.attrs.map(({ name, value }) => [name, value])),
          start: open.startOffset,
          openEnd: open.endOffset,
          close: endTag
            ? { start: endTag.startOffset, end: endTag.endOffset }
            : inCell
              ? { start: textEnd, end: textEnd }
              : undefined,
        });
      }
      walk(child);
    }
  };
  walk(parseFragment(html, { sourceCodeLocationInfo: true }));
  return anchors;
}

/** Where the table cells of `markdown` start, as the parser reads them: the offsets of htmlStretches' cells. */
function tableCellStarts(markdown: string): Set<number> {
  const starts = new Set<number>();
  visit(parseMarkdown(markdown), 'tableCell', (cell) => {
    if (cell.position?.start.offset !== undefined) starts.add(cell.position.start.offset);
    return SKIP;
  });
  return starts;
}

/**
 * An `href` as a browser reads it (the WHATWG URL parser drops tabs and line breaks and trims C0 controls and
 * spaces at its ends), a line break's indent dropped with it, which Markdown reads as the line's start, not
 * the value's: `href="https://learn.microsoft.com/⏎multi"` is `https://learn.microsoft.com/multi`.
 */
function browserHref(href: string): string {
  // eslint-disable-next-line no-control-regex -- the C0 controls a browser trims
  return href.replace(/\n[ \t]*|[\t\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** A backslash a bare Markdown destination would read as an escape (before ASCII punctuation, or its `)`). */
const ESCAPING_BACKSLASH = new RegExp(String.raw`\\(?=${ESCAPABLE.source}|$)`, 'g');

/**
 * An `href` as a Markdown link destination that reads as the URL a browser follows (browserHref): in `<…>`
 * when it holds a space, `<`, `>` or unbalanced parentheses, an `&` that would read as an entity written
 * `&amp;`, a backslash that would escape what follows it (`..\..\a.md`) escaped; undefined when it still
 * holds a control character, which no Markdown destination holds (the tag then stays HTML, for the build to
 * refuse).
 */
function markdownDestination(href: string): string | undefined {
  const followed = browserHref(href);
  // eslint-disable-next-line no-control-regex -- control characters are what is refused here
  if (/[\u0000-\u001f\u007f]/.test(followed)) return undefined;
  const written = followed.replace(/&(?=#?\w+;)/g, '&amp;');
  let depth = 0;
  for (const char of written) {
    depth += char === '(' ? 1 : char === ')' ? -1 : 0;
    if (depth < 0) break;
  }
  return depth === 0 && !/[\s<>]/.test(written)
    ? written.replace(ESCAPING_BACKSLASH, '\\\\')
    : `<${written.replace(/[<>\\]/g, '\\$&')}>`;
}

/** An HTML link as hast, as the Markdown link written of it reads: its href, and its text (`inner`) as HTML. */
function htmlLink(href: string, inner: string): Element {
  const { children } = fromParse5(parseFragment(inner)) as { children: ElementContent[] };
  return { type: 'element', tagName: 'a', properties: { href }, children };
}

/** A bookmark's id as it may be written back (letters, digits, `_`, `-`, `.`, `:`), or undefined. */
function bookmarkId(anchor: Anchor): string | undefined {
  const value = anchor.attributes.get('id') ?? anchor.attributes.get('name');
  return value !== undefined && /^[\w.:-]+$/u.test(value) ? value : undefined;
}

/** The line breaks of a tag (tagOnOneLine), each with what starts its line, to write in what replaces it. */
const lineBreaksOf = (source: string, html: string) => tagOnOneLine(source, html).lineBreaks;

/**
 * `markdown` with its HTML links (`<a href="u">t</a>`) written as Markdown links (`[t](u)`), so the build
 * marks and checks them; `<a href="" id="x">`, windows-driver-docs' bookmark, as the bookmark `<a id="x">`.
 * The tags are found as Markdown and a browser read them (htmlStretches, then parse5): in a paragraph, a
 * heading, a table cell or an HTML block, a link's text over several lines too (sdk-api writes
 * `<a href="/windows/desktop/Sync/object-names">Object Security⏎    and Access Rights</a>`), its href as a
 * browser follows it (over two lines too); never in code. An `<a>` left as HTML (no href, never closed, an
 * href holding a control character) gets its start tag on one line, which MDX reads as the tag it is, for
 * the build to check. A link whose Markdown would have no name (`<a href="x"></a>`, in an HTML table's
 * cell too, where the Markdown pass does not look) is left out as withoutNamelessLinks leaves one out, its
 * id kept as a bookmark, each in `leftOut`. Lines keep their numbers: a tag's line breaks go where each is
 * a soft break of its paragraph, list item or quote (placeLineBreaks): where a space was before or after
 * it, else in the link's parentheses or between the words of its text (`First line⏎<a href="u"⏎
 * title="t">y</a> z.` is `First line⏎[y](u)⏎ z.`), never leaving an empty line; where they fit nowhere,
 * the tag is left as written, which toMdxSafe puts on one line (withTagsOnOneLine).
 */
export function htmlLinksToMarkdown(markdown: string, leftOut: LeftOut[] = []): string {
  if (!/<a[\s>]/i.test(markdown)) return markdown;
  const cells = tableCellStarts(markdown);
  const edits: { from: number; to: number; text: string }[] = [];
  for (const { html, offset } of htmlStretches(markdown)) {
    const source = markdown.slice(offset, offset + html.length);
    const replacements: (Replacement & { message?: string })[] = [];
    for (const anchor of anchorsOf(html, source, cells.has(offset))) {
      const from = anchor.start;
      const openEnd = anchor.openEnd;
      const startTag = { source: source.slice(from, openEnd), html: html.slice(from, openEnd) };
      const href = anchor.attributes.get('href');
      // `<a href="" id="x"></a>`, windows-driver-docs' bookmark, is a place to link to, not a link.
      const bookmark = href?.trim() === '' ? bookmarkId(anchor) : undefined;
      const destination = href === undefined ? undefined : markdownDestination(href);
      const { close } = anchor;
      if (close === undefined || (bookmark === undefined && destination === undefined)) {
        if (startTag.source.includes('\n'))
          replacements.push({
            from,
            to: openEnd,
            text: tagOnOneLine(startTag.source, startTag.html).oneLine,
            breaks: lineBreaksOf(startTag.source, startTag.html),
            slots: [],
          });
        continue;
      }
      const to = close.end;
      const inner = source.slice(openEnd, close.start);
      const breaks = [
        ...lineBreaksOf(startTag.source, startTag.html),
        ...lineBreaksOf(source.slice(close.start, to), html.slice(close.start, close.end)),
      ];
      // As the Markdown link it would be: its href, its text (`<a href="x"></a>` in an HTML table's cell too).
      const nameless =
        bookmark === undefined && href !== undefined && (inner.trim() === '' || /[<&]/.test(inner))
          ? namelessKind(htmlLink(href, inner))
          : undefined;
      if (nameless !== undefined) {
        // Its id, if any, stays the bookmark it also is.
        const id = bookmarkId(anchor);
        const allBreaks = [
          ...breaks,
          ...(inner.trim() === '' ? lineBreaksOf(inner, html.slice(openEnd, close.start)) : []),
        ];
        const written = inPlaceOf(
          markdown,
          { from: offset + from, to: offset + to },
          inner,
          allBreaks.length > 0,
        );
        const kept = id === undefined ? '' : `<a id="${id}"></a>`;
        replacements.push({
          from,
          to: written.to - offset,
          text: `${kept}${written.text}`,
          breaks: allBreaks,
          slots: [
            ...written.slots.map(({ at, length }) => ({ at: kept.length + at, length })),
            ...(id === undefined ? [] : [{ at: '<a'.length, length: 1 }]),
          ],
          message: leftOutMessage(nameless, href ?? ''),
        });
        continue;
      }
      const shown = linkText(inner);
      const opening = bookmark !== undefined ? `<a id="${bookmark}"></a>` : '[';
      const text = bookmark !== undefined ? `${opening}${shown}` : `[${shown}](${destination ?? ''})`;
      replacements.push({
        from,
        to,
        text,
        breaks,
        // A line break is no text in a link's parentheses (before and after its destination), in a
        // bookmark's tag (in place of the space before `id`) or between the words of its text.
        slots: [
          ...(bookmark !== undefined
            ? [{ at: '<a'.length, length: 1 }]
            : [
                { at: text.length - 1, length: 0 },
                { at: opening.length + shown.length + ']('.length, length: 0 },
              ]),
          ...spaceSlots(shown, opening.length),
        ],
      });
    }
    replacements.sort((a, b) => a.from - b.from);
    placedInBlock(source, replacements).forEach((text, index) => {
      const replacement = replacements[index];
      // Its line breaks fit nowhere in its block without ending it: it is left as written.
      if (replacement === undefined || text === undefined) return;
      edits.push({ from: offset + replacement.from, to: offset + replacement.to, text });
      if (replacement.message !== undefined)
        leftOut.push({ offset: offset + replacement.from, message: replacement.message });
    });
  }
  return spliceText(markdown, edits);
}

/** A heading line holding nothing but a bookmark (`## <a id="x"></a>`, as windows-driver-docs writes some). */
const BOOKMARK_HEADING = /^[ \t]{0,3}#{1,6}[ \t]+(<a id="[\w.:-]+"><\/a>)[ \t]*#*[ \t]*$/u;

/** `url` without the punctuation after it that ends its sentence (`https://nunit.org.`), as GFM links a bare URL. */
const withoutTrailingPunctuation = (url: string) => url.replace(/[?!.,:*_~]+$/, '');

/** Counts a link to `url` (an absolute http(s) URL) at `place` under its host. */
function countHost(hosts: HostLinks, url: string, place: Place): void {
  let host: string | undefined;
  try {
    // docs.microsoft.com's links go to Learn's own host on the site (onLearnHost).
    host = new URL(onLearnHost(withoutTrailingPunctuation(url))).hostname;
  } catch {
    host = undefined;
  }
  // A host no link can go to (`https://.../groups/x`, a placeholder) is no host to allow.
  if (!host || !isHostName(host)) return;
  const places = hosts.get(host);
  if (places) places.push(place);
  else hosts.set(host, [place]);
}

/**
 * `markdown` with the text of each link written in brackets (`[text](url)`, `[text][ref]`) that holds an
 * address blotted out, lines and offsets kept: a URL there is what the link shows, not a link (GFM links none
 * inside a link), so `[https://x](https://x)` is one link to count. An autolink's text is its URL, and stays.
 */
function withoutLinkTexts(markdown: string): string {
  const texts: { start: number; end: number }[] = [];
  visit(parseMarkdown(markdown), (node) => {
    if (node.type !== 'link' && node.type !== 'linkReference') return undefined;
    const start = node.children[0]?.position?.start.offset;
    const end = node.children.at(-1)?.position?.end.offset;
    if (
      markdown[node.position?.start.offset ?? -1] === '[' &&
      start !== undefined &&
      end !== undefined &&
      /https?:\/\/|www\./i.test(markdown.slice(start, end))
    )
      texts.push({ start, end });
    return SKIP;
  });
  // Letters, not spaces: a line of nothing but link text stays a line of the paragraph. A text with no link
  // text to blot out is the text parsed, whose tree the next reader gets (parseMarkdown keeps it).
  return spliceText(
    markdown,
    texts.map(({ start, end }) => ({
      from: start,
      to: end,
      text: markdown.slice(start, end).replace(/[^\n]/g, 'x'),
    })),
  );
}

/**
 * The destinations of the links, definitions and autolinks of `markdown`, as written (`<…>` and all), that
 * hold an http(s) URL past their start: `<mailto:…?subject=…&body=… see http://privacy.microsoft.com/…>`, as
 * windows-driver-docs-ddi's feedback links write it, `https://a.example/?u=http://b.example`.
 */
function destinationsWithUrls(markdown: string): string[] {
  if (!/https?:\/\//i.test(markdown)) return [];
  const found = new Set<string>();
  visit(parseMarkdown(markdown), ['link', 'definition'], (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const start = node.position?.start.offset ?? -1;
    const end = node.position?.end.offset ?? -1;
    const written = markdown[start] === '<' ? { from: start, to: end } : writtenDestination(markdown, node);
    if (written === undefined) return;
    const destination = markdown.slice(written.from, written.to);
    const urlStart = destination.startsWith('<') ? 1 : 0;
    if ([...destination.matchAll(WEB_URL)].some((url) => url.index > urlStart)) found.add(destination);
  });
  return [...found];
}

/**
 * Whether a URL starting at `offset` of `prose` is inside another URL, a destination of `destinations`
 * (destinationsWithUrls) past its start: part of that URL, a mailto's body or a query, not a link of its own.
 */
function insideUrlAt(prose: string, destinations: readonly string[]): (offset: number) => boolean {
  const spans: { start: number; end: number }[] = [];
  for (const destination of destinations)
    for (let at = prose.indexOf(destination); at !== -1; at = prose.indexOf(destination, at + 1))
      spans.push({ start: at + (destination.startsWith('<') ? 1 : 0), end: at + destination.length });
  return (offset) => spans.some(({ start, end }) => offset > start && offset < end);
}

/**
 * Counts in `hosts` each link of `markdown` (prose, not code; lines from `firstLine` of `file`) to an outbound
 * host, once a link. Every URL of the prose counts but a link's text, a Learn directive's too
 * (`:::image … link="…"`, `[!VIDEO …]`), which the build links; not a URL inside another (insideUrlAt).
 */
function countLinkedHosts(hosts: HostLinks, markdown: string, file: string, firstLine: number): void {
  const destinations = destinationsWithUrls(markdown);
  mapProseOutsideCode(withoutLinkTexts(markdown), (prose, index) => {
    const place = { file, line: firstLine + index };
    const inside = insideUrlAt(prose, destinations);
    for (const url of prose.matchAll(WEB_URL)) if (!inside(url.index)) countHost(hosts, url[0], place);
    for (const [url] of prose.matchAll(WWW_URL)) countHost(hosts, `https://${url}`, place);
    return prose;
  });
}

/**
 * The outbound hosts the `pages` link (their files' text; not front matter or code), each with the page
 * and line of every link (countLinkedHosts): the hosts of the pages the site has, counted as the pass on
 * the source counts them.
 */
export function linkedHosts(pages: readonly { file: string; text: string }[]): HostLinks {
  const hosts: HostLinks = new Map();
  for (const { file, text } of pages) {
    const frontMatter = FRONT_MATTER.exec(text)?.[0] ?? '';
    countLinkedHosts(hosts, text.slice(frontMatter.length), file, frontMatter.split('\n').length);
  }
  return hosts;
}

/** A link destination written from the repository's root, docfx's `~/path`: inline (`](~/…)`) or a definition. */
const ROOT_LINK = /(\]\([ \t]*<?|^[ \t]*(?:>[ \t]*)*\[[^\]]+\]:[ \t]*<?)~\/([^\s)>]*)/g;

/**
 * The page's links written from the repository's root (`[t](~/docs/f/a.md)`, as docfx reads `~/`) written
 * relative to the page instead (`a.md`), as every other link is, given `pageFolder`, the page's folder in
 * the repository (`docs/f`); code left as it is. The build then resolves them as Learn does.
 */
export function rootLinksFromPage(markdown: string, pageFolder: string): string {
  return mapProseOutsideCode(markdown, (text) =>
    text.replace(ROOT_LINK, (_whole, opening: string, below: string) => {
      const { path, suffix } = pathAndSuffix(below);
      const relative = posix.relative(posix.normalize(pageFolder || '.'), posix.normalize(path || '.'));
      const folder = path.endsWith('/') && relative !== '' ? '/' : '';
      return `${opening}${relative === '' ? (suffix === '' ? './' : '') : relative}${folder}${suffix}`;
    }),
  );
}

/** A page's address, as a base only: a relative URL resolved against it shows what a browser makes of it. */
const PAGE_BASE = new URL('https://site.invalid/folder/page/');

/**
 * `href` with the backslashes of its path written `/`, as a browser reads them there (the WHATWG URL parser:
 * in a URL of a special scheme, https: and so a relative URL on an https page, a `\` before the query is a
 * `/`; in the query and #anchor it is itself) and as Learn's docfx reads them (`..\text\text-data-type.md`,
 * as dynamics365smb-devitpro-pb writes links). Undefined when its path has none, or when so written it would
 * not be the same URL (`mailto:`, whose `\` is a `\`), or a relative one would leave the page's origin
 * (`\\server\share\a.md` is `//server/share/a.md`): the build refuses that as written.
 */
export function slashedHref(href: string): string | undefined {
  const { path } = pathAndSuffix(href);
  if (!path.includes('\\')) return undefined;
  const slashed = `${path.replaceAll('\\', '/')}${href.slice(path.length)}`;
  try {
    const read = new URL(href, PAGE_BASE);
    if (read.href !== new URL(slashed, PAGE_BASE).href) return undefined;
    if (!URL.canParse(href) && read.origin !== PAGE_BASE.origin) return undefined;
  } catch {
    return undefined;
  }
  return slashed;
}

/**
 * Where the destination of the link or definition `node` is written in `markdown`, and the URL it reads as
 * there (CommonMark's backslash escapes undone): after the link text's `](` or the label's `]:`, in `<…>` or
 * bare; undefined for an autolink, or a destination not found so (the caller compares the URL read here with
 * the node's, so one written with an entity or over lines is left as it is).
 */
function writtenDestination(
  markdown: string,
  node: Link | Definition,
): { from: number; to: number; url: string } | undefined {
  const start = node.position?.start.offset;
  if (start === undefined || markdown[start] !== '[') return undefined;
  const opening = node.type === 'link' ? /\]\([ \t]*\n?[ \t]*/y : /\[(?:\\.|[^\\\]])*\]:[ \t]*\n?[ \t]*/y;
  opening.lastIndex =
    node.type === 'link' ? (node.children.at(-1)?.position?.end.offset ?? start + 1) : start;
  if (!opening.test(markdown)) return undefined;
  const from = opening.lastIndex;
  const angled = markdown[from] === '<';
  let url = '';
  let depth = 0;
  for (let at = angled ? from + 1 : from; at < markdown.length; at++) {
    const char = markdown[at] ?? '';
    if (char === '\\' && ESCAPABLE.test(markdown[at + 1] ?? '')) {
      url += markdown[++at] ?? '';
      continue;
    }
    if (angled) {
      if (char === '>') return { from, to: at + 1, url };
      if (char === '<' || char === '\n') return undefined;
    } else {
      // A bare destination ends at a space or control character, or a `)` it did not open.
      // eslint-disable-next-line no-control-regex -- control characters are what ends it
      if (/[\u0000-\u0020\u007f]/.test(char) || (char === ')' && depth === 0)) return { from, to: at, url };
      depth += char === '(' ? 1 : char === ')' ? -1 : 0;
    }
    url += char;
  }
  return angled ? undefined : { from, to: markdown.length, url };
}

/** A link whose path was written with backslashes: where, and its URL as written and as now written. */
interface SlashedLink {
  offset: number;
  written: string;
  slashed: string;
}

/**
 * `markdown` with each link and definition whose path holds a backslash, `[Text Data Type](..\text\a.md)`,
 * written with slashes (slashedHref), each in `slashed`; a Learn marker's path (`[!INCLUDE [t](..\x.md)]`)
 * is no link, and is left as it is.
 */
function withSlashedLinks(markdown: string, slashed: SlashedLink[]): string {
  if (!markdown.includes('\\')) return markdown;
  const edits: { from: number; to: number; text: string }[] = [];
  visit(parseMarkdown(markdown), ['link', 'definition'], (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const href = slashedHref(node.url);
    const written = href === undefined ? undefined : writtenDestination(markdown, node);
    const destination = href === undefined ? undefined : markdownDestination(href);
    if (written === undefined || written.url !== node.url || destination === undefined) return;
    const start = node.position?.start.offset ?? 0;
    if (MARKER_BEFORE_LINK.test(markdown.slice(markdown.lastIndexOf('\n', start - 1) + 1, start))) return;
    edits.push({ from: written.from, to: written.to, text: destination });
    slashed.push({ offset: written.from, written: node.url, slashed: href ?? '' });
  });
  return spliceText(markdown, edits);
}

/** What a path written with `\\` names, as the import says it: a link, a TOC's href, an image, an include, a code file. */
export type SlashedKind = 'link' | 'href' | 'image' | 'include' | 'code';

const SLASHED_NOUNS: Readonly<Record<SlashedKind, string>> = {
  link: 'link',
  href: 'href',
  image: 'image',
  include: 'include',
  code: 'code file',
};

/** A path written with `\\` the import reads (a link's: writes) with `/` (slashedHref), at its line. */
export interface SlashedPath {
  /** What it names, when not the kind slashedMessage is given. */
  kind?: SlashedKind;
  written: string;
  slashed: string;
  line: number;
}

/**
 * What the import says of the paths of a file (a TOC's hrefs; a page's links, images, includes and code
 * files) it wrote (read) with `/` for `\\`, each with its line, in one sentence: the first named, the lines of
 * the others. Each is of `kind` unless it says its own; a link's path is written so in the page.
 */
export function slashedMessage(kind: SlashedKind, slashed: readonly SlashedPath[]): string {
  const [first] = slashed;
  const kinds = [...new Set(slashed.map((path) => path.kind ?? kind))];
  const [only] = kinds;
  const lines = [...new Set(slashed.map(({ line }) => line))].sort((a, b) => a - b);
  const why = 'as Learn and browsers read a "\\" in a URL\'s path';
  const written = only === 'link' && kinds.length === 1;
  if (slashed.length <= 1)
    return `the ${SLASHED_NOUNS[first?.kind ?? kind]} "${first?.written ?? ''}" is ${written ? 'written' : 'read as'} "${first?.slashed ?? ''}", ${why}.`;
  const counts = kinds.map((each) => {
    const count = slashed.filter((path) => (path.kind ?? kind) === each).length;
    return `${count} ${SLASHED_NOUNS[each]}${count === 1 ? '' : 's'}`;
  });
  const what =
    only !== undefined && kinds.length === 1
      ? `${slashed.length} ${SLASHED_NOUNS[only]}s with "\\" in their paths are`
      : `${slashed.length} paths with "\\" (${counts.join(', ')}) are`;
  return `${what} ${written ? 'written' : 'read'} with "/", ${why} ("${first?.written ?? ''}" is "${first?.slashed ?? ''}"), on line${lines.length > 1 ? 's' : ''} ${few(lines.map(String))}.`;
}

/** The paths of `file` read with `/` for `\\` (`slashed`, of `kind` unless each says), as one note at the first. */
export function slashedNote(file: string, kind: SlashedKind, slashed: readonly SlashedPath[]): LinkNote[] {
  const first = Math.min(...slashed.map(({ line }) => line));
  return slashed.length === 0 ? [] : [{ file, line: first, message: slashedMessage(kind, slashed) }];
}

/** The links of `text` (from line `firstLine`) written with slashes (withSlashedLinks), each at its line. */
function slashedLinkPaths(text: string, slashed: readonly SlashedLink[], firstLine: number): SlashedPath[] {
  return slashed.map(({ offset, written, slashed: read }) => ({
    kind: 'link',
    written,
    slashed: read,
    line: firstLine + text.slice(0, offset).split('\n').length - 1,
  }));
}

/** Each link left out of `text` (from line `firstLine` of `file`) as a warning at its line. */
function notesOf(text: string, leftOut: readonly LeftOut[], file: string, firstLine: number): LinkNote[] {
  return leftOut.map(({ offset, message }) => ({
    file,
    line: firstLine + text.slice(0, offset).split('\n').length - 1,
    message,
  }));
}

/**
 * True when `host` (a URL's hostname, as the URL parser gives it) is a domain name on the web: labels
 * (isHostName) with a dot between, the last holding a letter. Not `localhost` or an intranet name
 * (`contoso`), an IP address, nor what the URL parser takes for a host in a setting (`+`, `*`).
 */
function isWebDomain(host: string): boolean {
  const labels = host.replace(/\.$/, '').split('.');
  return labels.length > 1 && !host.startsWith('[') && isHostName(host) && /[a-z]/.test(labels.at(-1) ?? '');
}

/** True when `url` (an http(s) URL as written in prose) names a domain on the web (isWebDomain). */
function goesToWebDomain(url: string): boolean {
  const host = URL.parse(withoutTrailingPunctuation(url))?.hostname;
  return host !== undefined && isWebDomain(host);
}

/**
 * What a URL at `offset` of `markdown` (its tree) is to the build: `written` in a link as its author wrote
 * it (`[t](u)`, `<u>`, a definition, an image, a link's text), a bare `literal` GFM links, `text` GFM does not
 * link (`" https://+:443 ; http://+:80 "`), or `other` (HTML, a text GFM split without positions).
 */
function urlPlaceAt(
  tree: Readonly<Root>,
  markdown: string,
  offset: number,
): 'written' | 'literal' | 'text' | 'other' {
  let node: Readonly<Nodes> = tree;
  for (;;) {
    if (!('children' in node)) break;
    const child: Readonly<Nodes> | undefined = node.children.find(
      ({ position }) =>
        position?.start.offset !== undefined &&
        position.end.offset !== undefined &&
        position.start.offset <= offset &&
        offset < position.end.offset,
    );
    if (child === undefined) break;
    if (child.type === 'link')
      return /[[<]/.test(markdown[child.position?.start.offset ?? 0] ?? '') ? 'written' : 'literal';
    if (['linkReference', 'definition', 'image', 'imageReference'].includes(child.type)) return 'written';
    node = child;
  }
  return node.type === 'text' ? 'text' : 'other';
}

/**
 * `markdown`'s http URLs in prose (outside code; from line `firstLine` of `file`) written https where the
 * build links them, each line's once in `report`: a link as written, and a bare URL the build links
 * (GFM's literal, HTML, a Learn directive's) to a domain on the web. A bare URL that is text (no literal:
 * `http://+:80` in a setting) or inside another URL stays as written. One GFM links to no domain on the web
 * (`http://localhost:5000`), where https would be another address, is escaped (`http:\//…`) to be the text it
 * reads, as the site links out over https only, with a warning in `notes`; one that is an attribute's value
 * (a Learn image's `link="http://localhost/"`) is left as written, for the build to refuse.
 */
function withSecureUrls(
  markdown: string,
  file: string,
  firstLine: number,
  report: LinkReport,
  notes: LinkNote[],
): string {
  if (!/http:\/\//i.test(markdown)) return markdown;
  // Each character of prose outside code a NUL, code kept: where a URL is in prose.
  const prose = mapProseOutsideCode(markdown, (text) => '\0'.repeat(text.length));
  const tree = parseMarkdown(markdown);
  const inside = insideUrlAt(markdown, destinationsWithUrls(markdown));
  const rewrittenOnLine = new Map<number, Set<string>>();
  const edits: { from: number; to: number; text: string }[] = [];
  let line = 0;
  let lineCounted = 0;
  for (const { 0: url, index: at } of markdown.matchAll(WEB_URL)) {
    if (!/^http:/i.test(url) || prose[at] !== '\0' || inside(at)) continue;
    for (
      let next = markdown.indexOf('\n', lineCounted);
      next !== -1 && next < at;
      next = markdown.indexOf('\n', next + 1)
    ) {
      line++;
      lineCounted = next + 1;
    }
    const place = urlPlaceAt(tree, markdown, at);
    const from = withoutTrailingPunctuation(url);
    const inAttribute = /=["']?$/.test(markdown.slice(Math.max(0, at - 2), at));
    if (place === 'text') continue;
    if (place !== 'written' && !goesToWebDomain(url)) {
      if (place !== 'literal' || inAttribute) continue;
      edits.push({ from: at + 'http:'.length, to: at + 'http:'.length, text: '\\' });
      notes.push({
        file,
        line: firstLine + line,
        message: `"${from}" is written as text, not a link (Learn links it over http, which the site never links to; its host is no domain on the web, so https:// would be another address).`,
      });
      continue;
    }
    const rewrittenHere = rewrittenOnLine.get(line) ?? new Set<string>();
    rewrittenOnLine.set(line, rewrittenHere);
    if (!rewrittenHere.has(from)) {
      rewrittenHere.add(from);
      report.httpsRewrites.push({ file, line: firstLine + line, from });
    }
    edits.push({ from: at, to: at + 'http:'.length, text: 'https:' });
  }
  return spliceText(markdown, edits);
}

/**
 * A link's URL as the build checks it: after Learn's resolution (src/lib/learn-links.ts), which makes an
 * `xref:` an https:// URL. A link it cannot resolve is the written-pages check's to report (link-preview.ts).
 */
export function builtLinkUrl(url: string): string | undefined {
  try {
    return resolveLearnLink(url, { sitePages: new Set(), learnBase: LEARN_BASE, learnFolder: '' });
  } catch {
    return undefined;
  }
}

/** `text` as inline code: in a run of backticks longer than any it holds, spaced when it starts or ends with one. */
function inlineCode(text: string): string {
  const fence = '`'.repeat(Math.max(0, ...[...text.matchAll(/`+/g)].map(([run]) => run.length)) + 1);
  const spaced = text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text;
  return `${fence}${spaced}${fence}`;
}

/**
 * `markdown` with each link to a scheme the site never links (an app's, as winrt-api's
 * `[open the app](xamlcontrolsgallery:/item/AppBar)`, `ms-settings:`, `tel:`, `ftp://`: classifyUrl's
 * "scheme" refusal, not code such as `javascript:`) written as its text followed by its address as code,
 * `open the app (`xamlcontrolsgallery:/item/AppBar`)`: Learn links it, the site links only https and mailto,
 * and the build would refuse the page; said in `notes` at its line. The lines are kept; a link in a table
 * whose address holds a `|`, and one written by reference, are left for the build to refuse.
 */
function withoutAppLinks(markdown: string, file: string, firstLine: number, notes: LinkNote[]): string {
  if (!/\]\(|<[a-z][a-z\d+.-]*:/i.test(markdown)) return markdown;
  const edits: { from: number; to: number; text: string }[] = [];
  visit(parseMarkdown(markdown), 'link', (node) => {
    const built = builtLinkUrl(node.url);
    const found = built === undefined ? undefined : classifyUrl(built);
    if (found?.kind !== 'refused' || found.rule !== 'scheme' || node.url.includes('|')) return;
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined) return;
    const written = markdown[from] === '[' ? writtenDestination(markdown, node) : undefined;
    if (markdown[from] === '[' && (written === undefined || written.url !== node.url)) return;
    const text =
      written === undefined
        ? ''
        : markdown.slice(
            node.children[0]?.position?.start.offset ?? from + 1,
            node.children.at(-1)?.position?.end.offset ?? from + 1,
          );
    const address = inlineCode(node.url);
    edits.push({ from, to, text: text.trim() === '' ? address : `${text} (${address})` });
    notes.push({
      file,
      line: firstLine + (node.position?.start.line ?? 1) - 1,
      message: `the link "${node.url}" uses the ${URL.parse(node.url)?.protocol ?? ''} scheme, which the site never links (only https:// and mailto:): its text is kept and its address follows it as code. Link an https:// page instead, if there is one.`,
    });
  });
  return spliceText(markdown, edits);
}

/**
 * The prose of `text` (outside code) with its links rewritten as described above; `report` filled, each
 * http URL of a line once: `[http://x](http://x)`, a link whose text is its own address, is one rewrite
 * and one link to its host, and so is `http://x.` in the sentence after it one rewrite. Each link left out
 * for having no name is a warning in `notes`, at its line, and the links written with `/` for `\` are one,
 * or, given `slashedPaths`, are put there for the caller to say with the file's other paths so read.
 */
export function rewriteLinks(
  text: string,
  file: string,
  firstLine: number,
  report: LinkReport,
  notes: LinkNote[] = [],
  slashedPaths?: SlashedPath[],
): string {
  const fromHtml: LeftOut[] = [];
  const markdown = htmlLinksToMarkdown(text, fromHtml);
  const fromMarkdown: LeftOut[] = [];
  const named = withoutNamelessLinks(markdown, fromMarkdown);
  const slashed: SlashedLink[] = [];
  const slashedLinks = withSlashedLinks(named, slashed);
  // Each keeps the lines: each warning's line is that of its own text.
  const slashedHere = slashedLinkPaths(named, slashed, firstLine);
  slashedPaths?.push(...slashedHere);
  const escaped: LinkNote[] = [];
  const secured = withoutAppLinks(
    withSecureUrls(slashedLinks, file, firstLine, report, escaped),
    file,
    firstLine,
    escaped,
  );
  notes.push(
    ...[
      ...escaped,
      ...notesOf(text, fromHtml, file, firstLine),
      ...notesOf(markdown, fromMarkdown, file, firstLine),
      ...(slashedPaths === undefined ? slashedNote(file, 'link', slashedHere) : []),
    ].sort((a, b) => a.line - b.line),
  );
  const namespaces = new Set([...xrefNamespaces(xrefUids(secured)), ...(report.xrefNamespaces ?? [])]);
  const rewritten = mapProseOutsideCode(secured, (prose) =>
    prose.replace(XREF_AUTOLINK, (_whole, written: string) => {
      const { uid, text } = xrefAutolinkParts(written);
      return `[${text === undefined ? xrefText(uid, namespaces) : escapeLinkText(text)}](${xrefDestination(uid)})`;
    }),
  );
  countLinkedHosts(report.hosts, rewritten, file, firstLine);
  // A heading of no text but a bookmark is the bookmark alone: an empty heading names no section.
  return mapProseLines(rewritten, (line) => BOOKMARK_HEADING.exec(line)?.[1] ?? line);
}

/** Where docfx publishes the files of a page's docset: docfxPublished of docfx.json, for a path from its folder. */
export type DocsetPublisher = (path: string) => DocfxPublished | null | undefined;

/** A page's place in the docfx docset that builds it, for its links into the docset's other content groups (docsetLinks). */
export interface DocsetPlace {
  /** The page's file, from the docfx.json's folder, with `/` (`SfBServer2019/migration/a.md`). */
  page: string;
  /** The source folder, from the docfx.json's folder, with `/` (`SfBServer2019/migration`; '' for that folder). */
  sourceFolder: string;
  /** The Learn folder the source folder is imported as, below the locale (`skypeforbusiness/migration`). */
  learnFolder: string;
  /** Learn's origin and the folder's locale (`https://learn.microsoft.com/ko-kr`), where its links to Learn go. */
  learnBase: string;
  /** docfx.json as the import names it (`../src/Skype/docfx.json`). */
  docfxJson: string;
  published: DocsetPublisher;
  /** Whether the docset has the file at a path from its folder (read inside the read root, after its symlinks). */
  exists: (path: string) => boolean;
}

/** A link docsetLinks says it could not write as Learn publishes it, at its line of the page's body. */
export interface DocsetLinkNote {
  line: number;
  message: string;
}

/** The extension of an article, which docfx publishes without it (`.md`, a YAML page's `.yml`). */
const ARTICLE_FILE = /\.(?:md|yml)$/i;

/** How a docfx.json content entry is named in what the import says: `{ "src": "SfbServer", "dest": "." }`. */
const entryName = ({ src, dest }: DocfxPublished) =>
  `{ "src": ${JSON.stringify(src)}${dest === '' ? '' : `, "dest": ${JSON.stringify(dest)}`} }`;

/** A relative link or definition of a page to an article file, as docsetLinks, redirectedLinks and apiArticleLinks read it. */
interface ArticleLink {
  node: Link | Definition;
  /** The destination as written. */
  href: string;
  /** Its path, decoded. */
  path: string;
  /** Its `?query` and `#anchor`, kept on a rewritten destination. */
  suffix: string;
  /** The file it names, from the page's folder. */
  target: string;
  line: number;
}

/**
 * Calls `each` for every relative link and definition of `markdown` (the page at `page`) to an `.md` or `.yml`
 * file: code and Learn markers' paths (`[!INCLUDE [t](x.md)]`) aside.
 */
function forEachArticleLink(markdown: string, page: string, each: (link: ArticleLink) => void): void {
  visit(parseMarkdown(markdown), ['link', 'definition'], (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const href = node.url;
    if (!isRelativeReference(href) || /^[/~?#]/.test(href)) return;
    const { path: written, suffix } = pathAndSuffix(href);
    const path = decoded(written);
    if (!ARTICLE_FILE.test(path)) return;
    const start = node.position?.start.offset ?? 0;
    if (MARKER_BEFORE_LINK.test(markdown.slice(markdown.lastIndexOf('\n', start - 1) + 1, start))) return;
    const target = posix.normalize(posix.join(posix.dirname(page), path));
    each({ node, href, path, suffix, target, line: node.position?.start.line ?? 1 });
  });
}

/** The edit writing `url` as the destination of `node` where the page writes it; none where it cannot tell. */
function destinationEdit(
  markdown: string,
  node: Link | Definition,
  url: string,
): { from: number; to: number; text: string } | undefined {
  const at = writtenDestination(markdown, node);
  const destination = markdownDestination(url);
  if (at === undefined || at.url !== node.url || destination === undefined) return undefined;
  return { from: at.from, to: at.to, text: destination };
}

/**
 * The page's relative links to articles outside its source folder written as Learn publishes them, through
 * the content groups of the docfx.json that builds it (`place`): docfx publishes a file at its group's `dest`
 * and its path below the group's `src`, under the docset's Learn path (the folder's --learn-path less where
 * docfx.json publishes the folder). So OfficeDocs-SkypeForBusiness' SfBServer2019/migration/a.md, imported as
 * skypeforbusiness/migration, linking `../../SfbServer/plan-your-deployment/clients.md` (group
 * `{ "src": "SfbServer", "dest": "." }`) links Learn's /skypeforbusiness/plan-your-deployment/clients, not
 * /SfbServer/plan-your-deployment/clients, which the build would make of the path as written. Such a link is
 * written as that Learn URL, in the folder's locale (which the build makes a page here when one is that
 * article); one whose path goes there as written is left as it is, and so is every link inside the source
 * folder, which the build resolves, and every link into the page's own group, whether or not the copy read
 * has its file (a copy of one folder has none of the others). A link into another group to a file the docset
 * does not have, or one docfx publishes in no group, or outside the docset's folder, is left, and said with
 * its line: Learn has no article there. So is one into
 * another group whose Learn path the import cannot tell, as the folder's --learn-path does not end with where
 * docfx.json publishes the page. Code, Learn markers' paths (`[!INCLUDE [t](x.md)]`) and a docfx.json without
 * a content list change nothing.
 */
export function docsetLinks(
  markdown: string,
  place: DocsetPlace,
): { markdown: string; notes: DocsetLinkNote[] } {
  const notes: DocsetLinkNote[] = [];
  const pagePublished = place.published(place.page);
  if (!pagePublished || !/\.(?:md|yml)\b/i.test(markdown)) return { markdown, notes };
  const inSource = posix.relative(place.sourceFolder || '.', place.page);
  const pageLearnPath = [place.learnFolder, inSource].filter((part) => part !== '').join('/');
  const docset = docsetLearnPath(pageLearnPath, pagePublished.path);
  const edits: { from: number; to: number; text: string }[] = [];
  forEachArticleLink(markdown, place.page, ({ node, href, path, suffix, target, line }) => {
    // Inside the source folder, the build resolves it from the folder's Learn path, as Learn does.
    const fromSource = posix.relative(place.sourceFolder || '.', target);
    if (fromSource !== '..' && !fromSource.startsWith('../')) return;
    const linked = `the link "${href}" goes to ${target}`;
    const unpublished = `Learn has no article there, and the build takes the path as written to Learn. Fix the link, or write the article's full https:// URL.`;
    if (target === '..' || target.startsWith('../')) {
      notes.push({
        line,
        message: `${linked}, outside the folder of ${place.docfxJson}, which builds this page: ${unpublished}`,
      });
      return;
    }
    const published = place.published(target);
    if (published === undefined) return;
    // A file of the page's own group is published as placed beside it: the path as written goes there, as
    // the build takes it, whether or not this copy has the file. A copy of one folder lacks the others
    // (dotnet/docs' core/compatibility linking ../../../tools/dotnet-restore.md), and Learn redirects
    // an article moved away, so a file missing here says nothing of Learn.
    if (published !== null && published.src === pagePublished.src && published.dest === pagePublished.dest)
      return;
    if (published === null || !place.exists(target)) {
      notes.push({
        line,
        message: `${linked}, which ${published === null ? `none of the content groups of ${place.docfxJson} publishes (a "files" glob below its "src", not excluded)` : `does not exist (in the folder of ${place.docfxJson}, which builds this page)`}: ${unpublished}`,
      });
      return;
    }
    if (docset === undefined) {
      notes.push({
        line,
        message: `${linked}, which ${place.docfxJson} publishes in another content group, ${entryName(published)}, as ${published.path} below its docset's Learn path; the import cannot tell that path, as --learn-path ${place.learnFolder} does not end with where ${place.docfxJson} publishes this page, ${pagePublished.path}: the build takes the path as written to Learn. Import with the folder's own Learn path as --learn-path, or write the article's full https:// URL.`,
      });
      return;
    }
    const learnPath = [docset, published.path].filter((part) => part !== '').join('/');
    const asWritten = posix.normalize(posix.join(posix.dirname(pageLearnPath), path));
    if (asWritten.toLowerCase() === learnPath.toLowerCase()) return;
    const address = learnPath
      .replace(ARTICLE_FILE, '')
      .replace(/(^|\/)index$/i, '$1')
      .split('/')
      .map((name) => encodeURIComponent(name))
      .join('/');
    const url = new URL(address, `${place.learnBase.replace(/\/+$/, '')}/`);
    if (url.origin !== LEARN_ORIGIN) return;
    const edit = destinationEdit(markdown, node, `${url.href}${suffix}`);
    if (edit) edits.push(edit);
  });
  return { markdown: spliceText(markdown, edits), notes };
}

/** Where a page's links to the generated API reference articles of its folder go (apiArticleLinks). */
export interface ApiArticlePlace {
  /** The page's file, from the source folder, with `/` (`appbar.md`). */
  page: string;
  /** The source folder's articles being imported, from the folder, with `/`, in lower case. */
  imported: ReadonlySet<string>;
  /**
   * The address Learn serves the folder's article at `path` (from the folder, with `/`) by its API id
   * (`https://learn.microsoft.com/en-us/uwp/api/windows.ui.xaml.controls.commandbar`); undefined for a file the
   * folder lacks or one that is no generated reference (no `-api-id`).
   */
  learnUrl: (path: string) => string | undefined;
}

/**
 * The page's relative links to articles of its source folder that are not imported and that Learn serves by
 * their API id (winrt-api's `commandbar.md`, `-api-id: T:Windows.UI.Xaml.Controls.CommandBar`, is
 * /uwp/api/windows.ui.xaml.controls.commandbar), written as that Learn URL: the build takes a link to an
 * article not imported to its path on Learn, /uwp/api/windows.ui.xaml.controls/commandbar, where Learn has
 * nothing. A link to an imported article (the build makes it its page), to a file the folder lacks (the build
 * says so) or to an article Learn serves at its path, and code and Learn markers' paths, are left as written.
 */
export function apiArticleLinks(markdown: string, place: ApiArticlePlace): string {
  if (!/\.md\b/i.test(markdown)) return markdown;
  const edits: { from: number; to: number; text: string }[] = [];
  forEachArticleLink(markdown, place.page, ({ node, path, suffix, target }) => {
    if (!/\.md$/i.test(path)) return;
    if (target === '..' || target.startsWith('../') || place.imported.has(target.toLowerCase())) return;
    const url = place.learnUrl(target);
    const edit = url === undefined ? undefined : destinationEdit(markdown, node, `${url}${suffix}`);
    if (edit) edits.push(edit);
  });
  return spliceText(markdown, edits);
}

/** An article of the docset that has a uid (its front matter's), as uidArticleLinks links it. */
export interface UidArticle {
  /** Its file, relative to the page's folder, with `/` (`../fundamentals/app-host-overview.md`). */
  path: string;
  /** Its title (front matter), which `<xref:uid>` shows, as Learn names an article's uid. */
  title: string | undefined;
}

/**
 * The page's `xref:` links to an article's uid written as links to that article's file, as Learn resolves
 * them: docfx's xref map holds each article's front-matter `uid` beside the APIs'. Real-folder trial CL:
 * dotnet/docs-aspire's caching includes link `[app model](xref:dotnet/aspire/app-host#define-the-app-model)`,
 * fundamentals/app-host-overview.md's uid, which the build read as an API's and refused (25 links in 6
 * pages). The `#anchor` is kept (after the uid or after a `?displayProperty=…`, which names an API's text
 * and is dropped); `<xref:uid>` (or the link the import writes of it, named by its uid) shows the article's
 * title, as Learn does, else its uid. The file's link then
 * goes where any relative link goes: the page here, else its Learn URL. `articleOf` finds the article by
 * the uid as written (decoded); an xref it does not know is left as it is, for the build's rules.
 */
export function uidArticleLinks(
  markdown: string,
  articleOf: (uid: string) => UidArticle | undefined,
): { markdown: string; linked: number } {
  if (!markdown.includes('xref:')) return { markdown, linked: 0 };
  const edits: { from: number; to: number; text: string }[] = [];
  visit(parseMarkdown(markdown), ['link', 'definition'], (node) => {
    if ((node.type !== 'link' && node.type !== 'definition') || !/^xref:/i.test(node.url)) return;
    const written = node.url.slice('xref:'.length);
    const cut = written.search(/[?#]/);
    const rawUid = cut === -1 ? written : written.slice(0, cut);
    const hash = written.indexOf('#');
    const anchor = hash === -1 ? '' : written.slice(hash);
    let uid: string;
    try {
      uid = decodeURIComponent(rawUid);
    } catch {
      return;
    }
    const article = uid === '' ? undefined : articleOf(uid);
    if (article === undefined) return;
    const url = `${escapedPath(article.path)}${anchor}`;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    // `<xref:uid>`, which the import writes as a link named as an API's xref is (xrefText): the title instead.
    const autolink =
      node.type === 'link' &&
      (markdown[start ?? 0] === '<' || toString(node) === xrefText(written).replace(/\\(.)/g, '$1'));
    if (autolink && start !== undefined && end !== undefined) {
      const destination = markdownDestination(url);
      if (destination === undefined) return;
      edits.push({ from: start, to: end, text: `[${escapeLinkText(article.title ?? uid)}](${destination})` });
      return;
    }
    const edit = destinationEdit(markdown, node, url);
    if (edit) edits.push(edit);
  });
  return { markdown: spliceText(markdown, edits), linked: edits.length };
}

/** A link redirectedLinks wrote as the URL Learn redirects it to, at its line of the page's body. */
export interface RedirectedLink {
  line: number;
  href: string;
  url: string;
}

/**
 * The page's relative links to articles the copy lacks and the repository redirects (`redirections`; the page
 * is `page`, its path from the repository's root) written as the URL Learn sends them to, their `?query` and
 * `#anchor` kept: as written the build refuses them as no article of the folder (trial CH: fabric-docs'
 * data-warehouse pages link get-started-lakehouse-sql-endpoint.md, renamed get-started-lakehouse-sql-analytics-endpoint.md,
 * and get-workspace-onelake-path.md, merged into another). A file the copy has (`exists`, by its path from the
 * root) is linked as it is, as docfx does; so are code and Learn markers' paths (`[!INCLUDE [t](x.md)]`).
 */
export function redirectedLinks(
  markdown: string,
  page: string,
  redirections: Redirections,
  exists: (path: string) => boolean,
): { markdown: string; redirected: RedirectedLink[] } {
  const redirected: RedirectedLink[] = [];
  if (redirections.size === 0 || !/\.(?:md|yml)\b/i.test(markdown)) return { markdown, redirected };
  const edits: { from: number; to: number; text: string }[] = [];
  forEachArticleLink(markdown, page, ({ node, href, suffix, target, line }) => {
    if (target === '..' || target.startsWith('../')) return;
    const url = redirections.get(repositoryPathKey(target));
    if (url === undefined || exists(target)) return;
    const edit = destinationEdit(markdown, node, `${url}${suffix}`);
    if (!edit) return;
    edits.push(edit);
    redirected.push({ line, href, url: `${url}${suffix}` });
  });
  return { markdown: spliceText(markdown, edits), redirected };
}
