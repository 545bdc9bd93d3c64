/**
 * The API reference dialect of Learn's generated references (MicrosoftDocs/sdk-api, windows-driver-docs-ddi,
 * winrt-api) as Learn shows it. Their generator names sections by keyword (`## -description`,
 * `## -parameters`, `### -param hEvent [in]`, `## -returns`, `## -see-also`) and puts a function's
 * requirements in `req.*` front-matter keys; Learn shows the headings by name ("Parameters", `[in] hEvent`,
 * "Return value"), the description as the introduction, and a "Requirements" table before "See also".
 */
import type { Heading } from 'mdast';
import { visit } from '../tree-visit.ts';
import { parseMarkdown } from '../learn/parse-markdown.ts';
import { ESCAPABLE, mapOutsideInlineCode, UNESCAPED } from '../learn/syntax.ts';
import { mdxParser, toMdxSafe, withoutHtmlComments } from './mdx-safe.ts';

/**
 * The generator's section keywords and the heading Learn shows for each; `''`: none, its text follows the one
 * above. winrt-api's `-xaml-syntax` (`<AppBar IsOpen="bool"/>`) is shown with the declarations below the
 * description, under no heading of its own (Learn's SearchBox page: its `<SearchBox .../>` after them); its
 * `-xaml-values` (a `<dl>` of the placeholders that syntax names) under a heading that says what it is.
 */
const SECTIONS: ReadonlyMap<string, string> = new Map([
  ['description', ''],
  ['syntax', 'Syntax'],
  ['xaml-syntax', ''],
  ['xaml-values', 'XAML values'],
  ['parameters', 'Parameters'],
  ['callback-parameters', 'Parameters'],
  ['property-value', 'Property value'],
  ['struct-fields', 'Members'],
  ['enum-fields', 'Constants'],
  ['ioctlparameters', ''],
  ['returns', 'Return value'],
  ['remarks', 'Remarks'],
  ['examples', 'Examples'],
  ['inheritance', 'Inheritance'],
  ['see-also', 'See also'],
]);

/** An IOCTL's parameters, each a section of its own on Learn (its `-ioctlparameters` has no heading). */
const IOCTL_SECTIONS: ReadonlyMap<string, string> = new Map([
  ['ioctl-major-code', 'Major code'],
  ['input-buffer', 'Input buffer'],
  ['input-buffer-length', 'Input buffer length'],
  ['output-buffer', 'Output buffer'],
  ['output-buffer-length', 'Output buffer length'],
  ['in-out-buffer', 'Input / output buffer'],
  ['inout-buffer-length', 'Input / output buffer length'],
  ['status-block', 'Status block'],
]);

/**
 * The `req.*` keys Learn shows in a reference page's Requirements table, in its order, with its labels; the
 * header is "Header" with `req.include-header` after it: `synchapi.h (include Windows.h)`.
 */
const REQUIREMENT_LABELS: ReadonlyMap<string, string> = new Map([
  ['req.target-min-winverclnt', 'Minimum supported client'],
  ['req.target-min-winversvr', 'Minimum supported server'],
  ['req.target-type', 'Target Platform'],
  ['req.kmdf-ver', 'Minimum KMDF version'],
  ['req.umdf-ver', 'Minimum UMDF version'],
  ['req.header', 'Header'],
  ['req.lib', 'Library'],
  ['req.dll', 'DLL'],
  ['req.irql', 'IRQL'],
  ['req.ddi-compliance', 'DDI compliance rules'],
  ['req.idl', 'IDL'],
  ['req.namespace', 'Namespace'],
  ['req.assembly', 'Assembly'],
  ['req.type-library', 'Type library'],
  ['req.redist', 'Redistributable'],
]);

/** A front-matter value as one table cell's text, or undefined when it says nothing. */
function cellText(value: unknown): string | undefined {
  const text =
    typeof value === 'string' || typeof value === 'number'
      ? String(value)
      : Array.isArray(value)
        ? value.filter((item) => typeof item === 'string' || typeof item === 'number').join(', ')
        : '';
  // One line, its pipes escaped once (the generator writes `[desktop apps \| UWP apps]` escaped already).
  const cell = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<!\\)((?:\\\\)*)\|/g, '$1\\|');
  return cell === '' ? undefined : cell;
}

/** A `<`, `{` or `}` no backslash escapes, which MDX reads as a tag or an expression. */
const MARKUP = new RegExp(String.raw`${UNESCAPED}[<{}]`, 'g');

/**
 * `markdown` (one line) with its `<`, `{` and `}` escaped outside inline code, as the import escapes text
 * that is no HTML (a `<tenant-name>`): HTML in it shows as written, `<img onerror=…>` as text.
 */
function asText(markdown: string): string {
  return mapOutsideInlineCode(markdown, (text) => text.replace(MARKUP, (char) => `\\${char}`));
}

/** A heading's bookmark that names it the "See also" section, whatever language its text is in. */
const SEE_ALSO_BOOKMARK = /<a\s+(?:name|id)\s*=\s*["']?see-?also["'\s>]/i;

/** Whether `key` of `data` is shown in the Requirements table (so it is not a key the import drops). */
export function isShownRequirement(data: Record<string, unknown>, key: string): boolean {
  return (
    cellText(data[key]) !== undefined &&
    (REQUIREMENT_LABELS.has(key) ||
      (key === 'req.include-header' && cellText(data['req.header']) !== undefined))
  );
}

/**
 * The Requirements table of `data`'s `req.*` keys that have values, as Learn lays it out; undefined for
 * none. A value is text (asText): the import's reading of HTML never sees front matter.
 */
export function requirementsTable(data: Record<string, unknown>): string | undefined {
  const include = cellText(data['req.include-header']);
  const rows = [...REQUIREMENT_LABELS].flatMap(([key, label]) => {
    const value = cellText(data[key]);
    if (value === undefined) return [];
    return [
      `| ${label} | ${asText(key === 'req.header' && include ? `${value} (include ${include})` : value)} |`,
    ];
  });
  return rows.length === 0 ? undefined : ['| Requirement | Value |', '| --- | --- |', ...rows].join('\n');
}

/**
 * A name the generator gives a parameter or field (`[in] ` before it, for a parameter), as its heading shows
 * it: as code when it is one (`lpName`, `Reserved[2]`, `X:0`); else as written, its HTML Learn's
 * (windows-driver-docs-ddi's `<i>SysId</i>`, `<a id="X"></a><b>X</b>`) when MDX reads the heading as the
 * import writes it; else as text (asText), with why MDX cannot read it.
 */
function headingName(hashes: string, name: string): { name: string; unread?: string } {
  if (/^[\w.:[\]*&,=<> -]+$/.test(name) && !name.includes('`')) return { name: `\`${name}\`` };
  if (!name.includes('<')) return { name };
  try {
    mdxParser.parse(toMdxSafe(`${hashes} ${name}`));
    return { name };
  } catch (error) {
    return { name: asText(name), unread: (error as Error).message };
  }
}

/**
 * A parameter's direction on a line of its own below its heading, as windows-driver-docs-ddi's newer pages
 * write it (`### -param Context` then `[in]` or `[in, optional]`), which Learn shows in the heading.
 */
const DIRECTION_LINE =
  /^ {0,3}(\[[ \t]*(?:in|out)(?:[ \t]*[,/][ \t]*(?:in|out|optional|opt|retval))*[ \t]*\])[ \t]*$/i;

/**
 * The direction written on the first line below the heading at `line` (DIRECTION_LINE), blanks skipped, and
 * that line's index; undefined when that line is anything else.
 */
function directionBelow(
  lines: readonly string[],
  line: number,
): { direction: string; at: number } | undefined {
  let at = line + 1;
  while (at < lines.length && (lines[at] ?? '').trim() === '') at++;
  const direction = DIRECTION_LINE.exec(lines[at] ?? '')?.[1];
  return direction === undefined ? undefined : { direction, at };
}

/**
 * The word Learn's H1 of a generated reference names its construct with, by its `req.construct-type`
 * (`CloseIoRing function (ioringapi.h)`, `IORING_CQE structure (ioringapi.h)`, `IORING_REF_KIND enumeration
 * (ioringapi.h)`, as learn.microsoft.com titles sdk-api's ioringapi pages). Only the kinds seen on Learn:
 * another kind's title is left as written.
 */
const CONSTRUCT_WORDS: ReadonlyMap<string, string> = new Map([
  ['function', 'function'],
  ['structure', 'structure'],
  ['enumeration', 'enumeration'],
]);

/**
 * The H1 Learn shows for a generated reference page without one of its own, made from its front matter:
 * `title`, the word of its `req.construct-type` and its `req.header` in parentheses (sdk-api's newer pages
 * give the bare name, `title: CloseIoRing`, which Learn heads "CloseIoRing function (ioringapi.h)"); undefined
 * when one of them is missing or the title says them already (`SetEvent function (synchapi.h)`).
 */
export function referenceTitle(data: Record<string, unknown>): string | undefined {
  // One line: a title written as a YAML block (`title: |`) would split the H1, its next lines a paragraph.
  const title = typeof data['title'] === 'string' ? data['title'].replace(/\s+/g, ' ').trim() : '';
  const kind = cellText(data['req.construct-type'])?.toLowerCase();
  const word = kind === undefined ? undefined : CONSTRUCT_WORDS.get(kind);
  const header = cellText(data['req.header']);
  if (title === '' || word === undefined || header === undefined) return undefined;
  const said = title.toLowerCase();
  if (said.endsWith(`(${header.toLowerCase()})`) || said.endsWith(` ${word}`)) return undefined;
  return `${title} ${word} (${header})`;
}

/** The kinds of winrt-api's `-api-type` whose Learn title is the API's name and kind (no parameters to show). */
const API_KINDS: ReadonlyMap<string, string> = new Map([
  ['class', 'Class'],
  ['enum', 'Enum'],
  ['struct', 'Struct'],
  ['interface', 'Interface'],
  ['delegate', 'Delegate'],
  ['property', 'Property'],
  ['event', 'Event'],
  ['field', 'Field'],
]);

/**
 * The name Learn gives a generated WinRT reference page (winrt-api's `-api-id` and `-api-type`), its type and
 * member without the namespace, then its kind: `P:Windows.UI.Xaml.Controls.AppBar.IsOpen` (`winrt property`)
 * is "AppBar.IsOpen Property", a `T:` of `winrt class` "AppBar Class" (as Learn titles its SearchPane.SuggestionsRequested
 * Event and SearchBoxSuggestionsRequestedEventArgs Class pages), where the file's H1 is the whole
 * `Windows.UI.Xaml.Controls.AppBar.IsOpen`. Undefined for a method or constructor (Learn names its parameters),
 * a generic type, another kind, or no such keys.
 */
export function apiLabel(data: Record<string, unknown>): string | undefined {
  const id = typeof data['-api-id'] === 'string' ? data['-api-id'].trim() : '';
  const type = typeof data['-api-type'] === 'string' ? data['-api-type'].trim().toLowerCase() : '';
  const match = /^([TPEF]):([\p{L}_][\p{L}\p{N}_]*(?:\.[\p{L}_][\p{L}\p{N}_]*)+)$/u.exec(id);
  const kind = API_KINDS.get(/^winrt (\w+)$/.exec(type)?.[1] ?? '');
  if (!match || kind === undefined) return undefined;
  const names = (match[2] ?? '').split('.');
  const isType = match[1] === 'T';
  if (isType !== ['Class', 'Enum', 'Struct', 'Interface', 'Delegate'].includes(kind)) return undefined;
  const shown = names.slice(isType ? -1 : -2);
  return shown.length === (isType ? 1 : 2) ? `${shown.join('.')} ${kind}` : undefined;
}

/** `text` as Markdown that reads as that text: each ASCII punctuation character escaped. */
function markdownText(text: string): string {
  return text.replace(new RegExp(ESCAPABLE.source, 'g'), (char) => `\\${char}`);
}

/** A problem with a line of the page, for the import's report. */
export interface SectionNote {
  line: number;
  message: string;
}

/** A line of the generator's section heading form: `## -property-value`, `### -param e`, `### -field X:0`. */
const KEYWORD_LINE = /^ {0,3}#{1,6}[ \t]+-[a-z]/;

/** Whether an HTML block ends at a blank line (CommonMark's kinds 6 and 7), not at a closing tag. */
function endsAtBlankLine(html: string): boolean {
  return !/^ {0,3}(?:<!--|<\?|<![A-Za-z]|<!\[CDATA\[|<(?:pre|script|style|textarea)(?:[\s>]|$))/i.test(html);
}

/**
 * `markdown` with each keyword heading line that CommonMark reads as part of an HTML block above it a heading:
 * the generator starts a section at such a line whatever precedes it (winrt-api's `</dl>` then
 * `## -property-value`, which Learn shows as "Property value"), while an HTML block such as `<dl>` runs on to
 * the next blank line, taking the heading in as text. A blank line is made before it, the lines kept: the
 * HTML's last line joins the one above it (white space between tags, as a browser reads it), or, for an HTML
 * block of one line, moves up into the blank line above the block; with neither, a blank line is inserted.
 * A file not in the dialect (no `## -description`…) is left as it is.
 */
function keywordLinesAsHeadings(markdown: string): string {
  const tree = parseMarkdown(markdown);
  const dialect = tree.children.some(
    (node) =>
      node.type === 'heading' &&
      node.children.length === 1 &&
      node.children[0]?.type === 'text' &&
      /^-[a-z]/.test(node.children[0].value) &&
      SECTIONS.has(node.children[0].value.slice(1).trim()),
  );
  if (!dialect) return markdown;
  const lines = markdown.split('\n');
  const inserted: number[] = [];
  for (const node of tree.children) {
    const start = (node.position?.start.line ?? 0) - 1;
    const end = (node.position?.end.line ?? 0) - 1;
    // Only a block that a blank line ends (CommonMark's kinds 6 and 7): a comment, <pre>, <script>, <style>
    // or <textarea> runs to its closing tag, a blank line in it changes nothing, and its lines stay as written.
    if (node.type !== 'html' || start < 0 || !endsAtBlankLine(node.value)) continue;
    const heading = lines.slice(start + 1, end + 1).findIndex((line) => KEYWORD_LINE.test(line));
    if (heading === -1) continue;
    const at = start + 1 + heading;
    if (at - 2 >= start) {
      lines[at - 2] = `${(lines[at - 2] ?? '').trimEnd()} ${(lines[at - 1] ?? '').trim()}`;
      lines[at - 1] = '';
    } else if (start > 0 && (lines[start - 1] ?? '').trim() === '') {
      lines[start - 1] = lines[start] ?? '';
      lines[start] = '';
    } else inserted.push(at);
  }
  for (const at of inserted.toReversed()) lines.splice(at, 0, '');
  // One block may hold several such lines: each is taken in turn.
  const result = lines.join('\n');
  return result === markdown ? result : keywordLinesAsHeadings(result);
}

/**
 * `markdown` with the generator's section headings as Learn shows them, when it is written in that dialect
 * (a heading that is one of its keywords, `## -remarks`; elsewhere a heading such as `## -Prerequisites` is
 * a heading like any other): `## -description` is left out (its text is the introduction), `## -returns` is
 * `## Return value`, `### -param hEvent [in]` is `` ### `[in] hEvent` `` (so is `### -param hEvent` with `[in]` on
 * the first line below it), `### -field Name` is
 * `` ### `Name` ``, an IOCTL's `### -input-buffer` is `## Input buffer`. Each named section keeps the id
 * links give it (`#-remarks`, as sdk-api links its own sections) as a bookmark, beside its heading's
 * (`#remarks`, Learn's). `req.*` keys with values (in `data`, the front matter) become a Requirements table
 * before "See also" (the generator's, or a `## See also` by its text or its `see-also` bookmark; else at the end). A keyword section with nothing in it up to the next heading of its
 * level or higher (blank lines and HTML comments only: winrt-api's `## -remarks`, `## -examples`,
 * `## -see-also` left empty, windows-driver-docs-ddi's `### -in-out-buffer`) is left out with its heading
 * and ids, as Learn leaves it out; a parameter or field is kept, described or not. Code is never read as a
 * heading; lines keep their numbers up to the table. A keyword the import does not know is left as
 * written, and noted.
 */
export function referenceSections(
  written: string,
  data: Record<string, unknown>,
): { markdown: string; notes: SectionNote[] } {
  const markdown = keywordLinesAsHeadings(written);
  const lines = markdown.split('\n');
  const headings: { line: number; depth: number; text: string; topLevel: boolean }[] = [];
  // Every heading outside containers (ATX or setext): where a section of its level or lower ends.
  const ends: { line: number; depth: number }[] = [];
  visit(parseMarkdown(markdown), 'heading', (node: Heading, _index, parent) => {
    const start = node.position?.start;
    if (!start) return;
    const topLevel = parent?.type === 'root';
    if (topLevel) ends.push({ line: start.line - 1, depth: node.depth });
    const line = lines[start.line - 1] ?? '';
    // ATX headings only: a setext heading's text is the line above its underline.
    const atx = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (atx) headings.push({ line: start.line - 1, depth: node.depth, text: atx[2] ?? '', topLevel });
  });
  const dialect = headings.some(({ text }) => text.startsWith('-') && SECTIONS.has(text.slice(1)));
  // The keyword sections with nothing to show, last first, so one holding only such sections is one too.
  const empty = new Set<number>();
  const shown = dialect ? withoutHtmlComments(markdown, { keepLines: true }).split('\n') : [];
  for (const { line, depth, text, topLevel } of dialect ? headings.toReversed() : []) {
    const keyword = text.slice(1);
    if (!topLevel || !text.startsWith('-') || !(SECTIONS.has(keyword) || IOCTL_SECTIONS.has(keyword)))
      continue;
    const end = ends.find((next) => next.line > line && next.depth <= depth)?.line ?? shown.length;
    if (!shown.slice(line + 1, end).every((rest) => rest.trim() === '')) continue;
    empty.add(line);
    shown[line] = '';
  }
  // A page without an H1 of its own gets Learn's (referenceTitle), on its `## -description` line, which shows
  // nothing (its text is the introduction): the lines keep their numbers.
  let learnTitle =
    dialect && !headings.some(({ depth, topLevel }) => topLevel && depth === 1)
      ? referenceTitle(data)
      : undefined;
  const notes: SectionNote[] = [];
  let seeAlso: number | undefined;
  for (const { line, depth, text, topLevel } of dialect ? headings : []) {
    const hashes = '#'.repeat(depth);
    const keyword = /^-([a-z][a-z-]*)$/.exec(text)?.[1];
    const section = keyword === undefined ? undefined : SECTIONS.get(keyword);
    const ioctl = keyword === undefined ? undefined : IOCTL_SECTIONS.get(keyword);
    const param = /^-param[ \t]+(\S+)(?:[ \t]+(\[[^\]]*\]))?[ \t]*$/.exec(text);
    const field = /^-field[ \t]+(.+)$/.exec(text) ?? /^-[ \t]+([\w.:[\]]+)$/.exec(text);
    if (keyword === 'description' && learnTitle !== undefined && topLevel) {
      lines[line] = `# ${markdownText(learnTitle)}`;
      learnTitle = undefined;
    } else if (empty.has(line)) lines[line] = '';
    else if (keyword !== undefined && section !== undefined) {
      if (keyword === 'see-also') seeAlso ??= line;
      lines[line] = section === '' ? '' : `${hashes} <a id="-${keyword}"></a>${section}`;
    } else if (keyword !== undefined && ioctl !== undefined)
      lines[line] = `## <a id="-${keyword}"></a>${ioctl}`;
    else if (param || field) {
      // A direction on its own line below the heading goes into it (its line left blank, lines kept).
      const below = param && param[2] === undefined ? directionBelow(lines, line) : undefined;
      if (below !== undefined) lines[below.at] = '';
      const direction = param?.[2] ?? below?.direction;
      const written = param
        ? `${direction === undefined ? '' : `${direction} `}${param[1] ?? ''}`
        : (field?.[1] ?? '').trim();
      const { name, unread } = headingName(hashes, written);
      lines[line] = `${hashes} ${name}`;
      if (unread !== undefined)
        notes.push({
          line: line + 1,
          message: `"${hashes} ${text}" names its ${param ? 'parameter' : 'field'} with HTML that MDX cannot read (${unread}): the name is shown as text. Quote the HTML's attribute values, or write the name without HTML.`,
        });
    } else if (/^-[a-z]/.test(text))
      notes.push({
        line: line + 1,
        message: `"${hashes} ${text}" is no section of Learn's API reference that the import knows (${[...SECTIONS.keys()].map((name) => `-${name}`).join(', ')}): it is shown as written. Name the section as Learn shows it.`,
      });
  }
  const table = requirementsTable(data);
  // Without the generator's `## -see-also`: the section that says it is one, by its text or its bookmark, as
  // a translated page keeps it (win32-pr.de-de's `## <a name="see-also"></a>Siehe auch`).
  seeAlso ??= headings.find(
    ({ depth, text, topLevel }) =>
      topLevel && depth === 2 && (/^see also$/i.test(text.trim()) || SEE_ALSO_BOOKMARK.test(text)),
  )?.line;
  if (table !== undefined) {
    const at = seeAlso ?? lines.length;
    lines.splice(
      at,
      0,
      ...(seeAlso === undefined ? ['', '## Requirements', '', table] : ['## Requirements', '', table, '']),
    );
  }
  return { markdown: lines.join('\n'), notes };
}
