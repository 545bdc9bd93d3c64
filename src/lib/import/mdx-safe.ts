/** Learn Markdown made safe for MDX, which reads `{`, `<tag>` and `<!-- -->` as code: the text stays the same. */
import { createProcessor } from '@mdx-js/mdx';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Link, Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { html, parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { toString as mdastText } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from '../tree-visit.ts';
import { jsxAttributeValue } from '../../markdown/mdx-jsx.ts';
import { MAX_SHRINKING_DEPTH } from '../../markdown/remark-content-safety.ts';
import { MAX_NESTING, MAX_PAGE_CHARACTERS } from '../../markdown/remark-nesting-limit.ts';
import { accessibilityAttributeProblem } from '../aria-rules.ts';
import { allowedRoles, keyboardReaches, refusedAttribute, refusedAttributeValue } from '../content-safety.ts';
import {
  codeFence,
  inlineCodeSpans,
  mapProseOutsideCode,
  mapProseLines,
  markdownLines,
  UNESCAPED,
  type MarkdownLine,
  type TextSpan,
} from '../learn/syntax.ts';
import { htmlStretches, parseMarkdown, tagOnOneLine } from '../learn/parse-markdown.ts';
import { spliceText } from '../learn/splice-text.ts';

/** HTML elements Learn articles use as HTML; any other `<word>` is text, such as a `<tenant-name>` placeholder. */
const HTML_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'div',
  'dl',
  'dt',
  'em',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
]);
const VOID_TAGS = new Set(['br', 'col', 'hr', 'img', 'wbr']);
/**
 * HTML's text-level elements the site does not keep whose content a browser shows as text, styled at most
 * (`<nobr>`, as MicrosoftDocs/learn's units keep a table's first column on one line; `<font>`, `<big>`, `<tt>`,
 * `<strike>`…): opened then closed, they are their content, as an element HTML lacks is (`<Token>`).
 */
const SHOWN_AS_CONTENT = new Set([
  'acronym',
  'big',
  'bdi',
  'data',
  'dfn',
  'font',
  'nobr',
  'strike',
  'time',
  'tt',
]);

/** `</sup|`: an end tag missing its `>`, which Learn shows as text (it is not HTML): escaped to stay text. */
const UNFINISHED_END_TAG = new RegExp(String.raw`${UNESCAPED}<\/([A-Za-z][\w-]*)(?=[^\w\s>-]|$)`, 'g');
/**
 * `<https://…>`, an autolink: a Markdown link, as MDX has none. No `<`, space or control character inside, as
 * CommonMark reads one: `<https://<your_domain>/api/messages>` (msteams-docs) is text on Learn.
 */
const AUTOLINK = new RegExp(String.raw`${UNESCAPED}<(https?:\/\/[^<>\s\x00-\x1f\x7f]+)>`, 'g');
/** `{` or `}`, which MDX reads as an expression. */
const BRACE = new RegExp(String.raw`${UNESCAPED}[{}]`, 'g');
/** A tag (its slash, name and the rest in groups), or else a `<`. */
const TAG_OR_LT = new RegExp(
  String.raw`${UNESCAPED}<(\/?)([A-Za-z][\w-]*)((?:[^<>"']|"[^"]*"|'[^']*')*)>|${UNESCAPED}<`,
  'g',
);

/**
 * MDX's parser, as the build reads an .mdx page (its JSX, and Markdown inside it): how a tag is read here,
 * and an .mdx page's links in link-preview.ts.
 */
export const mdxParser = createProcessor();

/** What MDX says when it cannot read `mdx`, else undefined. */
function mdxProblem(mdx: string): string | undefined {
  try {
    mdxParser.parse(mdx);
    return undefined;
  } catch (error) {
    // Its first clause says what is wrong (`Unexpected character \`x\` … before attribute value`).
    return (error instanceof Error ? error.message : String(error)).split(', expected')[0];
  }
}

/**
 * A tag's `attributes` (the text after its name, as written) without the attributes the build refuses
 * on it (`set:html`, `client:*`, `on…=`, `style=`, `data-pagefind-*`, `name=` but on `<a>`…: see
 * refusedAttribute; a bidi control in a value, a positive tabindex: refusedAttributeValue), each left out with `report`ed why. The attributes are read as MDX reads them;
 * undefined when MDX cannot read them.
 */
function withoutRefusedAttributes(
  tag: string,
  attributes: string,
  report: (message: string) => void,
): string | undefined {
  if (attributes.trim() === '') return attributes;
  const head = `<${tag}`;
  let tree: Root;
  try {
    tree = mdxParser.parse(`${head}${attributes} />`);
  } catch {
    return undefined;
  }
  let read: (MdxJsxAttribute | MdxJsxExpressionAttribute)[] = [];
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    if ('attributes' in node) read = node.attributes;
    return false;
  });
  const cuts: { from: number; to: number; instead?: string }[] = [];
  // The tag's other attributes, as the build's check reads them: a role's rules depend on them (an <a href>).
  const attributeOf = (name: string) => jsxAttributeValue(read, name);
  const valueProblem = (name: string, value: string) =>
    refusedAttributeValue(tag, name, value) ?? accessibilityAttributeProblem(tag, name, value, attributeOf);
  for (const attribute of read) {
    const start = attribute.position?.start.offset;
    const end = attribute.position?.end.offset;
    if (attribute.type !== 'mdxJsxAttribute' || start === undefined || end === undefined) continue;
    const refused =
      refusedAttribute(tag, attribute.name) ??
      (typeof attribute.value === 'string' ? valueProblem(attribute.name, attribute.value) : undefined);
    if (refused === undefined) continue;
    const from = start - head.length;
    const to = end - head.length;
    // Of a role refused for one of its roles ("note status"), the others stay.
    const roles =
      attribute.name.toLowerCase() === 'role' &&
      typeof attribute.value === 'string' &&
      refusedAttribute(tag, attribute.name) === undefined
        ? allowedRoles(attribute.value)
        : '';
    if (roles !== '' && valueProblem(attribute.name, roles) === undefined) {
      report(`${refused} The import keeps role="${roles}".`);
      cuts.push({ from, to, instead: `${attribute.name}=${quotedValue(roles)}` });
      continue;
    }
    report(`${refused} The import leaves it out.`);
    cuts.push({ from, to });
  }
  let kept = attributes;
  for (const { from, to, instead } of cuts.reverse()) {
    if (instead !== undefined) {
      kept = kept.slice(0, from) + instead + kept.slice(to);
      continue;
    }
    // The attribute goes with the white space before it.
    const spaceBefore = /\s*$/.exec(kept.slice(0, from))?.[0].length ?? 0;
    kept = kept.slice(0, from - spaceBefore) + kept.slice(to);
  }
  return kept;
}

/**
 * A value as a JSX string MDX reads back as it (MDX decodes character references in attribute values); a `|`
 * as one too, which GFM would read as the end of a table cell (asMarkdigTables).
 */
function quotedValue(value: string): string {
  return `"${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\|/g, '&#124;')}"`;
}

/**
 * A start tag's attributes MDX cannot read as written (`<span class=note>`, `<img src=x onerror=alert(1)>`:
 * JSX has no unquoted value) as a browser reads them (parse5: `<img/src=x/onerror=alert(1)>` is an img
 * whose src is `x/onerror=alert(1)`), each value quoted, then without the attributes the build refuses;
 * a name MDX cannot hold (`@click`, `"q"`) is left out. `report`s what it wrote and why; undefined when
 * MDX still cannot read them.
 */
function attributesAsBrowserReadsThem(
  tag: string,
  whole: string,
  why: string,
  report: (message: string) => void,
): string | undefined {
  const element = parseFragment(whole).childNodes.find(
    (node): node is DefaultTreeAdapterTypes.Element => 'tagName' in node && node.tagName === tag,
  );
  if (element === undefined) return undefined;
  let quoted = '';
  const unnamed: string[] = [];
  for (const { name, value } of element.attrs) {
    const attribute = ` ${name}=${quotedValue(value)}`;
    if (mdxProblem(`<${tag}${attribute} />`) === undefined) quoted += attribute;
    else unnamed.push(name);
  }
  report(
    `${whole} is written as a browser reads it, <${tag}${quoted}>: MDX cannot read its attributes as written (${why}). Quote each value ("…") and put a space between attributes.` +
      (unnamed.length > 0
        ? ` Left out: ${unnamed.map((name) => `${name}=`).join(', ')}, which MDX reads as no attribute name.`
        : ''),
  );
  return withoutRefusedAttributes(tag, quoted, report);
}

/** A `<` that may open a link's destination (`](<`); any other `<` of a text. */
const DESTINATION_OPENER = /(?<=\]\([ \t]*)</;
const OTHER_LT = /(?<!\]\([ \t]*)</g;

/**
 * Where the destinations written in `<…>` of a line's links and images start (`[mail](<mailto:a@b.com?subject=x y>)`,
 * as CommonMark writes one holding a space), found by the Markdown parser. Every other `<` is read as a
 * letter, so no HTML or autolink hides a link (MDX reads none); offsets stay.
 */
function angleDestinations(line: string): number[] {
  if (!DESTINATION_OPENER.test(line)) return [];
  const plain = line.replace(OTHER_LT, 'x');
  const starts: number[] = [];
  /** Where the `]` of the label of the link at `start` is: after its text (`[](…)` has none). */
  const labelEnd = (link: Link, start: number) => link.children.at(-1)?.position?.end.offset ?? start + 1;
  visit(parseMarkdown(plain), ['link', 'image'], (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    let label: number | undefined;
    if (node.type === 'link') label = labelEnd(node, start);
    else if (node.type === 'image') {
      // An image's alt is text without positions: its label read as the link `[alt](…)` it is written as.
      const paragraph = parseMarkdown(plain.slice(start + 1, end)).children[0];
      const link = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
      if (link?.type === 'link') label = start + 1 + labelEnd(link, 0);
    }
    const opener = label === undefined ? undefined : /^\]\([ \t]*</.exec(plain.slice(label, end))?.[0];
    if (label !== undefined && opener !== undefined) starts.push(label + opener.length - 1);
  });
  return starts;
}

/**
 * What the `<` opening a link destination is while the text around it is escaped (escapeText reads it as no
 * tag): a Unicode noncharacter, which no text holds.
 */
const DESTINATION_LT = '\uFDD0';

/**
 * `markdown` with the `<` opening each `<…>` link destination (angleDestinations) as DESTINATION_LT, unless it
 * holds one already (then none is marked). A destination holds no other `<` but escaped (`\<`), so escapeText
 * leaves the rest as it is, but for a `{` it escapes, which a destination reads as `{`.
 */
function withDestinationsMarked(markdown: string): string {
  if (!markdown.includes('](') || markdown.includes(DESTINATION_LT)) return markdown;
  return mapProseLines(markdown, (line) =>
    spliceText(
      line,
      angleDestinations(line).map((at) => ({ from: at, to: at + 1, text: DESTINATION_LT })),
    ),
  );
}

/**
 * Names of elements HTML does not have (or SHOWN_AS_CONTENT) that `text` opens and then closes, as sql-docs'
 * applies-to includes write `<Token>**APPLIES TO:** …</Token>`: markdig passes them to the page as HTML, where
 * a browser shows their content and no tag. A name only opened (a `<tenant-name>` placeholder) is not one, nor
 * one of the elements HTML parses apart (`<script>…</script>`, whose content a browser does not show as text).
 */
function closedUnknownElements(text: string): Set<string> {
  const opened = new Set<string>();
  const closed = new Set<string>();
  for (const [, slash, name] of text.matchAll(TAG_OR_LT)) {
    const tag = name?.toLowerCase();
    // HTML_TAGS are kept; parse5 knows the elements HTML parses apart (`script`, `style`, `iframe`, `title`…).
    if (tag === undefined || HTML_TAGS.has(tag)) continue;
    if (html.getTagID(tag) !== html.TAG_ID.UNKNOWN && !SHOWN_AS_CONTENT.has(tag)) continue;
    if (!slash) opened.add(tag);
    else if (opened.has(tag)) closed.add(tag);
  }
  return closed;
}

function escapeText(text: string, report: (message: string) => void = () => undefined): string {
  const unwrapped = closedUnknownElements(text);
  return (
    text
      .replace(UNFINISHED_END_TAG, (whole) => `\\${whole}`)
      .replace(AUTOLINK, '[$1]($1)')
      .replace(BRACE, (brace) => `\\${brace}`)
      // A `<` the author escaped (`\<placeholder\>`) is text already: left exactly as written.
      .replace(
        TAG_OR_LT,
        (whole, slash: string | undefined, name: string | undefined, rest: string | undefined) => {
          const tag = name?.toLowerCase();
          // The obsolete `<center>`, which Learn still renders centred: a centred block (the CSP allows no style=).
          if (tag === 'center') return slash ? '</div>' : '<div class="learn-align-center">';
          // An element HTML does not have, closed after it (`<Token>…</Token>`): its content, as a browser shows it.
          if (tag !== undefined && unwrapped.has(tag)) return '';
          if (tag === undefined || !HTML_TAGS.has(tag)) return `\\<${whole.slice(1)}`;
          // `<br>`, `<br/>` and Learn's `</br>` are all one line break.
          if (slash && VOID_TAGS.has(tag)) return `<${tag} />`;
          // A browser ignores an end tag's attributes; MDX reads none.
          if (slash) return `</${tag}${(rest ?? '').trim() === '' ? (rest ?? '') : ''}>`;
          const written = (rest ?? '').replace(/\s*\/\s*$/, '');
          const why = () => mdxProblem(`<${tag}${written} />`) ?? '';
          const attributes =
            withoutRefusedAttributes(tag, written, report) ??
            attributesAsBrowserReadsThem(tag, whole, why(), report);
          if (attributes === undefined) {
            report(
              `${whole} is shown as text, not read as HTML: MDX cannot read its attributes (${why()}). Write it as HTML with each value quoted.`,
            );
            return `\\<${whole.slice(1)}`;
          }
          if (VOID_TAGS.has(tag)) return `<${tag}${attributes} />`;
          return `<${tag}${attributes}>`;
        },
      )
  );
}

/** The language a `<pre>` or its `<code>` names by class (`lang-json`, `language-powershell`), else ''. */
function preLanguage(pre: Element): string {
  const code = pre.children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'code',
  );
  for (const element of [pre, ...(code ? [code] : [])]) {
    const classes = element.properties['className'];
    for (const name of Array.isArray(classes) ? classes : []) {
      const language = /^(?:lang|language)-([\w#+.-]+)$/.exec(name)?.[1];
      if (language !== undefined) return language;
    }
  }
  return '';
}

/** `text` (a code block's lines) as a fenced code block: a fence longer than any run of backticks in it. */
function fencedCode(text: string, language: string): string {
  const fence = codeFence(text);
  return `${fence}${language}\n${text}\n${fence}`;
}

/** The parts of a table that hold its cells. */
const TABLE_PARTS = new Set(['tbody', 'thead', 'tfoot', 'tr', 'th', 'td']);

/**
 * The one `<pre>` of a table that shows nothing else, its other cells empty (`<table><tr><th></th></tr><tr><td><pre>X;</pre>`,
 * windows-driver-docs-ddi's code examples), else undefined: a header's text (`<th>C++</th>`) or a caption keeps the table.
 */
function tablesPre(table: Element): Element | undefined {
  const pres: Element[] = [];
  /** Whether `node` shows anything but the <pre> elements it holds (gathered in `pres`). */
  const shows = (node: Element['children'][number]): boolean => {
    if (node.type === 'text') return node.value.trim() !== '';
    if (node.type !== 'element') return false;
    if (node.tagName !== 'pre') return !TABLE_PARTS.has(node.tagName) || node.children.some(shows);
    pres.push(node);
    return false;
  };
  return table.children.some(shows) || pres.length !== 1 ? undefined : pres[0];
}

/**
 * An HTML block's `<pre>` elements (a `<pre><code>` of its own, or in a table cell or list item of HTML) as
 * fenced code blocks, the text a browser shows (entities decoded, markup inside it dropped), lines kept.
 * MDX reads an element's content as Markdown: a code line such as `- b` or `# note` started a block inside
 * it and left the element unclosed ("Expected a closing tag for <td>"), and `*x*` was emphasis. Between
 * blank lines, the code block is held by the table cell (balanceBlocks carries the cell over blocks).
 */
function preAsFencedCode(markdown: string): string {
  if (!/<pre[\s>]/i.test(markdown)) return markdown;
  const edits: { from: number; to: number; text: string }[] = [];
  visit(parseMarkdown(markdown), 'html', (node) => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined || !/<pre[\s>]/i.test(node.value)) return;
    const { value } = node;
    let rewritten = '';
    let last = 0;
    visit(fromHtml(value, { fragment: true }), 'element', (element) => {
      // A table holding only a <pre> is that code box (MSDN's, in generated references): the code alone.
      const pre = element.tagName === 'table' ? tablesPre(element) : element;
      if (pre?.tagName !== 'pre') return undefined;
      const start = element.position?.start.offset;
      const end = element.position?.end.offset;
      // Only a <pre> (or table) closed in this block: one a blank line cuts short goes on as Markdown, on Learn too.
      const closed = new RegExp(`</${element.tagName}\\s*>$`, 'i');
      if (start === undefined || end === undefined || !closed.test(value.slice(start, end))) return SKIP;
      const code = toString(pre).replace(/\n$/, '');
      // White space around it, which HTML ignores there, gives way to the blank lines around the fences.
      rewritten += `${value.slice(last, start).trimEnd()}\n\n${fencedCode(code, preLanguage(pre))}\n\n`;
      last = end + (/^\s*/.exec(value.slice(end))?.[0].length ?? 0);
      return SKIP;
    });
    if (last === 0) return;
    rewritten += value.slice(last);
    // The block's lines go back into their container (a quote's `>`, a list item's indent).
    const prefix = markdown.slice(markdown.lastIndexOf('\n', from - 1) + 1, from);
    const indent = prefix.replace(/[-*+]|\d{1,9}[.)]/g, (marker) => ' '.repeat(marker.length));
    const lines = rewritten
      .replace(/^(?:[ \t]*\n)+/, '')
      .trimEnd()
      .split('\n');
    // A fence must start its line: after a list marker, on the next.
    if (indent !== prefix && /^`{3}/.test(lines[0] ?? '')) lines.unshift('');
    const text = lines
      .map((line, index) => (index === 0 ? line : line.trim() === '' ? indent.trimEnd() : `${indent}${line}`))
      .join('\n');
    edits.push({ from, to, text });
  });
  return spliceText(markdown, edits);
}

/** Whether an element is one of Learn's bilingual spans: the English Learn hides, or the translation. */
function translationSpan(element: Element): 'english' | 'translation' | undefined {
  if (element.tagName !== 'span') return undefined;
  const classes = element.properties['className'];
  if (Array.isArray(classes) && classes.includes('sxs-lookup')) return 'english';
  return element.properties['dataTtuId'] === undefined ? undefined : 'translation';
}

/**
 * The English of Learn's older machine-translated pages left out, as Learn shows them:
 * `<span data-ttu-id="1">予約</span><span class="sxs-lookup"><span data-stu-id="1">Bookings</span></span>`
 * is `予約`. Learn hides each `.sxs-lookup` span (its English shows on hover); the translation's spans are
 * unwrapped. The tags are read by an HTML parser, in each paragraph, heading, table cell or HTML block as a
 * browser reads them (Markdown, code included, is text to it); a line break inside what is left out stays.
 */
export function withoutTranslationMarkup(markdown: string): string {
  if (!markdown.includes('sxs-lookup') && !markdown.includes('data-ttu-id')) return markdown;
  const cuts: { from: number; to: number }[] = [];
  /** Reads `html` (source from `offset`: only its tags, the rest blanked) and cuts its bilingual spans. */
  const cutSpans = (html: string, offset: number) => {
    visit(fromHtml(html, { fragment: true }), 'element', (element) => {
      const kind = translationSpan(element);
      const start = element.position?.start.offset;
      const end = element.position?.end.offset;
      if (kind === undefined || start === undefined || end === undefined) return undefined;
      const first = element.children[0]?.position?.start.offset;
      const last = element.children.at(-1)?.position?.end.offset;
      if (kind === 'english' || first === undefined || last === undefined)
        cuts.push({ from: offset + start, to: offset + end });
      else cuts.push({ from: offset + start, to: offset + first }, { from: offset + last, to: offset + end });
      return kind === 'english' ? SKIP : undefined;
    });
  };
  for (const { html, offset } of htmlStretches(markdown)) cutSpans(html, offset);
  // Written in one pass: copying the whole text at each cut took 15 s for 8,000 English spans in an HTML
  // block (544 KB, red team 16), and grew with the square of the page.
  const parts: string[] = [];
  let at = 0;
  for (const { from, to } of cuts.sort((a, b) => a.from - b.from)) {
    const start = Math.max(from, at);
    if (to <= start) continue;
    parts.push(markdown.slice(at, start), markdown.slice(start, to).replace(/[^\n]/g, ''));
    at = to;
  }
  parts.push(markdown.slice(at));
  return parts.join('');
}

/**
 * `markdown` without its HTML comments, found as the Markdown parser reads them: in HTML (a block, or
 * inline), never in code, where `<!-- -->` is text the page shows (windows-dev-docs' manifest samples say
 * `<!--Add these namespaces-->` in an XML block). With `keepLines`, a comment's line breaks stay, so lines
 * keep their numbers.
 */
export function withoutHtmlComments(markdown: string, { keepLines = false } = {}): string {
  if (!markdown.includes('<!--')) return markdown;
  const comments: { from: number; to: number }[] = [];
  visit(parseMarkdown(markdown), 'html', (node) => {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined) return;
    visit(fromHtml(markdown.slice(from, to), { fragment: true }), 'comment', (comment) => {
      const start = comment.position?.start.offset;
      const end = comment.position?.end.offset;
      if (start !== undefined && end !== undefined) comments.push({ from: from + start, to: from + end });
    });
  });
  // In one pass (spliceText): a copy of the page at each comment took 49 s of CPU for 40,000 (520 KB, red team 16).
  return spliceText(
    markdown,
    comments.map(({ from, to }) => ({
      from,
      to,
      text: keepLines ? markdown.slice(from, to).replace(/[^\n]/g, '') : '',
    })),
  );
}

/**
 * `markdown` with each HTML tag Learn uses as HTML (HTML_TAGS) that is written over lines on one line, found
 * as the Markdown parser and a browser read them (htmlStretches, then parse5): `<img⏎  src="media/a.png"
 * alt="A">`, as generated references write a start tag, is the tag it is, not text, and its attributes are
 * checked as any tag's (escapeText reads a line at a time). Each line break, with what starts the next line
 * (a quote's `>`, an indent), is a space. With `keepLines` the lines keep their numbers, for notes naming
 * them (attributeNotes): the line breaks go after the tag when text follows it on its line, else before it
 * (the lines they leave may be blank: the text is for finding tags, not for the page).
 */
export function withTagsOnOneLine(markdown: string, { keepLines = false } = {}): string {
  if (!/<\/?[A-Za-z][^<>]*\n/.test(markdown)) return markdown;
  const edits: { from: number; to: number; text: string }[] = [];
  for (const { html, offset } of htmlStretches(markdown)) {
    const walk = (node: DefaultTreeAdapterTypes.ParentNode) => {
      for (const child of node.childNodes) {
        if (!('tagName' in child)) continue;
        const location = child.sourceCodeLocation;
        for (const tag of HTML_TAGS.has(child.tagName) ? [location?.startTag, location?.endTag] : []) {
          if (tag === undefined) continue;
          const source = markdown.slice(offset + tag.startOffset, offset + tag.endOffset);
          if (!source.includes('\n')) continue;
          const tagged = tagOnOneLine(source, html.slice(tag.startOffset, tag.endOffset));
          const oneLine = tagged.oneLine;
          const from = offset + tag.startOffset;
          const to = offset + tag.endOffset;
          const lineBreaks = keepLines ? tagged.lineBreaks.join('') : '';
          const rest = markdown.slice(to, (markdown.indexOf('\n', to) + 1 || markdown.length + 1) - 1);
          const text = rest.trim() === '' ? lineBreaks + oneLine : oneLine + lineBreaks;
          edits.push({ from, to, text });
        }
        walk(child);
      }
    };
    walk(parseFragment(html, { sourceCodeLocationInfo: true }));
  }
  return spliceText(markdown, edits);
}

/**
 * Reads tables as Learn does (asMarkdigTables), leaves out the English of Learn's machine-translated pages
 * (withoutTranslationMarkup), escapes braces and stray `<`, self-closes void tags, puts a tag written over
 * lines on one line (withTagsOnOneLine), writes a tag's attributes MDX cannot read as a browser reads them
 * and leaves out those the build refuses (see attributeNotes), drops HTML comments, writes an HTML block's
 * `<pre>` as fenced code; fenced code is untouched.
 */
export function toMdxSafe(markdown: string): string {
  const withoutComments = withTagsOnOneLine(
    preAsFencedCode(withoutHtmlComments(withoutTranslationMarkup(asMarkdigTables(markdown)))),
  );
  const escaped = mapProseOutsideCode(withDestinationsMarked(withoutComments), (text) => escapeText(text));
  return withSummariesOpenable(withinShrinkDepth(balanceBlocks(escaped).replaceAll(DESTINATION_LT, '<')));
}

/** The HTML elements Learn articles use that show their text smaller (`font-size: smaller`). */
const SHRINKING_TAGS = new Set(['small', 'sub', 'sup']);

/**
 * `mdx` with each `<small>`, `<sub>` or `<sup>` inside MAX_SHRINKING_DEPTH others written as its content
 * alone: the build refuses text shrunk past reading (remark-content-safety.ts), which Learn shows (red teams
 * 22 to 24: three nested `<small>`s were imported, and the build then failed on the page). `report` is told
 * the line of `mdx` of each. MDX it cannot read is left as it is, for the build's check to name.
 */
export function withinShrinkDepth(mdx: string, report?: (line: number, message: string) => void): string {
  if ((mdx.match(/<(?:small|sub|sup)\b/gi)?.length ?? 0) <= MAX_SHRINKING_DEPTH) return mdx;
  let tree: Root;
  try {
    tree = mdxParser.parse(mdx);
  } catch {
    return mdx;
  }
  /** The spans of the tags left out: [start, end) offsets of `mdx`. */
  const cuts: [number, number][] = [];
  const stack: [Nodes, number][] = [[tree, 0]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, depth] = next;
    let inner = depth;
    if (
      (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
      SHRINKING_TAGS.has((node.name ?? '').toLowerCase())
    ) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (depth < MAX_SHRINKING_DEPTH || start === undefined || end === undefined) inner = depth + 1;
      else {
        const first = node.children[0]?.position?.start.offset;
        const last = node.children.at(-1)?.position?.end.offset;
        cuts.push(
          ...(first === undefined || last === undefined
            ? [[start, end] as [number, number]]
            : [[start, first] as [number, number], [last, end] as [number, number]]),
        );
        report?.(
          node.position?.start.line ?? 1,
          `<${node.name ?? ''}> is inside ${depth} more <small>, <sub> or <sup>: text shrunk more than ${MAX_SHRINKING_DEPTH} times is too small to read, and the build refuses it. Its text is written without this <${node.name ?? ''}>.`,
        );
      }
    }
    if ('children' in node) for (const child of node.children) stack.push([child, inner]);
  }
  let written = mdx;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0]))
    written = written.slice(0, start) + written.slice(end);
  return written;
}

type JsxNode = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/** Whether `node` is the JSX element `<tag>` (any case). */
function isJsx(node: Nodes, tag: string): node is JsxNode {
  return (
    (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
    (node.name ?? '').toLowerCase() === tag
  );
}

/** Whether the keyboard reaches `node` as a link: Markdown's link, or an `<a href>`. */
function isLink(node: Nodes): boolean {
  if (node.type === 'link' || node.type === 'linkReference') return true;
  return (
    isJsx(node, 'a') && keyboardReaches('a', (name) => jsxAttributeValue(node.attributes, name)) !== undefined
  );
}

/** The cuts that leave out `node`'s tags (its [start, end) of the page) and keep its content: all of it when it has none. */
function withoutTags(
  node: Nodes,
  start: number,
  end: number,
): { start: number; end: number; text: string }[] {
  const children = 'children' in node ? node.children : [];
  const first = children[0]?.position?.start.offset;
  const last = children.at(-1)?.position?.end.offset;
  if (first === undefined || last === undefined) return [{ start, end, text: '' }];
  return [
    { start, end: first, text: '' },
    { start: last, end, text: '' },
  ];
}

/**
 * `mdx` with each `<summary>` as the build lets one be (accessibilityElementProblem, aria-rules.ts): a link in
 * it written as its text, the link itself after the summary, first in its details (Learn articles write
 * `<summary>[Sign in](…)</summary>`, a link inside the control that opens the details, which a screen reader
 * cannot tell apart from it: axe's nested-interactive); a summary with no text left out, so the browser labels
 * its details itself ("Details"), where it showed an unlabelled triangle (axe: summary-name). `report` is told
 * the line of `mdx` of each. MDX it cannot read is left as it is, for the build's check to name.
 */
function withSummariesOpenable(mdx: string, report?: (line: number, message: string) => void): string {
  if (!/<summary\b/i.test(mdx)) return mdx;
  let tree: Root;
  try {
    tree = mdxParser.parse(mdx);
  } catch {
    return mdx;
  }
  /** Text put in at an offset of `mdx` (a cut: [start, end) replaced by ''). */
  const edits: { start: number; end: number; text: string }[] = [];
  /** What is said of each summary, once the page written reads as MDX. */
  const said: [number, string][] = [];
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    if (!isJsx(node, 'summary')) return undefined;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return SKIP;
    const line = node.position?.start.line ?? 1;
    const named = ['aria-label', 'aria-labelledby', 'title'].some((name) =>
      jsxAttributeValue(node.attributes, name)?.trim(),
    );
    if (mdastText(node).trim() === '' && !named) {
      // What it holds (a bookmark <a id>, an image of no alt text) stays, first in its details.
      edits.push(...withoutTags(node, start, end));
      said.push([
        line,
        'a <summary> with no text is left out: a screen reader would announce the control that opens its details as nothing (axe: summary-name), and the browser labels it "Details" instead. Write what the details hold as the summary\'s text.',
      ]);
      return SKIP;
    }
    const links: string[] = [];
    const stack: Nodes[] = [...node.children];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      const from = next.position?.start.offset;
      const to = next.position?.end.offset;
      if (!isLink(next) || from === undefined || to === undefined) {
        if ('children' in next) stack.push(...next.children);
        continue;
      }
      links.unshift(mdx.slice(from, to));
      edits.push(...withoutTags(next, from, to));
    }
    if (links.length === 0) return SKIP;
    // A summary alone on its line gets its links as a paragraph of their own after it, in its list or quote.
    const prefix = mdx.slice(mdx.lastIndexOf('\n', start - 1) + 1, start);
    const alone = /^[\t >]*$/.test(prefix) && /^[\t ]*(?:\n|$)/.test(mdx.slice(end));
    const text = alone ? `\n${prefix.trimEnd()}\n${prefix}${links.join(' ')}` : ` ${links.join(' ')} `;
    edits.push({ start: end, end, text });
    said.push([
      line,
      `a <summary> holding a link is written with the link's text, the link after it, first in its details: the summary is itself the control that opens its details, and a link inside it one a screen reader cannot tell apart from it (axe: nested-interactive). Write the link in the details, not in its summary.`,
    ]);
    return SKIP;
  });
  let written = mdx;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start || b.end - a.end))
    written = written.slice(0, start) + text + written.slice(end);
  if (mdxProblem(written) !== undefined) return mdx;
  for (const [line, message] of said) report?.(line, message);
  return written;
}

/**
 * What toMdxSafe leaves out of `markdown`'s HTML tags (an attribute the build refuses, such as
 * `set:html` or `name=` on an `<img>`), and the cells of a table row past its header's (overfullRows), each
 * with the index of its line in `markdown`, for a warning that names the source file and line.
 */
export function attributeNotes(markdown: string): { index: number; message: string }[] {
  const tables = asMarkdigTables(markdown);
  const notes = overfullRows(tables);
  // Comments are dropped, as toMdxSafe drops them, but their lines kept, so indexes stay those of `markdown`.
  const withoutComments = withTagsOnOneLine(withoutHtmlComments(tables, { keepLines: true }), {
    keepLines: true,
  });
  const escaped = mapProseOutsideCode(withDestinationsMarked(withoutComments), (text, index) =>
    escapeText(text, (message) => notes.push({ index, message })),
  );
  // Balanced as toMdxSafe writes it, its lines still `markdown`'s.
  const balanced = balanceBlocks(escaped, (index, message) => notes.push({ index, message }));
  const report = (line: number, message: string) => notes.push({ index: line - 1, message });
  withSummariesOpenable(withinShrinkDepth(balanced.replaceAll(DESTINATION_LT, '<'), report), report);
  return notes;
}

/** An HTML tag as the escaped text writes it (`<sup>`, `</li>`, `<br />`); escaped `\<` excluded. */
const TAG = new RegExp(
  String.raw`${UNESCAPED}<(\/?)([a-z][\w-]*)((?:\s(?:[^<>"']|"[^"]*"|'[^']*')*?)?)(\/?)>`,
  'g',
);

/**
 * Elements that hold Markdown blocks on Learn: opened at the start of a line and closed in a later block
 * (`<details>`, its summary, then paragraphs and lists, then `</details>`; a table with blank lines between
 * its rows), they span the blocks between.
 */
const SPANNING_TAGS = new Set([
  'blockquote',
  'details',
  'div',
  'dd',
  'dl',
  'dt',
  'li',
  'ol',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/**
 * A block that starts with one of these tags is HTML to its end (CommonMark's HTML block, which Learn
 * renders as HTML, not Markdown): its lines are one line to MDX, which would read a line holding a tag and
 * text as a paragraph and want the element closed in it.
 */
const HTML_BLOCK_START = new RegExp(
  `^\\s*</?(?:${[...SPANNING_TAGS, 'caption', 'colgroup', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'p', 'summary'].join('|')})[\\s/>]`,
);

/**
 * Element kinds of the HTML Standard's tree construction that the balancing follows, for the elements HTML_TAGS
 * reads as HTML: special elements (an end tag of another element does not close past one), formatting elements
 * (a browser reopens one an inline container's end closed), headings, and the elements that bound a scope.
 */
const SPECIAL = new Set([
  'blockquote',
  'br',
  'caption',
  'col',
  'colgroup',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'img',
  'li',
  'ol',
  'p',
  'pre',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'wbr',
]);
const FORMATTING = new Set(['a', 'b', 'code', 'em', 'i', 's', 'small', 'strong', 'u']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** An element is in (default) scope when none of these is open above it; a `<p>` too (button scope). */
const DEFAULT_SCOPE = new Set(['caption', 'table', 'td', 'th']);
const LIST_ITEM_SCOPE = new Set([...DEFAULT_SCOPE, 'ol', 'ul']);
const TABLE_SCOPE = new Set(['table']);
const TABLE_ELEMENTS = new Set(['caption', 'colgroup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr']);
/** Elements whose end closes the formatting elements opened in them for good (markers in the list of active formatting elements). */
const MARKERS = new Set(['caption', 'td', 'th']);

/** Start tags that close an open `<p>` in scope ("close a p element"): a paragraph holds no block. */
const CLOSES_P = new Set([
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  ...HEADINGS,
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'summary',
  'table',
  'ul',
]);

/** An item's start tag closes the open item of its kind, past any element but a special one (div and p aside). */
const ITEM_KINDS = new Map([
  ['li', new Set(['li'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
]);

/** A table part's start tag closes what is open inside the nearest of these (a browser clears the stack back to it). */
const TABLE_CONTEXTS = new Map<string, Set<string>>([
  ...['caption', 'colgroup', 'tbody', 'tfoot', 'thead'].map((name) => [name, new Set(['table'])] as const),
  ['tr', new Set(['tbody', 'tfoot', 'thead', 'table'])],
  ...['td', 'th'].map((name) => [name, new Set(['tr', 'tbody', 'tfoot', 'thead', 'table'])] as const),
]);

/**
 * The characters of start tags a page's balancing has reopened (balanceHtml), shared by its blocks and cells.
 * A browser reopens every formatting element a block's end closed, in each paragraph after it, so
 * `<p>`, `<b>` 2,000 times, then `<p>x` 2,000 times (14 KB) wrote a page of 28 MB in a minute and a gigabyte,
 * twice the tags 112 MB (red team 16). Once they pass MAX_PAGE_CHARACTERS, nothing more is reopened: the page
 * is then more than the build builds, refused by the written page's size.
 */
export interface ReopenBudget {
  written: number;
}

/** An element open while the tags are balanced. */
interface OpenElement {
  name: string;
  /** Its start tag as written: a formatting element closed other than by its own end tag is reopened with it. */
  tag?: string;
  /** How many elements the block opened before it: formatting elements reopen in that order. */
  seq?: number;
  /** How many inline containers (emphasis, a link's text…) were open where it opened: it closes in the innermost. */
  depth?: number;
  /** A `<ul>` the balancing opened around items written without a list: it ends where they do. */
  implied?: boolean;
  /**
   * A spanning element that may hold blocks: the indentation of its block, and where its tag starts and
   * ends in this block's output (-1 once carried into a later block).
   */
  flow?: { indent: string; start: number; end: number };
  /** The index of the line its block starts at, once carried: where it opened, for a note when it never closes. */
  openedAt?: number;
}

/**
 * The open element the end tag `name` closes (its index in `open`), as a browser's parser finds it: the
 * innermost of that name (a heading's, any heading) in its scope; undefined when there is none, and a
 * browser ignores the end tag. An end tag of an element neither special nor formatting (`</span>`) stops at
 * a special element.
 */
function endTagTarget(open: readonly OpenElement[], name: string): number | undefined {
  const matches = HEADINGS.has(name)
    ? (other: string) => HEADINGS.has(other)
    : (other: string) => other === name;
  const bounds =
    name === 'li'
      ? LIST_ITEM_SCOPE
      : TABLE_ELEMENTS.has(name)
        ? TABLE_SCOPE
        : SPECIAL.has(name) || FORMATTING.has(name)
          ? DEFAULT_SCOPE
          : SPECIAL;
  for (let at = open.length - 1; at >= Math.max(0, open.length - OPEN_SCAN); at--) {
    const other = open[at]?.name ?? '';
    if (matches(other)) return at;
    if (bounds.has(other)) return undefined;
  }
  return undefined;
}

/**
 * How far down the open elements a tag looks for the one it closes. A browser looks down all of them, and so
 * did the balancing, at every tag: `<span>` then `</i>` 40,000 times each (400 KB, red team 16) ran the import
 * for two minutes, each `</i>` looking through every `<span>` for an `<i>`, as did a `<div>` for a `<p>` to end,
 * a `<td>` for its row. Elements open deeper than the nesting the build renders (MAX_NESTING) are nested past
 * it where they are, and the page is refused for that, by the written page's line, whichever of them a tag
 * would close.
 */
const OPEN_SCAN = MAX_NESTING + 1;

/** Whether a start tag names its element (`id=`, `name=`): an element is reopened only without one, ids staying one each. */
function namesItself(tag: string): boolean {
  // Most tags hold neither word: not parsed at each of their closes.
  if (!/id|name/i.test(tag)) return false;
  const [element] = parseFragment(tag).childNodes;
  return (
    element !== undefined &&
    'attrs' in element &&
    element.attrs.some(({ name }) => name === 'id' || name === 'name')
  );
}

/**
 * A Markdown span holding text and tags (emphasis, strong, strikethrough, a link's text), as offsets: where it
 * starts, where its content starts and ends, and where it ends (after its closing `*`, or a link's `](…)`); and
 * the HTML element it is, when Markdown writes it between delimiters. MDX wants every element opened in it
 * closed in it ("Expected a closing tag for `<span>` … before the end of `emphasis`").
 */
export interface InlineContainer {
  start: number;
  contentStart: number;
  contentEnd: number;
  end: number;
  element?: string | undefined;
}

/** The mdast nodes that are inline containers, each with the element it is when written between delimiters. */
const INLINE_CONTAINERS = new Map<string, string | undefined>([
  ['emphasis', 'em'],
  ['strong', 'strong'],
  ['delete', 'del'],
  ['link', undefined],
  ['linkReference', undefined],
]);

/** Markdown as MDX reads it around tags: no indented code, HTML block or autolink (MDX has none), a tag inline. */
const mdxMarkdown = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(function asMdxReadsIt() {
    (this.data().micromarkExtensions ??= []).push({
      disable: { null: ['autolink', 'codeIndented', 'htmlFlow'] },
    });
  });

/**
 * The inline containers of `markdown` (escaped for MDX) that may hold a tag, by where their content starts,
 * the outer first; none when it holds no tag. Walked without recursion: Markdown may nest deep.
 */
export function inlineContainers(markdown: string): InlineContainer[] {
  if (!/<[A-Za-z]/.test(markdown)) return [];
  const found: InlineContainer[] = [];
  const stack: Nodes[] = [mdxMarkdown.parse(markdown.replaceAll(DESTINATION_LT, '<'))];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!('children' in node)) continue;
    for (const child of node.children) stack.push(child);
    if (!INLINE_CONTAINERS.has(node.type)) continue;
    const start = node.position?.start.offset;
    const contentStart = node.children[0]?.position?.start.offset;
    const contentEnd = node.children.at(-1)?.position?.end.offset;
    const end = node.position?.end.offset;
    if (start === undefined || contentStart === undefined || contentEnd === undefined || end === undefined)
      continue;
    found.push({ start, contentStart, contentEnd, end, element: INLINE_CONTAINERS.get(node.type) });
  }
  return found.sort((a, b) => a.contentStart - b.contentStart || b.end - a.end);
}

/**
 * HTML tags of one Markdown block (a table cell, or a paragraph) balanced as a browser's parser reads them
 * (the HTML Standard's tree construction, for the elements HTML_TAGS lets through): a start tag closes what
 * it implies closed (a `<p>` or a block the open `<p>`, an `<li>` the open item, a `<td>` the open cell…), an
 * end tag closes the element it finds in scope and the elements opened inside it, one it finds none for is
 * dropped, and what is still open at the end is closed. MDX needs every element closed where it opened;
 * Learn, rendering HTML, lets the browser repair it.
 *
 * Inline containers (`inline`: emphasis, strong, a link's text; by default, those of `segment`) are Markdown
 * an element cannot cross in MDX: an element opened in one closes at its end, where a browser closes it (at
 * the `</em>` markdig writes), and a formatting element (`<b>`) is reopened after it, as a browser reopens it;
 * an end tag inside one of an element opened before it closes it after it.
 *
 * With `carried` (the elements earlier blocks left open, updated in place), spanning elements opened at
 * the start of a line (or, in an HTML block, inside one another from its start) stay open past the block,
 * each tag then on a line of its own, and the end tag of one carried from an earlier block is put between
 * blank lines: MDX reads the blocks between as their content.
 */
export function balanceHtml(
  segment: string,
  carried?: OpenElement[],
  inline?: readonly InlineContainer[],
  reopening: ReopenBudget = { written: 0 },
): string {
  const open: OpenElement[] = [...(carried ?? [])];
  let fromEarlier = open.length;
  /** How many open elements hold no blocks (not `flow`): an HTML block's tag may hold blocks when none is open. */
  let inlineOpen = open.filter((element) => !element.flow).length;
  const htmlBlock = carried !== undefined && HTML_BLOCK_START.test(segment) && !/<pre[\s>]/.test(segment);
  const blockIndent = /^[ \t]*/.exec(segment)?.[0] ?? '';
  const lines = htmlBlock ? `${blockIndent}${segment.trim().replace(/[ \t]*\n[ \t]*/g, ' ')}` : segment;
  // An HTML block's lines are joined into one, which MDX reads as a paragraph.
  const containers = htmlBlock ? inlineContainers(lines) : (inline ?? inlineContainers(lines));
  /**
   * What is written so far, in the pieces written (joined by whole()), and its length. An inline container
   * written as its element rewrites what was written since its delimiter only: rewriting the whole text at
   * each, and reading it again for its last line break, took 48 s on `*<b>x*y</b> ` written 20,000 times
   * (240 KB, red team 16).
   */
  const pieces: string[] = [];
  let written = 0;
  /** All that is written, as one piece. */
  const whole = (): string => {
    const text = pieces.join('');
    pieces.splice(0, pieces.length, text);
    return text;
  };
  /** Where the piece holding offset `at` of what is written is in `pieces`, and the offset it starts at. */
  const pieceAt = (at: number): { index: number; start: number } => {
    let index = pieces.length;
    let start = written;
    while (index > 0 && start > at) start -= pieces[--index]?.length ?? 0;
    return { index, start };
  };
  /** What is written from offset `at` on. */
  const writtenFrom = (at: number): string => {
    const { index, start } = pieceAt(at);
    return (pieces[index] ?? '').slice(at - start) + pieces.slice(index + 1).join('');
  };
  /** What is written from offset `at` on, left out. */
  const cutAt = (at: number) => {
    const { index, start } = pieceAt(at);
    const kept = (pieces[index] ?? '').slice(0, at - start);
    pieces.splice(index);
    if (kept !== '') pieces.push(kept);
    written = Math.min(written, at);
  };
  /**
   * What is written after its last line break (or from its start) when that is white space only, else
   * undefined: kept as it grows, as reading what is written would copy it whole, on every tag of an HTML
   * block joined into one line.
   */
  let lineHead: string | undefined = '';
  const write = (text: string) => {
    pieces.push(text);
    written += text.length;
    const lineBreak = text.lastIndexOf('\n');
    const before = lineBreak === -1 ? lineHead : '';
    const after = text.slice(lineBreak + 1);
    lineHead = before === undefined || /\S/.test(after) ? undefined : before + after;
  };
  /** What is written rewritten as `text`. */
  const rewrite = (text: string) => {
    pieces.length = 0;
    written = 0;
    lineHead = '';
    write(text);
  };
  /** How far `lines` is written. */
  let pos = 0;
  /**
   * The inline containers open, innermost last: the end tags deferred to its end, where what is written has its opening
   * delimiter, and where the elements opened in it start in `open` (none below is closed while it is open).
   */
  const within: { container: InlineContainer; deferred: string[]; delimiterAt: number; floor: number }[] = [];
  /**
   * Formatting elements closed other than by their own end tag (by an inline container's end, an item's start,
   * a block's end tag), reopened before the text after, as a browser reconstructs them, in the order they opened.
   */
  let reopen: OpenElement[] = [];
  let opened = 0;
  const push = (element: OpenElement) => {
    open.push({ seq: opened++, ...element });
    if (!element.flow) inlineOpen++;
  };
  /** The open elements from the one at `at` on, closed: taken out of `open`, outermost first. */
  const closeFrom = (at: number): OpenElement[] => {
    const closed = open.splice(at);
    inlineOpen -= closed.filter((element) => !element.flow).length;
    return closed;
  };
  /**
   * The elements of `closed` (outermost first) a browser reopens: formatting ones, but the one its own end tag
   * closed (`own`), those inside a closed table cell or caption, and one naming itself.
   */
  const toReopen = (closed: readonly OpenElement[], own: boolean) => {
    const marker = closed.findIndex((element) => MARKERS.has(element.name));
    const reopened = closed
      .slice(own ? 1 : 0, marker === -1 ? undefined : marker)
      .filter(({ name, tag }) => FORMATTING.has(name) && tag !== undefined && !namesItself(tag));
    if (reopened.length === 0) return;
    // Added in place, and sorted again only when they come before those waiting: each close copying and
    // sorting them all took 34 s on `<p>`, `<b>` 16,000 times, then `<i><p>` 16,000 times (red team 16).
    const ordered = reopened.every(
      (element, index) => (element.seq ?? 0) > ((reopened[index - 1] ?? reopen.at(-1))?.seq ?? -1),
    );
    for (const element of reopened) reopen.push(element);
    if (!ordered) reopen.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  };
  /** Where the elements opened in the innermost open container start in `open`. */
  const floor = () => within.at(-1)?.floor ?? 0;
  /** The innermost element open in the innermost open container. */
  const current = () => (open.length > floor() ? open.at(-1) : undefined);
  // The list opened around loose items ends before anything else than another item.
  const endImpliedList = () => {
    if (current()?.implied) write(`</${closeFrom(open.length - 1)[0]?.name ?? 'ul'}>`);
  };
  const reopenFormatting = () => {
    for (const { name, tag = '', seq } of reopen) {
      // Past the characters a page may be, nothing more is reopened (see ReopenBudget).
      if (reopening.written > MAX_PAGE_CHARACTERS) break;
      reopening.written += tag.length;
      write(tag);
      push({ name, tag, depth: within.length, ...(seq === undefined ? {} : { seq }) });
    }
    reopen = [];
  };
  const addText = (chunk: string) => {
    if (chunk.trim() !== '') {
      endImpliedList();
      // Text straight inside a list is an item of it (a browser would leave it loose, outside any item).
      const top = current()?.name;
      if (top === 'ul' || top === 'ol') {
        push({ name: 'li', depth: within.length });
        write('<li>');
      }
      reopenFormatting();
    }
    write(chunk);
  };
  /**
   * Closes the open elements down to the one at `at`, by its own end tag or not (`own`). One carried from an
   * earlier block ends as a block of its own, before `rest` (what follows in `lines`): how many of rest's
   * characters (its leading spaces) that takes.
   */
  const closeThrough = (at: number, rest: string, own: boolean): number => {
    const [outer, ...inner] = closeFrom(at);
    if (outer === undefined) return 0;
    toReopen([outer, ...inner], own);
    write(
      inner
        .reverse()
        .map((element) => `</${element.name}>`)
        .join(''),
    );
    if (!(at < fromEarlier && outer.flow)) {
      write(`</${outer.name}>`);
      return 0;
    }
    // Its content was blocks: the end tag is a block of its own, and so is what follows it.
    const { indent } = outer.flow;
    const out = whole();
    rewrite(
      out.trim() === '' ? `${indent}</${outer.name}>` : `${out.trimEnd()}\n\n${indent}</${outer.name}>`,
    );
    const kept = rest.replace(/^[ \t]+/, '');
    if (kept !== '' && !kept.startsWith('\n')) write(`\n\n${indent}`);
    fromEarlier = at;
    return rest.length - kept.length;
  };
  /** The end tag `name`, before `rest`: how many of rest's characters it takes (see closeThrough). */
  const endTag = (name: string, rest: string): number => {
    const at = endTagTarget(open, name);
    // A formatting element closed, not reopened yet, opened after the open one of its name: its end tag ends it
    // (a browser forgets it).
    const waiting = reopen.findLastIndex((element) => element.name === name);
    const waitingSeq = reopen[waiting]?.seq ?? 0;
    if (waiting !== -1 && (at === undefined || waitingSeq > (open[at]?.seq ?? 0))) {
      reopen.splice(waiting, 1);
      return 0;
    }
    if (at === undefined) return 0;
    // Opened outside the container open here: MDX wants it closed past the container's end.
    if ((open[at]?.depth ?? 0) < within.length) {
      within.at(-1)?.deferred.push(name);
      return 0;
    }
    return closeThrough(at, rest, true);
  };
  /** The open element the start tag `name` closes (implied end tags), in the container open here. */
  const impliedEnd = (name: string): number | undefined => {
    const from = Math.max(floor(), open.length - OPEN_SCAN);
    let at: number | undefined;
    const closeFrom = (index: number) => (at = Math.min(at ?? index, index));
    const kinds = ITEM_KINDS.get(name);
    for (let index = open.length - 1; kinds && index >= from; index--) {
      const other = open[index]?.name ?? '';
      if (kinds.has(other)) {
        closeFrom(index);
        break;
      }
      if (SPECIAL.has(other) && other !== 'div' && other !== 'p') break;
    }
    for (let index = open.length - 1; CLOSES_P.has(name) && index >= from; index--) {
      const other = open[index]?.name ?? '';
      if (other === 'p') closeFrom(index);
      if (other === 'p' || DEFAULT_SCOPE.has(other)) break;
    }
    if (HEADINGS.has(name) && HEADINGS.has(current()?.name ?? '')) closeFrom(open.length - 1);
    const contexts = TABLE_CONTEXTS.get(name);
    for (let index = open.length - 1; contexts && index >= from; index--)
      if (contexts.has(open[index]?.name ?? '')) {
        if (index + 1 < open.length) closeFrom(index + 1);
        break;
      }
    return at;
  };
  const startTag = (name: string, whole: string) => {
    const closes = impliedEnd(name);
    if (closes !== undefined) closeThrough(closes, whole, false);
    if (name !== 'li') endImpliedList();
    // Items written without a list (`…two types:<li> A<li> B`, in an azure-docs table cell): a browser
    // shows them as items, and assistive technology knows them as such in a list, which they get.
    if (name === 'li' && !['ul', 'ol', 'li'].includes(current()?.name ?? '')) {
      write('<ul>');
      push({ name: 'ul', implied: true, depth: within.length });
    }
    // May hold blocks: at a line's start, right after another such element's tag, or in an HTML block
    // inside such elements only; never inside an inline container.
    const previous = open.at(-1)?.flow;
    const indent =
      within.length > 0
        ? undefined
        : lineHead !== undefined && !htmlBlock
          ? lineHead
          : previous?.end === written || (htmlBlock && inlineOpen === 0)
            ? blockIndent
            : undefined;
    const start = written;
    write(whole);
    push(
      carried && SPANNING_TAGS.has(name) && indent !== undefined
        ? { name, flow: { indent, start, end: written } }
        : { name, tag: whole, depth: within.length },
    );
  };
  const openContainer = (container: InlineContainer) => {
    const delimiter = container.contentStart - container.start;
    within.push({ container, deferred: [], delimiterAt: written - delimiter, floor: open.length });
  };
  const closeContainer = () => {
    const entry = within.at(-1);
    if (entry === undefined) return;
    const { container, deferred, delimiterAt } = entry;
    const closed = closeFrom(floor());
    within.pop();
    const ends = [...closed]
      .reverse()
      .map((element) => `</${element.name}>`)
      .join('');
    write(ends);
    // After the end tags (a `>`), a closing `*` before a letter closes nothing (CommonMark's flanking rules):
    // then the container is written as its element.
    const opening = lines.slice(container.start, container.contentStart);
    const element = container.element;
    const content =
      ends !== '' && element !== undefined && /[^\s\p{P}\p{S}]/u.test(lines[container.end] ?? ' ')
        ? writtenFrom(delimiterAt)
        : undefined;
    if (content?.startsWith(opening)) {
      cutAt(delimiterAt);
      // The line holds the element's tag now: not white space only.
      lineHead = undefined;
      write(`<${element}>${content.slice(opening.length)}</${element}>`);
    } else write(lines.slice(Math.max(pos, container.contentEnd), container.end));
    pos = Math.max(pos, container.end);
    toReopen(closed, false);
    for (const name of deferred) pos += endTag(name, lines.slice(pos));
  };
  // The tags, inline code spans (text: their `<y>` is no tag) and inline containers, in order.
  const steps: { at: number; rank: number; container?: boolean; run: () => void }[] = [];
  const scanTags = (from: number, to: number) => {
    for (const match of lines.slice(from, to).matchAll(TAG)) {
      const [whole, slash, name = '', , selfClosing] = match;
      const at = from + match.index;
      steps.push({
        at,
        rank: 2,
        run: () => {
          pos = at + whole.length;
          if (selfClosing || VOID_TAGS.has(name)) {
            const closes = impliedEnd(name);
            if (closes !== undefined) closeThrough(closes, whole, false);
            write(whole);
          } else if (slash) pos += endTag(name, lines.slice(pos));
          else startTag(name, whole);
        },
      });
    }
  };
  let last = 0;
  for (const { start, end } of inlineCodeSpans(lines)) {
    scanTags(last, start);
    steps.push({
      at: start,
      rank: 2,
      run: () => {
        reopenFormatting();
        write(lines.slice(start, end));
        pos = end;
      },
    });
    last = end;
  }
  scanTags(last, lines.length);
  for (const container of containers) {
    const run = () => {
      openContainer(container);
    };
    steps.push({ at: container.contentStart, rank: 1, container: true, run });
    steps.push({ at: container.contentEnd, rank: 0, container: true, run: closeContainer });
  }
  // At one place, a container ends before one starts, and one starts before the tag or code it holds.
  steps.sort((a, b) => a.at - b.at || a.rank - b.rank);
  for (const step of steps) {
    // Inside a container's closing delimiter (a link's `](…)`), or spaces a block's end tag took: no tag.
    if (step.at < pos && !step.container) continue;
    if (step.at > pos) addText(lines.slice(pos, step.at));
    pos = Math.max(pos, step.at);
    step.run();
  }
  addText(lines.slice(pos));
  // Spanning elements at the bottom of the stack stay open for the blocks that follow; the rest closes here.
  // At most CARRIED_LIMIT: each block copies what it carries, so `<div>` and a paragraph written 16,000 times
  // took 33 s (red team 15); a page carrying that many is nested past what the build renders, and is refused.
  let kept = 0;
  while (carried && kept < CARRIED_LIMIT && open[kept]?.flow) kept++;
  for (const element of closeFrom(kept).reverse()) write(`</${element.name}>`);
  // A kept element's tag goes on a line of its own: MDX then reads what follows it as blocks.
  const tags = open.slice(fromEarlier).flatMap((element) => (element.flow ? [element.flow] : []));
  let out = whole();
  for (const { start, end, indent } of tags.reverse()) {
    if (end < out.length && out[end] !== '\n') out = `${out.slice(0, end)}\n${indent}${out.slice(end)}`;
    if (out.slice(out.lastIndexOf('\n', start - 1) + 1, start).trim() !== '')
      out = `${out.slice(0, start).trimEnd()}\n${indent}${out.slice(start)}`;
  }
  carried?.splice(
    0,
    carried.length,
    ...open.map((element) =>
      element.flow ? { ...element, flow: { ...element.flow, start: -1, end: -1 } } : element,
    ),
  );
  return out;
}

/**
 * How many spanning elements a block carries open into the next at most: one past the nesting the build
 * renders (MAX_NESTING), so a page carrying more is still refused for its nesting, by the written page's line.
 */
const CARRIED_LIMIT = MAX_NESTING + 1;

/** A `|` no backslash escapes: after an even run of them (`\\|` is a backslash, then a pipe). */
const PIPE = new RegExp(String.raw`${UNESCAPED}\|`, 'g');

/**
 * The cells of a table row written with its outer pipes (`| a | b |`), its pipes that end no cell escaped
 * (withCellPipesEscaped), as markdig counts them: pipes not escaped, outer ones aside.
 */
function cellCount(row: string): number {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(new RegExp(String.raw`${UNESCAPED}\|$`), '')
    .split(PIPE).length;
}

/**
 * A table's delimiter row (`| --- | :-: |`) given as many cells as its `header` row has (`escapedHeader`: with
 * its pipes that end no cell escaped), or undefined when `line` is no delimiter row or has as many. Learn's
 * Markdown (markdig) takes a table's columns from its header row, whatever the delimiter row below it has
 * (`|Escenario|Vínculo|` over `|-|-|-|`, as visualstudio-docs.es-es writes one); GFM, which the site follows,
 * makes a paragraph of pipes.
 */
function filledDelimiterRow(line: string, header: string, escapedHeader: string): string | undefined {
  const headerCells = cellCount(escapedHeader);
  const cells = cellCount(line);
  if (cells === headerCells || !/^\s*\|?(?:\s*:?-+:?\s*\|)*\s*:?-+:?\s*\|?\s*$/.test(line)) return undefined;
  if (cells < headerCells)
    return `${line.trimEnd().replace(/\|?$/, '|')}${' --- |'.repeat(headerCells - cells)}`;
  // More: the header's, each as written; not under a header with code or a pipe GFM and markdig count
  // differently (escaping them then decides: asMarkdigTables).
  if (header.includes('`') || escapedHeader !== header) return undefined;
  const written = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').slice(0, headerCells);
  return `${/^\s*/.exec(line)?.[0] ?? ''}|${written.join('|')}|`;
}

/** Markdown as markdig reads a table row's inlines, before the pipes between its cells: GFM without tables. */
const markdownWithoutTables = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(function withoutTables() {
    (this.data().micromarkExtensions ??= []).push({ disable: { null: ['table'] } });
  });

/** A stretch of a line whose pipes end no table cell: a link, an image, an autolink, or an HTML tag (`html`). */
interface CellSpan extends TextSpan {
  html: boolean;
}

/**
 * The links, images, autolinks and inline HTML (tags, comments) of `markdown` that hold a `|`, each on one line,
 * by the index of that line, at their offsets in it: markdig reads them before the pipes between a table row's
 * cells (its PipeTableSpecs, rules 8 and 9), so `|[a | b](x.md)|` and `|<abbr title="a|b">c</abbr>|` are one
 * cell each, where GFM splits both. Found by the Markdown parser reading a table as the paragraph it is without
 * GFM's tables. Left out: a URL GFM links as written (`https://a|b`, markdig's own reading of which is not
 * known), and a reference whose label holds the pipe, whose escape would be another label.
 */
function cellSpans(markdown: string, lines: readonly MarkdownLine[]): Map<number, CellSpan[]> {
  const found = new Map<number, CellSpan[]>();
  if (!lines.some(({ line, code }) => !code && line.includes('|') && /[[<]/.test(line))) return found;
  const lineStarts = [0];
  for (const { line } of lines) lineStarts.push((lineStarts.at(-1) ?? 0) + line.length + 1);
  const spanKinds = new Set(['link', 'linkReference', 'image', 'imageReference', 'html']);
  visit(markdownWithoutTables.parse(markdown), 'paragraph', (paragraph) => {
    visit(paragraph, (node) => {
      if (!spanKinds.has(node.type)) return undefined;
      const { start, end } = node.position ?? {};
      const line = start?.line;
      if (start?.offset === undefined || end?.offset === undefined || line !== end.line) return SKIP;
      const source = markdown.slice(start.offset, end.offset);
      const literal = node.type === 'link' && !/^[[<]/.test(source);
      const pipedLabel = 'label' in node && (node.label ?? '').includes('|');
      if (!source.includes('|') || literal || pipedLabel) return SKIP;
      const lineStart = lineStarts[line - 1] ?? 0;
      const spans = found.get(line - 1) ?? [];
      spans.push({
        start: start.offset - lineStart,
        end: end.offset - lineStart,
        html: node.type === 'html',
      });
      found.set(line - 1, spans);
      // A tag in a link's text is the link's too, but for its pipes, escaped as a tag's.
      return node.type === 'link' || node.type === 'linkReference' ? undefined : SKIP;
    });
    return SKIP;
  });
  return found;
}

/**
 * `line` with each `|` that ends no table cell as markdig reads the row escaped, unless escaped already: in its
 * inline code (as CommonMark pairs backticks) and in `spans` (its links and tags, see cellSpans). A pipe is
 * written `\|`, which GFM reads as `|` in a cell's code, link text and destination; in an HTML tag, where a
 * backslash is text, `&#124;`, which a browser and MDX read as `|`.
 */
function withCellPipesEscaped(line: string, spans: readonly CellSpan[] = []): string {
  if (!line.includes('|')) return line;
  const code = inlineCodeSpans(line);
  const holds = (span: TextSpan, at: number) => span.start <= at && at < span.end;
  const edits: { from: number; to: number; text: string }[] = [];
  for (const { index: at } of line.matchAll(PIPE)) {
    if (code.some((span) => holds(span, at))) edits.push({ from: at, to: at + 1, text: String.raw`\|` });
    else if (spans.some((span) => holds(span, at)))
      edits.push({
        from: at,
        to: at + 1,
        text: spans.some((span) => span.html && holds(span, at)) ? '&#124;' : String.raw`\|`,
      });
  }
  return spliceText(line, edits);
}

/**
 * `markdown`'s tables as Learn's markdig reads them, written for GFM, which the site's remark-gfm follows.
 * A delimiter row short of cells, or with more, gets as many as its header row has: markdig makes a table
 * of it, GFM a paragraph of pipes. A `|` of a row that markdig reads before the pipes between cells is escaped
 * (withCellPipesEscaped): in inline code (`` | `T | where x` | `` is one cell of code, as dataexplorer-docs
 * writes KQL), in a link (`[Get-A | Set-A](x.md)`) and in an HTML tag (`<abbr title="a|b">`); GFM splits the row
 * at every pipe, shifting the cells after it and dropping those past the header's count. Emphasis is no such
 * span: markdig splits `**A|B**` too. A `\|` written in code stays: GFM shows `|` there, as the author meant
 * it for GitHub (markdig shows the backslash, which GFM cannot show before a pipe in a table). Outside tables
 * nothing is escaped. Lines keep their numbers, and a text read so once reads the same again.
 */
export function asMarkdigTables(markdown: string): string {
  if (!markdown.includes('|')) return markdown;
  const lines = markdownLines(markdown);
  const spans = cellSpans(markdown, lines);
  const filled = lines.map(({ line, code }, index) => {
    const previous = lines[index - 1];
    if (code || previous === undefined || previous.code || !/^\s*\|/.test(previous.line)) return line;
    const header = previous.line;
    return filledDelimiterRow(line, header, withCellPipesEscaped(header, spans.get(index - 1))) ?? line;
  });
  if (!markdown.includes('`') && spans.size === 0) return filled.join('\n');
  const escaped = lines.map(({ line, code }, index) => {
    const row = filled[index] ?? line;
    return code ? row : withCellPipesEscaped(row, row === line ? spans.get(index) : undefined);
  });
  if (escaped.every((line, index) => line === filled[index])) return filled.join('\n');
  // Escaped where the parser then reads a table: a paragraph's code keeps its pipes, and so does a table
  // the escaping would unmake (its header then counting fewer cells than its delimiter row).
  const inTable = tableLines(escaped.join('\n'));
  return filled.map((line, index) => (inTable.has(index) ? (escaped[index] ?? line) : line)).join('\n');
}

/** How much of a row's dropped cells a note quotes. */
const DROPPED_QUOTED = 60;

/**
 * The rows of `markdown`'s tables (read as asMarkdigTables writes them) whose cells past the header's hold
 * something: neither the site nor Learn shows them, and nothing else says so. The cells are markdig's, so a
 * pipe in code, a link or a tag ends none: the pipe that did is in text or emphasis (`**A|B**`), where
 * markdig splits the row too.
 */
function overfullRows(markdown: string): { index: number; message: string }[] {
  const notes: { index: number; message: string }[] = [];
  if (!markdown.includes('|')) return notes;
  visit(parseMarkdown(markdown), 'table', (table) => {
    const columns = table.children[0]?.children.length ?? 0;
    for (const row of table.children.slice(1)) {
      const dropped = row.children.slice(columns);
      const from = dropped[0]?.position?.start.offset;
      const to = row.position?.end.offset;
      const line = row.position?.start.line;
      if (from === undefined || to === undefined || line === undefined) continue;
      const text = markdown.slice(from, to).replace(/^\|/, '').replace(/\|$/, '').trim();
      if (!dropped.some((cell) => cell.children.length > 0)) continue;
      const quoted = text.length > DROPPED_QUOTED ? `${text.slice(0, DROPPED_QUOTED)}…` : text;
      notes.push({
        index: line - 1,
        message: `This table row has ${row.children.length} cells, its header ${columns}: what is past the header's cells ("${quoted}") is not shown, on Learn neither. If a | in the row is text, not the end of a cell, write it \\|.`,
      });
    }
    return SKIP;
  });
  return notes;
}

/**
 * The indexes of the lines of `markdown` that hold a GFM table, as the Markdown parser reads them: its rows
 * need no pipe first (`**SSE** | With SSE…<li> …`, as azure-docs writes its tables).
 */
function tableLines(markdown: string): Set<number> {
  const found = new Set<number>();
  if (!markdown.includes('|')) return found;
  visit(parseMarkdown(markdown), 'table', (table) => {
    const [start, end] = [table.position?.start.line, table.position?.end.line];
    if (start !== undefined && end !== undefined)
      for (let line = start; line <= end; line++) found.add(line - 1);
    return SKIP;
  });
  return found;
}

/**
 * Table rows cell by cell, other prose block by block (blank lines apart), each with its HTML balanced;
 * a spanning element (`<details>`) may hold several blocks. What is open at the end is closed, as a browser
 * closes it, and said to `report` with the index of the line of the block it opened in.
 */
function balanceBlocks(markdown: string, report?: (index: number, message: string) => void): string {
  const lines = markdownLines(markdown);
  const inTable = tableLines(markdown);
  // The inline containers, read in the whole text as MDX reads it (a list item's paragraph after a blank line).
  const containers = inlineContainers(markdown);
  let next = 0;
  /** The inline containers from `from` to `to` in `markdown`, at their offsets from `from`. */
  const containersIn = (from: number, to: number): InlineContainer[] => {
    while (next < containers.length && (containers[next]?.contentStart ?? to) < from) next++;
    const found: InlineContainer[] = [];
    for (let index = next; index < containers.length; index++) {
      const container = containers[index];
      if (container === undefined || container.contentStart >= to) break;
      if (container.start >= from && container.end <= to)
        found.push({
          ...container,
          start: container.start - from,
          contentStart: container.contentStart - from,
          contentEnd: container.contentEnd - from,
          end: container.end - from,
        });
    }
    return found;
  };
  const out: string[] = [];
  const carried: OpenElement[] = [];
  const reopening: ReopenBudget = { written: 0 };
  let block: string[] = [];
  let blockStart = 0;
  let blockLine = 0;
  let lineStart = 0;
  const flush = () => {
    const text = block.join('\n');
    if (block.length > 0)
      out.push(
        ...balanceHtml(text, carried, containersIn(blockStart, blockStart + text.length), reopening).split(
          '\n',
        ),
      );
    for (const element of carried) element.openedAt ??= blockLine;
    block = [];
  };
  for (const [index, { line, code }] of lines.entries()) {
    const from = lineStart;
    lineStart += line.length + 1;
    if (code || line.trim() === '') {
      flush();
      out.push(line);
    } else if (/^\s*\|/.test(line) || inTable.has(index)) {
      flush();
      let cellStart = from;
      const cells = line.split(/(?<!\\)\|/).map((cell) => {
        const start = cellStart;
        cellStart += cell.length + 1;
        return balanceHtml(cell, undefined, containersIn(start, start + cell.length), reopening);
      });
      // A row without a leading pipe whose first cell the balancing emptied (`</a> | x |`: the end tag of a
      // link the row above opened) keeps that cell: GFM would read the next pipe as the leading one,
      // moving each cell a column left (Learn shows an empty cell, then x).
      const start = /^(?:[ \t]*>)*[ \t]*/.exec(line)?.[0] ?? '';
      const first = cells[0] ?? '';
      if (cells.length > 1 && line[start.length] !== '|' && first.slice(start.length).trim() === '')
        cells[0] = `${start}|${first.slice(start.length)}`;
      out.push(cells.join('|'));
    } else {
      // A line starting an HTML block ends the paragraph above it (CommonMark: `**Field**` then `</td>`).
      const first = block[0];
      if (first !== undefined && !HTML_BLOCK_START.test(first) && HTML_BLOCK_START.test(line)) flush();
      if (block.length === 0) [blockStart, blockLine] = [from, index];
      block.push(line);
    }
  }
  flush();
  for (const element of carried.reverse()) {
    out.push('', `${element.flow?.indent ?? ''}</${element.name}>`);
    // Learn's page shows it so too (a browser closes it at the end), but the author meant it to end sooner.
    if (element.openedAt !== undefined)
      report?.(
        element.openedAt,
        `<${element.name}> is never closed: as a browser reads it, it holds the rest of the page${element.name === 'details' ? ', which stays hidden, headings and all, until a reader opens it' : ''}. Close it (</${element.name}>) where it ends.`,
      );
  }
  return out.join('\n');
}
