/**
 * What changed in a page's text between two versions of its file, in a sentence for the changelog:
 * the title, the description and each section (the text under a heading) compared as a reader sees them;
 * other front matter (order, dates, provenance) is not the page's text, and neither is whitespace that
 * renders the same.
 */
import { posix } from 'node:path';
import type { Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { tabOf } from '../../markdown/remark-learn-tabs.ts';
import { FRONT_MATTER, VARIANT_START } from '../learn/syntax.ts';
import { renderPage, type PlannedPage } from './convert.ts';
import { splitFrontMatter } from './front-matter.ts';
import { parseMarkdown } from '../learn/parse-markdown.ts';

interface Section {
  /** The heading's visible text; undefined for the introduction, the text before the first heading. */
  heading: string | undefined;
  /** The section's content as a reader sees it (see `reading`), to compare. */
  text: string;
}

/** Runs of whitespace as one space: text that renders the same compares equal. */
const collapse = (text: string) => text.replace(/\s+/g, ' ');

/** The visible text of a heading: no Markdown or HTML syntax (`## <a name="x"></a>**Later**` → `Later`). */
const visibleText = (node: Nodes) => collapse(toString(node, { includeHtml: false })).trim();

/**
 * `nodes` as a reader sees them, as a string to compare: the syntax tree without source positions, text
 * and HTML with whitespace collapsed, code without spaces at line ends (a reflowed paragraph, a blank
 * line more or trailing spaces are no change; a word, a link target or a code line's indent is).
 */
function reading(nodes: readonly RootContent[]): string {
  return JSON.stringify(nodes, function (this: { type?: unknown }, key: string, value: unknown) {
    if (key === 'position') return undefined;
    if (key !== 'value' || typeof value !== 'string') return value;
    return this.type === 'code' ? value.replace(/[ \t\r]+$/gm, '') : collapse(value);
  });
}

/** Whether `node` is a paragraph that is only a variant's opening line. */
const isVariantStart = (node: RootContent | undefined) =>
  node?.type === 'paragraph' && VARIANT_START.test(toString(node).trim());

/**
 * The body's sections in order: the introduction (no heading) then one per heading of the page. A Learn
 * tab label (`# [Bash](#tab/bash)`) is no section: it and its tab belong to the section around them.
 */
function sections(body: string): Section[] {
  const found: { heading: string | undefined; nodes: RootContent[] }[] = [{ heading: undefined, nodes: [] }];
  for (const node of parseMarkdown(body).children) {
    const current = found.at(-1)?.nodes ?? [];
    if (node.type !== 'heading' || tabOf(node) !== undefined) {
      current.push(node);
      continue;
    }
    // A variant's opening line (`:::zone pivot="a"`, `::: moniker range="v2"`) just above the heading
    // opens this section, not the one before: adding a variant changes no other section.
    let opening = 0;
    while (isVariantStart(current.at(-1 - opening))) opening++;
    found.push({ heading: visibleText(node), nodes: [...current.splice(current.length - opening), node] });
  }
  return found.map(({ heading, nodes }) => ({ heading, text: reading(nodes) }));
}

/** What became of the sections: changed, new and removed, each in page order. */
function compareSections(
  before: readonly Section[],
  after: readonly Section[],
): { changed: Section[]; added: Section[]; removed: Section[] } {
  // A heading can repeat (in each tab, zone or moniker variant): sections of one heading are matched
  // same text first, then the rest in order, so an unchanged page has no change.
  const unmatched = new Set(before);
  const changed: Section[] = [];
  const added: Section[] = [];
  const rest = after.filter((section) => {
    const same = before.find(
      (was) => unmatched.has(was) && was.heading === section.heading && was.text === section.text,
    );
    if (same) unmatched.delete(same);
    return same === undefined;
  });
  for (const section of rest) {
    const was = before.find((other) => unmatched.has(other) && other.heading === section.heading);
    if (was === undefined) added.push(section);
    else {
      unmatched.delete(was);
      changed.push(section);
    }
  }
  return { changed, added, removed: [...unmatched] };
}

/** `a`, `a and b`, `a, b and c`. */
function list(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** A page file's front matter and body; a file whose front matter does not parse is its body alone. */
function readPage(text: string, file: string): { data: Record<string, unknown>; body: string } {
  try {
    return splitFrontMatter(text, file);
  } catch {
    return { data: {}, body: text.replace(FRONT_MATTER, '') };
  }
}

const field = (data: Record<string, unknown>, key: string) =>
  typeof data[key] === 'string' ? collapse(data[key]).trim() : undefined;

/** Sections named in a summary; past this, the others are counted ("and 5 other sections"). */
const NAMED_SECTIONS = 3;

/**
 * One sentence saying what changed in the page's text from `before` to `after` (page files with front
 * matter, `file` named in errors), in plain text, or undefined when a reader would see the same text.
 */
export function describeChange(before: string, after: string, file: string): string | undefined {
  const old = readPage(before, file);
  const now = readPage(after, file);
  const parts: string[] = [];
  const title = field(now.data, 'title');
  if (field(old.data, 'title') !== title) parts.push(`the title (now "${title ?? ''}")`);
  if (field(old.data, 'description') !== field(now.data, 'description')) parts.push('the description');
  const { changed, added, removed } = compareSections(sections(old.body), sections(now.body));
  const name = ({ heading }: Section) =>
    heading === undefined
      ? 'the introduction'
      : heading === ''
        ? 'a section with no heading text'
        : `the section "${heading}"`;
  // Sections of one heading read as one: "the section "Install"" once, however many of them changed.
  const named = [
    ...new Set([
      ...changed.map(name),
      ...added.map((section) => `${name(section)} (new)`),
      ...removed.map((section) => `${name(section)} (removed)`),
    ]),
  ];
  const others = named.length - NAMED_SECTIONS;
  if (others > 1) parts.push(...named.slice(0, NAMED_SECTIONS), `${others} other sections`);
  else parts.push(...named);
  return parts.length === 0 ? undefined : `Changed ${list(parts)}.`;
}

/**
 * The front-matter fields the import derives rather than reads from the article's text: its place in the
 * sidebar among the folder's pages (`order`, which an article added before it moves; the TOC's `group` and
 * `sidebarLabel`, which an article imported at a higher level of the TOC moves: the levels above every page
 * imported are the site itself) and where it came from (`lang` of the folder's locale, and its provenance).
 */
const DERIVED_FIELDS = [
  'order',
  'sidebarLabel',
  'group',
  'lang',
  'source',
  'repository',
  'branch',
  'learnPath',
] as const;

/**
 * The derived fields (DERIVED_FIELDS) in which the page file `before` differs from `page`, the page the
 * import makes of it, each as `order 7 → 8`, when nothing else differs: the import's own to update. Undefined
 * when anything else differs (a hand edit, which only --force overwrites), or the file is unreadable.
 */
export function derivedChanges(
  before: string,
  page: Pick<PlannedPage, 'frontMatter' | 'body'>,
  file: string,
): string[] | undefined {
  let data: Record<string, unknown>;
  try {
    data = splitFrontMatter(before, file).data;
  } catch {
    return undefined;
  }
  // The page as the import makes it, but for the file's derived fields: the file exactly, or a hand edit.
  const asBefore = { ...page.frontMatter } as Record<string, unknown>;
  for (const key of DERIVED_FIELDS) asBefore[key] = data[key];
  if (renderPage({ ...page, frontMatter: asBefore as PlannedPage['frontMatter'] }) !== before)
    return undefined;
  const shown = (value: unknown) => (value === undefined ? '(none)' : JSON.stringify(value));
  return DERIVED_FIELDS.filter((key) => data[key] !== page.frontMatter[key]).map(
    (key) => `${key} ${shown(data[key])} → ${shown(page.frontMatter[key])}`,
  );
}

/** Where an imported page's article is, as its page file records it. */
export interface ArticlePlace {
  /** The page's `source`: the article's path in its repository, or the Learn path taken for it. */
  source: string;
  /** The Learn folder the page is of (src/data/learn-folder.json), below its locale, and the locale. */
  learnFolder: string;
  locale: string;
  /** The page's own Learn path, when it is not its folder's and file's (a PlatyPS module page's). */
  learnPath?: string | undefined;
}

/**
 * Whether the page file recorded as `before` and the page the import makes of the file `inFolder` (its path
 * below the source folder) as `now` are of two articles of one name (two Learn folders' `1-introduction.md`),
 * which --force would put one in the place of the other. An article is its Learn address (locale, folder and
 * file, or `learnPath`) and, where known, its path in its repository: a `source` that is only the Learn
 * path taken for it (imported without --read-root, SOURCE.md or a git clone) says nothing more, so the same
 * file imported again with its place known (`powershell/module/az.accounts/Az.Accounts.md` →
 * `azps-7.5.0/Az.Accounts/Az.Accounts.md`) is the same article.
 */
export function isAnotherArticle(before: ArticlePlace, now: ArticlePlace, inFolder: string): boolean {
  if (before.source === now.source) return false;
  const learnAddress = (place: ArticlePlace) =>
    `${place.locale}/${place.learnPath ?? posix.join(place.learnFolder, inFolder)}`.toLowerCase();
  const onlyLearnPath = (place: ArticlePlace) =>
    place.source.toLowerCase() === posix.join(place.learnFolder, inFolder).toLowerCase();
  if (learnAddress(before) !== learnAddress(now)) return true;
  return !onlyLearnPath(before) && !onlyLearnPath(now);
}
