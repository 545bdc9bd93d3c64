/** Link resolution the way Learn does it, so the source's links work unchanged on this site. */

import {
  DEFAULT_LOCALE,
  LEARN_FOLDER_FORM,
  LEARN_PAGE_PATH,
  LEARN_ORIGIN,
  learnLocale,
  RECORDED_FOLDERS,
  type LearnFolder,
} from './learn-folders.ts';
import { pageHref, slugOfContentPath } from './navigation.ts';
import { classifyUrl, isRelativeReference, pathAndSuffix } from './url-class.ts';
import { editDistance } from '../search/vocabulary.ts';
import { LEARN_ARTICLES } from '../consts.ts';

// src/data/learn-folder.json's reading, which src/lib/learn-folders.ts holds apart (src/consts.ts takes its
// Learn constants from there), as the import and the pipeline have taken it from here.
export {
  DEFAULT_LOCALE,
  learnFolderProblem,
  learnLocale,
  otherLearnFolders,
  RECORDED_FOLDERS,
  RECORDED_PIVOT_TITLES,
  recordedLocale,
  splitLearnPath,
  type LearnFolder,
  type LearnFolderFile,
} from './learn-folders.ts';

/** A Learn locale as a page's language, BCP 47 as Learn's `<html lang>` has it: `ja-jp` is `ja-JP`. */
export function localeLanguage(locale: string): string {
  return Intl.getCanonicalLocales(locale)[0] ?? locale;
}

/**
 * `path` resolved against `base`, when on Learn's origin; else an error naming `what` made it (`the Learn
 * folder "x"`). src/data/learn-folder.json is checked as it is read; this holds whatever a caller passes.
 */
function onLearn(path: string, base: string | URL, what: string): URL {
  const url = new URL(path, base);
  if (url.origin !== LEARN_ORIGIN)
    throw new Error(
      `${what} makes the URL ${url.href}, which is not on Learn (${LEARN_ORIGIN}/): ${LEARN_FOLDER_FORM}, as src/data/learn-folder.json records it (npm run import -- --learn-path writes it).`,
    );
  return url;
}

/** How the errors of onLearn name a Learn folder. */
const theFolder = (folder: string) => `The Learn folder ${JSON.stringify(folder)}`;

/** How the errors of onLearn name a base URL given for Learn. */
const theBase = (learnBase: string) => `The base ${JSON.stringify(learnBase)} given for Learn`;

/** `learnBase` (Learn's origin and a locale) with `locale` instead: https://learn.microsoft.com/ja-jp. */
export function localeBase(learnBase: string, locale: string): string {
  return onLearn(`/${locale}`, learnBase, theBase(learnBase)).href;
}

export interface LearnLinkContext {
  /** Slugs of this site's pages (`security`, `docs/setup`…): a relative `security.md` link goes there. */
  sitePages: ReadonlySet<string>;
  /**
   * Origin and locale Learn resolves root-relative paths against: `https://learn.microsoft.com/en-us`, the
   * default folder's locale; a page of a folder of another locale resolves against that one.
   */
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

/**
 * The path of this site's page for a Learn article (a path in its folder): the same, but for a name's
 * parentheses, which Learn's API references name pages with (VBA-Docs' `Excel.Range(object).md`, on Learn
 * /office/vba/api/excel.range(object)). A page's URL is letters, digits, `-`, `_` and `.`: a run of
 * parentheses is a `-`, or nothing at the end of the name or before a `.` (`Excel.Range-object.md`), so
 * `excel.range-object` is its page here; its Learn URL keeps the article's name (learnArticleUrl).
 */
export function sitePagePath(articlePath: string): string {
  return articlePath
    .split('/')
    .map((name) => {
      const extension = ARTICLE.exec(name)?.[0] ?? '';
      const stem = name.slice(0, name.length - extension.length);
      return `${stem.replace(/[()]+(?=\.|$)/g, '').replace(/[()]+/g, '-')}${extension}`;
    })
    .join('/');
}

/** The slug of this site's page for a Learn article (sitePagePath): `Excel.Range(object).md` is `excel.range-object`. */
export function pageSlugOfArticle(articlePath: string): string {
  return slugOfContentPath(sitePagePath(articlePath));
}

/** Where Learn publishes the .NET API reference that `xref:` links point into. */
const DOTNET_API = 'dotnet/api/';

/** Where Learn publishes PowerShell's cmdlet reference, a folder a module (PowerShell-Docs' xref map). */
const POWERSHELL_MODULES = 'powershell/module/';

/**
 * The Dataverse Web API's types, functions and actions (UIDs `Microsoft.Dynamics.CRM.<Name>`, its OData
 * namespace, in powerapps-docs and the other Dataverse docsets) and where Learn publishes their pages.
 */
const DATAVERSE_WEB_API = {
  uid: /^microsoft\.dynamics\.crm\.([\w-]+)$/,
  folder: 'power-apps/developer/data-platform/webapi/reference/',
};

/**
 * An `xref:` link as Learn resolves it: the UID's API page under /dotnet/api/, lower case; Learn's
 * `?displayProperty=…` only changes the text shown and `*` (all overloads) is the member's page. A
 * type's generic arity is in its URL (`List`1` → `list-1`), a method's is not (``Empty``1`` is
 * `array.empty`, one page for the name's overloads), and a constructor (`#ctor`) is `-ctor`. A PowerShell
 * cmdlet's UID (`Microsoft.PowerShell.Utility.Trace-Command`) is its page under /powershell/module/, a
 * Dataverse Web API type's (`Microsoft.Dynamics.CRM.EntityMetadata`) its page of that reference.
 */
export function resolveXref(href: string, learnBase: string): string {
  const [uid = '', query = ''] = href.slice('xref:'.length).split('?');
  const hash = query.includes('#')
    ? `#${query.split('#')[1] ?? ''}`
    : uid.includes('#')
      ? `#${uid.split('#')[1] ?? ''}`
      : '';
  const name = apiPageName(decodeURIComponent(uid.split('#')[0] ?? '').replace(/\*$/, ''));
  if (!/^[\w.-]+$/.test(name))
    throw new Error(
      `The link "${href}" is not an xref Learn can resolve: write xref:Namespace.Type.Member, or for an article's uid (its front matter's) link its file; the import writes that link when the article is inside --read-root.`,
    );
  const base = `${learnBase.replace(/\/+$/, '')}/`;
  // A PowerShell cmdlet (`Module.Verb-Noun`: .NET names have no hyphen) is its module's reference page.
  const cmdlet = /^([\w.]+)\.([a-z]+-[a-z]\w*)$/.exec(name);
  const webApi = DATAVERSE_WEB_API.uid.exec(name)?.[1];
  const page = cmdlet
    ? `${POWERSHELL_MODULES}${cmdlet[1] ?? ''}/${cmdlet[2] ?? ''}`
    : webApi !== undefined
      ? `${DATAVERSE_WEB_API.folder}${webApi}`
      : `${DOTNET_API}${name}`;
  return `${onLearn(page, base, theBase(learnBase)).href}${hash}`;
}

/** An API's UID as the name of its page on Learn: see resolveXref (`List`1` → `list-1`, `#ctor` → `-ctor`). */
function apiPageName(uid: string): string {
  return uid
    .replace(/\(.*$/, '')
    .replace(/``\d+$/, '')
    .replace(/`+\d*/g, (ticks) => `-${ticks.replace(/`/g, '')}`)
    .replace(/\.#ctor$/i, '.-ctor')
    .toLowerCase();
}

/**
 * The name of a generated API reference's article in its Learn folder, from its `-api-id` (winrt-api,
 * WinUI's microsoft-ui-xaml-api): Learn serves these by the API, not by the file's path, so
 * `windows.globalization.fonts/languagefontgroup_languagefontgroup_290278668.md`
 * (`M:Windows.Globalization.Fonts.LanguageFontGroup.#ctor(System.String)`) is
 * /uwp/api/windows.globalization.fonts.languagefontgroup.-ctor. Undefined for what is no API id (a kind
 * letter, a colon, a dotted name), whose page keeps its path.
 */
export function apiIdLearnName(apiId: unknown): string | undefined {
  if (typeof apiId !== 'string') return undefined;
  const uid = /^[A-Z]:([\p{L}_][\p{L}\p{N}_.`#]*(?:\(.*\))?)$/u.exec(apiId.trim())?.[1];
  const name = uid === undefined ? undefined : apiPageName(uid);
  return name !== undefined && LEARN_PAGE_PATH.test(name) ? name : undefined;
}

/**
 * The Learn path of a generated API reference's page (`uwp/api/windows.globalization.fonts.languagefont`):
 * its API name (apiIdLearnName) below its docset's Learn path, which is the imported folder's
 * (`learnFolder`, below the locale) less that folder's own path in its docset (`folderInDocset`,
 * `windows.globalization.fonts` when --learn-path named a namespace's folder), else the folder's.
 */
export function apiLearnPath(learnFolder: string, folderInDocset: string, apiName: string): string {
  const folder = learnFolder.replace(/^\/+|\/+$/g, '');
  const inDocset = folderInDocset.replace(/^\/+|\/+$/g, '').toLowerCase();
  const lower = folder.toLowerCase();
  const root =
    inDocset === ''
      ? folder
      : lower === inDocset
        ? ''
        : lower.endsWith(`/${inDocset}`)
          ? folder.slice(0, folder.length - inDocset.length - 1)
          : folder;
  return root === '' ? apiName : `${root}/${apiName}`;
}

/**
 * The Learn path of a PlatyPS module page, which Learn serves at its folder (`Az.Accounts/Az.Accounts.md`
 * at /powershell/module/az.accounts/): that folder (`moduleFolder`, in the source folder: '' for the source
 * folder itself) below the imported folder's path, in lower case as Learn's URLs; undefined when that is
 * no Learn page path.
 */
export function moduleLearnPath(learnFolder: string, moduleFolder: string): string | undefined {
  const path = [learnFolder.replace(/^\/+|\/+$/g, ''), moduleFolder]
    .filter((part) => part !== '')
    .join('/')
    .toLowerCase();
  return LEARN_PAGE_PATH.test(path) ? path : undefined;
}

/** A Learn folder as a link sees it: its path, its articles (when known) and which pages here are its. */
interface FolderView {
  learnFolder: string;
  locale: string;
  articles: ReadonlySet<string> | undefined;
  hasPage: (slug: string) => boolean;
}

/**
 * The page here of the article `name` (a path in the view's folder), if it has one: its page's slug
 * (pageSlugOfArticle) is a page of the folder, which no other of its articles is: `close-method.md` is not the
 * page /close-method/ of `Close(method).md`, nor the reverse (the import refuses the second of two such files,
 * which is then none of the folder's articles). Without the folder's articles, its page by slug.
 */
function pageOfArticle(name: string, view: FolderView): string | undefined {
  const page = pageSlugOfArticle(name);
  if (!view.hasPage(page)) return undefined;
  if (view.articles === undefined) return page;
  const own = slugOfContentPath(name);
  const renamed = renamedArticles(view.articles).get(page);
  return (renamed ?? page) === own ? page : undefined;
}

/** The folder whose Learn path holds `learnPath` (case-insensitive, as Learn), and the path inside it. */
function folderHolding(
  learnPath: string,
  views: readonly FolderView[],
): { view: FolderView; inFolder: string } | undefined {
  const lower = learnPath.toLowerCase();
  for (const view of views) {
    const folder = view.learnFolder.toLowerCase();
    if (folder === '') return { view, inFolder: learnPath };
    if (lower === folder) return { view, inFolder: '' };
    if (lower.startsWith(`${folder}/`)) return { view, inFolder: learnPath.slice(folder.length + 1) };
  }
  return undefined;
}

/**
 * The article files a path inside a folder can name, most likely first: itself when it has an article's
 * extension (a `.yml` is recorded as its `.md`), else `name.md` or the folder `name/`'s index.
 */
function articleNames(inFolder: string): string[] {
  if (ARTICLE.test(inFolder)) return [inFolder.replace(/\.yml$/i, '.md')];
  if (inFolder === '') return ['index.md'];
  if (inFolder.endsWith('/')) return [`${inFolder}index.md`, `${inFolder.slice(0, -1)}.md`];
  return [`${inFolder}.md`, `${inFolder}/index.md`];
}

/** `text` with its %-escapes read, or as it is when one is malformed (`%E0%A4%A.png`). */
export function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The Learn folders as the links of the page `context.pageFile` see them: its own, and the others longest first. */
interface FolderViews {
  own: LearnFolder | undefined;
  ownView: FolderView;
  others: FolderView[];
}

/** Each context's folder views, made at its first link: a page's links share one context (rehype-learn-links.ts). */
const viewsOf = new WeakMap<LearnLinkContext, FolderViews>();

/** What is left of each context's NEARNESS_STEPS: a page's links share it. */
const nearnesses = new WeakMap<LearnLinkContext, Nearness>();

/** The Nearness of `context`'s suggestions, made at its first. */
function nearnessOf(context: LearnLinkContext): Nearness {
  let nearness = nearnesses.get(context);
  if (!nearness) {
    nearness = new Nearness();
    nearnesses.set(context, nearness);
  }
  return nearness;
}

/** The folder views of `context` (folderViewsOf), made once a context. */
function folderViews(context: LearnLinkContext): FolderViews {
  let views = viewsOf.get(context);
  if (!views) {
    views = folderViewsOf(context);
    viewsOf.set(context, views);
  }
  return views;
}

/** Each Learn base's locale, read once: checking a locale tag (Intl) took a fifth of a page's link rewriting. */
const baseLocales = new Map<string, string>();

/** The locale of the Learn base `learnBase` (`https://learn.microsoft.com/en-us/`), DEFAULT_LOCALE when it names none. */
function baseLocale(learnBase: string): string {
  let locale = baseLocales.get(learnBase);
  if (locale === undefined) {
    locale = learnLocale(new URL(learnBase).pathname.split('/')[1] ?? '') ?? DEFAULT_LOCALE;
    baseLocales.set(learnBase, locale);
  }
  return locale;
}

function folderViewsOf(context: LearnLinkContext): FolderViews {
  // A page resolves its links in the folder it came from, as Learn does: to that folder's pages here.
  const folders = context.otherFolders ?? RECORDED_FOLDERS;
  const { folderOf, articles } = indexed(folders);
  const own = context.pageFile === undefined ? undefined : folderOf.get(slugOfContentPath(context.pageFile));
  // The default folder's locale is the base's; another folder's is its own, on the same site.
  const defaultLocale = baseLocale(context.learnBase);
  const viewOf = (folder: LearnFolder | undefined): FolderView => ({
    learnFolder: (folder?.learnFolder ?? context.learnFolder).replace(/^\/+|\/+$/g, ''),
    locale: folder ? (folder.locale ?? DEFAULT_LOCALE) : defaultLocale,
    articles: folder ? articles.get(folder) : context.knownArticles,
    hasPage: (slug) => context.sitePages.has(slug) && folderOf.get(slug) === folder,
  });
  // The longest path first, so a folder inside another is found before it.
  const others = [undefined, ...folders]
    .filter((folder) => folder !== own)
    .map(viewOf)
    .sort((a, b) => b.learnFolder.length - a.learnFolder.length);
  return { own, ownView: viewOf(own), others };
}

/** Learn's hosts: its own, and docs.microsoft.com, whose URLs Learn redirects to the same path on it. */
const LEARN_HOSTS: ReadonlySet<string> = new Set([new URL(LEARN_ORIGIN).hostname, 'docs.microsoft.com']);

/**
 * `href` on Learn's own host when it is an https URL of docs.microsoft.com, which Learn redirects to the same
 * path there (dotnet/docs and older articles link it: real-folder trial CF), so a reader goes there at once and
 * the site links Learn's host, not another; else `href` as written.
 */
export function onLearnHost(href: string): string {
  const link = classifyUrl(href);
  if (
    link.kind !== 'outbound' ||
    link.url.protocol !== 'https:' ||
    link.url.hostname !== 'docs.microsoft.com' ||
    link.url.port !== '' ||
    link.url.username !== '' ||
    link.url.password !== ''
  )
    return href;
  return new URL(`${link.url.pathname}${link.url.search}${link.url.hash}`, LEARN_ORIGIN).href;
}

/** The query parameters of a Learn URL this site reads: `?tabs=` chooses tabs (src/client/learn-tabs.ts); `?view=` and the others are Learn's own. */
const SITE_PARAMETERS: ReadonlySet<string> = new Set(['tabs']);

/**
 * This site's page of an absolute Learn URL, `https://learn.microsoft.com/en-us/<folder>/<article>` (or on
 * docs.microsoft.com, without a locale or with the folder's, in any case, as Learn reads them): an article of a
 * Learn folder the site has pages from, written as Learn writes its URLs (no extension; the folder itself or
 * `index` is its index page), that is a page here. Its #anchor is kept, for the link check to check, and of
 * its query only what the site reads. Undefined for anything else, which stays a link to Learn, and for the
 * page's own URL `asWritten` on it (isOwnPage); not for an xref's, Learn's reading of a UID, which on Learn
 * stays in the page's version, as a link to its file does.
 */
function pageOfLearnUrl(href: string, context: LearnLinkContext, asWritten = true): string | undefined {
  const link = classifyUrl(href);
  if (link.kind !== 'outbound' || !LEARN_HOSTS.has(link.url.hostname) || link.url.port !== '')
    return undefined;
  const { ownView, others } = folderViews(context);
  const { url } = link;
  const [first = '', ...rest] = url.pathname.slice(1).split('/');
  const locale = learnLocale(decoded(first));
  const learnPath = decoded(locale === undefined ? url.pathname.slice(1) : rest.join('/')).replace(
    /\/{2,}/g,
    '/',
  );
  // Without a locale Learn serves the reader's language: the page's own folders first, then the others.
  const views = [ownView, ...others]
    .filter((view) => view.learnFolder !== '' && (locale === undefined || view.locale === locale))
    .sort(
      (a, b) =>
        Number(b.locale === ownView.locale) - Number(a.locale === ownView.locale) ||
        b.learnFolder.length - a.learnFolder.length,
    );
  for (const view of views) {
    const inFolder = folderHolding(learnPath, [view])?.inFolder;
    if (inFolder === undefined || ARTICLE.test(inFolder)) continue;
    const page = articleNames(inFolder)
      .map((name) => pageOfArticle(name, view))
      .find((slug) => slug !== undefined);
    if (page === undefined) continue;
    const kept = new URLSearchParams(
      [...url.searchParams].filter(([name]) => SITE_PARAMETERS.has(name)),
    ).toString();
    const suffix = `${kept === '' ? '' : `?${kept}`}${url.hash}`;
    // The page's own Learn URL, written on the page: Learn's other version or view of it, which stays on Learn.
    if (asWritten && isOwnPage(page, suffix, context)) return undefined;
    return `${pageHref(page)}${suffix}`;
  }
  return undefined;
}

/**
 * Whether a link to the page `page` of this site, with `suffix` (the query and #fragment it keeps), is the
 * page's link to its own Learn address: on Learn that opens the article anew, in its default version and
 * view (PlatyPS's "this is an older version, see [the latest version](/powershell/module/az.accounts/x)"),
 * which is no page here, so it stays on Learn. A #fragment (a place on the page) or a query the site reads
 * (`?tabs=`, a tab of the page) is this page.
 */
function isOwnPage(page: string, suffix: string, context: LearnLinkContext): boolean {
  if (context.pageFile === undefined || page !== slugOfContentPath(context.pageFile)) return false;
  const { hash, searchParams } = new URL(suffix, 'https://site.invalid/');
  return hash === '' && ![...searchParams.keys()].some((name) => SITE_PARAMETERS.has(name));
}

/**
 * The path below Learn's origin that the relative `path` reaches from the folder URL `from`, when its `..`
 * climb to the origin's root and no further (a browser would stop a further one there); else undefined.
 */
function pathFromLearnRoot(path: string, from: URL): string | undefined {
  const SENTINEL = '/learn-root.invalid/';
  const deeper = new URL(path, new URL(`${SENTINEL.slice(1)}${from.pathname.slice(1)}`, from.origin + '/'));
  if (!deeper.pathname.startsWith(SENTINEL)) return undefined;
  const rest = deeper.pathname.slice(SENTINEL.length);
  return rest === '' ? undefined : rest;
}

/**
 * Where a link of a Learn article points on this site: `#anchors` stay as they are, and absolute URLs but
 * Learn's URL of a page here (pageOfLearnUrl: `https://learn.microsoft.com/en-us/<folder>/<article>`), `xref:` goes to its page on Learn (resolveXref), or to
 * the page here of that URL, and paths resolve as on Learn, relative ones from the page's
 * folder (docfx's `~/path` from the root of the page's repository, which for the site is content/; the
 * import writes an imported page's `~/` links relative to the page), root-relative ones from Learn's root
 * (a locale first, `/en-us/…`, is Learn's too), empty segments (`..//x.md`) collapsed as Learn's file paths
 * do. A path into a Learn folder this site has pages from names an article when it ends in `.md` (or `.yml`),
 * when it is root-relative (`/fabric/data-factory/keyboard-shortcuts`), or when it is an article's name
 * without extension (`keyboard-shortcuts`): it goes to this site's page of that article when there is one,
 * else to the article on Learn; one the folder does not have is an error. Anything else goes to Learn,
 * in the locale of the page's folder (a ja-jp folder's page links https://learn.microsoft.com/ja-jp/…),
 * and only a folder of the locale the link goes to has its articles here. The extension is dropped, query
 * and anchor kept.
 */
export function resolveLearnLink(href: string, context: LearnLinkContext): string {
  const xref = /^xref:/i.test(href);
  // Only a query or an anchor (`?tabs=rhel#rhel`, Learn's link to a tab): this page, as written.
  if (!xref && (href === '' || /^[?#]/.test(href))) return href;
  if (!xref && !isRelativeReference(href)) return pageOfLearnUrl(href, context) ?? onLearnHost(href);

  const { path: written, suffix } = pathAndSuffix(href);

  const { own, ownView, others } = folderViews(context);

  // Learn in the page's own locale: its links to Learn stay in the language it is written in.
  const base = onLearn(
    `${(own ? localeBase(context.learnBase, ownView.locale) : context.learnBase).replace(/\/+$/, '')}/`,
    LEARN_ORIGIN,
    theBase(context.learnBase),
  );
  // An xref names a Learn URL; one of a page here is that page, as Learn's own URL of it is.
  if (xref) {
    const learnUrl = resolveXref(href, base.href);
    return pageOfLearnUrl(learnUrl, context, false) ?? learnUrl;
  }
  const fromSiteRoot = written.startsWith('/');
  const fromRepoRoot = written.startsWith('~/');
  // Learn resolves file paths: an empty segment (`..//configuration/email.md`) is none.
  const path = written
    .slice(fromSiteRoot ? 1 : fromRepoRoot ? 2 : 0)
    .replace(/\/{2,}/g, '/')
    .replace(/^\//, '');
  const locale = fromSiteRoot ? learnLocale(/^[^/]*/.exec(path)?.[0] ?? '') : undefined;
  // Learn's root: the base's locale, or the one the path starts with (`/en-us/…`).
  const root = locale === undefined ? base : new URL(`/${locale}/`, base);
  const folderUrl = onLearn(
    ownView.learnFolder === '' ? '' : `${ownView.learnFolder}/`,
    base,
    theFolder(ownView.learnFolder),
  );
  const from = fromRepoRoot ? folderUrl : new URL((context.pageFile ?? '').replace(/[^/]*$/, ''), folderUrl);
  const target = fromSiteRoot
    ? new URL(locale === undefined ? path : path.slice(locale.length + 1), root)
    : new URL(path, from);
  if (!target.href.startsWith(root.href)) {
    // A relative path up to Learn's own root, no further (`../../../../../../odata/concepts/x` from a page
    // six folders deep, trial CE's dynamics-365-customer-engagement includes): a path from Learn's root,
    // which Learn serves in the reader's locale. One that climbs past it (a browser stops there) is a mistake.
    const atRoot = fromSiteRoot ? undefined : pathFromLearnRoot(path, from);
    if (atRoot !== undefined) return resolveLearnLink(`/${atRoot}${suffix}`, context);
    throw new Error(`The link "${href}" climbs out of ${root.href}: write it as a full https:// URL.`);
  }

  const learnPath = decoded(target.pathname.slice(root.pathname.length));
  // A folder of the locale the link goes to: a relative path is in the page's own folder first; a
  // root-relative one in any folder but Learn's root.
  const rootLocale = locale ?? ownView.locale;
  const found = folderHolding(
    learnPath,
    (fromSiteRoot
      ? [ownView, ...others]
          .filter((view) => view.learnFolder !== '')
          .sort((a, b) => b.learnFolder.length - a.learnFolder.length)
      : [ownView, ...others]
    ).filter((view) => view.locale === rootLocale),
  );
  const learnUrl = target.href.replace(ARTICLE, '').replace(/\/index$/i, '/') + suffix;
  if (!found) return learnUrl;
  const { view, inFolder } = found;
  const names = articleNames(inFolder);
  const article = names.find(
    (name) => pageOfArticle(name, view) !== undefined || view.articles?.has(name.toLowerCase()),
  );
  const page = article === undefined ? undefined : pageOfArticle(article, view);
  // A root-relative path is the article's Learn address: on its own page, Learn's other version or view of it.
  if (page !== undefined)
    return fromSiteRoot && isOwnPage(page, suffix, context) ? learnUrl : pageHref(page) + suffix;
  // A name with an article's extension, or a root-relative path that is no file (`media/a.png`), claims to
  // be an article; a relative name without one may be anything on Learn, and is left to it.
  const claimsArticle = ARTICLE.test(inFolder) || (fromSiteRoot && !/\.[^/]*$/.test(inFolder));
  if (article === undefined && claimsArticle && view.articles) {
    // The linking page's own article is never the one meant: a link to itself by name is no slip of one.
    const ownPage = context.pageFile === undefined ? undefined : slugOfContentPath(context.pageFile);
    const candidates = [
      ...view.articles,
      // A page by its article's name (`close(method).md` for /close-method/).
      ...[...context.sitePages]
        .filter(view.hasPage)
        .map((page) => `${(view.articles && renamedArticles(view.articles).get(page)) ?? page}.md`),
    ].filter((name) => view !== ownView || pageSlugOfArticle(name) !== ownPage);
    const nearest = nearestName((names[0] ?? '').toLowerCase(), candidates, nearnessOf(context));
    // Suggested as the link was written: relative from the page in its own folder, else from Learn's root.
    const suggestion =
      nearest === undefined
        ? undefined
        : fromSiteRoot || view !== ownView
          ? `/${view.learnFolder}/${ARTICLE.test(inFolder) ? nearest : nearest.replace(/\.md$/, '').replace(/(^|\/)index$/, '$1')}`
          : relativeTo(context.pageFile ?? '', nearest);
    throw new Error(
      `The link "${href}" goes to ${inFolder || 'index'}, which is neither a page of this site nor an article of the Learn folder ${view.learnFolder}/ (its TOC and files).${suggestion ? ` Did you mean ${suggestion}?` : ''} Fix the link; if the article is on Learn under another name (Learn redirects it), link that one, or write its full https:// URL.${fromRepoRoot ? ` A ~/ path starts at content/ here; the import writes an imported page's ~/ links relative to the page when it knows the repository's root: import again with --read-root <the repository's root> (or from a git clone, or with a SOURCE.md naming its Folder).` : ''}`,
    );
  }
  return learnUrl;
}

/**
 * The Learn URL of the article the page `slug` was imported from: the page's path below the Learn folder
 * it came from (one of `folders`, in its locale, else `defaultFolder` under `learnBase`), as the import
 * places it (`index` is the folder), or the page's own `learnPath` below the locale when it has one.
 */
export function learnArticleUrl(
  slug: string,
  learnBase: string,
  defaultFolder: string,
  folders: readonly LearnFolder[] = RECORDED_FOLDERS,
  defaultArticles: readonly string[] = LEARN_ARTICLES,
  learnPath?: string,
): string {
  const recorded = indexed(folders).folderOf.get(slug);
  const folder = recorded?.learnFolder ?? defaultFolder;
  const localeRoot = recorded ? localeBase(learnBase, recorded.locale ?? DEFAULT_LOCALE) : learnBase;
  // A page's own path on Learn (an API reference's, by its API id: apiIdLearnName).
  if (learnPath !== undefined)
    return onLearn(learnPath, `${localeRoot.replace(/\/+$/, '')}/`, `the page ${slug}'s learnPath`).href;
  // A page renamed from its article's name (sitePagePath) is on Learn by that name: excel.range(object).
  const article = renamedArticles(recorded?.articles ?? defaultArticles).get(slug) ?? slug;
  const base = onLearn(
    `${folder.replace(/^\/+|\/+$/g, '')}/`,
    `${localeRoot.replace(/\/+$/, '')}/`,
    theFolder(folder),
  );
  return onLearn(article === 'index' ? '' : article, base, `${theFolder(folder)}, with the page ${slug},`)
    .href;
}

/** Each list of articles' renamed pages (sitePagePath), page to article slug: `excel.range-object` → `excel.range(object)`. */
const renamedOf = new WeakMap<Iterable<string>, ReadonlyMap<string, string>>();

/** The articles of `articles` whose page here has another name, by that page's slug (made once a list). */
function renamedArticles(articles: readonly string[] | ReadonlySet<string>): ReadonlyMap<string, string> {
  let renamed = renamedOf.get(articles);
  if (!renamed) {
    renamed = new Map(
      [...articles].flatMap((article) => {
        const [page, own] = [pageSlugOfArticle(article), slugOfContentPath(article)];
        return page === own ? [] : [[page, own] as const];
      }),
    );
    renamedOf.set(articles, renamed);
  }
  return renamed;
}

/** `target` (a path in the folder) written relative to the folder of `from` (a path in the folder). */
function relativeTo(from: string, target: string): string {
  const fromParts = from.split('/').slice(0, -1);
  const targetParts = target.split('/');
  let same = 0;
  while (same < fromParts.length && fromParts[same] === targetParts[same]) same++;
  return [...fromParts.slice(same).map(() => '..'), ...targetParts.slice(same)].join('/');
}

/** A name's words, lower case: `Setup-Certification.md` is setup, certification, md. */
function wordsOf(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/**
 * The most steps of edit distance (a character of one name against one of another) that the suggestions of
 * one page's links (a context's: rehype-learn-links.ts), or of one build's internal links (checkInternalLinks,
 * link-check.ts), may take. Each pair of names costs the product of their lengths, and the work grew with the
 * links times the names times their lengths: red team 22's page of one link to `#` and 20,000 characters, beside
 * a bookmark of 20,000, took 98 s to fail (one of 400 KB each, hours), and 3,900 links to ids a little off 1,000
 * bookmarks 7 minutes. Past it a problem is said without "Did you mean" (a page with that many wrong links
 * holds no slip to guess), and a pair longer than what is left is not compared.
 */
export const NEARNESS_STEPS = 20_000_000;

/** What is left of NEARNESS_STEPS for a page's or a build's suggestions. */
export class Nearness {
  #left: number;

  constructor(steps: number = NEARNESS_STEPS) {
    this.#left = steps;
  }

  /** Whether `steps` more are left, taking them if so. */
  take(steps: number): boolean {
    if (steps > this.#left) return false;
    this.#left -= steps;
    return true;
  }

  /** editDistance(a, b, limit), or undefined when comparing them would take more steps than are left. */
  distance(a: string, b: string, limit: number): number | undefined {
    return this.take((a.length + 1) * (b.length + 1)) ? editDistance(a, b, limit) : undefined;
  }
}

/** The longest word a slip adds or drops between two words (`for`, `the`, `with`): `logical` is another article's word. */
const SMALL_WORD = 4;

/** The longest word a slip adds or drops anywhere: `a`, `to`, the `1` of Learn's second heading id (`#main-content-1`). */
const TINY_WORD = 2;

/**
 * Whether `more` is `words` with one small word added: TINY_WORD letters at most anywhere, SMALL_WORD at
 * most between two of its words (`debugging-for-absolute-beginners`). A word more at either end is a name of
 * its own (`control-redo` is another article than `control`).
 */
function oneSmallWordMore(words: readonly string[], more: readonly string[]): boolean {
  if (more.length !== words.length + 1) return false;
  const found = words.findIndex((word, index) => word !== more[index]);
  const at = found === -1 ? words.length : found;
  const added = more[at]?.length ?? 0;
  const between = at > 0 && at < words.length;
  return (
    (added <= TINY_WORD || (between && added <= SMALL_WORD)) &&
    words.slice(at).every((word, index) => word === more[at + index + 1])
  );
}

/** Whether `text[at]` is a letter or a digit, part of a word. */
function isWordCharacter(text: string, at: number): boolean {
  return /[\p{L}\p{N}]/u.test(text[at] ?? '');
}

/** Whether `text[start, end)` is whole words: a letter or digit neither just before nor just after it. */
function wholeWords(text: string, start: number, end: number): boolean {
  return start < end && !isWordCharacter(text, start - 1) && !isWordCharacter(text, end);
}

/** The length of the word or words of `text` that hold `text[start, end)`: from the separator before to the one after. */
function partLength(text: string, start: number, end: number): number {
  let [from, to] = [start, end];
  while (from > 0 && isWordCharacter(text, from - 1)) from--;
  while (to < text.length && isWordCharacter(text, to)) to++;
  return to - from;
}

/**
 * `a` and `b` without the beginning and the end they share: where they differ, whether that is whole
 * words in both (`about_if` and `about_do` differ by a word, not by a slip of its letters), and the length
 * of the longer part (between separators) holding the difference (`redo` and `undo` in `control-redo`).
 */
function differingParts(
  a: string,
  b: string,
): { written: string; meant: string; words: boolean; part: number } {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a.at(-1 - end) === b.at(-1 - end)) end++;
  return {
    written: a.slice(start, a.length - end),
    meant: b.slice(start, b.length - end),
    words: wholeWords(a, start, a.length - end) && wholeWords(b, start, b.length - end),
    part: Math.max(partLength(a, start, a.length - end), partLength(b, start, b.length - end)),
  };
}

/** A name's words without its extension (`.md`, `.yml`): `control-redo.md` is control, redo. */
function stemWords(name: string): string[] {
  return wordsOf(name.replace(/\.[a-z]+$/i, ''));
}

/**
 * Whether `candidate` is what `name` may have meant, a slip of it (compared in any case): the same words
 * in another order or with other separators (`certification-setup.md`), a small word more or fewer
 * (oneSmallWordMore: `debugging-for-absolute-beginners.md`, not `control-redo.md` for `control.md`), or
 * two edits at most where they differ (a letter, two letters swapped) and no more than a third of the word
 * they are in, unless that is one number for another or a number more (`mstest0004.md` is another rule than
 * `mstest0001.md`, `understand-your-invoice2.md` another article than `understand-your-invoice.md`)
 * or one word for another (`about_if.md` is not `about_do.md`, nor `control-redo.md` `control-undo.md`).
 * A word's first letter may be the slip (`#ctor` for `#dtor`), as any other: so `control-setconfiguration.md`
 * may mean `control-getconfiguration.md`, which only a dictionary would tell from a typo.
 * Only the part that differs counts: Learn's names share long beginnings (`service-admin-…`), which make
 * no two of them near.
 */
function isSlip(name: string, candidate: string, nearness: Nearness): boolean {
  const [a, b] = [name.toLowerCase(), candidate.toLowerCase()];
  const [words, other] = [wordsOf(a), wordsOf(b)];
  const sorted = (list: readonly string[]) => [...list].sort().join('\0');
  if (words.length > 0 && sorted(words) === sorted(other)) return true;
  const [stem, otherStem] = [stemWords(a), stemWords(b)];
  // A small word (`for-`, `to-`): not one that is a third of the name or more (`#further` is not `#further-reading`).
  if (
    (oneSmallWordMore(stem, otherStem) || oneSmallWordMore(otherStem, stem)) &&
    (nearness.distance(a, b, Infinity) ?? Infinity) <= Math.max(a.length, b.length) / 3
  )
    return true;
  const { written, meant, words: wholeWordsDiffer, part } = differingParts(a, b);
  if (wholeWordsDiffer) return false;
  // One number for another, or a number more or fewer (`understand-your-invoice2.md` is another article).
  if (/^\d*$/.test(written) && /^\d*$/.test(meant)) return false;
  const edits = nearness.distance(written, meant, 2) ?? Infinity;
  return edits <= 2 && edits <= part / 3;
}

/**
 * The candidate `name` may have meant: the one candidate that is `name` after a prefix and a separator
 * (`#ctor` for cpp-docs' `runtime_exception__ctor` bookmark, not `#dtor`), else the nearest (by edit
 * distance, in any case) of those that may be a slip of it (isSlip), as far as `nearness` (NEARNESS_STEPS)
 * lets it compare them.
 */
export function nearestName(
  name: string,
  candidates: Iterable<string>,
  nearness: Nearness = new Nearness(),
): string | undefined {
  const list = [...candidates];
  // Each candidate is read beside the name (lower-cased, split into words) before any distance is taken.
  if (!nearness.take(list.reduce((steps, candidate) => steps + candidate.length + name.length, 0)))
    return undefined;
  // An anchor's `#` aside.
  const bare = (text: string) => text.toLowerCase().replace(/^#/, '');
  const lower = bare(name);
  const ending = list.filter((candidate) => {
    const other = bare(candidate);
    return (
      other.length > lower.length + 1 && other.endsWith(lower) && /[-_.]$/.test(other.slice(0, -lower.length))
    );
  });
  if (ending.length === 1) return ending[0];
  let best: { name: string; distance: number } | undefined;
  for (const candidate of list) {
    if (!isSlip(name, candidate, nearness)) continue;
    const distance = nearness.distance(name.toLowerCase(), candidate.toLowerCase(), Infinity);
    if (distance === undefined) continue;
    if (!best || distance < best.distance) best = { name: candidate, distance };
  }
  return best?.name;
}
