/**
 * The links of imported pages that the build will refuse, found the way the build finds them
 * (resolveLearnLink, src/lib/learn-links.ts) once the pages and the Learn folders are written, so the
 * import says so with the page's line instead of leaving it to the build.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '@mdx-js/mdx';
import type { Definition, Link, Nodes, Root } from 'mdast';
import type { Node, Parent } from 'unist';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { markdownPipeline } from '../../markdown/pipeline.ts';
import { sourceProblem, treeNestingProblem } from '../../markdown/remark-nesting-limit.ts';
import type { PageLinkRecord } from '../../markdown/rehype-link-check.ts';
import { FRONT_MATTER, imageDirectiveLinks } from '../learn/syntax.ts';
import { resolveLearnLink, type LearnFolderFile } from '../learn-links.ts';
import { checkInternalLinks, describeProblem, type InternalLink, type LinkSite } from '../link-check.ts';
import { pageHref, slugOfContentPath } from '../navigation.ts';
import { refusedUrl } from '../content-safety.ts';
import { classifyUrl } from '../url-class.ts';
import { parseMarkdown } from '../learn/parse-markdown.ts';
import { isJsx } from '../../markdown/mdx-jsx.ts';
import { mdxParser } from './mdx-safe.ts';

export interface LinkProblem {
  /** The page file under content/ (`kb/start.md`). */
  file: string;
  line: number;
  message: string;
}

/** A page file's body, its front matter blanked line for line: lines keep their numbers in the file. */
function withoutFrontMatter(text: string): string {
  return text.replace(FRONT_MATTER, (block) => '\n'.repeat(block.split('\n').length - 1));
}

/**
 * The nodes of `tree`, itself first, in document order, walked without recursion: a page may nest its HTML
 * thousands of levels deep (`<div>` and 7,000 `<p>`, 28 KB), which a recursive walk (unist-util-visit)
 * overflowed the stack on, failing the whole import; it also copied each node's ancestors, so the walk's
 * memory grew with the square of the depth.
 */
function* nodesOf(tree: Node): Generator<Node> {
  const stack: Node[] = [tree];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    yield node;
    const children = (node as Partial<Parent>).children ?? [];
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child) stack.push(child);
    }
  }
}

/** A page the build refuses before it renders it, at `line`: nested too deep, or too large (remark-nesting-limit.ts). */
interface PastLimits {
  line: number;
  pastLimits: string;
}

/**
 * A page's body as the build reads it, or why MDX cannot and at which line, or why the build stops before
 * reading it further (PastLimits: nested deeper or larger than it renders, found without recursion). An
 * .mdx page is read as MDX reads it: a link inside an HTML table's cell is a link there (zh-CN's
 * business-voice articles), and an `<a href>` left as HTML is JSX with its href; MDX refuses HTML it cannot
 * read as JSX (`<img src=x>`, an unquoted value), which stops the build.
 */
function readPage(
  file: string,
  body: string,
): Readonly<Root> | { line: number; unreadable: string } | PastLimits {
  const early = sourceProblem(body);
  if (early !== undefined) return { line: early.line, pastLimits: early.message };
  let tree: Readonly<Root>;
  if (!file.endsWith('.mdx')) tree = parseMarkdown(body);
  else
    try {
      tree = mdxParser.parse(body);
    } catch (error) {
      const { line, column, reason, message } = error as {
        line?: number;
        column?: number;
        reason?: string;
        message: string;
      };
      const at = column === undefined ? '' : ` (column ${column})`;
      return {
        line: line ?? 1,
        unreadable: `MDX cannot read this page: ${(reason ?? message).trimEnd()}${at}, so its links are not checked. Write that line as MDX reads it: an attribute's value in quotes, each tag closed, a \`<\` or \`{\` meant as text escaped with a backslash.`,
      };
    }
  const deep = treeNestingProblem(tree);
  return deep === undefined ? tree : { line: deep.line ?? 1, pastLimits: deep.message };
}

/** Each link of `pages` (their files' text, under content/) that the build would refuse, with its line. */
export function refusedLinks(
  pages: readonly { file: string; text: string }[],
  folders: LearnFolderFile,
  sitePages: ReadonlySet<string>,
  learnBase: string,
): LinkProblem[] {
  const knownArticles = new Set(folders.articles);
  const problems: LinkProblem[] = [];
  for (const { file, text } of pages) {
    const body = withoutFrontMatter(text);
    const pagePath = pageHref(slugOfContentPath(file));
    /** Whether the build takes `url` as a link to Learn or of this site; if not, its problem is said. */
    const check = (url: string, line: number): boolean => {
      try {
        resolveLearnLink(url, {
          sitePages,
          learnBase,
          learnFolder: folders.learnFolder,
          knownArticles,
          otherFolders: folders.otherFolders,
          pageFile: file,
        });
        return true;
      } catch (error) {
        problems.push({ file, line, message: (error as Error).message });
        return false;
      }
    };
    const tree = readPage(file, body);
    // One the build stops on before its links brokenAnchors names.
    if ('pastLimits' in tree) continue;
    if ('unreadable' in tree) {
      problems.push({ file, line: tree.line, message: tree.unreadable });
      continue;
    }
    for (const node of nodesOf(tree)) {
      const line = node.position?.start.line ?? 1;
      if (node.type === 'link' || node.type === 'definition') check((node as Link | Definition).url, line);
      else if (['paragraph', 'heading', 'tableCell'].includes(node.type))
        // Read from the node's text, so a URL the parser linked in the directive is read whole.
        for (const { url, lineIndex } of imageDirectiveLinks(toString(node))) check(url, line + lineIndex);
      else if (isJsx(node) && node.name === 'a')
        for (const attribute of node.attributes)
          if (
            attribute.type === 'mdxJsxAttribute' &&
            attribute.name === 'href' &&
            typeof attribute.value === 'string' &&
            check(attribute.value, line)
          ) {
            const problem = htmlLinkProblem(attribute.value, pagePath);
            if (problem !== undefined) problems.push({ file, line, message: problem });
          }
    }
  }
  return problems;
}

/**
 * Why the build refuses an `<a href>` left as HTML (JSX in an .mdx page) on the page at `pagePath`, as
 * rehype-link-check reads it: it leaves the site (an https:// or mailto: URL), which only a Markdown link
 * may, marked as external; else undefined. A URL refused wherever it stands (a control character,
 * `javascript:`) fails the page's compile instead, which brokenAnchors says.
 */
function htmlLinkProblem(href: string, pagePath: string): string | undefined {
  const { kind } = classifyUrl(href, pagePath);
  if (kind !== 'outbound' && kind !== 'mailto') return undefined;
  return `The HTML link <a href=${JSON.stringify(href)}> leaves the site, which only a Markdown link may (it is marked as external): write it as [text](url).`;
}

/**
 * `url` with each run of %-escapes that is UTF-8 decoded: the build records a Markdown link's href as
 * mdast-util-to-hast writes it, percent-encoded (`#%C3%9Cbersicht` for `#Übersicht`), so a URL as the page's
 * text writes it and as recorded are compared so. An escape that is not UTF-8 (`%E0%A4%A`) stays as it is.
 */
function decodedUrl(url: string): string {
  return url.replace(/(?:%[\dA-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/**
 * The hrefs of the links `tree` holds as its text writes them (as the parser gives their URL), by line: a
 * definition's under every line, as the reference using it may be on any.
 */
function writtenHrefs(tree: Readonly<Root>): (line: number | undefined) => string[] {
  const byLine = new Map<number, string[]>();
  const definitions: string[] = [];
  for (const node of nodesOf(tree)) {
    const line = node.position?.start.line;
    if (node.type === 'definition') definitions.push((node as Definition).url);
    else if (node.type === 'link' && line !== undefined)
      byLine.set(line, [...(byLine.get(line) ?? []), (node as Link).url]);
  }
  return (line) => [...(line === undefined ? [] : (byLine.get(line) ?? [])), ...definitions];
}

/** `site` with its href as the page's text writes it (writtenHrefs of its line), when one is that URL. */
function asWritten(site: LinkSite, hrefsAt: (line: number | undefined) => string[]): LinkSite {
  const recorded = decodedUrl(site.href);
  const written = hrefsAt(site.line).find((href) => href === site.href || decodedUrl(href) === recorded);
  if (written === undefined || written === site.href) return site;
  // Published as written, but for the percent-encoding: no "(published as …)" for it.
  return { ...site, href: written, published: site.published === site.href ? written : site.published };
}

/**
 * A page's compile error (`reason`, at `line`) without what the import said already: the build's content
 * check lists a problem a line (`content/a.md:12:41: the link "..\\b.md" holds a backslash…`,
 * remark-content-safety.ts), and the problem of a Markdown link, image or definition whose URL it refuses as
 * code or disguised (refusedUrl: a `\\server\share`, a backslash written `&#92;`) the import said at its
 * source's line (scanRefusedLinks, convert.ts). What is left is at the line of its first problem; undefined
 * when nothing is.
 */
function unsaidCompileError(
  reason: string,
  line: number,
  page: Readonly<Root>,
): { message: string; line: number } | undefined {
  const said: string[] = [];
  for (const node of nodesOf(page)) {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') continue;
    const { url } = node as Link | Definition;
    const start = node.position?.start;
    const rule = refusedUrl(url)?.rule;
    if (start !== undefined && (rule === 'code' || rule === 'disguised'))
      said.push(`:${start.line}:${start.column}: the link ${JSON.stringify(url)} `);
  }
  const [heading = '', ...problems] = reason.split('\n');
  const left = problems.filter((problem) => !said.some((place) => problem.includes(place)));
  if (left.length === problems.length) return { message: reason, line };
  const [first] = left;
  if (first === undefined) return undefined;
  const at = /:(\d+):\d+: /.exec(first)?.[1];
  return { message: [heading, ...left].join('\n'), line: at === undefined ? line : Number(at) };
}

/**
 * The links and ids the build's own pipeline records of `pages`, their hrefs as written in the page (not
 * as the build percent-encodes them), the links it refuses for their text (none, or an address they do not go
 * to), and each page it cannot compile (but one MDX cannot read, which refusedLinks names).
 */
async function recordPages(
  pages: readonly { file: string; text: string }[],
  root: URL,
  sitePages: readonly string[],
  learnFolders: LearnFolderFile,
): Promise<{
  internal: InternalLink[];
  ids: Map<string, ReadonlySet<string>>;
  textProblems: string[];
  unreadable: LinkProblem[];
}> {
  const pipeline = markdownPipeline({ root, sitePages, strictLinks: false, learnFolders });
  const contentDir = fileURLToPath(new URL('content/', root));
  const internal: InternalLink[] = [];
  const ids = new Map<string, ReadonlySet<string>>();
  const textProblems: string[] = [];
  const unreadable: LinkProblem[] = [];
  const warn = console.warn;
  // Link problems other than anchors are the import's other warnings: the pipeline's own stay quiet here.
  console.warn = () => undefined;
  try {
    for (const { file, text } of pages) {
      const body = withoutFrontMatter(text);
      // Read first: a page nested thousands deep is said from its tree, not compiled (whose parsers took
      // a gigabyte on 5,000 levels, and overflowed the stack on 7,000, saying only that).
      const page = readPage(file, body);
      // One MDX cannot read refusedLinks names.
      if ('unreadable' in page) continue;
      if ('pastLimits' in page) {
        unreadable.push({ file, line: page.line, message: page.pastLimits });
        continue;
      }
      const vfile = new VFile({ path: join(contentDir, file), value: body });
      try {
        await compile(vfile, pipeline);
      } catch (error) {
        // The build fails on it too: said here (but for what the import said), its anchors cannot be checked.
        const { line, reason, message } = error as { line?: number; reason?: string; message: string };
        const unsaid = unsaidCompileError(reason ?? message, line ?? 1, page);
        if (unsaid !== undefined) unreadable.push({ file, ...unsaid });
        continue;
      }
      const record = (vfile.data as { astro?: { frontmatter?: { linkCheck?: PageLinkRecord } } }).astro
        ?.frontmatter?.linkCheck;
      if (!record) continue;
      // Looked up only for a page whose recorded hrefs were percent-encoded.
      const encoded = [...record.internal, ...(record.textProblems ?? [])].some(({ site }) =>
        site.href.includes('%'),
      );
      const hrefsAt = encoded ? writtenHrefs(page) : () => [];
      internal.push(...record.internal.map((link) => ({ ...link, site: asWritten(link.site, hrefsAt) })));
      for (const { site, problem } of record.textProblems ?? [])
        textProblems.push(describeProblem(asWritten(site, hrefsAt), problem));
      ids.set(pageHref(slugOfContentPath(file)), new Set(record.headingIds));
    }
  } finally {
    console.warn = warn;
  }
  return { internal, ids, textProblems, unreadable };
}

/** `text` as a sentence: a full stop after it unless it ends in one (or `!`, `?`). */
function sentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Each `#anchor` link of the written `pages` into one of them (or into itself) that names no heading or
 * bookmark there: the build's own check (checkInternalLinks), on what the build's own pipeline records of
 * each page (its links and ids), so the import can say so first, with what to do; each link the build
 * refuses for having no name that is still on a page (the import leaves out those Learn shows as nothing,
 * `Sie können [](/powershell/module/Azuread) auch`, and says so: rewriteLinks, links.ts; one it leaves, in
 * HTML it keeps, fails the build), or for text naming an address it does not go to; and each page the build cannot compile, whose anchors are then unknown.
 * Links into pages it did not write are left to the build.
 */
export async function brokenAnchors(
  pages: readonly { file: string; text: string }[],
  root: URL,
  sitePages: readonly string[],
  learnFolders: LearnFolderFile,
): Promise<string[]> {
  const { internal, ids, textProblems, unreadable } = await recordPages(pages, root, sitePages, learnFolders);
  // Each says what to do of its kind; a page's compile error says it of its own.
  return [
    ...unreadable.map(
      ({ file, line, message }) =>
        `content/${file}:${line}: the build cannot compile this page: ${sentence(message)}`,
    ),
    ...textProblems,
    ...checkInternalLinks(
      internal.filter((link) => ids.has(link.path)),
      ids,
    ).map((problem) => `${problem} Link a heading or bookmark the page has.`),
  ];
}

/**
 * A link whose `#anchor` names an id of its target page only in another case (`#bkmk_setup` for `BKMK_setup`:
 * `case`), or only once the query written after it is taken out (`#roles&preserve-view=true`: `query`).
 */
export interface AnchorFix {
  /** The page file under content/. */
  file: string;
  /** The line of the link in the text checked. */
  line: number;
  /** The href as written in the page's text, and as it is to be written. */
  href: string;
  fixed: string;
  kind: 'case' | 'query';
}

/**
 * `id` as a link destination's `#anchor` writes it: as it is, but for what would end the destination or
 * be read as something else there (a space, a parenthesis, `<`, `>`, `\`, `&`, `%`, a control character),
 * percent-encoded, which the build decodes.
 */
function anchorText(id: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is encoded
  return id.replace(/[\s()<>\\&%\u0000-\u001f\u007f]/g, (char) =>
    // encodeURIComponent leaves parentheses as they are.
    char === '(' || char === ')'
      ? `%${char.charCodeAt(0).toString(16).toUpperCase()}`
      : encodeURIComponent(char),
  );
}

/**
 * A query written after a link's `#anchor` (`roles&preserve-view=true`, as Learn's tools appended the
 * parameter to links that had an anchor), in the anchor as written: the anchor before it and the
 * `name=value` pairs, which a browser reads as part of the anchor. Undefined for an anchor without one.
 */
function queryAfterAnchor(written: string): { anchor: string; parameters: string } | undefined {
  const match = /^([^?&]+)[?&]([A-Za-z][\w.-]*=[^&=\s]*(?:&[A-Za-z][\w.-]*=[^&=\s]*)*)$/.exec(written);
  return match ? { anchor: match[1] ?? '', parameters: match[2] ?? '' } : undefined;
}

/**
 * The `#anchor` links of `pages` into one of them that name no id there but exactly one id in another
 * case (`#Übersicht` for the heading `## Übersicht`, whose id is `übersicht`; `#STRASSE` is not `straße`
 * in another case: its lower case is `strasse`), or one id (in its case or another) once a query written
 * after the anchor is moved before it (`?view=x#roles&preserve-view=true` is `?view=x&preserve-view=true#roles`):
 * the build (like a browser) matches ids as written and fails on them; Learn's authors mean that one. Two or
 * more ids that differ only in case leave the link as it is, for the anchor check to name; so does a link
 * whose href withFixedHrefs cannot find as written in the page's text (an entity or escape in it), which is
 * not fixed.
 */
export async function anchorFixes(
  pages: readonly { file: string; text: string }[],
  root: URL,
  sitePages: readonly string[],
  learnFolders: LearnFolderFile,
): Promise<AnchorFix[]> {
  const { internal, ids } = await recordPages(pages, root, sitePages, learnFolders);
  const fixes = internal.flatMap(({ site, path, anchor }): AnchorFix[] => {
    const known = ids.get(path);
    if (anchor === undefined || known === undefined || known.has(anchor)) return [];
    const hash = site.href.indexOf('#');
    const page = /^content\/(.*)$/.exec(site.file)?.[1];
    // The anchor as written, which is what the page's text holds.
    if (hash === -1 || page === undefined || site.line === undefined) return [];
    if (decodedUrl(site.href.slice(hash + 1)) !== anchor) return [];
    const query = queryAfterAnchor(site.href.slice(hash + 1));
    const named = query === undefined ? anchor : decodedUrl(query.anchor);
    const [id, ...others] = known.has(named)
      ? [named]
      : [...known].filter((candidate) => candidate.toLowerCase() === named.toLowerCase());
    if (id === undefined || others.length > 0) return [];
    const before = site.href.slice(0, hash);
    const moved =
      query === undefined ? before : `${before}${before.includes('?') ? '&' : '?'}${query.parameters}`;
    const fixed = `${moved}#${anchorText(id)}`;
    return [{ file: page, line: site.line, href: site.href, fixed, kind: query ? 'query' : 'case' }];
  });
  // Only those withFixedHrefs writes: no warning says a link was written when it was not.
  return pages.flatMap(({ file, text }) => {
    const own = fixes.filter((fix) => fix.file === file);
    if (own.length === 0) return [];
    const found = new Set(hrefEdits(text, own).map(({ fix }) => fix));
    return own.filter((fix) => found.has(fix));
  });
}

/** Where in `markdown` each link or definition `fixes` names (by its line and href) writes its href. */
function hrefEdits<Fix extends Omit<AnchorFix, 'file'>>(
  markdown: string,
  fixes: readonly Fix[],
): { start: number; end: number; fix: Fix }[] {
  const tree = parseMarkdown(markdown);
  const edits: { start: number; end: number; fix: Fix }[] = [];
  for (const node of nodesOf(tree) as Iterable<Nodes>) {
    if (node.type !== 'link' && node.type !== 'definition') continue;
    const { url, position } = node;
    const start = position?.start.offset;
    const fix = fixes.find((candidate) => candidate.href === url && candidate.line === position?.start.line);
    if (fix === undefined || start === undefined) continue;
    // The destination is the first thing after the link text's `](` or the definition's label's `]:`.
    const afterText = node.type === 'link' ? (node.children.at(-1)?.position?.end.offset ?? start) : start;
    const opening = /\]\(?:?\s*<?/y;
    opening.lastIndex = markdown.indexOf(']', afterText);
    if (opening.lastIndex === -1 || !opening.test(markdown)) continue;
    const at = opening.lastIndex;
    // A destination written otherwise than its URL (an entity, an escape) is not this href: left as it is.
    if (markdown.slice(at, at + fix.href.length) !== fix.href) continue;
    edits.push({ start: at, end: at + fix.href.length, fix });
  }
  return edits;
}

/**
 * `markdown` with each link or definition `fixes` names (by its line and href as written) written with its
 * fixed href; a link whose destination is not written as its href (escapes, entities) is left as it is
 * (anchorFixes leaves such a link out).
 */
export function withFixedHrefs(markdown: string, fixes: readonly Omit<AnchorFix, 'file'>[]): string {
  let fixed = markdown;
  for (const edit of hrefEdits(markdown, fixes).sort((a, b) => b.start - a.start))
    fixed = fixed.slice(0, edit.start) + edit.fix.fixed + fixed.slice(edit.end);
  return fixed;
}
