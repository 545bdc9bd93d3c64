/** Learn articles into this site's pages: the whole import as a plan (pages, image copies, warnings), no writing. */
import { createHash } from 'node:crypto';
import { basename, dirname, join, posix, relative, resolve, sep } from 'node:path';
import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { EXIT, visit } from '../tree-visit.ts';
import { appliesToLine } from './applies-to.ts';
import {
  fitPageFields,
  lineOfKey,
  mapLearnFrontMatter,
  renderFrontMatter,
  splitFrontMatter,
  type PageFrontMatter,
} from './front-matter.ts';
import {
  codeFence,
  dedentLayoutColumns,
  DIRECTIVE,
  ESCAPABLE,
  ESCAPES,
  findIncludes,
  IMAGE_DIRECTIVE,
  imageDirectiveLinks,
  LEARN_MARKER,
  mapOutsideInlineCode,
  mapProseLines,
  markdownLines,
  MARKER_BEFORE_LINK,
  parseCodeDirectiveLine,
  parseCodeSnippetLine,
  parseAttributes,
  parseNotebookLine,
  parseImageDirective,
  parseIncludeLine,
  VARIANT_START,
} from '../learn/syntax.ts';
import {
  confineLearnPath,
  definitionDestination,
  inlineIncludeText,
  IncludeBudget,
  LEFT_OUT_INCLUDE,
  readInclude,
  learnPathTarget,
  rebaseLinksInText,
  PageLabels,
  replaceInlineIncludes,
  scopeReferencesInText,
  withoutLeftOutItems,
  type IncludeFiles,
} from '../learn/include.ts';
import { dayDate } from '../dates.ts';
import {
  fileLanguage,
  selectCode,
  selectNotebookCells,
  snippetSelection,
  type CodeSelection,
  type SelectedCode,
} from './code-snippets.ts';
import { htmlMediaToMarkdown } from './html-media.ts';
import { escapeTextMarkers } from './text-markers.ts';
import {
  builtLinkUrl,
  emptyLinkReport,
  rewriteLinks,
  slashedHref,
  slashedNote,
  type LinkReport,
  type SlashedKind,
  type SlashedPath,
  xrefNamespaces,
  xrefUids,
} from './links.ts';
import { apiLabel, referenceSections } from './reference-sections.ts';
import {
  asMarkdigTables,
  attributeNotes,
  toMdxSafe,
  withoutHtmlComments,
  withoutTranslationMarkup,
} from './mdx-safe.ts';
import { SourceError, type YamlWarning } from './source-error.ts';
import { architecturePageOf, architectureToMarkdown, YAML_ARCHITECTURE } from './yaml-architecture.ts';
import { moduleUnitPlaces, moduleUnitToMarkdown, YAML_MODULE_UNIT } from './yaml-module-unit.ts';
import { faqToMarkdown, YAML_FAQ } from './yaml-faq.ts';
import { yamlMimeOf } from './yaml-mime.ts';
import { cmdletToMarkdown, YAML_POWERSHELL_CMDLET } from './yaml-powershell.ts';
import {
  articleDocset,
  articleMonikers,
  articlePivotTitles,
  docfxExcludedBy,
  docfxLists,
  docfxMetadata,
  DOCFX_INHERITED_KEYS,
  docfxValue,
  learnRootSources,
  sitePivotTitles,
  type PivotCache,
} from './zone-pivots.ts';
import {
  headingSlug,
  headingText,
  headingSlugs,
  promoteHeadings,
  relinkAnchors,
  splitArticle,
  withBookmarksOf,
  withoutH1,
} from './split.ts';
import {
  includeSourceProblem,
  MAX_PAGE_CHARACTERS,
  sourceProblem,
  pageIncludeBudget,
} from '../../markdown/remark-nesting-limit.ts';
import { ALERT_KINDS } from '../../markdown/remark-learn-alerts.ts';
import { builtLiteralUrl } from '../../markdown/remark-learn-autolinks.ts';
import { SOURCE_RECORD } from './source-record.ts';
import { articlePath, isTocFile, tocNames, type TocEntry, type TocNote } from './toc-yml.ts';
import { unparsedLinkNotes } from './unparsed-links.ts';
import { type UnpublishedRange, withoutUnpublishedMonikers } from './monikers.ts';
import type { SiteMedia } from './site-media.ts';
import { few } from './report.ts';
import { DEFAULT_AUTHOR } from '../../consts.ts';
import { GROUP_SEPARATOR, groupPath, labelAsRead, PAGE_EXTENSION, slugOfContentPath } from '../navigation.ts';
import { buildPlan, pageUrlProblemsByPage, projectAt, type ContentPage } from '../page-urls.ts';
import { fileSystemName } from '../server-config.ts';
import {
  confine,
  hasImageExtension,
  imageProblem,
  isInside,
  leavesFolder,
  type Confined,
  type PathAccess,
  escapedPath,
  relativePath,
} from '../learn/source-files.ts';
import { apiIdLearnName, decoded, sitePagePath } from '../learn-links.ts';
import { codePoint, shownTextProblem } from '../content-safety.ts';
import { lookalikeNameProblem, spoofedName } from '../lookalike-names.ts';
import { FIELD_LIMITS, NAME_FIELDS } from '../page-schema.ts';
import { classifyUrl, isRelativeReference, pathAndSuffix } from '../url-class.ts';
import { markdownInHtml, parseMarkdown } from '../learn/parse-markdown.ts';

/** How the import reads source files; tests pass an in-memory folder. */
export interface SourceFiles {
  /** The file's text, or undefined when there is no such file. */
  read(path: string): string | undefined;
  exists(path: string): boolean;
  /** The file's path with symlinks resolved (the path itself when there are none), or undefined when missing. */
  real?(path: string): string | undefined;
  /** The names in a folder (undefined for none): a path written in another case is then found, as on Learn. */
  list?(folder: string): readonly string[] | undefined;
  /** The file's last change as YYYY-MM-DD (its git date), or undefined when not known. */
  dateOf?(path: string): string | undefined;
  /**
   * The file's bytes (at most IMAGE_MAX_BYTES and one), to check that an image is one, or undefined when it
   * is no regular file; without it images are not checked.
   */
  bytes?(path: string): Uint8Array | undefined;
}

/** Symlinks as the source files resolve them (none in an in-memory folder), and their folders' names. */
function pathAccess(files: SourceFiles): PathAccess {
  const real = (path: string) => (files.real ? files.real(path) : files.exists(path) ? path : undefined);
  return files.list === undefined ? { real } : { real, list: (folder) => files.list?.(folder) };
}

export interface ImportOptions {
  /** `h2`: one overview page (`index`) plus one page per H2 section. */
  split?: 'h2' | undefined;
  /**
   * Sidebar order and labels from a Learn TOC (`TOC.yml` or `TOC.md`), with the folder its hrefs are relative
   * to, its file (named in what the import says) and what the import says of it (tocNotes), among its warnings.
   */
  toc?:
    | {
        entries: TocEntry[];
        /**
         * The entries read inside `groupQualifier` (readTocYml's `inside`): where the import qualifies its groups,
         * their paths within MAX_GROUP_DEPTH with the qualifier, deeper names in the labels. Without it, `entries`.
         */
        entriesInside?: TocEntry[] | undefined;
        dir: string;
        file?: string | undefined;
        notes?: readonly TocNote[] | undefined;
      }
    | undefined;
  /** Sidebar order of the first imported page (after the pages the site already has). Default 1. */
  firstOrder?: number | undefined;
  /** `--author`, which wins over each file's own. */
  author?: string | undefined;
  /** The author of a file that names none (neither `author` nor `ms.author`). */
  fallbackAuthor?: string | undefined;
  /** Today as YYYY-MM-DD: the date of a file with no `ms.date` and no git date. */
  today?: string | undefined;
  /** The folder the sources are confined to (default: sourceFolderOf the files, the TOC and the read root). */
  sourceRoot?: string | undefined;
  /**
   * The folder includes, images and code sources are read from (`--read-root`): the source folder by
   * default, or a folder above it (a repository's root, whose `includes/` Learn articles share).
   */
  readRoot?: string | undefined;
  /**
   * The sidebar groups of the site's pages from other Learn folders, which a TOC group of this import
   * may not share (its pages would split theirs): such a group is qualified with `groupQualifier`.
   */
  takenGroups?: ReadonlySet<string> | undefined;
  /** What qualifies a taken group name: the TOC's title or the Learn folder's name. */
  groupQualifier?: string | undefined;
  /** The Learn folder the source folder is imported as, below the locale (--learn-path: `dotnet/aspire`). */
  learnFolder?: string | undefined;
  /**
   * The sidebar labels (labelAsRead) of the site's pages left at the sidebar's top level, in no group: a TOC name of this import's top level that is one of them gives way to its page's title.
   */
  takenLabels?: ReadonlySet<string> | undefined;
  /**
   * The site imported into, as far as its images go (siteMediaOf): an image whose path under /media/ holds
   * another file that pages of another Learn folder show is published beside it (placeImage).
   */
  siteMedia?: SiteMedia | undefined;
  /** The project the pages are written into (`--root`), whose pages, routes and files they may not take the URL of. */
  projectRoot?: string | undefined;
}

export interface PlannedPage {
  slug: string;
  /** The Learn file it comes from. */
  source: string;
  frontMatter: PageFrontMatter;
  body: string;
  /**
   * A generated API reference's name on Learn, from its `-api-id` (apiIdLearnName): below its docset's
   * Learn path, which the import knows from --learn-path, it is the page's `learnPath`.
   */
  apiName?: string;
  /**
   * A PlatyPS module page's folder (`Az.Accounts/Az.Accounts.md`: a file named as its folder, its front
   * matter naming `Module Name` or `Module Guid`), its path in the source folder with `/` ('' at its top):
   * Learn serves the page at that folder (`/powershell/module/az.accounts/`), its page's `learnPath`.
   */
  moduleFolder?: string;
}

/** A message about a place in a source file. */
export interface ImportNote {
  file: string;
  line: number;
  message: string;
  /** The page being imported, when `file` is an include of it: an include's note comes once per page. */
  page?: string;
  /** A default given to a missing or unreadable front-matter field (see FieldNote). */
  defaulted?: { what: string; value: string };
  /** A read refused for lying outside the read root, which a wider --read-root would allow. */
  outside?: true;
  /** A read of a file that does not exist (an include, image or code file the copy read lacks). */
  missing?: true;
  /** That file, an include, code file or image, and where it would be: dependentRepositoryNotes tells whose it is. */
  missingRead?: { kind: 'include' | 'code' | 'image'; path: string };
  /**
   * A note of a whole file that other files get word for word (not in the TOC): one line for all of them,
   * naming a few, as a folder of articles the TOC does not list had one line each.
   */
  sameInEachFile?: true;
  /**
   * A file refused for its page's URL (a name no URL here can have, a URL another imported file's page or
   * the site has): no article of its folder here (refusedArticles), so a link to it is said, never sent to
   * the page at that URL. A file refused for what it holds (its front matter, a YamlMime) stays one, on Learn.
   */
  pageUrl?: true;
}

export interface ImportPlan {
  pages: PlannedPage[];
  /**
   * The files given that were read as articles, imported or refused: not a TOC among them (`folder/*.md`
   * takes TOC.md), nor the source folder's SOURCE.md. What the import says it imports.
   */
  articles: string[];
  /** Image files to copy: absolute source path → path under the project (`public/media/x.png`). */
  copies: { from: string; to: string }[];
  warnings: ImportNote[];
  /** Files not imported, each with the problem that stopped it: the others are imported. */
  refused: ImportNote[];
  /** Front-matter keys dropped per file (the schema has no field for them). */
  dropped: { file: string; keys: string[] }[];
  /** Outbound hosts linked and http links made https. */
  links: LinkReport;
  /** The folder the pages come from; page slugs are paths below it. */
  sourceRoot: string;
  /** The titles of the zone pivots the pages use (id → title), from their docfx project's pivot groups. */
  pivotTitles: Record<string, string>;
}

/**
 * The folder of the docfx.json nearest above the article `file`, found upward from its folder, no higher
 * than `readRoot` (in visualstudio-docs, `docs/`, not the repository's root), whether it builds the article
 * or not (docfxFolder); undefined when there is none there.
 */
export function nearestDocfxFolder(
  file: string,
  readRoot: string,
  files: Pick<SourceFiles, 'exists'>,
): string | undefined {
  for (let folder = dirname(file); isInside(readRoot, folder); folder = dirname(folder)) {
    if (files.exists(join(folder, 'docfx.json'))) return folder;
    if (folder === readRoot || dirname(folder) === folder) break;
  }
  return undefined;
}

/** The docfx.json texts parsed last, by text: an import asks for the same one several times a page. */
const parsedDocfx = new Map<string, unknown>();

/** The docfx.json in `folder` read from inside `readRoot`, or undefined when it cannot be read or is no JSON. */
function readDocfxJson(folder: string, readRoot: string, files: SourceFiles): unknown {
  const inside = confine('docfx.json', folder, readRoot, pathAccess(files));
  const text = inside.ok ? files.read(inside.path) : undefined;
  if (text === undefined) return undefined;
  if (!parsedDocfx.has(text)) {
    if (parsedDocfx.size >= 4) parsedDocfx.clear();
    let metadata: unknown;
    try {
      metadata = JSON.parse(text);
    } catch {
      // Said where its metadata is read (docfxMetadata); an unread list lists every article.
      metadata = undefined;
    }
    parsedDocfx.set(text, metadata);
  }
  return parsedDocfx.get(text);
}

/**
 * The folder docfx's `~/` starts from for the article `file`: that of the docfx.json that builds it, the
 * nearest found upward from its folder (nearestDocfxFolder), when its `build.content` lists the article
 * (docfxLists). docfx builds an article from that docfx.json only, so one that does not list it gives it
 * no repository, author, date or `~/` root: undefined then, as when there is none.
 */
export function docfxFolder(file: string, readRoot: string, files: SourceFiles): string | undefined {
  const folder = nearestDocfxFolder(file, readRoot, files);
  return folder !== undefined && listedIn(folder, file, readRoot, files) ? folder : undefined;
}

/**
 * Whether Learn publishes the folder's Markdown file `file` as an article: the docfx.json nearest above it
 * (nearestDocfxFolder) lists it in its build.content, or there is none to say otherwise. A folder's include
 * files are not (`"exclude": ["**\/includes/**", "**\/shared/**"]`, as dynamics-365-customer-engagement's
 * ce/docfx.json leaves out channel-integration-framework's `Includes/` and `shared/`).
 */
export function docfxBuilds(file: string, readRoot: string, files: SourceFiles): boolean {
  const folder = nearestDocfxFolder(file, readRoot, files);
  return folder === undefined || listedIn(folder, file, readRoot, files);
}

/** Whether the docfx.json in `folder` lists the article `file` in its build.content (docfxLists). */
function listedIn(folder: string, file: string, readRoot: string, files: SourceFiles): boolean {
  const path = relativePath(folder, file);
  return docfxLists(readDocfxJson(folder, readRoot, files), path);
}

/**
 * A warning for each docfx.json nearest above some of `articles` that lists none of them in its
 * `build.content` (docfxFolder), naming it and the articles.
 */
export function unlistedNotes(
  articles: readonly string[],
  readRoot: string,
  files: SourceFiles,
): ImportNote[] {
  const unlisted = new Map<string, string[]>();
  for (const file of articles) {
    const folder = nearestDocfxFolder(file, readRoot, files);
    if (folder === undefined || listedIn(folder, file, readRoot, files)) continue;
    const docfxJson = join(folder, 'docfx.json');
    unlisted.set(docfxJson, [...(unlisted.get(docfxJson) ?? []), relativePath(folder, file)]);
  }
  return [...unlisted].map(([docfxJson, paths]) => {
    const text = files.read(docfxJson) ?? '';
    const at = text.indexOf('"content"');
    const named = few(paths);
    const metadata = readDocfxJson(dirname(docfxJson), readRoot, files);
    const excludedBy = paths.map((path) => docfxExcludedBy(metadata, path)).find(Boolean);
    const articles = paths.length === 1 ? 'the article' : `the ${String(paths.length)} articles`;
    const reason =
      excludedBy === undefined
        ? `its build.content (a "files" glob below its "src") lists ${paths.length === 1 ? 'not the article' : `none of the ${String(paths.length)} articles`} imported below it (${named})`
        : `its build.content leaves ${articles} imported below it (${named}) out, by its "exclude" glob "${excludedBy}"`;
    return {
      file: docfxJson,
      line: at === -1 ? 1 : lineAt(text, at),
      message: `${reason}, so docfx does not build ${paths.length === 1 ? 'it' : 'them'} from this docfx.json, the nearest above: ${paths.length === 1 ? 'it takes' : 'they take'} no repository, author, date or ~/ root from it. Import with --repository owner/name (and --branch) to name ${paths.length === 1 ? 'its' : 'their'} repository.`,
    };
  });
}

/**
 * The folder of a PlatyPS module page `file` below the source folder `root`, with `/` ('' when it is
 * `root`): a page whose front matter names its `Module Name` or `Module Guid` and whose file is named as
 * its folder (`Az.Accounts/Az.Accounts.md`), as PlatyPS writes a module's page; undefined for any other.
 */
export function platyPsModuleFolder(
  data: Record<string, unknown>,
  file: string,
  root: string,
): string | undefined {
  const named = ['Module Name', 'Module Guid'].some((key) => {
    const value = data[key];
    return typeof value === 'string' && value.trim() !== '';
  });
  const name = basename(file).replace(/\.md$/i, '').toLowerCase();
  if (!named || name !== basename(dirname(file)).toLowerCase()) return undefined;
  return relativePath(root, dirname(file));
}

/** How many reads of the plan's pages were refused for lying outside the read root (see ImportOptions.readRoot). */
export function outsideReads(plan: ImportPlan): number {
  return plan.warnings.filter((warning) => warning.outside).length;
}

/** A page file's text. */
export function renderPage(page: Pick<PlannedPage, 'frontMatter' | 'body'>): string {
  return `${renderFrontMatter(page.frontMatter)}\n${page.body.trim()}\n`;
}

/**
 * The page's file under content/: `<slug>.md` when its body is plain Markdown, which Astro renders without
 * compiling a module per page; `<slug>.mdx` when it has a component or an HTML tag (Markdown would keep a
 * tag as raw HTML, which a `.md` page may not have: only MDX reads tags, so only there are they checked).
 * The body is MDX-safe already (toMdxSafe), so it reads the same either way, except in an indented code
 * block, which Markdown shows as code with toMdxSafe's escapes in it, and MDX as text: such a page stays
 * `.mdx`, as every imported page was before.
 */
export function pageFile(page: Pick<PlannedPage, 'slug' | 'body'>): string {
  return `${page.slug}${needsMdx(page) ? '.mdx' : '.md'}`;
}

/** Whether each page's body (the body it had then) needs MDX: an import asks it of a page about ten times. */
const needsMdxOf = new WeakMap<object, { body: string; mdx: boolean }>();

function needsMdx(page: Pick<PlannedPage, 'body'>): boolean {
  const known = needsMdxOf.get(page);
  if (known?.body === page.body) return known.mdx;
  let mdx = false;
  visit(parseMarkdown(page.body), (node) => {
    const start = node.position?.start.offset ?? 0;
    const indentedCode = node.type === 'code' && !/^ {0,3}(?:`{3,}|~{3,})/.test(page.body.slice(start));
    if (node.type !== 'html' && !indentedCode) return undefined;
    mdx = true;
    return EXIT;
  });
  needsMdxOf.set(page, { body: page.body, mdx });
  return mdx;
}

/** A line that is blank, or only a container's quote marks (`>`, `> >`): where a fence line can go. */
const BLANK_IN_CONTAINER = /^[\s>]*$/;

/**
 * `text` with each indented code block (four spaces in, as CommonMark and Learn read it) written as a
 * fenced one, in the same container (list item, quote) and, where the blank lines around it allow, on
 * the same lines, so warnings keep their line numbers. MDX has no indented code: it read such a block as
 * a paragraph, and the lines after it (`2. Step two.`) ran into it. One opening on a list marker's line is
 * left as it is.
 */
export function fenceIndentedCode(text: string): string {
  const lines = text.split('\n');
  const blocks: { first: number; last: number; prefix: string; value: string }[] = [];
  visit(parseMarkdown(text), 'code', (node) => {
    const { start, end } = node.position ?? {};
    if (!start || !end) return;
    if (/^ {0,3}(?:`{3,}|~{3,})/.test(text.slice(start.offset ?? 0))) return;
    const prefix = (lines[start.line - 1] ?? '').slice(0, start.column - 1);
    if (!BLANK_IN_CONTAINER.test(prefix)) return;
    blocks.push({ first: start.line - 1, last: end.line - 1, prefix, value: node.value });
  });
  // What each line of a block, or blank line beside it, is written as; the page is then written in one pass
  // (a splice per block, its lines spread into the call, overflowed the stack for a block of 150,000 lines).
  const written = new Map<number, string[]>();
  const blank = (index: number) =>
    index >= 0 && index < lines.length && !written.has(index) && BLANK_IN_CONTAINER.test(lines[index] ?? '');
  // From the last block up: a blank line between two blocks is the later one's opening fence.
  for (const { first, last, prefix, value } of blocks.reverse()) {
    const fence = `${prefix}${codeFence(value)}`;
    const quote = prefix.trimEnd();
    const body = value.split('\n').map((line) => (line === '' ? quote : `${prefix}${line}`));
    // A fence needs no blank line around it: it takes the blank line's place.
    const after = blank(last + 1);
    const before = blank(first - 1);
    if (after) written.set(last + 1, [fence]);
    if (before) written.set(first - 1, [fence]);
    written.set(first, [...(before ? [] : [fence]), ...body, ...(after ? [] : [fence])]);
    for (let index = first + 1; index <= last; index++) written.set(index, []);
  }
  return lines.flatMap((line, index) => written.get(index) ?? [line]).join('\n');
}

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
/**
 * The destination at the end of an image's or link's source, `](dest)` or `](<dest> "title")`: applied only
 * to the text the parser says is one, whose alt text may hold brackets (`![Select [Save]](save.png)`).
 */
const DESTINATION = /\]\(\s*(<[^<>\n]*>|[^\s<][^\s]*?)(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?\s*\)$/;

/** A Markdown image's destination (`image`) or a link's (`link`), where it is written in the text. */
interface Destination {
  /** Where it is written: from its first character to after its last, `<` and `>` included when angled. */
  start: number;
  end: number;
  /** The destination: what is between the angle brackets of one written `<img/a b.png>`. */
  source: string;
  angled: boolean;
  kind: 'image' | 'link';
}

/** The trees of `text`: as CommonMark reads it, and the Markdown inside its HTML blocks, as MDX reads it (markdownInHtml). */
function markdownTrees(text: string): Readonly<Root>[] {
  const inHtml = markdownInHtml(text);
  return inHtml === undefined ? [parseMarkdown(text)] : [parseMarkdown(text), inHtml];
}

/**
 * Where each Markdown image's and link's destination is in `text`, found by the parser (never in code):
 * images (`![alt](dest)`), links (`[text](dest)`, a linked screenshot's `[![](small.png)](full.png)`) and
 * the definitions references use (`![alt][ref]` with `[ref]: dest`, read as the include reader reads any
 * definition: definitionDestination); a definition an image uses is the image's.
 */
function markdownDestinations(text: string): Destination[] {
  const trees = markdownTrees(text);
  const referenced = new Map<string, Destination['kind']>();
  for (const tree of trees)
    visit(tree, ['imageReference', 'linkReference'], (node) => {
      if (node.type !== 'imageReference' && node.type !== 'linkReference') return;
      if (referenced.get(node.identifier) !== 'image')
        referenced.set(node.identifier, node.type === 'imageReference' ? 'image' : 'link');
    });
  const found: Destination[] = [];
  const destination = (start: number, end: number, kind: Destination['kind']): Destination => {
    const angled = text[start] === '<' && text[end - 1] === '>';
    const source = angled ? text.slice(start + 1, end - 1) : text.slice(start, end);
    return { start, end, source, angled, kind };
  };
  for (const tree of trees)
    visit(tree, (node) => {
      const from = node.position?.start.offset;
      const to = node.position?.end.offset;
      if (from === undefined || to === undefined) return;
      if (node.type === 'definition') {
        const kind = referenced.get(node.identifier);
        const at = kind && definitionDestination(text.slice(from, to));
        if (!kind || !at) return;
        // definitionDestination gives what is inside the brackets of one written `<…>`.
        const angled = text[from + at.start - 1] === '<' && text[from + at.end] === '>';
        found.push(destination(from + at.start - (angled ? 1 : 0), from + at.end + (angled ? 1 : 0), kind));
        return;
      }
      if (node.type !== 'image' && node.type !== 'link') return;
      // A link's destination is after its text, which may hold images and `](` of its own.
      const after = node.type === 'link' ? (node.children.at(-1)?.position?.end.offset ?? from) : from;
      const written = text.slice(after, to);
      const match = DESTINATION.exec(written);
      const dest = match?.[1];
      if (match === null || dest === undefined) return;
      const start = after + match.index + match[0].indexOf(dest);
      found.push(destination(start, start + dest.length, node.type));
    });
  return found;
}

/**
 * A destination written in angle brackets (`<img/a b.png>`: CommonMark's destination is what is between
 * them, spaces and parentheses and all) written without them, which means the same: its spaces and `<>`
 * %-escaped, its parentheses escaped with a backslash, its backslash escapes kept. MDX reads `</media/a.png>`
 * as a closing tag, and `<img/c.png>` as an element (`<>` is an empty destination, as `()` is).
 */
function bareDestination(destination: string): string {
  return destination.replace(new RegExp(String.raw`\\${ESCAPABLE.source}|[()]|[\s<>]`, 'g'), (char) =>
    char.length === 2 ? char : char === '(' || char === ')' ? `\\${char}` : encodeURIComponent(char),
  );
}

/**
 * Whether a link's destination is a file of the article's folder that is an image (by its extension, as
 * imageProblem reads it): iis-docs links each screenshot to its full-size file so.
 */
function isImageFileLink(destination: string): boolean {
  if (destination.startsWith('/') || destination.startsWith('#') || REMOTE.test(destination)) return false;
  const path = destination.split(/[?#]/)[0] ?? '';
  return hasImageExtension(path);
}
const KNOWN_ALERT = /\[!(?:NOTE|TIP|IMPORTANT|CAUTION|WARNING)\]/i;

/**
 * Where the image at `path` (absolute) is published: its path below the source folder under `/media/`
 * (`media/a/b.png` → `/media/a/b.png`, other folders under `/media/`), each `..` of an image above the
 * folder (read through --read-root) written `_up` (`../media/p.png` → `/media/_up/media/p.png`): the same
 * path whatever the read root, so importing again with one changes no page.
 */
function sitePathOfImage(path: string, context: Context, real: boolean): string {
  const below = posix.normalize(
    relative(real ? context.realSourceRoot : context.sourceRoot, path)
      .split(sep)
      .join('/'),
  );
  const inside = below.replace(/^(?:\.\.\/)+/, (ups) => '_up/'.repeat(ups.length / 3));
  return `/${inside.startsWith('media/') ? inside : `media/${inside}`}`;
}

/** Whether two files' bytes are the same. */
function sameBytes(a: Uint8Array, b: Uint8Array | undefined): boolean {
  return b !== undefined && a.length === b.length && a.every((byte, index) => byte === b[index]);
}

/**
 * Where the image `from` (its `bytes`) is published: at `sitePath` (sitePathOfImage), unless a different file
 * is to be there, another image of this import or a file of the site that pages of another Learn folder show
 * (the site's /media/ is one for every folder, each publishing by its paths below it: two folders' `img/a.png`).
 * Then beside it, named with its bytes' hash (`/media/img/a-1f0c2a9e3b7d.png`), and `taken` says why: each
 * page shows its own image, the other folder's stay as they are, and importing again finds the same path.
 * A file of the site that only this folder's pages show (or none) is this folder's: written over with --force.
 */
function placeImage(
  from: string,
  bytes: Uint8Array | undefined,
  sitePath: string,
  context: Context,
): { sitePath: string; taken?: string } {
  if (bytes === undefined) return { sitePath };
  // Compared as a file system that ignores case names them: media/Diagram.png is media/diagram.png there.
  const place = fileSystemName(`public${sitePath}`);
  const planned = context.plan.copies.find((copy) => fileSystemName(copy.to) === place && copy.from !== from);
  let taken: string | undefined;
  if (planned !== undefined) {
    const other = planned.to.slice('public'.length);
    const same =
      other === sitePath ? '' : ` one file with ${other} where file names ignore case (Windows, macOS),`;
    if (!sameBytes(bytes, context.files.bytes?.(planned.from)))
      taken = `${sitePath} is${same} another image of this import, ${relativePath(context.sourceRoot, planned.from)}.`;
  } else if (!sameBytes(bytes, context.siteMedia?.bytes(`public${sitePath}`) ?? bytes)) {
    // The site's file differs (none is no difference): another folder's when its pages show it.
    const users = (context.siteMedia?.otherFolderPages(asDestination(sitePath)) ?? []).filter(
      (page) => !context.ownSlugs.has(page.slug),
    );
    if (users.length > 0)
      taken = `${sitePath} is another image already, shown by ${few(users.map((page) => `${page.file} (Learn's ${page.folder})`))}.`;
  }
  if (taken === undefined) return { sitePath };
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  const { dir, name, ext } = posix.parse(sitePath);
  return { sitePath: posix.join(dir, `${name}-${hash}${ext}`), taken };
}

/**
 * A published path as a Markdown destination or attribute: a space or `<>` in a file's name escaped
 * (`media/a%20b.png` is the file `a b.png`, published as `/media/a%20b.png`), which a destination cannot hold,
 * and a `%` (`100%.png` is `/media/100%25.png`; `%E0%A4%A.png`, a path that is no escape, is no file).
 */
function asDestination(sitePath: string): string {
  return sitePath.replace(/[\s<>%]/g, (char) => encodeURIComponent(char));
}

/** Line number (1-based) of `offset` in `text`. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

interface Context {
  files: SourceFiles;
  plan: ImportPlan;
  /** The read root: every file read is inside it. */
  root: string;
  /**
   * The folder docfx's `~/` paths start from: the article's docfx.json's (docfxFolder), else --read-root,
   * when given.
   */
  repositoryRoot: string | undefined;
  /** The read root with symlinks resolved. */
  realRoot: string;
  /** The includes the page being imported has expanded, held to a limit (a new one for each page). */
  includeBudget: IncludeBudget;
  /** The line of the page whose include is being expanded, where a page past its budget is refused. */
  pageLine?: number;
  /** The labels of the page whose include is being expanded, so far (scopeReferencesInText). */
  pageLabels?: PageLabels;
  /** The number of the include being prepared in its page, which scopes its labels. */
  includeSerial?: number;
  /**
   * The file of the page's docset that an image path from Learn's root names (`/sql/includes/media/yes.png`),
   * as docfx publishes the docset (learnRootSources), when the import can tell: found inside the read root.
   */
  learnRootFile?: ((rootPath: string) => string | undefined) | undefined;
  /** The source folder, whose images are published by their path below it; with symlinks resolved. */
  sourceRoot: string;
  realSourceRoot: string;
  /** The site imported into (ImportOptions.siteMedia), and the pages this import writes (their slugs). */
  siteMedia: SiteMedia | undefined;
  ownSlugs: ReadonlySet<string>;
}

/**
 * A warning for each moniker range left out of the article `file` (`left`, withoutUnpublishedMonikers), at its
 * marker's line in the article's `text` (the first of that range not yet said; one in an include, the body's
 * first line), naming the versions docfx publishes the article in.
 */
function unpublishedRangeNotes(
  text: string,
  file: string,
  bodyStart: number,
  left: readonly UnpublishedRange[],
  published: ReadonlySet<string> | undefined,
): ImportNote[] {
  if (left.length === 0) return [];
  const linesOf = new Map<string, number[]>();
  markdownLines(text).forEach(({ line, code }, index) => {
    const start = code ? undefined : VARIANT_START.exec(line.replace(/^[\s>]*/, '').trim());
    if (start?.[1] !== 'moniker') return;
    const range = parseAttributes(start[2] ?? '')['range'] ?? '';
    const lines = linesOf.get(range) ?? [];
    lines.push(index + 1);
    linesOf.set(range, lines);
  });
  const said = new Map<string, number>();
  const versions = [...(published ?? [])].join(', ');
  return left.map(({ range }) => {
    const count = said.get(range) ?? 0;
    said.set(range, count + 1);
    return {
      file,
      line: linesOf.get(range)?.[count] ?? bodyStart,
      message: `moniker range "${range}" names none of the versions docfx publishes the article in (${versions}): Learn shows its content in none of them, nor does the page.`,
    };
  });
}

/** Learn constructs the site does not render, or renders with a caveat: reported with file and line. */
function scanConstructs(text: string, file: string, firstLine: number, context: Context): void {
  // Attributes the build refuses (Astro directives, name= but on <a>…) are left out of the page: said here.
  for (const note of attributeNotes(text))
    context.plan.warnings.push({ file, line: firstLine + note.index, message: note.message });
  markdownLines(text).forEach(({ line, code }, index) => {
    const where = { file, line: firstLine + index };
    if (code) return;
    const directive = DIRECTIVE.exec(line)?.[1];
    if (directive === 'code' && !parseCodeDirectiveLine(line)) {
      context.plan.warnings.push({
        ...where,
        message:
          ':::code::: is only read on a line of its own, as :::code source="path" language="name":::; the build will fail on the raw ":::".',
      });
    } else if (directive === 'zone') {
      context.plan.warnings.push({
        ...where,
        message:
          'zone: every pivot is shown, one after another, each under a "For <pivot>:" label (its title from the zone pivot groups).',
      });
    } else if (directive === 'moniker') {
      context.plan.warnings.push({
        ...where,
        message:
          'moniker: every version\'s content is shown, one after another, each under a "For <versions>:" label.',
      });
    } else if (
      directive !== undefined &&
      !/^(?:image|image-end|row|row-end|column|column-end|zone-end|moniker-end|no-loc|code)$/.test(directive)
    ) {
      context.plan.warnings.push({
        ...where,
        message: `:::${directive}::: is not supported: the build will fail on the raw ":::". Rewrite it as Markdown.`,
      });
    }
    // An escaped marker (`\[!NOTE]`) is text, as the author or escapeTextMarkers wrote it.
    for (const marker of line.matchAll(/(?<!\\)\[!([\w-]+)/g)) {
      const name = (marker[1] ?? '').toUpperCase();
      if (name === 'INCLUDE' || name === 'VIDEO' || name === 'DIV') continue;
      if (/^NOTEBOOK-/.test(name)) {
        if (!parseNotebookLine(line))
          context.plan.warnings.push({
            ...where,
            message: `[!${marker[1]}] is only read on a line of its own, as [!${marker[1]}[](notebook.ipynb?name=cell)]: the page shows it as text.`,
          });
        continue;
      }
      if (/^CODE\b/.test(name)) {
        if (!parseCodeSnippetLine(line))
          context.plan.warnings.push({
            ...where,
            message: `[!${marker[1]}] is only read on a line of its own, as [!${marker[1]}[name](path#region)]: the build will fail on it.`,
          });
        continue;
      }
      if (KNOWN_ALERT.test(`[!${name}]`)) {
        // A quote may open a list item (sql-docs: `3.  > [!NOTE]`), inside other quotes and items.
        if (!/^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+|>\s*)*>/.test(line))
          context.plan.warnings.push({
            ...where,
            message: `[!${marker[1]}] outside a "> " quote is not rendered: the build will fail on it.`,
          });
      } else if (LEARN_MARKER.test(marker[0])) {
        context.plan.warnings.push({
          ...where,
          message: `[!${marker[1]}] is not supported: the build will fail on it. Rewrite it as Markdown.`,
        });
      } else {
        // docfx renders only its alert names: another (`[!DANGER]`) is text on Learn, and the build keeps it.
        context.plan.warnings.push({
          ...where,
          message: `[!${marker[1]}] is not one of Learn's alerts (${ALERT_KINDS.join(', ').toUpperCase()}): Learn shows it as text, and so does the page. To show an alert, write one of those.`,
        });
      }
    }
  });
}

/**
 * The path of a file a page names (an include's, a code file's; an image's is read so in rewriteImages) as
 * it is read: with `/` for each `\` of its path when a browser and Learn read it so (slashedHref, as for
 * links: `..\includes\x.md`, as Windows-written repositories have them), put in `slashed` at `line`; else as
 * written. The path so read is confined to the read root as any other (`..\..\etc\passwd` is outside it).
 */
function readPath(
  written: string,
  kind: SlashedKind,
  line: number,
  slashed: SlashedPath[] | undefined,
): string {
  const read = slashedHref(written);
  if (read === undefined) return written;
  slashed?.push({ kind, written, slashed: read, line });
  return read;
}

/** What to do about an include the import could not read: where it is outside the folder, give a folder holding it; where missing, add it. */
function includeFix(found: { outside?: true; missing?: true }): string {
  if (found.outside)
    return ": import with --read-root set to a folder holding it and the source (the repository's root) to have it";
  if (found.missing) return ': add the file, or remove the [!INCLUDE]';
  return '';
}

/**
 * A problem with the file at `read` (readPath), naming it as written: a path read with `/` is named as the
 * page writes it.
 */
function asWritten(problem: string, read: string, written: string): string {
  return read === written ? problem : problem.replace(`"${read}"`, `"${written}"`);
}

/**
 * Links with no target (`[t]()`, `[t](#)`), and link and image URLs the build refuses (`tel:`, `ftp:`,
 * `javascript:`, `//host`…), each reported with its line and why: the import writes the page as Learn has it, and the build then fails on these. Links are
 * taken as the build resolves them first (an `xref:` link is fine); images as written.
 */
function scanRefusedLinks(text: string, file: string, firstLine: number, context: Context): void {
  for (const tree of markdownTrees(text))
    visit(tree, (node) => {
      if (node.type === 'link' && (node.url === '' || node.url === '#')) {
        // Learn shows it too; the build keeps it, but a reader's click goes nowhere.
        context.plan.warnings.push({
          file,
          line: firstLine + (node.position?.start.line ?? 1) - 1,
          message: `the link "${toString(node)}" has no target (${node.url === '' ? '"()"' : '"#"'}): a click leads nowhere. Give it the page or #heading it means, or make it text.`,
        });
        return;
      }
      // An :::image:::'s link="…", which the build links: its text read whole, a URL the parser linked in it too.
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
        for (const { url, lineIndex } of imageDirectiveLinks(toString(node))) {
          const found = classifyUrl(url);
          if (found.kind === 'refused')
            context.plan.warnings.push({
              file,
              line: firstLine + (node.position?.start.line ?? 1) - 1 + lineIndex,
              message: `the image's link ${JSON.stringify(url)} ${found.reason} The build will fail on it.`,
            });
        }
        return;
      }
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      // An include's or code snippet's path is no link: it is read here (readPath), its line replaced.
      const start = node.position?.start.offset ?? 0;
      if (
        node.type === 'link' &&
        MARKER_BEFORE_LINK.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start))
      )
        return;
      const url =
        node.type === 'image'
          ? node.url
          : builtLinkUrl(node.type === 'link' ? builtLiteralUrl(node) : node.url);
      if (url === undefined) return;
      const found = classifyUrl(url);
      if (found.kind !== 'refused') return;
      context.plan.warnings.push({
        file,
        line: firstLine + (node.position?.start.line ?? 1) - 1,
        message: `the link ${JSON.stringify(node.url)} ${found.reason} The build will fail on it.`,
      });
    });
}

/**
 * What a published file is to the page, and what the page does when it cannot be published: an image shows
 * its alt text (a Markdown image from another site fails the build), a lightbox or a link to an image file
 * leaves the image unlinked or the link as written.
 */
const PUBLISHED = {
  image: {
    name: 'image',
    remote: 'the page shows its alt text',
    refused: 'The page shows its alt text instead.',
    instead: 'the page shows its alt text',
  },
  markdown: {
    name: 'image',
    remote: 'the build will fail on it',
    refused: 'The page shows its alt text instead.',
    instead: 'the page shows its alt text',
  },
  lightbox: {
    name: 'lightbox image',
    remote: 'the image is shown without a link to it',
    refused: 'The image is shown without a link to it.',
    instead: 'the image is shown without a link to it',
  },
  link: {
    name: 'linked image',
    remote: 'the link goes there',
    refused: "The link is left as written: it goes to Learn's copy.",
    instead: "the link is left as written, to Learn's copy",
  },
} as const;

/** A Markdown destination as CommonMark reads it, its backslash escapes undone (`a\_b` is `a_b`; `a\b` stays). */
function unescaped(destination: string): string {
  return destination.replace(ESCAPES, '$1');
}

/** A backslash before a character it does not escape (a letter, a digit): a Windows path's separator. */
const WINDOWS_SEPARATOR = new RegExp(String.raw`\\(?!${ESCAPABLE.source}|$)`);

/**
 * An include's or a `[!code-…]` snippet's path as docfx reads it, its escapes undone (`\_\_init\_\_.py` is
 * `__init__.py`, as azure-docs' Python samples write it); but a path with a `\` before a letter or digit is a
 * Windows path (`..\..\includes\a.md`, whose `\.` is no escape), left for readPath to read with `/`.
 */
function markerPath(path: string): string {
  return WINDOWS_SEPARATOR.test(path) ? path : unescaped(path);
}

/**
 * Image sources relative to `file` are published under /media/ and queued for copying, missing files
 * warned; so are the full-size images a page links (`lightbox="…"`, `[![](small.png)](full.png)`), which
 * then open here, as on Learn, instead of on Learn. A path written with `\` is read with `/` (slashedHref),
 * each put in `slashed`.
 */
function rewriteImages(
  text: string,
  file: string,
  firstLine: number,
  context: Context,
  slashed?: SlashedPath[],
): string {
  // The warning of each image not published, by line and source: its link to the same file says no more.
  const missingImages = new Map<string, ImportNote>();
  // Where the file `source` (`written` so in the page, at `line`) is published, or, when it is not, what
  // the page is to hold: an image's path under /media/ (the build shows its alt text), a link as written.
  const publishRead = (
    given: string,
    written: string,
    line: number,
    kind: keyof typeof PUBLISHED,
  ): string => {
    let source = given;
    // A path from Learn's root names a file of the page's docset, read, or one of Learn's that this copy
    // lacks (another docset's: azure-devops-docs' release notes' screenshots), left as written: an image
    // then shows its alt text, said here, where the build could only say it is not in public/.
    if (given.startsWith('/') && !given.startsWith('//')) {
      const found = context.learnRootFile?.(decoded(given.split(/[?#]/)[0] ?? ''));
      if (found === undefined) {
        if (kind === 'image' || kind === 'markdown')
          context.plan.warnings.push({
            file,
            line,
            message: `${PUBLISHED[kind].name} "${written}" is a path from Learn's root that names no file of the folder read (another docset's, on Learn): ${PUBLISHED[kind].instead}. Download it next to the article and write its path from there, then import again.`,
          });
        return given;
      }
      source = escapedPath(relativePath(dirname(file), found));
    }
    const { name, remote, refused, instead } = PUBLISHED[kind];
    if (REMOTE.test(source)) {
      context.plan.warnings.push({
        file,
        line,
        message: `${name} ${written} is on another site, which this site never loads from: ${remote}. Download it next to the article, then import again.`,
      });
      return source;
    }
    // A path with a malformed escape (`%E0%A4%A.png`) is refused by confineLearnPath below, with its line.
    const unpublished = () =>
      kind === 'link'
        ? written
        : asDestination(
            sitePathOfImage(
              learnPathTarget(decoded(source), dirname(file), context.repositoryRoot),
              context,
              false,
            ),
          );
    // `~/media/x.png` starts at the repository's root, as docfx reads it.
    const found = confineLearnPath(
      source.split(/[?#]/)[0] ?? '',
      dirname(file),
      context.root,
      context.repositoryRoot,
      pathAccess(context.files),
    );
    if (!found.ok) {
      // A clickable image whose file is missing (`[![A](m.png)](m.png)`), or an :::image::: whose lightbox is
      // that file (as Learn's writers give most screenshots): the image's warning says the link too.
      const said = missingImages.get(`${String(line)}\0${source}`);
      if ((kind === 'link' || kind === 'lightbox') && said !== undefined) {
        said.message +=
          kind === 'link'
            ? ` Its link is left as written: it goes to Learn's copy.`
            : ' Its lightbox, the same file, is left out: no link to it either.';
        return unpublished();
      }
      const warning: ImportNote = {
        file,
        line,
        message: `${name} ${asWritten(found.problem, source, written)} ${refused}`,
        ...(found.outside ? { outside: true } : {}),
        ...(found.missing ? { missing: true } : {}),
        ...((kind === 'markdown' || kind === 'image') && found.path !== undefined
          ? { missingRead: { kind: 'image' as const, path: found.path } }
          : {}),
      };
      context.plan.warnings.push(warning);
      if (kind === 'markdown' || kind === 'image') missingImages.set(`${String(line)}\0${source}`, warning);
      return unpublished();
    }
    const bytes = context.files.bytes?.(found.path);
    // A reader of bytes that gives none was given no regular file (a FIFO, a device, a folder).
    const problem =
      bytes !== undefined
        ? imageProblem(source, bytes)
        : context.files.bytes !== undefined
          ? `"${source}" is not a regular file (a FIFO, a device or a folder): only image files are copied.`
          : undefined;
    if (problem) {
      context.plan.warnings.push({
        file,
        line,
        message: `${name} ${asWritten(problem, source, written)} Not copied: ${instead}.`,
      });
      return unpublished();
    }
    // Placed once a plan: its place is the same wherever the image is used again.
    const copied = context.plan.copies.find((copy) => copy.from === found.path);
    if (copied !== undefined) return asDestination(copied.to.slice('public'.length));
    const placed = placeImage(found.path, bytes, sitePathOfImage(found.path, context, true), context);
    const to = `public${placed.sitePath}`;
    // Said once an import, where it is first used.
    if (!context.plan.copies.some((copy) => copy.to === to)) {
      context.plan.copies.push({ from: found.path, to });
      if (placed.taken !== undefined)
        context.plan.warnings.push({
          file,
          line,
          message: `${name} "${written}" is published as ${placed.sitePath}: ${placed.taken} Each page shows its own.`,
        });
    }
    return asDestination(placed.sitePath);
  };
  // `lineInText`: its line in `text` (1 first); `url`, the source as the page's parser reads it (a Markdown
  // destination's escapes undone), read with `/` for `\` as Learn reads it (slashedHref).
  const publish = (
    written: string,
    lineInText: number,
    kind: keyof typeof PUBLISHED,
    url = written,
  ): string => {
    const line = firstLine + lineInText - 1;
    const read = slashedHref(url);
    const published = publishRead(read ?? written, written, line, kind);
    // A link left as written is the link pass's, which says it; an :::image:::'s lightbox of its own source
    // is that image's path again, counted once.
    const again = slashed?.some(
      (path) => path.kind === 'image' && path.line === line && path.written === written,
    );
    if (read !== undefined && !(kind === 'link' && published === written) && again !== true)
      slashed?.push({ kind: 'image', written, slashed: read, line });
    return published;
  };
  // An :::image::: in fenced code is code, shown as written (customer-insights-pr.he-il, real-folder trial BY).
  const codeLines = new Set(markdownLines(text).flatMap(({ code }, index) => (code ? [index + 1] : [])));
  const directives = text.replace(
    new RegExp(IMAGE_DIRECTIVE.source, 'g'),
    (whole: string, attributes: string, offset: number) => {
      const image = parseImageDirective(attributes);
      const line = lineAt(text, offset);
      if (!image || codeLines.has(line)) return whole;
      return whole.replace(
        /(\b(source|lightbox)\s*=\s*")([^"]*)(")/gi,
        (_match, open: string, attribute: string, source: string, close: string) =>
          `${open}${publish(source.trim(), line, attribute.toLowerCase() === 'source' ? 'image' : 'lightbox')}${close}`,
      );
    },
  );
  // Published in page order (copies and warnings follow it), written in last first, so the offsets of
  // those before each hold. A link to anything but an image file of the folder is the link pass's, but
  // for its angle brackets: every destination is written without them (bareDestination).
  return markdownDestinations(directives)
    .sort((a, b) => a.start - b.start)
    .map((found) => ({
      ...found,
      published:
        found.kind === 'image' || isImageFileLink(found.source)
          ? publish(
              found.source,
              // Its offset is in the text with :::image published: the same lines, not the same offsets.
              lineAt(directives, found.start),
              found.kind === 'image' ? 'markdown' : 'link',
              unescaped(found.source),
            )
          : found.source,
    }))
    .filter(({ angled, source, published }) => angled || published !== source)
    .reverse()
    .reduce(
      (written, { start, end, angled, published }) =>
        `${written.slice(0, start)}${angled ? bareDestination(published) : published}${written.slice(end)}`,
      directives,
    );
}

/** A code snippet as written: which construct, its file, language, and what it takes from the file. */
interface CodeSnippet {
  /** `:::code:::`, `[!code-csharp]` or `[!notebook-python]`, to name it in a warning. */
  construct: string;
  source: string;
  language: string;
  selection: CodeSelection;
  /** A `[!notebook-…]`'s cells: those of this name, or every code cell (name undefined). */
  notebook?: { cell: string | undefined } | undefined;
  /** Its path is a link destination (`[!code-…](…)`, not `source="…"`), whose backslash escapes docfx undoes. */
  destination?: boolean;
}

/**
 * The characters of code each page's snippets have brought in so far (includes' snippets too), by the
 * page's include budget (one per page): all of them are held to what a page may be, MAX_PAGE_CHARACTERS.
 */
const snippetCharacters = new WeakMap<IncludeBudget, number>();

/**
 * A code snippet as a fenced code block of the lines it selects; a warning and nothing when it has none.
 * The page is refused (a SourceError at the snippet's line) when its snippets would bring in more code
 * than a page may be: 500 snippets of a 700 KB file, or one range naming its lines 1,000 times, took
 * minutes and ran the import out of memory.
 */
function codeBlock(
  prefix: string,
  snippet: CodeSnippet,
  file: string,
  line: number,
  context: Context,
  slashed?: SlashedPath[],
): string {
  const { construct, source: written } = snippet;
  // docfx reads a source="…" as Learn's links: its ?query or #fragment names no file (`function.json?highlight=16-20`).
  const path = snippet.destination ? markerPath(written) : pathAndSuffix(written).path;
  const source = readPath(path, 'code', line, slashed);
  const found: Confined = source
    ? confineLearnPath(source, dirname(file), context.root, context.repositoryRoot, pathAccess(context.files))
    : { ok: false, problem: 'has no source="…".' };
  const text = found.ok ? context.files.read(found.path) : undefined;
  // What the page's snippets may still bring in.
  const most = MAX_PAGE_CHARACTERS - (snippetCharacters.get(context.includeBudget) ?? 0);
  const selected: SelectedCode = !found.ok
    ? found
    : text === undefined
      ? { ok: false, problem: `"${source}" cannot be read.` }
      : snippet.notebook
        ? selectNotebookCells(text, snippet.notebook.cell, source, most)
        : selectCode(text, snippet.selection, snippet.language, source, most);
  if (!selected.ok && selected.tooLong)
    throw new SourceError(
      file,
      line,
      `${construct} ${asWritten(selected.problem, source, written)} A page's code snippets bring in at most ${MAX_PAGE_CHARACTERS.toLocaleString('en-US')} characters in all (MAX_PAGE_CHARACTERS): select the lines to show with id="…" or range="…", or split the page.`,
    );
  if (!selected.ok) {
    context.plan.warnings.push({
      file,
      line,
      message: `${construct} ${asWritten(selected.problem, source, written)} The code is left out of the page.`,
      ...(!found.ok && found.outside ? { outside: true } : {}),
      ...(!found.ok && found.missing ? { missing: true } : {}),
      ...(!found.ok && found.path !== undefined ? { missingRead: { kind: 'code', path: found.path } } : {}),
    });
    return '';
  }
  const code = selected.lines;
  snippetCharacters.set(
    context.includeBudget,
    (snippetCharacters.get(context.includeBudget) ?? 0) +
      code.reduce((sum, codeLine) => sum + codeLine.length + 1, 0),
  );
  const fence = codeFence(code.join('\n'));
  // Without language=, Learn names it by the file's extension (fileLanguage).
  const language = (snippet.language || (fileLanguage(path) ?? '')).replace(/[^\w+#-]/g, '');
  return [`${fence}${language}`, ...code, fence]
    .map((codeLine) => `${prefix}${codeLine}`.trimEnd())
    .join('\n');
}

/** The code snippet a line is (`:::code …:::` or `[!code-…]`) as a fenced block, or undefined when it is none. */
function codeSnippetBlock(
  line: string,
  file: string,
  lineNumber: number,
  context: Context,
  slashed?: SlashedPath[],
): string | undefined {
  const directive = parseCodeDirectiveLine(line);
  if (directive) {
    const { attributes } = directive;
    const snippet: CodeSnippet = {
      construct: ':::code:::',
      source: attributes['source'] ?? '',
      language: attributes['language'] ?? '',
      selection: { region: attributes['id'], range: attributes['range'] },
    };
    return codeBlock(directive.prefix, snippet, file, lineNumber, context, slashed);
  }
  const notebook = parseNotebookLine(line);
  if (notebook) {
    const snippet: CodeSnippet = {
      construct: `[!notebook-${notebook.language}]`,
      source: notebook.path,
      language: notebook.language,
      selection: {},
      notebook: { cell: notebook.cell },
      destination: true,
    };
    return codeBlock(notebook.prefix, snippet, file, lineNumber, context, slashed);
  }
  const written = parseCodeSnippetLine(line);
  if (!written) return undefined;
  const construct = `[!code${written.language ? `-${written.language}` : ''}]`;
  const { selection, unknown } = snippetSelection(written.query, written.fragment);
  if (unknown.length > 0)
    context.plan.warnings.push({
      file,
      line: lineNumber,
      message: `${construct} "${written.path}${written.query}": ${unknown.map((part) => `"${part}"`).join(', ')} is no query option docfx reads (name, range, start, end, dedent, highlight), so it changes nothing.`,
    });
  const snippet = {
    construct,
    source: written.path,
    language: written.language,
    selection,
    destination: true,
  };
  return codeBlock(written.prefix, snippet, file, lineNumber, context, slashed);
}

/**
 * One file's text with images published and includes inlined (recursively), its constructs reported; the
 * paths it writes with `\` read with `/` (links, images, includes, code files) said in one note.
 */
function prepare(
  text: string,
  file: string,
  firstLine: number,
  context: Context,
  chain: readonly string[],
): string {
  // A machine-translated page's English is left out first, so every check sees the text that is published
  // (left out later, a span could join `java` and `script:` after the checks); so are HTML comments, which
  // Learn shows nothing of: an image, include or link in one is not read, published nor warned of
  // (customer-insights-pr.he-il's apis.md comments out its screenshots). Their lines stay, for the notes.
  const commented = withoutHtmlComments(
    fenceIndentedCode(dedentLayoutColumns(withoutTranslationMarkup(asMarkdigTables(text)))),
    { keepLines: true },
  );
  // A block marker Learn shows as text is escaped, so the build shows it so too instead of failing on it.
  const { text: fenced, markers } = escapeTextMarkers(commented);
  for (const { line, marker } of markers)
    context.plan.warnings.push({
      file,
      line: firstLine + line - 1,
      message: `${marker}] is inside a paragraph, heading or table cell, not where a block starts, so Learn shows it as text, and so does the page. To make it a block, start it after a blank line, or indented as the text of the list item it belongs to.`,
    });
  scanConstructs(fenced, file, firstLine, context);
  const withMedia = mapProseLines(fenced, (line) => mapOutsideInlineCode(line, htmlMediaToMarkdown));
  const slashed: SlashedPath[] = [];
  const withImages = rewriteLinks(
    rewriteImages(withMedia, file, firstLine, context, slashed),
    file,
    firstLine,
    context.plan.links,
    context.plan.warnings,
    slashed,
  );
  scanRefusedLinks(withImages, file, firstLine, context);
  // An include's references use its own definitions, as docfx parses it alone; the page's are the page's.
  const pageLabels = context.pageLabels ?? new PageLabels(withImages);
  const own =
    context.includeSerial === undefined
      ? withImages
      : scopeReferencesInText(withImages, context.includeSerial, pageLabels);
  const prepared = mapProseLines(own, (line, index) => {
    const code = codeSnippetBlock(line, file, firstLine + index, context, slashed);
    if (code !== undefined) return code;
    /** The include at `written` as text of `file` (its includes inlined, links rebased to its folder), or undefined. */
    const includeText = (written: string): string | undefined => {
      const files: IncludeFiles = { ...pathAccess(context.files), read: (real) => context.files.read(real) };
      const path = readPath(markerPath(written), 'include', firstLine + index, slashed);
      const found = readInclude(path, file, context.root, chain, files, {
        repository: context.repositoryRoot,
        budget: context.includeBudget,
      });
      // Includes that multiply past the limit would take minutes, or never end: the page is refused.
      if (!found.ok && found.tooMany)
        throw new SourceError(chain[0] ?? file, context.pageLine ?? firstLine + index, found.problem);
      if (!found.ok) {
        // One missing include never stops the import: its text is left out, and said so.
        context.plan.warnings.push({
          file,
          line: firstLine + index,
          message: `[!INCLUDE] ${asWritten(found.problem, path, written)} Its text is left out of the page${includeFix(found)}.`,
          ...(found.outside ? { outside: true } : {}),
          ...(found.missing ? { missing: true } : {}),
          ...(found.path === undefined ? {} : { missingRead: { kind: 'include', path: found.path } }),
        });
        return undefined;
      }
      // Checked before any pass parses it, as the build checks it: nested too deep or too costly to parse,
      // alone or with what the page has included so far, it would hold the import for minutes.
      const unbuildable = includeSourceProblem(found.body, context.includeBudget);
      if (unbuildable)
        throw new SourceError(
          chain[0] ?? file,
          context.pageLine ?? firstLine + index,
          `[!INCLUDE] "${path}", at ${relative(process.cwd(), found.file)}:${String(found.firstLine + unbuildable.line - 1)}: ${unbuildable.message} The build will refuse the page.`,
        );
      const includeSerial = context.includeBudget.included;
      return rebaseLinksInText(
        prepare(
          found.body.trim(),
          found.file,
          found.firstLine,
          { ...context, pageLine: context.pageLine ?? firstLine + index, pageLabels, includeSerial },
          [...chain, found.file],
        ),
        dirname(found.file),
        dirname(file),
        context.repositoryRoot,
      );
    };
    const include = parseIncludeLine(line);
    // An include inside a line brings its text in as inline content, as Learn renders it.
    if (!include)
      return replaceInlineIncludes(line, (path) => {
        const inlined = includeText(path);
        return inlined === undefined ? LEFT_OUT_INCLUDE : inlineIncludeText(inlined);
      });
    const inlined = includeText(include.path);
    if (inlined === undefined) return '';
    return inlined
      .split('\n')
      .map((includedLine) => `${include.prefix}${includedLine}`.trimEnd())
      .join('\n');
  });
  const byLine = slashed.sort((a, b) => a.line - b.line);
  context.plan.warnings.push(...slashedNote(file, 'link', byLine));
  return withoutLeftOutItems(prepared);
}

/**
 * A PlatyPS page's synopsis (front matter naming its `external help file` or `Module Name`): the first
 * paragraph of its first section, `## SYNOPSIS` in any language (`## Sinossi`), whole, as Learn describes
 * the cmdlet by it. A synopsis is one sentence written without its full stop, which firstSentence passes
 * over: azure-docs-powershell.it-IT's Add-AzEventHubIPRule was described by its example's output. Undefined
 * for another page, or one whose first section starts with no paragraph.
 */
function platyPsSynopsis(data: Record<string, unknown>, body: string): string | undefined {
  if (!['external help file', 'Module Name'].some((key) => typeof data[key] === 'string')) return undefined;
  const blocks = parseMarkdown(body).children;
  const first = blocks.findIndex((node) => node.type === 'heading' && node.depth === 2);
  const paragraph = first === -1 ? undefined : blocks[first + 1];
  if (paragraph?.type !== 'paragraph') return undefined;
  const text = toString(paragraph, { includeHtml: false, includeImageAlt: false })
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? undefined : text;
}

/** A short description of a section: its first sentence of prose, else the heading with the article's description. */
function sectionDescription(body: string, heading: string, articleDescription: string): string {
  return firstSentence(body) ?? `${heading}: ${articleDescription}`;
}

/** Paragraphs read for a description: those at the start of the page (or section), where it says what it is. */
const DESCRIPTION_PARAGRAPHS = 3;

/**
 * The first sentence of prose of `body` (20 characters or more), as the reader sees it (Markdown, HTML and
 * images left out), from its first paragraphs: one that only introduces a list ("…two variants:") or
 * is a Learn construct the import leaves to the build (`:::`, `[!…]`) is passed over.
 */
function firstSentence(body: string): string | undefined {
  const paragraphs = parseMarkdown(body).children.filter(
    (node): node is Paragraph => node.type === 'paragraph',
  );
  for (const paragraph of paragraphs.slice(0, DESCRIPTION_PARAGRAPHS)) {
    const text = toString(paragraph, { includeHtml: false, includeImageAlt: false })
      .replace(/\s+/g, ' ')
      .trim();
    if (text.startsWith(':::') || text.startsWith('[!')) continue;
    const sentence = firstOf(text);
    // 20 characters make a sentence in a script with spaces; fewer do in one without (Japanese, Chinese).
    const shortest = /\s/.test(sentence ?? '') ? 20 : 8;
    if (sentence && sentence.length >= shortest && SENTENCE_END.test(sentence)) return sentence;
    const spaced = sentence && !SENTENCE_END.test(sentence) && spaceEndedSentence(marked(paragraph));
    if (spaced) return spaced;
  }
  return undefined;
}

/** The marks that end a sentence: `.`, `!`, `?`, CJK's `。！？`, Khmer's `។`, Myanmar's `။`. */
const SENTENCE_END = /[.!?。！？។။]$/u;

/**
 * A space between two letters of Thai or Lao, which write no full stop: a space ends their sentence (or
 * clause), where Unicode's rules see none (`…เพื่อมาดำเนินการ หัวข้อนี้แสดงสรุป…`). A space beside a Latin
 * word or a bracket (`ทางอิเล็กทรอนิกส์ (ER) สามารถ`, `ค่า DateTime ที่`) is inside one.
 */
const SPACE_SENTENCE_END = /(?<=[\p{Script=Thai}\p{Script=Lao}]) (?=[\p{Script=Thai}\p{Script=Lao}])/gu;

/** What `marked` writes for a space beside code, emphasis or a link, which ends no Thai sentence. */
const KEPT_SPACE = '\uE000';

/**
 * The text of `paragraph` as the reader sees it, a space beside code, emphasis or a link written
 * KEPT_SPACE: Thai writes one around each (`ส่งคืนค่าที่แสดง *จำนวนเต็ม* ของวัน`), inside its sentence.
 */
function marked(paragraph: Paragraph): string {
  const { children } = paragraph;
  return children
    .map((child, index) => {
      const text = toString(child, { includeHtml: false, includeImageAlt: false });
      if (child.type !== 'text') return text;
      const before = children[index - 1];
      const after = children[index + 1];
      return text
        .replace(/^ /, before && before.type !== 'text' ? KEPT_SPACE : ' ')
        .replace(/ $/, after && after.type !== 'text' ? KEPT_SPACE : ' ');
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The first sentence of `text` (a paragraph `marked` that ends with no full stop), when it is Thai or Lao,
 * whose last sentence ends with none: the text to the first space that ends one of 20 characters or more
 * (a shorter clause, `ตัวอย่างเช่น` "for example", runs on into the next), or all of it. Undefined for text
 * of other scripts, or one that introduces what follows (`…:`).
 */
function spaceEndedSentence(text: string): string | undefined {
  if (!/[\p{Script=Thai}\p{Script=Lao}]/u.test(text) || /[:：]$/u.test(text) || text.length < 20)
    return undefined;
  const end = [...text.matchAll(SPACE_SENTENCE_END)].find((space) => space.index >= 20)?.index;
  return (end === undefined ? text : text.slice(0, end)).replaceAll(KEPT_SPACE, ' ');
}

/** Sentences as Unicode's rules break them (a full stop or `。` ends one; `e.g.` does not). */
const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The first sentence of `text` (trimmed), as SENTENCES breaks it but for a `.`, `!` or `?` with no space
 * after it, which ends no sentence: Unicode's rules end one at a "." or "!" before a capital or a symbol
 * (`the .Net implementation`, `e.g.Foo`, `file.Txt`; VBA-Docs' "with the `#If...Then...#Else` directive",
 * described as "…with the #If...Then...", and Access's `Forms!Employees!LastName`). `。`, `！` and `？`,
 * which Chinese and Japanese write with no space after, end one as they do.
 */
function firstOf(text: string): string | undefined {
  let sentence = '';
  for (const { segment, index } of SENTENCES.segment(text)) {
    sentence += segment;
    const after = text.slice(index + segment.length, index + segment.length + 2);
    if (!(/[.!?]$/.test(segment) && /^\S/u.test(after))) break;
  }
  return sentence.trim() || undefined;
}

/**
 * A page title from a heading written as Markdown: the text it shows (`# About the \`if\` statement` is
 * "About the if statement"), as front matter holds plain text; undefined for no heading or no text.
 */
function titleOf(heading: string | undefined): string | undefined {
  const text = heading === undefined ? '' : headingText(heading);
  return text === '' ? undefined : text;
}

/**
 * Why each of `pages` cannot be published at its URL, as the build would refuse it (src/lib/page-urls.ts,
 * with the same plan of what the build writes: the site's routes, public/ with the images this import
 * copies there, the finishing steps' files, the site's other pages): a page under one of the site's own
 * pages (src/pages/: /links/, /search/…), or one whose files the build writes something else at
 * (`feed.xml.md`, `robots.txt.md`, `llms-full.txt.md`, `sitemap-0.xml.md`, `x.md.md`).
 */
function pageUrlProblemsOf(
  pages: readonly PlannedPage[],
  copies: ImportPlan['copies'],
  projectRoot: string | undefined,
): Map<PlannedPage, string> {
  const { folders, routes } = projectAt(projectRoot);
  const site = buildPlan(folders, routes);
  const ownPages = new Set(
    routes.flatMap((route) =>
      route.type === 'page' && route.pathname ? [route.pathname.split('/')[1] ?? ''] : [],
    ),
  );
  const problems = new Map<PlannedPage, string>();
  const imported = new Map<ContentPage, PlannedPage>();
  // A page with no name is refused as such.
  for (const page of pages.filter((named) => named.slug !== '' && !named.slug.endsWith('/'))) {
    const file = pageFile(page);
    const own = page.slug.split('/')[0] ?? '';
    if (own !== '' && ownPages.has(own))
      problems.set(
        page,
        `the page "${page.frontMatter.title}" would be content/${file}, at /${own}/, which is the site's own page. Rename the file or heading.`,
      );
    else imported.set({ file: `content/${file}`, slug: slugOfContentPath(file) }, page);
  }
  const slugs = new Set([...imported.keys()].map((page) => page.slug));
  // A page of the site is replaced only by the file written over it (.md or .mdx): content/setup.md stays beside an
  // imported content/setup/index.md, and the two would be one page, /setup/, which the build refuses (red team 26).
  const stem = (file: string) => file.replace(PAGE_EXTENSION, '');
  const written = new Set([...imported.keys()].map((page) => stem(page.file)));
  const kept = new Map(
    site.pages.filter((page) => !written.has(stem(page.file))).map((page) => [page.slug, page.file]),
  );
  for (const [page, planned] of imported) {
    const other = kept.get(page.slug);
    if (other !== undefined && !problems.has(planned))
      problems.set(
        planned,
        `the page "${planned.frontMatter.title}" would be ${page.file}, at /${page.slug}/, which ${other} already is (a folder's index.md is the folder's page). Rename the file or heading, or remove ${other} if this page replaces it.`,
      );
  }
  const found = pageUrlProblemsByPage({
    // The site's pages this import does not replace, then its own.
    pages: [...site.pages.filter((page) => !slugs.has(page.slug)), ...imported.keys()],
    files: [
      ...site.files,
      ...copies.map((copy) => ({ path: copy.to.replace(/^public\//, ''), by: `the image ${copy.to}` })),
    ],
    folders: site.folders,
  });
  for (const { page, problem } of found) {
    const planned = imported.get(page);
    if (planned !== undefined) problems.set(planned, problem);
  }
  return problems;
}

/** Where a page or group of label `label` is listed in the sidebar: the group `group` it is in, and its label as read. */
const listKey = (group: string | undefined, label: string) => `${group ?? ''}\n${labelAsRead(label)}`;

/** The groups of `plan`'s pages, each as listed in the sidebar (listKey): in the group above it, by its name. */
function groupKeys(plan: ImportPlan): Set<string> {
  const groups = new Set<string>();
  for (const page of plan.pages) {
    const path = groupPath(page.frontMatter.group);
    path.forEach((name, depth) =>
      groups.add(listKey(path.slice(0, depth).join(GROUP_SEPARATOR) || undefined, name)),
    );
  }
  return groups;
}

/**
 * `plan`'s pages by the sidebar list they are in (their group) and their label as a reader reads it, each list
 * counting as one more where a group of that list reads the same (`[group]`, or none).
 */
function pagesByLabel(plan: ImportPlan): { pages: PlannedPage[]; group: boolean }[] {
  const groups = groupKeys(plan);
  const lists = new Map<string, PlannedPage[]>();
  for (const page of plan.pages) {
    const { title, sidebarLabel, group } = page.frontMatter;
    const key = listKey(group, sidebarLabel ?? title);
    const list = lists.get(key);
    if (list) list.push(page);
    else lists.set(key, [page]);
  }
  return [...lists].map(([key, pages]) => ({ pages, group: groups.has(key) }));
}

/**
 * `title` numbered as sibling groups of one name are ("Same (2)"), the first number whose label `taken` does not
 * hold; a title near the sidebar label's limit gives up its last characters, not the number.
 */
function numberedLabel(title: string, taken: (label: string) => boolean): string {
  const numbered = (number: number) => {
    const suffix = ` (${number})`;
    const characters = Array.from(new Intl.Segmenter().segment(title), ({ segment }) => segment);
    while (characters.join('').length + suffix.length > FIELD_LIMITS.sidebarLabel) characters.pop();
    return `${characters.join('').trimEnd()}${suffix}`;
  };
  let number = 2;
  while (taken(numbered(number))) number++;
  return numbered(number);
}

/**
 * Two pages of one sidebar list whose labels read the same (a TOC's two "Overview" entries side by side, or two
 * articles of one front-matter title), or a page named as a group beside it, are each labelled by its title (its
 * H1), as the build refuses such twins (twinLabels, navigation.ts); twins left, their titles the same too, and a
 * page whose title is a top-level page's label left there (`takenLabels`), are numbered after the first ("Same
 * (2)"), as sibling groups of one name are, and said, so the folder builds.
 */
function labelTwinsByTitle(plan: ImportPlan, takenLabels: ReadonlySet<string> | undefined): void {
  const twinned = (list: { pages: PlannedPage[]; group: boolean }) =>
    list.pages.length + (list.group ? 1 : 0) > 1;
  for (const { pages } of pagesByLabel(plan).filter(twinned))
    for (const page of pages) {
      const { sidebarLabel, ...labelledByTitle } = page.frontMatter;
      if (sidebarLabel !== undefined) page.frontMatter = labelledByTitle;
    }
  // Every label of every list, its groups' too.
  const used = groupKeys(plan);
  for (const page of plan.pages)
    used.add(listKey(page.frontMatter.group, page.frontMatter.sidebarLabel ?? page.frontMatter.title));
  for (const { pages, group: besideGroup } of pagesByLabel(plan)) {
    const [first] = pages;
    for (const page of pages) {
      const { group } = page.frontMatter;
      const label = page.frontMatter.sidebarLabel ?? page.frontMatter.title;
      const siteTaken = group === undefined && takenLabels?.has(labelAsRead(label)) === true;
      if (page === first && !siteTaken && !besideGroup) continue;
      const taken = (name: string) =>
        used.has(listKey(group, name)) ||
        (group === undefined && takenLabels?.has(labelAsRead(name)) === true);
      const sidebarLabel = numberedLabel(label, taken);
      used.add(listKey(group, sidebarLabel));
      page.frontMatter = { ...page.frontMatter, sidebarLabel };
      const twin =
        page !== first
          ? `its page and ${first?.source ?? 'another'}'s are both "${label}" in the same list of the sidebar`
          : besideGroup
            ? `its page and a group are both "${label}" in the same list of the sidebar`
            : `its label "${label}" is a page's left at the sidebar's top level`;
      plan.warnings.push({
        file: page.source,
        line: 1,
        message: `${twin}, which the build refuses: labelled "${sidebarLabel}" here, so they are told apart. To name it better, give it another title (its H1) or TOC name.`,
      });
    }
  }
}

/** The deepest folder holding every one of `folders` (absolute paths). */
function commonFolder(folders: readonly string[]): string {
  const parts = folders.map((folder) => folder.split(sep));
  const [firstFolder = []] = parts;
  let depth = firstFolder.length;
  for (const folder of parts) {
    let same = 0;
    while (same < Math.min(depth, folder.length) && folder[same] === firstFolder[same]) same++;
    depth = same;
  }
  return firstFolder.slice(0, depth).join(sep) || sep;
}

/** The TOC of an import as the source folder depends on it: its folder, and its hrefs, from that folder. */
export interface TocListing {
  dir: string;
  hrefs: readonly string[];
}

/** Whether an href of the TOC `toc` (relative, from its folder; not from Learn's root nor a URL) names `file`. */
function tocLists(toc: TocListing, file: string): boolean {
  return toc.hrefs.some((written) => {
    const href = written.trim().replace(/[?#].*$/, '');
    return isRelativeReference(href) && !href.startsWith('/') && tocNames(toc.dir, href, file);
  });
}

/**
 * The source folder of an import, which page URLs are paths below and reads are confined to: with a TOC,
 * the folder holding it and the imported files it lists, wherever they are (Learn repositories keep TOCs in
 * folders of their own: `sfbs2019toc/toc.yml` lists `../migration/x.md`, so that folder is the one above
 * both), but for files outside `readRoot` (`--read-root`), so it is never wider than that; without one, the
 * folder holding every file.
 */
export function sourceFolderOf(
  files: readonly string[],
  toc: TocListing | undefined,
  readRoot?: string,
): string {
  if (toc === undefined) return commonFolder(files.map((file) => dirname(file)));
  const listed = files.filter(
    (file) => !isTocFile(file) && (readRoot === undefined || isInside(readRoot, file)) && tocLists(toc, file),
  );
  return commonFolder([toc.dir, ...listed.map((file) => dirname(file))]);
}

/**
 * The Markdown article Learn renders from a structured page the import reads (an FAQ, an Architecture or
 * a PowerShell cmdlet page, a training module's unit, by its `### YamlMime:` line), front matter and all;
 * any other text as it is.
 * A SourceError when such a page is no YAML object; its YAML's warnings go to `warn`.
 */
export function yamlPageMarkdown(
  read: string,
  file: string,
  warn: (warning: YamlWarning) => void = () => undefined,
): string {
  const kind = yamlMimeOf(read);
  if (kind === YAML_FAQ) return faqToMarkdown(read, file, warn);
  if (kind === YAML_ARCHITECTURE) return architectureToMarkdown(read, file, warn);
  if (kind === YAML_POWERSHELL_CMDLET) return cmdletToMarkdown(read, file, warn);
  if (kind === YAML_MODULE_UNIT) return moduleUnitToMarkdown(read, file, warn);
  return read;
}

/**
 * Learn's structured pages that only link the folder's articles (YamlMime:Landing, YamlMime:Hub, a
 * PowerShell module's page, YamlMime:PowerShellModule1, its cmdlets by group, and a training module's,
 * YamlMime:Module, its units), lower case.
 */
const NAVIGATION_PAGES: ReadonlySet<string> = new Set(['landing', 'hub', 'powershellmodule1', 'module']);

/** A file's name that cannot be a page URL here (pageSlugOf): the file is refused for its URL. */
class PageUrlError extends SourceError {}

/**
 * The files of `plan` refused for their page's URL (ImportNote.pageUrl), as paths in its folder, lower case
 * (`close-method.md`), as src/data/learn-folder.json lists a folder's articles: they are none of its articles.
 */
export function refusedArticles(plan: Pick<ImportPlan, 'refused' | 'sourceRoot'>): string[] {
  return plan.refused.flatMap((note) => {
    const article = note.pageUrl && articlePath(relativePath(plan.sourceRoot, note.file));
    return article ? [article.toLowerCase()] : [];
  });
}

/**
 * The page slug of a source file: its path below the source root, folders kept, without `.md` (or a YAML
 * page's `.yml`), lower case (`docs-authoring/Sort-Redirects.md` → `docs-authoring/sort-redirects`), as
 * its Learn URL has it, but for parentheses, which no page URL here has (`Excel.Range(object).md` is
 * `excel.range-object`: sitePagePath). A name of other characters is refused, saying what to do.
 */
export function pageSlugOf(file: string, root: string): string {
  const path = relativePath(root, file);
  if (leavesFolder(path))
    throw new SourceError(
      file,
      1,
      'it is outside the folder imported (the folder holding the TOC and the imported articles it lists, or the folder holding every file): import it with its own folder, or leave it out.',
    );
  const slug = sitePagePath(path)
    .replace(/\.(?:md|yml)$/i, '')
    .toLowerCase();
  // Each name maps to one of the slug's (sitePagePath keeps the folders): the one written is named.
  const names = path.split('/');
  const wrong = slug.split('/').findIndex((part) => !/^[\w.-]+$/.test(part) || /^\.+$/.test(part));
  if (wrong !== -1) {
    const name = names[wrong] ?? '';
    const other = /[^\w.()-]/u.exec(name)?.[0];
    throw new PageUrlError(
      file,
      1,
      `its path in the folder imported, ${path}, cannot be a page URL here: the name ${JSON.stringify(name)} ${other === undefined ? 'is empty or only dots' : `has ${JSON.stringify(other)} (${codePoint(other)}), which is none of the ASCII letters, digits, "-", "_", "." and parentheses a name here may hold`}. Rename it (and the links and TOC entries naming it) to such a name, or leave the file out of the import.`,
    );
  }
  return slug;
}

/** Plans the import of `files` (absolute paths, in sidebar order unless a TOC says otherwise). */
export function planImport(
  files: readonly string[],
  options: ImportOptions,
  access: SourceFiles,
): ImportPlan {
  if (options.split && files.length !== 1)
    throw new Error('--split h2 makes one article into the site: pass exactly one file.');
  const first = options.firstOrder ?? 1;
  // With a TOC, its entries are the imported articles it lists (readTocYml).
  const listing = options.toc && {
    dir: options.toc.dir,
    hrefs: options.toc.entries.map((entry) => entry.href),
  };
  const root = options.sourceRoot ?? sourceFolderOf(files, listing, options.readRoot);
  const plan: ImportPlan = {
    pages: [],
    articles: [],
    copies: [],
    warnings: [...(options.toc?.notes ?? [])],
    refused: [],
    dropped: [],
    links: emptyLinkReport(),
    sourceRoot: root,
    pivotTitles: {},
  };
  const readRoot = options.readRoot ?? root;
  if (!isInside(readRoot, root))
    throw new Error(`--read-root ${readRoot} must be the source folder ${root} or a folder above it.`);
  const context: Context = {
    files: access,
    plan,
    root: readRoot,
    repositoryRoot: options.readRoot,
    realRoot: pathAccess(access).real(readRoot) ?? readRoot,
    sourceRoot: root,
    realSourceRoot: pathAccess(access).real(root) ?? root,
    // Each page gets its own (planFile).
    includeBudget: new IncludeBudget(),
    siteMedia: options.siteMedia,
    // The site's pages this import writes: an image only they show is theirs to replace.
    ownSlugs: new Set(
      files.flatMap((file) => {
        try {
          return [slugOfContentPath(`${pageSlugOf(file, root)}.md`)];
        } catch {
          return [];
        }
      }),
    ),
  };
  // Each file's zone pivot titles; the pivot groups files and docfx.json read once.
  const pivotTitlesOf = new Map<string, { titles: Map<string, string>; lines: Map<string, number> }>();
  const pivotCache: PivotCache = new Map();
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const tocIndex = (file: string) =>
    options.toc?.entries.findIndex((entry) => tocNames(options.toc?.dir ?? '', entry.href, file)) ?? -1;
  // Without a TOC, a training module's units go in the order its page (index.yml) lists them, as on Learn:
  // a folder's `*.yml` lists 10-summary.yml before 2-….yml. Those it does not list follow, as given.
  const unitPlaces = options.toc
    ? undefined
    : moduleUnitPlaces(files, (file) =>
        confine(relative(root, file), root, root, pathAccess(access)).ok ? access.read(file) : undefined,
      );
  const unitPlace = (file: string) => unitPlaces?.get(file) ?? Infinity;
  const ordered = options.toc
    ? [...files].sort(
        (a, b) =>
          (tocIndex(a) === -1 ? Infinity : tocIndex(a)) - (tocIndex(b) === -1 ? Infinity : tocIndex(b)),
      )
    : unitPlaces
      ? [...files].sort((a, b) => (unitPlace(a) === unitPlace(b) ? 0 : unitPlace(a) < unitPlace(b) ? -1 : 1))
      : [...files];
  // One taken TOC group puts every page of the import inside the qualifier, so its pages stay one run: with
  // only the taken ones inside, two of them with another group between split the qualifier's run, which the
  // sidebar refuses (trial 19, azure-docs' bastion: "Overview" and "Security", the site's page labels, around
  // "Quickstarts & Tutorials" and "Concepts").
  const qualifier = options.groupQualifier || undefined;
  const qualifying =
    qualifier !== undefined &&
    ordered.some((file) => {
      const [top] = groupPath(options.toc?.entries[tocIndex(file)]?.group);
      return top !== undefined && takenGroup(top) !== undefined;
    });

  const tocName = options.toc?.file === undefined ? 'the TOC' : basename(options.toc.file);
  // A TOC listing none of the articles is likely another folder's (Dynamics-365-Operations.ar-sa's
  // commerce/dev-itpro/toc.yml lists only articles of other folders, by ../../ paths).
  const tocListsNone =
    options.toc !== undefined &&
    files.some((file) => !isTocFile(file)) &&
    files.every((file) => isTocFile(file) || tocIndex(file) === -1);

  // A namespace is one on every page: the xrefs of all the articles say which names are namespaces
  // (xrefNamespaces), so a page linking only types (dotnet/docs' diagnosticsource-diagnosticlistener.md, five
  // "System.Diagnostics.DiagnosticSource") names them as Learn does. Read as planFile reads them: confined.
  plan.links.xrefNamespaces = xrefNamespaces(
    ordered.flatMap((file) => {
      if (isTocFile(file) || !confine(relative(root, file), root, root, pathAccess(access)).ok) return [];
      const text = access.read(file);
      return text === undefined || sourceProblem(text) ? [] : xrefUids(text);
    }),
  );

  for (const file of ordered) {
    if (isTocFile(file)) {
      // `*.md` takes a folder's TOC.md too: docfx's table of contents, no article (the sidebar's, when --toc).
      if (file !== options.toc?.file)
        plan.warnings.push({
          file,
          line: 1,
          message:
            'a table of contents, not an article: not imported as a page (give it with --toc for the sidebar).',
        });
      continue;
    }
    // `folder/*.md` takes the folder's SOURCE.md too: the import reads it for where the files come from
    // (upstreamOf), and it is none of the folder's articles (recordImport) unless the TOC lists it.
    if (
      basename(file) === SOURCE_RECORD &&
      resolve(dirname(file)) === resolve(root) &&
      !(listing && tocLists(listing, file))
    )
      continue;
    plan.articles.push(file);
    const before = {
      warnings: plan.warnings.length,
      copies: plan.copies.length,
      pages: plan.pages.length,
      dropped: plan.dropped.length,
    };
    try {
      planFile(file);
    } catch (error) {
      // One file's problem never stops the import: that file is refused, with what to do.
      plan.warnings.length = before.warnings;
      plan.copies.length = before.copies;
      plan.pages.length = before.pages;
      plan.dropped.length = before.dropped;
      plan.refused.push(
        error instanceof SourceError
          ? {
              file: error.file,
              line: error.line,
              message: error.problem,
              ...(error instanceof PageUrlError ? { pageUrl: true as const } : {}),
            }
          : { file, line: 1, message: (error as Error).message },
      );
    }
  }

  /** Why the sidebar cannot give this import a top-level group named `top`: pages of another Learn folder have it. */
  function takenGroup(top: string): { by: string; so: string } | undefined {
    if (options.takenGroups?.has(top))
      return {
        by: 'a group of pages from another Learn folder too',
        so: 'each stays one run of pages in the sidebar',
      };
    if (options.takenLabels?.has(labelAsRead(top)))
      return {
        by: "the sidebar label of a page left at the sidebar's top level",
        so: 'the two are told apart',
      };
    return undefined;
  }

  /**
   * A page's TOC group (`group`, undefined for its top level) as this import names it: inside the qualifier,
   * its top-level group's name taken or not, when the import is qualifying (groups nest: "Guides › Setup"
   * would join the other folder's "Guides"; memdocs' "Overview" group sat under the site's "Overview" page,
   * two "Overview"s one above the other), said once for each taken name.
   */
  function ownGroup(group: string | undefined, file: string): string | undefined {
    if (!qualifying) return group || undefined;
    const [top] = groupPath(group);
    const qualified = group ? `${qualifier}${GROUP_SEPARATOR}${group}` : qualifier;
    const taken = top === undefined ? undefined : takenGroup(top);
    if (taken !== undefined && !plan.pages.some((page) => page.frontMatter.group === qualified))
      plan.warnings.push({
        file,
        line: 1,
        message: `its TOC group "${top}" is ${taken.by}: named "${qualified}" here, the folder's other pages inside "${qualifier}" too, so ${taken.so}.`,
      });
    return qualified;
  }

  /**
   * A page's sidebar label as this import gives it (`label`, its TOC name): its `title` when the page sits at
   * the sidebar's top level (no `group`) and a page left there has that label, said at once: two "Overview"
   * links side by side (the site's home and trial CH's fabric-docs overview) said nothing of which was which,
   * and the build refuses them (twinLabels, navigation.ts).
   */
  function ownLabel(label: string, title: string, group: string | undefined, file: string): string {
    const taken = (name: string) => options.takenLabels?.has(labelAsRead(name)) === true;
    if (group || !taken(label)) return label;
    // A title taken too is numbered, and said, with the import's own twins (labelTwinsByTitle).
    if (taken(title)) return title;
    plan.warnings.push({
      file,
      line: 1,
      message: `its TOC name "${label}" is the sidebar label of a page left at the sidebar's top level: labelled by its title here, "${title}", so the two are told apart.`,
    });
    return title;
  }

  /** Which folder the source folder is and why, for a file refused as outside it, and what to do. */
  function outsideAdvice(file: string): string {
    if (options.sourceRoot !== undefined || listing === undefined)
      return `The source folder is ${root}. Import the files of the folder itself.`;
    const toc = basename(options.toc?.file ?? 'TOC.yml');
    const which = `The source folder is ${root}, the folder holding the TOC ${toc} and the imported articles it lists`;
    if (options.readRoot !== undefined && !isInside(options.readRoot, file))
      return `${which} inside --read-root ${options.readRoot}, which does not hold this file: give a --read-root above it, or leave it out.`;
    if (!tocLists(listing, file))
      return `${which}, and ${toc} does not list it: list it in ${toc}, or import it with the TOC of its own folder.`;
    return `${which}.`;
  }

  /** Plans the pages of one file; a SourceError when the file cannot be imported. */
  function planFile(file: string): void {
    // The file's name first: confine reads its path as a link's, %-escapes and all, so `%2e%2e.md` was refused
    // as outside the source folder and `a%41.md` as missing, not for the name a page URL cannot have.
    const below = relative(root, file);
    const named = leavesFolder(below) ? undefined : pageSlugOf(file, root);
    // An article reached through a symlinked folder that leads out of the source folder is not read.
    const inside = confine(relative(root, file), root, root, pathAccess(access));
    if (!inside.ok) throw new SourceError(file, 1, `${inside.problem} ${outsideAdvice(file)}`);
    const read = access.read(file);
    if (read === undefined) throw new SourceError(file, 1, 'no such file.');
    // A page the build refuses for its size or nesting is said so before any parse: a list nested 3,000
    // deep overflowed GFM's parser, and the file was refused with only "Maximum call stack size exceeded".
    const unbuildable = sourceProblem(read);
    if (unbuildable) throw new SourceError(file, unbuildable.line, unbuildable.message);
    const fileSlug = named ?? pageSlugOf(file, root);
    // The content of an Architecture page (x-content.md beside x.yml) is included by it, not a page.
    const readInside = (path: string) =>
      confine(relative(root, path), root, root, pathAccess(access)).ok ? access.read(path) : undefined;
    const contentOf = architecturePageOf(file, readInside);
    if (contentOf !== undefined) {
      plan.warnings.push({
        file,
        line: 1,
        message: `the content of the Architecture page ${relative(dirname(file), contentOf)}, which includes it: Learn publishes no page of its own for it, nor does the import. Import ${relative(dirname(file), contentOf)} for its page.`,
      });
      return;
    }
    // Learn's structured FAQ and Architecture pages are rendered as the article they stand for; its other
    // structured pages (### YamlMime:HowTo, Landing, Hub…) are laid out by Learn's templates, which this
    // site has not.
    const yamlKind = yamlMimeOf(read);
    // A landing or hub page (most folders' index.yml) is cards of links to the folder's articles, which the
    // sidebar lists: no page here, as a redirect is none, and the import goes on without a refusal.
    if (yamlKind !== undefined && NAVIGATION_PAGES.has(yamlKind.toLowerCase())) {
      plan.warnings.push({
        file,
        line: 1,
        message: `a Learn ${yamlKind.toLowerCase()} page (YamlMime:${yamlKind}): cards of links to the folder's articles (a module's page: its cmdlets or units), laid out by Learn's template, which this site has not; the sidebar lists the articles instead. No page is made of it; links to it go to its page on Learn.`,
      });
      return;
    }
    if (
      yamlKind !== undefined &&
      ![YAML_FAQ, YAML_ARCHITECTURE, YAML_POWERSHELL_CMDLET, YAML_MODULE_UNIT].includes(yamlKind)
    )
      throw new SourceError(
        file,
        1,
        `a structured Learn page (YamlMime:${yamlKind}): only FAQ pages (YamlMime:FAQ), Architecture pages (YamlMime:Architecture), PowerShell cmdlet pages (YamlMime:PowerShellCmdlet1) and training module units (YamlMime:ModuleUnit) are imported. Leave it out, or link its page on Learn.`,
      );
    // The YAML's warnings (an unknown tag) are said with the file and line, not printed by Node.
    const yamlWarning = ({ line, message }: YamlWarning) => plan.warnings.push({ file, line, message });
    const text = yamlPageMarkdown(read, file, yamlWarning);
    // The Markdown of a YAML page may be far larger than its file: an alias (`*name`) repeats its anchor's
    // text, so 20 of a 100 KB summary (a file of 101 KB) made a page of 4 MB, 17 s of import.
    const unbuildableMade = text === read ? undefined : sourceProblem(text);
    if (unbuildableMade)
      throw new SourceError(
        file,
        unbuildableMade.line,
        `${unbuildableMade.message} (That is the Markdown made from this YAML page, where each alias, *name, repeats its anchor's text: write the text once.)`,
      );
    const { data, body, warnings } = splitFrontMatter(text, file);
    // A docfx redirect (front matter `redirect_url`, as architecture-center's best-practices/index.md is
    // only that) is no article: Learn publishes no page at its URL but sends it on to the URL named.
    const redirect = data['redirect_url'];
    if (typeof redirect === 'string' && redirect.trim() !== '') {
      plan.warnings.push({
        file,
        line: lineOfKey(text, 'redirect_url'),
        message: `a redirect to ${redirect.trim()} (redirect_url): Learn shows no page of its own for it, nor does the import. Links to it go to its URL on Learn, which Learn sends on.`,
      });
      return;
    }
    // A YAML page's front matter is made from its metadata, whose warnings are said above.
    if (text === read) for (const warning of warnings) plan.warnings.push({ file, ...warning });
    const bodyStart = text.slice(0, text.length - body.length).split('\n').length;
    // Link syntax the reader sees as text, on Learn too: said with its line, for the source to be fixed.
    if (text === read)
      for (const { line, message } of unparsedLinkNotes(body))
        plan.warnings.push({ file, line: bodyStart + line - 1, message });
    const noted = plan.warnings.length;
    const docfx = docfxFolder(file, readRoot, access);
    const tildeRoot = docfx ?? options.readRoot;
    // The docfx project the article is in: its folder, its docfx.json (read once an import).
    const docfxRoots = { docset: docfx ?? readRoot, docfxJson: docfx && join(docfx, 'docfx.json'), readRoot };
    const docfxFiles = { ...pathAccess(access), read: (path: string) => access.read(path) };
    // The page's Learn path (--learn-path and its path below the source folder), when the import knows it.
    const learnPath =
      options.learnFolder === undefined
        ? undefined
        : [options.learnFolder, relativePath(context.sourceRoot, file)]
            .filter((part) => part !== '')
            .join('/');
    // An image path from Learn's root is a file of the docset where docfx publishes one there.
    const learnRootFile = (rootPath: string): string | undefined => {
      if (docfx === undefined || learnPath === undefined) return undefined;
      const { metadata } = docfxMetadata(docfxRoots, docfxFiles, pivotCache);
      const docset = articleDocset(metadata, relativePath(docfx, file), learnPath);
      if (docset === undefined) return undefined;
      for (const candidate of learnRootSources(metadata, docset, rootPath)) {
        const found = confine(escapedPath(candidate), docfx, readRoot, docfxFiles);
        if (found.ok) return found.path;
      }
      return undefined;
    };
    // Its includes held to what the build renders of one page: its text's room and parse cost.
    const pageContext = {
      ...context,
      repositoryRoot: tildeRoot,
      includeBudget: pageIncludeBudget(body),
      learnRootFile,
    };
    // An API reference's sections named and its requirements tabled, as Learn shows them.
    const reference = referenceSections(prepare(body, file, bodyStart, pageContext, [file]), data);
    for (const { line, message } of reference.notes)
      plan.warnings.push({ file, line: bodyStart + line - 1, message });
    // A moniker range naming none of the versions docfx publishes the article in is in none of them on Learn.
    const published =
      docfx === undefined
        ? undefined
        : articleMonikers(
            docfxMetadata(docfxRoots, docfxFiles, pivotCache).metadata,
            relativePath(docfx, file),
            docfxRoots.docset,
            file,
            data['monikerRange'],
          );
    const unpublished =
      published === undefined
        ? { markdown: reference.markdown, left: [] }
        : withoutUnpublishedMonikers(reference.markdown, published);
    plan.warnings.push(...unpublishedRangeNotes(text, file, bodyStart, unpublished.left, published));
    const prepared = unpublished.markdown;
    // A title or description may hold an include (`title: Set up [!INCLUDE[prod_short](includes/prod_short.md)]`,
    // as Business Central's do): the text the reader sees, as of the H1.
    const shownText = (key: string) => {
      const value = data[key];
      if (typeof value !== 'string' || findIncludes(value).length === 0) return {};
      return { [key]: headingText(prepare(value, file, lineOfKey(text, key), pageContext, [file])) };
    };
    const shown = { ...shownText('title'), ...shownText('description') };
    for (const note of plan.warnings.slice(noted)) if (note.file !== file) note.page = file;
    // Named as the warnings name the files they are about, from where the import runs: not from the article's
    // folder, which a warning of many files does not show (trial CG: VBA-Docs' api/ pages read "../docfx.json"
    // while the files it named were "../src/VBA-Docs/api/…": from the site, a docfx.json that is not there).
    const docfxShown = relative(process.cwd(), docfxRoots.docfxJson ?? '');
    // Zones are labelled by their pivots' titles, from the groups of the docfx project.
    const zones = articlePivotTitles(
      { file, data, source: text, body, bodyStart, prepared, learnPath },
      docfxRoots,
      docfxFiles,
      pivotCache,
    );
    plan.warnings.push(...zones.notes);
    pivotTitlesOf.set(file, zones);
    // The author and date docfx.json gives the article (globalMetadata, or a fileMetadata glob), as Learn
    // applies them, where the article names none.
    const { metadata } = docfxMetadata(docfxRoots, docfxFiles, pivotCache);
    const inherited = Object.fromEntries(
      DOCFX_INHERITED_KEYS.flatMap((key) => {
        const value = docfxValue(metadata, file, docfxRoots.docset, key);
        return value === undefined ? [] : [[key, value]];
      }),
    );
    // The description docfx.json gives every article: the article's first sentence says more (mapLearnFrontMatter).
    const docfxDescription = docfxValue(metadata, file, docfxRoots.docset, 'description');
    // The file's git date, asked only when its front matter gives no date (a git process for each article
    // read from a clone): Learn's articles have their ms.date, so an import of a folder runs git for none.
    let lastCommit: { date: string | undefined } | undefined;
    const gitDate = () => (lastCommit ??= { date: access.dateOf?.(file) }).date;
    const unsplit = withoutH1(prepared);
    const h1Title = titleOf(unsplit.h1);
    const synopsis = platyPsSynopsis(data, unsplit.body);
    const sentence = synopsis ?? firstSentence(unsplit.body);
    const learn = mapLearnFrontMatter(
      { ...inherited, ...data, ...shown },
      file,
      {
        author: options.author,
        fallbackAuthor: options.fallbackAuthor ?? DEFAULT_AUTHOR,
        get date() {
          return gitDate() ?? today;
        },
        get dateIsToday() {
          return gitDate() === undefined;
        },
        title: h1Title ?? fileSlug,
        titleFrom: h1Title === undefined ? 'the file name' : 'the H1',
        description: sentence ?? h1Title ?? fileSlug,
        descriptionIsSentence: sentence !== undefined,
        descriptionFrom:
          synopsis !== undefined
            ? 'the synopsis'
            : sentence !== undefined
              ? 'the first sentence'
              : h1Title === undefined
                ? 'the file name'
                : 'the H1',
        docfxDescription:
          docfxDescription === undefined ? undefined : { value: docfxDescription, from: docfxShown },
        inheritedFrom: Object.fromEntries(
          Object.keys(inherited)
            .filter((key) => !(key in data))
            .map((key) => [key, docfxShown]),
        ),
      },
      text,
    );
    for (const note of learn.notes) plan.warnings.push({ file, ...note });
    // Learn shows `appliesto` under the title: the page's first line, its links read as the body's are.
    const appliesLine = lineOfKey(text, 'appliesto');
    const applies = appliesToLine(data['appliesto']);
    if (applies.leftOut.length > 0)
      plan.warnings.push({
        file,
        line: appliesLine,
        message: `appliesto holds ${applies.leftOut.join(', ')}, which is not text: left out of the page's "Applies to" line. Write each entry as text.`,
      });
    const appliesTo =
      applies.line === undefined
        ? ''
        : `${prepare(applies.line, file, appliesLine, pageContext, [file])}\n\n`;
    // A generated API reference's article is on Learn by its API id (its page's learnPath), not by its path.
    const apiName = apiIdLearnName(data['-api-id']);
    const dropped = apiName === undefined ? learn.dropped : learn.dropped.filter((key) => key !== '-api-id');
    const moduleFolder = platyPsModuleFolder(data, file, root);
    if (dropped.length > 0) plan.dropped.push({ file, keys: dropped });
    const base = { updated: dayDate(learn.updated), author: learn.author };
    if (options.toc && tocIndex(file) === -1)
      plan.warnings.push({
        file,
        line: 1,
        message: `not in ${tocName}: placed after the pages it lists.${tocListsNone ? ` It lists none of the articles given: check that it is their folder's TOC.` : ''}`,
        sameInEachFile: true,
      });

    if (options.split === 'h2') {
      const article = splitArticle(prepared);
      const sections = article.sections.map((section) => ({
        ...section,
        slug: headingSlug(section.heading),
      }));
      const anchorPages = new Map<string, { slug: string; isTitle: boolean }>();
      for (const section of sections) {
        anchorPages.set(section.slug, { slug: section.slug, isTitle: true });
        for (const anchor of headingSlugs(section.body))
          anchorPages.set(anchor, { slug: section.slug, isTitle: false });
      }
      const selfFile = posix.basename(file.split(sep).join('/'));
      plan.pages.push({
        slug: 'index',
        source: file,
        frontMatter: {
          title: titleOf(article.h1) ?? learn.title,
          sidebarLabel: 'Overview',
          description: learn.description,
          order: first,
          ...base,
        },
        body:
          toMdxSafe(
            relinkAnchors(
              withBookmarksOf(article.h1, appliesTo + article.intro),
              'index',
              selfFile,
              anchorPages,
            ),
          ) + '\n\n## In this article\n\n<SectionList />',
      });
      sections.forEach((section, index) => {
        plan.pages.push({
          slug: section.slug,
          source: file,
          frontMatter: {
            title: titleOf(section.heading) ?? section.heading,
            description: sectionDescription(section.body, section.heading, learn.description),
            order: first + index + 1,
            ...base,
          },
          body: toMdxSafe(relinkAnchors(promoteHeadings(section.body), section.slug, selfFile, anchorPages)),
        });
      });
    } else {
      const title = h1Title ?? learn.title;
      const tocEntry = (
        qualifying ? (options.toc?.entriesInside ?? options.toc?.entries) : options.toc?.entries
      )?.[tocIndex(file)];
      const group = ownGroup(tocEntry?.group, file);
      // The TOC's name, else Learn's name of a generated WinRT reference (AppBar.IsOpen Property), else its title.
      const label = ownLabel(tocEntry?.name || apiLabel(data) || learn.title, title, group, file);
      plan.pages.push({
        slug: fileSlug,
        source: file,
        frontMatter: {
          title,
          ...(label !== title ? { sidebarLabel: label } : {}),
          ...(group ? { group } : {}),
          description: learn.description,
          order: first + plan.pages.length,
          ...base,
        },
        body: toMdxSafe(appliesTo + unsplit.body),
        ...(apiName === undefined ? {} : { apiName }),
        ...(moduleFolder === undefined ? {} : { moduleFolder }),
      });
    }
  }

  // Fields made from an H1, an include or a TOC's names are held to the schema's limits and rules as the
  // front matter's are: a field the build would refuse is said here; twins are told apart once fitted.
  for (const page of plan.pages) {
    const fitted = fitPageFields(page.frontMatter, () => 1);
    page.frontMatter = fitted.frontMatter;
    for (const note of fitted.notes) plan.warnings.push({ file: page.source, ...note });
    // A TOC name of look-alike letters gives way to the page's title, which the build would refuse it for.
    const { sidebarLabel, ...labelledByTitle } = page.frontMatter;
    const lookalike = sidebarLabel === undefined ? undefined : lookalikeNameProblem(sidebarLabel);
    if (lookalike !== undefined && lookalikeNameProblem(page.frontMatter.title) === undefined) {
      page.frontMatter = labelledByTitle;
      plan.warnings.push({
        file: page.source,
        line: 1,
        message: `its sidebar label (its TOC name) ${lookalike} The build refuses it: labelled by its title here, "${page.frontMatter.title}".`,
      });
    }
  }
  labelTwinsByTitle(plan, options.takenLabels);
  // A name posing as another page's in one letter of another script, as the build's sidebar reads them.
  const spoofed = spoofedName(
    plan.pages.map((page, order) => ({
      slug: page.slug,
      label: page.frontMatter.sidebarLabel ?? page.frontMatter.title,
      title: page.frontMatter.title,
      group: page.frontMatter.group,
      order,
      file: page.source,
    })),
  );
  const spoofing = plan.pages.find((page) => page.slug === spoofed?.slug);
  if (spoofed !== undefined && spoofing !== undefined)
    plan.warnings.push({
      file: spoofing.source,
      line: 1,
      message: `${spoofed.message} The build will fail on it.`,
    });
  for (const page of plan.pages) {
    for (const [field, value] of Object.entries(page.frontMatter)) {
      const problem =
        typeof value !== 'string'
          ? undefined
          : (shownTextProblem(value) ?? (NAME_FIELDS.has(field) ? lookalikeNameProblem(value) : undefined));
      if (problem)
        plan.warnings.push({
          file: page.source,
          line: 1,
          // The value itself is not echoed: its control would reorder the terminal's line too.
          message: `the page's ${field} (from its front matter, H1, an include or the TOC) ${problem} The build will fail on it.`,
        });
    }
  }

  // A file whose page could not be published is refused whole (a split article with it).
  const seen = new Map<string, string>();
  const urlProblems = pageUrlProblemsOf(plan.pages, plan.copies, options.projectRoot);
  for (const page of plan.pages) {
    // Keyed by the page's URL, as the build makes it from the file: setup.md and setup/index.md are both /setup/.
    const url = slugOfContentPath(pageFile(page));
    const other = seen.get(url);
    const nameless = page.slug === '' || page.slug.endsWith('/');
    const problem = nameless
      ? `a page would have no name (content/${pageFile(page)}): its heading "${page.frontMatter.title}" has no letters or digits to name it. Add a word to the heading.`
      : urlProblems.has(page)
        ? urlProblems.get(page)
        : other !== undefined
          ? `two imported pages would both be the page /${url}/, from ${relative(root, other) || other} and from ${relative(root, page.source) || page.source} (a name's parentheses are a "-" in its URL, its case is not kept, and a folder's index.md is the folder's page). Rename one file or heading.`
          : undefined;
    if (problem === undefined) seen.set(url, page.source);
    else if (!plan.refused.some((note) => note.file === page.source))
      plan.refused.push({
        file: page.source,
        line: 1,
        message: problem,
        // The URL of the file's own page, not of a section of it (--split h2) nor one with no name.
        ...(!nameless && !options.split ? { pageUrl: true as const } : {}),
      });
  }
  const refused = new Set(plan.refused.map((note) => note.file));
  plan.pages = plan.pages.filter((page) => !refused.has(page.source));
  const pivotTitles = sitePivotTitles(
    new Map([...pivotTitlesOf].filter(([file]) => !refused.has(file))),
    (file) => relative(process.cwd(), file),
  );
  plan.pivotTitles = Object.fromEntries(pivotTitles.titles);
  plan.warnings.push(...pivotTitles.notes);
  plan.warnings = plan.warnings.filter((warning) => !refused.has(warning.file));
  plan.dropped = plan.dropped.filter((note) => !refused.has(note.file));
  plan.warnings.push(...unlistedNotes([...new Set(plan.pages.map((page) => page.source))], readRoot, access));
  plan.warnings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  plan.refused.sort((a, b) => a.file.localeCompare(b.file));
  return plan;
}
