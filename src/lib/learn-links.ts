/** Link resolution the way Learn does it, so the source's links work unchanged on this site. */

import learnFolderData from '../data/learn-folder.json' with { type: 'json' };
import { pageHref, slugOfContentPath } from './navigation.ts';
import { isRelativeReference } from './url-class.ts';

/** A Learn folder pages were imported from, as src/data/learn-folder.json records it. */
export interface LearnFolder {
  /** Its path on Learn (`windows/security/hello/deploy`). */
  learnFolder: string;
  /** Its articles (paths in it, lower case, `.md`): its TOC.yml's and its files, as the import saw them. */
  articles: readonly string[];
  /** The slugs of this site's pages imported from it. */
  pages: readonly string[];
}

/**
 * src/data/learn-folder.json: the default Learn folder (`learnFolder`, `articles`), which the site's own
 * pages and every page not listed elsewhere come from, and the other folders pages were imported from.
 */
export interface LearnFolderFile {
  learnFolder: string;
  articles: readonly string[];
  otherFolders?: readonly LearnFolder[] | undefined;
}

/** The other folders of a learn-folder.json's data; an error naming the file when it is not one. */
export function otherLearnFolders(data: unknown, file: string): LearnFolder[] {
  const others = (data as { otherFolders?: unknown } | null)?.otherFolders ?? [];
  const strings = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
  if (
    !Array.isArray(others) ||
    !others.every(
      (folder: Partial<Record<keyof LearnFolder, unknown>>) =>
        typeof folder.learnFolder === 'string' && strings(folder.articles) && strings(folder.pages),
    )
  )
    throw new Error(
      `${file}: "otherFolders" must be a list of { "learnFolder", "articles", "pages" }, as npm run import writes it.`,
    );
  return others as LearnFolder[];
}

/** The other folders recorded in this project's src/data/learn-folder.json. */
export const RECORDED_FOLDERS = otherLearnFolders(learnFolderData, 'src/data/learn-folder.json');

export interface LearnLinkContext {
  /** Slugs of this site's pages (`security`, `docs/setup`…): a relative `security.md` link goes there. */
  sitePages: ReadonlySet<string>;
  /** Origin and locale Learn resolves root-relative paths against: `https://learn.microsoft.com/en-us`. */
  learnBase: string;
  /** The Learn folder of the source articles (the site's content/ root): relative links resolve inside it. */
  learnFolder: string;
  /**
   * The articles of the Learn folder (paths in it, lower case: `mdb-overview.md`, `docs/setup.md`), from
   * the import's TOC.yml and folder listing: a relative `.md` link to anything else is an error.
   */
  knownArticles?: ReadonlySet<string> | undefined;
  /** The file of the page the link is on, under content/ (`docs/setup.mdx`): relative links resolve from its folder. Default: top level. */
  pageFile?: string | undefined;
  /**
   * The folders other than `learnFolder` that pages were imported from: a page of one resolves its
   * relative links there, against its articles and the site's pages from it. Default: those recorded in
   * src/data/learn-folder.json.
   */
  otherFolders?: readonly LearnFolder[] | undefined;
}

/** The folders' pages and articles, indexed once per list of folders (links are resolved by the thousand). */
const indexes = new WeakMap<
  readonly LearnFolder[],
  { folderOf: Map<string, LearnFolder>; articles: Map<LearnFolder, ReadonlySet<string>> }
>();

function indexed(folders: readonly LearnFolder[]) {
  let index = indexes.get(folders);
  if (!index) {
    index = {
      folderOf: new Map(folders.flatMap((folder) => folder.pages.map((page) => [page, folder] as const))),
      articles: new Map(folders.map((folder) => [folder, new Set(folder.articles)])),
    };
    indexes.set(folders, index);
  }
  return index;
}

/** The extension of a Learn article (`.md`, a YAML page's `.yml`) or a site page (`.mdx`): not in its URL. */
const ARTICLE = /\.(?:mdx?|yml)$/i;

/** Where Learn publishes the .NET API reference that `xref:` links point into. */
const DOTNET_API = 'dotnet/api/';

/**
 * An `xref:` link as Learn resolves it: the UID's API page under /dotnet/api/, lower case; Learn's
 * `?displayProperty=…` only changes the text shown and `*` (all overloads) is the member's page. A
 * type's generic arity is in its URL (`List`1` → `list-1`), a method's is not (``Empty``1`` is
 * `array.empty`, one page for the name's overloads), and a constructor (`#ctor`) is `-ctor`.
 */
export function resolveXref(href: string, learnBase: string): string {
  const [uid = '', query = ''] = href.slice('xref:'.length).split('?');
  const hash = query.includes('#')
    ? `#${query.split('#')[1] ?? ''}`
    : uid.includes('#')
      ? `#${uid.split('#')[1] ?? ''}`
      : '';
  const name = decodeURIComponent(uid.split('#')[0] ?? '')
    .replace(/\*$/, '')
    .replace(/\(.*$/, '')
    .replace(/``\d+$/, '')
    .replace(/`+\d*/g, (ticks) => `-${ticks.replace(/`/g, '')}`)
    .replace(/\.#ctor$/i, '.-ctor')
    .toLowerCase();
  if (!/^[\w.-]+$/.test(name))
    throw new Error(`The link "${href}" is not an xref Learn can resolve: write xref:Namespace.Type.Member.`);
  return `${learnBase.replace(/\/+$/, '')}/${DOTNET_API}${name}${hash}`;
}

/**
 * Where a link of a Learn article points on this site: absolute URLs and `#anchors` stay as they are,
 * `xref:` goes to the .NET API page on Learn, root-relative paths go to Learn, and relative `.md` (or
 * `.yml`) links resolve from the page's folder as on Learn: to this site's page when there is one at that
 * path, otherwise to the Learn article there, without its extension. Query and anchor are kept. docfx's
 * `~/path` starts at the root of the page's repository, which for the site is content/ (the import writes
 * an imported page's `~/` links relative to the page, from its place in its own repository).
 */
export function resolveLearnLink(href: string, context: LearnLinkContext): string {
  if (/^xref:/i.test(href)) return resolveXref(href, context.learnBase);
  // Only a query or an anchor (`?tabs=rhel#rhel`, Learn's link to a tab): this page, as written.
  if (href === '' || /^[?#]/.test(href) || !isRelativeReference(href)) return href;

  const suffixAt = href.search(/[?#]/);
  const path = suffixAt === -1 ? href : href.slice(0, suffixAt);
  const suffix = suffixAt === -1 ? '' : href.slice(suffixAt);

  // A page resolves its links in the folder it came from, as Learn does: to that folder's pages here.
  const folders = indexed(context.otherFolders ?? RECORDED_FOLDERS);
  const own =
    context.pageFile === undefined ? undefined : folders.folderOf.get(slugOfContentPath(context.pageFile));
  const learnFolder = own?.learnFolder ?? context.learnFolder;
  const known = own ? folders.articles.get(own) : context.knownArticles;
  const isOwnPage = (slug: string) => context.sitePages.has(slug) && folders.folderOf.get(slug) === own;
  const base = `${context.learnBase.replace(/\/+$/, '')}/`;
  const folder = new URL(`${learnFolder.replace(/^\/+|\/+$/g, '')}/`, base);
  const pageFolder = new URL((context.pageFile ?? '').replace(/[^/]*$/, ''), folder);
  const fromRoot = path.startsWith('~/');
  const target = path.startsWith('/')
    ? new URL(path.slice(1), base)
    : fromRoot
      ? new URL(path.slice(2), folder)
      : new URL(path, pageFolder);
  if (!target.href.startsWith(base)) {
    throw new Error(`The link "${href}" climbs out of ${base}: write it as a full https:// URL.`);
  }
  if (!path.startsWith('/') && ARTICLE.test(target.pathname)) {
    const inFolder = target.href.startsWith(folder.href)
      ? decodeURIComponent(target.href.slice(folder.href.length))
      : undefined;
    // Learn publishes `faq.yml` where a `faq.md` would be, and the import records it so.
    const article = inFolder?.replace(/\.yml$/i, '.md');
    const slug = article === undefined ? undefined : slugOfContentPath(article);
    if (slug !== undefined && isOwnPage(slug)) return pageHref(slug) + suffix;
    if (known && article !== undefined && !known.has(article.toLowerCase())) {
      const nearest = nearestName(article.toLowerCase(), [
        ...known,
        ...[...context.sitePages].filter(isOwnPage).map((page) => `${page}.md`),
      ]);
      throw new Error(
        `The link "${href}" goes to ${inFolder}, which is neither a page of this site nor an article of the Learn folder ${learnFolder}/ (its TOC.yml and files).${nearest ? ` Did you mean ${relativeTo(context.pageFile ?? '', nearest)}?` : ''} Fix the link; if the article is on Learn under another name (Learn redirects it), link that one, or write its full https:// URL.${fromRoot ? ` A ~/ path starts at content/ here; the import writes an imported page's ~/ links relative to the page when it knows the repository's root: import again with --read-root <the repository's root> (or from a git clone, or with a SOURCE.md naming its Folder).` : ''}`,
      );
    }
  }
  // A folder's index article is the folder's own URL on Learn (`…/kb/`, not `…/kb/index`).
  return target.href.replace(ARTICLE, '').replace(/\/index$/i, '/') + suffix;
}

/**
 * The Learn URL of the article the page `slug` was imported from: the page's path below the Learn folder
 * it came from (one of `folders`, else `defaultFolder`), as the import places it (`index` is the folder).
 */
export function learnArticleUrl(
  slug: string,
  learnBase: string,
  defaultFolder: string,
  folders: readonly LearnFolder[] = RECORDED_FOLDERS,
): string {
  const folder = indexed(folders).folderOf.get(slug)?.learnFolder ?? defaultFolder;
  const base = new URL(`${folder.replace(/^\/+|\/+$/g, '')}/`, `${learnBase.replace(/\/+$/, '')}/`);
  return new URL(slug === 'index' ? '' : slug, base).href;
}

/** `target` (a path in the folder) written relative to the folder of `from` (a path in the folder). */
function relativeTo(from: string, target: string): string {
  const fromParts = from.split('/').slice(0, -1);
  const targetParts = target.split('/');
  let same = 0;
  while (same < fromParts.length && fromParts[same] === targetParts[same]) same++;
  return [...fromParts.slice(same).map(() => '..'), ...targetParts.slice(same)].join('/');
}

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The candidate nearest to `name` by edit distance, when it is near enough to be a typo (a third of its length). */
export function nearestName(name: string, candidates: Iterable<string>): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(name.length / 3)) ? best.name : undefined;
}
