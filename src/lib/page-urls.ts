/**
 * Which page URLs are free. A page is a folder of dist/ (content/docs/setup.md is /docs/setup/, written
 * as docs/setup/index.html and its Markdown copy docs/setup/index.md), and the build writes other files
 * and folders beside the pages: the site's own routes (src/pages/), public/, Astro's bundles, the search
 * index, the sitemap, the post-build step's files, and a `.br` and `.gz` copy of each. A page whose files
 * would be one of those, or lie inside one (`favicon.svg.md` is a folder where public/ has a file), is
 * refused before anything is written, naming the file and what to rename it to: otherwise the build
 * failed late with ENOTDIR or EISDIR, or overwrote the search index and hung. The import refuses the same
 * pages from the same plan (buildPlan), with projectRoutes standing in for Astro's routes.
 */
import { existsSync, readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { codePoint } from './content-safety.ts';
import { markdownPath } from './page-markdown.ts';
import { describeLookalike, lettersNotIn, lookalikeWord, skeleton } from './lookalike-names.ts';
import { isContentPage, pageHref, PAGE_EXTENSION, slugOfContentPath } from './navigation.ts';
import { COPY_SUFFIXES } from './precompress.ts';
import { fileSystemName, HOST_FILES } from './server-config.ts';
import { SITE_ORIGIN } from './url-class.ts';
import { DISK, leavesFolder, relativePath } from './learn/source-files.ts';

/** A file or folder of dist/ (a path under it, without a leading slash) and what writes it, for messages. */
export interface BuildOutput {
  path: string;
  by: string;
  /** The page that writes it, when a page does. */
  page?: ContentPage | undefined;
}

/** The folders whose every file the finishing steps write: the search index (src/integrations/pagefind.ts). */
export const FINISHING_FOLDERS: readonly BuildOutput[] = [
  { path: 'pagefind', by: 'the search index (Pagefind, src/integrations/pagefind.ts)' },
];

/** The files the finishing steps and the sitemap integration write at the root of dist/. */
export const FINISHING_FILES: readonly BuildOutput[] = [
  { path: '_headers', by: "the post-build step's response headers (src/lib/post-build/csp.ts)" },
  { path: 'llms-full.txt', by: 'the post-build step (src/lib/post-build/markdown.ts)' },
  { path: 'sitemap-index.xml', by: 'the sitemap (@astrojs/sitemap)' },
  { path: 'sitemap-0.xml', by: 'the sitemap (@astrojs/sitemap)' },
];

/**
 * The static host's own files at the root of dist/ (HOST_FILES: Netlify's and Cloudflare Pages' header and redirect
 * rules), which no server of the site serves, nor anything under them: a page there is listed in every page's
 * sidebar, the sitemap and llms.txt, and answered "Page not found" (red team 29: content/_redirects.md, while
 * content/_headers.md was refused as a file the build writes).
 */
const HOST_OUTPUTS: readonly BuildOutput[] = HOST_FILES.filter(
  (path) => !FINISHING_FILES.some((file) => file.path === path),
).map((path) => ({
  path,
  by: 'the static host, whose own rules or code a file of that name holds (Netlify or Cloudflare Pages reads it; npm start, nginx and Caddy serve nothing there)',
}));

/** A route of the site itself, as Astro resolves it (`astro:routes:resolved`). */
export interface SiteRoute {
  /** `/search`, `/feed.xml`; undefined for a route with parameters (`/[...slug]`, the content pages). */
  pathname?: string | undefined;
  type: string;
  isPrerendered: boolean;
  /** The route's file: `src/pages/search.astro`. */
  entrypoint: string;
}

/** The extensions of a page of src/pages/ (Astro's, and `.mdx` of @astrojs/mdx); `.js` and `.ts` are endpoints. */
const PAGE_ROUTE_EXTENSIONS = new Set([
  '.astro',
  '.md',
  '.markdown',
  '.mdown',
  '.mkdn',
  '.mkd',
  '.mdwn',
  '.mdx',
]);
const ENDPOINT_EXTENSIONS = new Set(['.js', '.ts']);

/**
 * The route of a file of src/pages/ (`feed.xml.ts`, `.well-known/security.txt.ts`, `[...slug].astro`), as
 * Astro's file-based routing makes it, for what runs without Astro (the import); undefined for a file Astro
 * does not route (a name starting with `_`, a dotfile but `.well-known`, another type). The site is
 * static: every route is prerendered.
 */
export function routeOfPageFile(file: string): SiteRoute | undefined {
  const parts = file.split('/');
  const name = parts.at(-1) ?? '';
  const extension = extname(name);
  const type = PAGE_ROUTE_EXTENSIONS.has(extension)
    ? 'page'
    : ENDPOINT_EXTENSIONS.has(extension)
      ? 'endpoint'
      : undefined;
  const segments = [...parts.slice(0, -1), name.slice(0, name.length - extension.length)];
  if (
    type === undefined ||
    segments.some(
      (segment) => segment.startsWith('_') || (segment.startsWith('.') && segment !== '.well-known'),
    )
  )
    return undefined;
  if (segments.at(-1) === 'index') segments.pop();
  const dynamic = segments.some((segment) => /\[.+\]/.test(segment));
  return {
    pathname: dynamic ? undefined : `/${segments.join('/')}`,
    type,
    isPrerendered: true,
    entrypoint: `src/pages/${file}`,
  };
}

/** Astro's status pages, written as `404.html` rather than a folder (Astro's build format "directory"). */
const STATUS_PAGES = new Set(['/404', '/500']);

/** The files a static route of the site writes into dist/ (build format "directory", as Astro writes them). */
export function routeOutputs(route: SiteRoute): BuildOutput[] {
  if (!route.isPrerendered || route.pathname === undefined) return [];
  const by = `the site's own ${route.entrypoint}`;
  const path = route.pathname.replace(/^\/+|\/+$/g, '');
  if (route.type === 'endpoint') return [{ path, by }];
  // Written as a file, but the route is Astro's: a page content/404.md, whose files /404/ are free, stopped the
  // build late with Astro's PrerenderRouteConflict, naming no file (red team 19).
  if (STATUS_PAGES.has(route.pathname))
    return [
      { path: `${path}.html`, by },
      {
        path: `${path}/index.html`,
        by: `${by} (its route ${route.pathname}, though written as /${path}.html)`,
      },
    ];
  const folder = path === '' ? '' : `${path}/`;
  return [
    { path: `${folder}index.html`, by },
    { path: markdownPath(`/${folder}`).slice(1), by: `the Markdown copy of ${route.entrypoint}` },
  ];
}

/** A page of content/: its file (`content/docs/setup.md`) and slug (`docs/setup`). */
export interface ContentPage {
  file: string;
  slug: string;
}

/** The files a page writes: its HTML and its Markdown copy. */
function pageOutputs(page: ContentPage): BuildOutput[] {
  const href = pageHref(page.slug);
  return [
    { path: `${href}index.html`.slice(1), by: page.file, page },
    { path: markdownPath(href).slice(1), by: `the Markdown copy of ${page.file}`, page },
  ];
}

/** `outputs` and their compressed copies (`favicon.svg.br`…), which the build writes beside each file. */
function withCopies(outputs: readonly BuildOutput[]): BuildOutput[] {
  return outputs.flatMap((output) => [
    output,
    ...COPY_SUFFIXES.map((suffix) => ({ ...output, path: `${output.path}${suffix}` })),
  ]);
}

/** The folders above `path`, nearest the root first: `a/b/c` → `a`, `a/b`. */
function foldersAbove(path: string): string[] {
  const parts = path.split('/');
  return parts.slice(1).map((_, index) => parts.slice(0, index + 1).join('/'));
}

/**
 * The name to give the part of a page's path that collides: a dot is a hyphen (`favicon.svg` →
 * `favicon-svg`), else `-page` is added (`search` → `search-page`).
 */
function freeName(part: string): string {
  return part.includes('.') ? part.replaceAll('.', '-') : `${part}-page`;
}

/**
 * `file` with its part that makes URL segment `segment` of the page renamed (a folder, or the file's
 * name); `content/pagefind/pagefind.js.md`, segment 0 → `content/pagefind-page/pagefind.js.md`.
 */
function renamed(file: string, slug: string, segment: number): string {
  const parts = file.split('/');
  const [root = 'content', ...inside] = parts;
  const folders = inside.slice(0, -1);
  const name = inside.at(-1) ?? '';
  if (segment < folders.length) {
    folders[segment] = freeName(folders[segment] ?? '');
    return [root, ...folders, name].join('/');
  }
  const extension = PAGE_EXTENSION.exec(name)?.[0] ?? '';
  const stem = name.slice(0, name.length - extension.length);
  // content/docs/index.md is the page /docs/: its URL's last part is the folder's.
  if (stem.toLowerCase() === 'index' && slug !== 'index') return renamed(file, slug, folders.length - 1);
  return [root, ...folders, `${freeName(stem)}${extension}`].join('/');
}

export interface BuildPlan {
  pages: readonly ContentPage[];
  /** Files written beside the pages: the routes', public/'s, the finishing steps' (without copies). */
  files: readonly BuildOutput[];
  /** Folders the build writes whole: Astro's bundles, the search index. */
  folders: readonly BuildOutput[];
}

/**
 * The files under `folder` (symbolic links as files), as paths relative to it with `/`; none if it is
 * missing. Only the system's separator is one: a `\` in a name on Linux stays, for pageUrlProblems to name.
 */
export function filesUnder(folder: URL): string[] {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => !entry.isDirectory())
      .map((entry) => relativePath(fileURLToPath(folder), join(entry.parentPath, entry.name)));
  } catch {
    return [];
  }
}

/**
 * The symbolic links under `folder` (content/ or public/, `name` in the messages) that lead outside it once
 * resolved, or nowhere, one sentence each naming the link: the build reads a page, and publishes a file, where its
 * link leads. Red team 24: `content/leak.md` linked to a file outside the project was built into a page, its copy
 * and llms-full.txt (a folder linked alike), and a repository can hold such a link. A link inside stays.
 */
export function linksOutside(folder: URL, name: string): string[] {
  const root = DISK.real(fileURLToPath(folder));
  if (root === undefined) return [];
  const problems: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isSymbolicLink()) continue;
    const path = join(entry.parentPath, entry.name);
    const written = `${name}/${relativePath(root, path)}`;
    const real = DISK.real(path);
    const inside = real === undefined ? undefined : relative(root, real);
    if (inside === undefined) problems.push(`${written} is a symbolic link that leads nowhere. Remove it.`);
    else if (leavesFolder(inside))
      problems.push(
        `${written} is a symbolic link to ${real ?? ''}, outside ${name}/: the build reads only the project's own files, and would publish that one. Copy what the page needs into ${name}/ instead, or remove the link.`,
      );
  }
  return problems;
}

/**
 * The Markdown files of content/ that Astro's glob (CONTENT_GLOB) does not read, one sentence each naming the
 * file, why and a name to use: a part of its path starts with a dot (`content/.well-known/x.md`,
 * `content/.drafts/y.md`), which the glob skips and a static host serves none of but `/.well-known/`, whose
 * names are the host's and the site's own (RFC 8615: security.txt, change-password, which password managers
 * open); or its extension is not in lower case (`Setup.MD`), which the glob matches as written. Each such
 * page vanished from the site with no word (red team 29).
 */
export function unbuiltPages(contentFolder: URL): string[] {
  return filesUnder(contentFolder).flatMap((file) => {
    const parts = file.split('/');
    const name = parts.at(-1) ?? '';
    const extension = PAGE_EXTENSION.exec(name)?.[0];
    if (extension === undefined || parts.slice(0, -1).includes('includes')) return [];
    const hidden = parts.some((part) => part.startsWith('.'));
    const lower = extension.toLowerCase();
    if (!hidden && extension === lower) return [];
    const renamed = [...parts.slice(0, -1), name.slice(0, -extension.length) + lower]
      .map((part) => part.replace(/^\.+/, ''))
      .filter((part) => part !== '');
    const why = hidden
      ? `a name starting with "." is hidden: Astro reads no such file, and a static host serves no such path but /.well-known/, the host's own`
      : `Astro reads a page's extension in lower case only (${lower}, not ${extension})`;
    const rename =
      renamed.length === parts.length ? `: rename it to content/${renamed.join('/')} to publish it` : '';
    return [`content/${file} is not built: ${why}${rename}.`];
  });
}

/** Where a project's build reads and writes: Astro's `root`, `publicDir` and `build.assets`. */
export interface ProjectFolders {
  root: URL;
  publicDir: URL;
  /** The folder of dist/ Astro writes its bundles to (`_astro`). */
  assets: string;
}

/**
 * What the build of `project` will write: its pages (content/), the site's `routes` (Astro's own in the
 * build; projectRoutes for the import), public/'s files and the finishing steps' files, Astro's bundles and
 * the search index.
 */
export function buildPlan(project: ProjectFolders, routes: readonly SiteRoute[]): BuildPlan {
  const pages = filesUnder(new URL('content/', project.root))
    .filter((file) => isContentPage(file))
    .map((file) => ({ file: `content/${file}`, slug: slugOfContentPath(file) }));
  const files = [
    ...routes.flatMap(routeOutputs),
    ...filesUnder(project.publicDir).map((path) => ({ path, by: `public/${path}` })),
    ...FINISHING_FILES,
    ...HOST_OUTPUTS,
  ];
  const assets = project.assets.replace(/^\/+|\/+$/g, '');
  const folders = [
    { path: assets, by: `Astro's bundled scripts and styles (build.assets)` },
    ...FINISHING_FOLDERS,
  ];
  return { pages, files, folders };
}

/** The routes of the project's src/pages/, as Astro makes them (routeOfPageFile), for what runs without Astro. */
export function projectRoutes(root: URL): SiteRoute[] {
  return filesUnder(new URL('src/pages/', root)).flatMap((file) => routeOfPageFile(file) ?? []);
}

/**
 * The folders of this project as astro.config.mjs leaves them (Astro's defaults: public/, `_astro`), for
 * what plans its build without Astro (the import).
 */
export const PROJECT: ProjectFolders = {
  root: new URL('../../', import.meta.url),
  publicDir: new URL('../../public/', import.meta.url),
  assets: '_astro',
};

/**
 * The folders of the project at `root` (the import's `--root`; this one by default), with the routes its build makes: its own content/,
 * and its own src/pages/ and public/ where it has them, else this project's, which a fresh folder is built with.
 */
export function projectAt(root = fileURLToPath(PROJECT.root)): {
  folders: ProjectFolders;
  routes: SiteRoute[];
} {
  const at = pathToFileURL(join(root, '/'));
  const own = (folder: string) => existsSync(new URL(folder, at));
  return {
    folders: { ...PROJECT, root: at, publicDir: own('public/') ? new URL('public/', at) : PROJECT.publicDir },
    routes: projectRoutes(own('src/pages/') ? at : PROJECT.root),
  };
}

/** A page that cannot have its URL, and why, as one sentence naming its file and a name to use. */
export interface PageUrlProblem {
  page: ContentPage;
  problem: string;
}

/**
 * Why each page of `plan.pages` cannot have its URL, one sentence a page: its files would be, or be inside,
 * a file or folder the build writes (another page's included), or its name ends in `.md` like the
 * pages' Markdown copies.
 */
export function pageUrlProblems(plan: BuildPlan): string[] {
  return pageUrlProblemsByPage(plan).map((found) => found.problem);
}

/** A control character (C0, DEL, C1) or a bidirectional control, which no page's name may hold. */
// eslint-disable-next-line no-control-regex -- the characters refused
const CONTROL_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/**
 * The characters of a file's name that its page's URL cannot hold as they are, each with what a browser
 * makes of it there: the link to the page would lead elsewhere, or Astro would drop the page.
 */
const URL_CHARACTERS: ReadonlyMap<string, string> = new Map([
  [
    '\\',
    'a backslash, which a browser reads as "/" in its page\'s URL (a page named \\\\host.md was the link //host/, another site)',
  ],
  [
    '%',
    'a "%", which a browser and the server read in its page\'s URL as the character the two after it encode (/%2e%2e/ is /)',
  ],
  [
    '#',
    'a "#", which ends the path of its page\'s URL (what follows is an anchor), and Astro leaves the page out',
  ],
  [
    '?',
    'a "?", which ends the path of its page\'s URL (what follows is a query), and Astro leaves the page out',
  ],
]);

/** Any of URL_CHARACTERS. */
const URL_CHARACTER = /[\\%#?]/g;

/**
 * Where a browser on this site goes for a link to `href` (a page's URL), when not to `href` itself on the
 * site's origin: read with the WHATWG URL parser, whose path, its percent-encoding decoded, must be `href`.
 */
function resolvedElsewhere(href: string): string | undefined {
  const url = URL.parse(href, SITE_ORIGIN);
  if (url === null) return 'no URL at all';
  if (url.origin !== SITE_ORIGIN) return `${url.href}, another site`;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  return path === href && url.search === '' && url.hash === ''
    ? undefined
    : `${url.pathname}${url.search}${url.hash}`;
}

/**
 * A name Windows keeps for a device, with or without an extension (`aux`, `nul.txt`, `COM1`): no file or folder
 * of that name can be written there, so Windows' git cannot check the project out (core.protectNTFS), a build
 * there cannot write the page, and a Windows host does not serve its URL (red team 26: `content/aux.md` built).
 */
const WINDOWS_DEVICE_NAME = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(?:\.|$)/i;

/**
 * `file` (`content/…`) with a name each part of which its URL keeps as written: each of URL_CHARACTERS a
 * "-", the dots and spaces that end a folder's or the file's name (before its extension) left out, "-page"
 * after a Windows device name.
 */
function urlSafeFile(file: string): string {
  const [root = 'content', ...inside] = file.split('/');
  const name = inside.pop() ?? '';
  const extension = PAGE_EXTENSION.exec(name)?.[0] ?? '';
  const safe = (part: string) => {
    const kept = part.replace(URL_CHARACTER, '-').replace(/[. ]+$/, '') || 'page';
    return WINDOWS_DEVICE_NAME.test(kept) ? kept.replace(/^[^.]*/, (device) => `${device}-page`) : kept;
  };
  return [
    root,
    ...inside.map(safe),
    `${safe(name.slice(0, name.length - extension.length))}${extension}`,
  ].join('/');
}

/**
 * Why `page`'s URL would not lead to it, as one sentence naming its file and a name to use: its name holds one
 * of URL_CHARACTERS, a folder's or the file's name ends in a dot or a space (which Windows drops: /trail./
 * is /trail/ on a Windows host), or a browser resolves the URL elsewhere (resolvedElsewhere); else undefined.
 */
function urlChangingName(page: ContentPage): string | undefined {
  const url = pageHref(page.slug);
  const rename = `rename it to ${urlSafeFile(page.file)}.`;
  const held = page.file.match(URL_CHARACTER)?.[0];
  if (held !== undefined) return `${page.file} holds ${URL_CHARACTERS.get(held) ?? held}: ${rename}`;
  const parts = page.file.split('/').slice(1);
  const name = parts.pop() ?? '';
  const ending = [...parts, name.replace(PAGE_EXTENSION, '')].find((part) => /[. ]$/.test(part));
  if (ending !== undefined)
    return `${page.file} would be the page ${url}, and its name ${JSON.stringify(ending)} ends in ${ending.endsWith('.') ? 'a dot' : 'a space'}, which Windows hosts and file systems drop (${url} is ${url.replace(/[. ]+\//g, '/')} there): ${rename}`;
  const device = [...parts, name.replace(PAGE_EXTENSION, '')].find((part) => WINDOWS_DEVICE_NAME.test(part));
  if (device !== undefined)
    return `${page.file} would be the page ${url}, and its name ${JSON.stringify(device)} is a device's on Windows (CON, PRN, AUX, NUL, COM1…, LPT1…, with any extension), where no file or folder may have it: Windows' git cannot check the project out, a build there cannot write the page and a Windows host does not serve it: ${rename}`;
  const elsewhere = resolvedElsewhere(url);
  if (elsewhere !== undefined)
    return `${page.file} would be the page ${url}, which a browser reads as ${elsewhere}: ${rename}`;
  return undefined;
}

/**
 * The files of `files` (public/'s, the routes' and the finishing steps') that a file system ignoring case holds as
 * one (fileSystemName), one sentence a pair naming both: there a build, a copy of dist/ or an import writes one
 * over the other (red team 31: public/media/Diagram.png beside public/media/diagram.png, one page showing the
 * other's image).
 */
export function caseTwinFiles(files: readonly BuildOutput[]): string[] {
  const first = new Map<string, BuildOutput>();
  const problems: string[] = [];
  for (const file of files) {
    const key = fileSystemName(file.path);
    const twin = first.get(key);
    if (twin === undefined) first.set(key, file);
    else if (twin.path !== file.path)
      problems.push(
        `${twin.by} and ${file.by} are one file where file names ignore case (Windows, macOS): there one is written over the other, and a page shows the other's. Rename one of them, and the links to it.`,
      );
  }
  return problems;
}

/**
 * The page the build writes for `href` (a page's URL): its path as the WHATWG URL parser reads it,
 * percent-encoding decoded, as a file system that ignores case names it (fileSystemName). Two file names that
 * differ only in normalization (café.md with "é" as U+00E9, and with "e" and U+0301) are two files on Linux but
 * one page to Astro, which refused them as a route conflict naming neither; two that differ in case alone
 * (ſecurity.md, security.md) one file on Windows and macOS.
 */
function samePageKey(href: string): string {
  const url = URL.parse(href, SITE_ORIGIN);
  let path = url?.pathname ?? href;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A path with a stray "%" is refused by its own check (URL_CHARACTERS).
  }
  return fileSystemName(path);
}

/** The code points of `text`, as `U+0065 U+0301`. */
function codePoints(text: string): string {
  const points: string[] = [];
  // Code points, not graphemes: what tells the two spellings apart.
  for (const character of text) points.push(codePoint(character));
  return points.join(' ');
}

/**
 * How two pages of one URL write it differently: the first character (grapheme) their slugs write with other
 * code points, as `"é" (U+00E9) and "é" (U+0065 U+0301)`.
 */
function spellings(first: string, second: string): string {
  const graphemes = (text: string) =>
    [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].map((part) => part.segment);
  const [a, b] = [graphemes(first), graphemes(second)];
  const index = a.findIndex((part, at) => part !== b[at]);
  const [x, y] = a.length === b.length && index >= 0 ? [a[index] ?? '', b[index] ?? ''] : [first, second];
  return `${JSON.stringify(x)} (${codePoints(x)}) and ${JSON.stringify(y)} (${codePoints(y)})`;
}

/**
 * Why `page`'s URL reads as another page's, as one sentence naming its file, or undefined: a word of it mixes
 * scripts into the look of one (lookalikeWord), or it looks like the URL of `byLook`'s page of its skeleton while
 * written with other letters, one of them outside ASCII. An address bar, a shared link, the sitemap and llms.txt
 * show it as that address (red team 31: content/privасy.md, a Cyrillic "а" and "с", was /privасy/).
 */
function lookalikeUrl(page: ContentPage, byLook: ReadonlyMap<string, ContentPage>): string | undefined {
  const url = pageHref(page.slug);
  const word = lookalikeWord(url);
  if (word !== undefined)
    return `${page.file} would be the page ${url}, whose name holds ${describeLookalike(word)}: an address bar, a shared link and llms.txt show it as that address. Rename it, each word in one script.`;
  const first = byLook.get(skeleton(url));
  const firstUrl = first === undefined ? url : pageHref(first.slug);
  if (
    first === undefined ||
    fileSystemName(firstUrl) === fileSystemName(url) ||
    !/[^\p{ASCII}]/u.test(firstUrl + url)
  )
    return undefined;
  const letters = [...lettersNotIn(url, firstUrl), ...lettersNotIn(firstUrl, url)];
  return `${page.file} would be the page ${url}, which looks like ${firstUrl}, ${first.file}'s, but is written with other letters (${letters.join(', ')}): a reader cannot tell the two addresses apart. Rename it.`;
}

/** pageUrlProblems, each with its page. */
export function pageUrlProblemsByPage({ pages, files, folders }: BuildPlan): PageUrlProblem[] {
  // Two files of one slug (privacy.mdx, Privacy.md) the content collection refuses, naming both; two whose
  // slugs differ but Astro writes as one URL (samePageKey) are refused here, at the second, naming both.
  const byKey = new Map<string, ContentPage>();
  const samePage = new Map<ContentPage, ContentPage>();
  for (const page of pages) {
    const key = samePageKey(pageHref(page.slug));
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, page);
    else if (first.slug !== page.slug) samePage.set(page, first);
  }
  // Pages by the look of their URL, those written in ASCII first: a lookalike of one is the other page.
  const byLook = new Map<string, ContentPage>();
  const ascii = (page: ContentPage) => /^[\p{ASCII}]*$/u.test(page.slug);
  for (const page of [...pages.filter(ascii), ...pages.filter((page) => !ascii(page))]) {
    const key = skeleton(pageHref(page.slug));
    if (!byLook.has(key)) byLook.set(key, page);
  }
  // Every path by the name a file system that ignores case gives it, where two such names are one file.
  const written = new Map<string, BuildOutput>();
  for (const output of withCopies([...files, ...pages.flatMap(pageOutputs)])) {
    const key = fileSystemName(output.path);
    if (!written.has(key)) written.set(key, output);
  }
  // The folders other files need (public/docs/index.html/x needs a folder where a page writes a file);
  // a page inside another page's file is that page's problem, found from its own files.
  const holding = new Set(
    withCopies(files).flatMap((output) => foldersAbove(output.path).map(fileSystemName)),
  );
  const wholeFolders = new Map(folders.map((folder) => [fileSystemName(folder.path), folder]));
  /** `path` of the page, and where the build writes `other` when that is its name in another case. */
  const at = (path: string, other: string) =>
    other === path ? `/${path}` : `/${other}, one file with /${path} where file names ignore case`;
  /** What the page's file at `path` collides with, and where (a path of dist/), if anything. */
  const collision = (path: string, page: ContentPage): { at: string; what: string } | undefined => {
    const taken = written.get(fileSystemName(path));
    const folder = path.slice(0, path.lastIndexOf('/') + 1).replace(/\/$/, '');
    // Two files of one slug (privacy.mdx, Privacy.md) the content collection refuses, naming both.
    if (taken !== undefined && taken.page?.slug !== page.slug)
      return {
        at: folder,
        what:
          taken.path === path
            ? `${taken.by} is written there (/${path})`
            : `${taken.by} is written at ${at(path, taken.path)}`,
      };
    if (holding.has(fileSystemName(path)))
      return { at: folder, what: `/${path} is a folder of other files the build writes` };
    for (const above of foldersAbove(path)) {
      const whole = wholeFolders.get(fileSystemName(above));
      if (whole !== undefined)
        return { at: above, what: `${at(above, whole.path)}/ is the folder of ${whole.by}` };
      const file = written.get(fileSystemName(above));
      if (file !== undefined)
        return { at: above, what: `${at(above, file.path)} is a file, written by ${file.by}` };
    }
    return undefined;
  };
  const problems: PageUrlProblem[] = [];
  for (const page of pages) {
    const url = pageHref(page.slug);
    // A control character in a file's name goes into every link to the page and into the build's log, where a
    // terminal obeys it (an escape sequence sets its title): the name is refused, written as its code points.
    const control = CONTROL_IN_NAME.exec(page.file)?.[0];
    if (control !== undefined) {
      problems.push({
        page,
        problem: `${JSON.stringify(page.file)} holds the control character ${codePoint(control)}, which a page's name may not: rename the file without it.`,
      });
      continue;
    }
    const changed = urlChangingName(page);
    if (changed !== undefined) {
      problems.push({ page, problem: changed });
      continue;
    }
    const first = samePage.get(page);
    if (first !== undefined) {
      problems.push({
        page,
        problem: `${first.file} and ${page.file} would both be the page ${url}: their names differ only in how they write ${spellings(first.slug, page.slug)}, ${
          first.slug.normalize('NFC') === page.slug.normalize('NFC')
            ? "which the build writes as one page (Astro puts a page's URL in Unicode NFC, where both are one text)"
            : 'one letter in two cases, one folder where file names ignore case (Windows, macOS), where one page is written over the other'
        }. Rename one of them.`,
      });
      continue;
    }
    const lookalike = lookalikeUrl(page, byLook);
    if (lookalike !== undefined) {
      problems.push({ page, problem: lookalike });
      continue;
    }
    const segments = page.slug.split('/');
    const extension = PAGE_EXTENSION.exec(segments.at(-1) ?? '')?.[0];
    if (extension !== undefined) {
      problems.push({
        page,
        problem:
          `${page.file} would be the page ${url}, a name ending in ${extension}, which the site keeps for ` +
          `the pages' Markdown copies (${markdownPath('/privacy/')} is the copy of /privacy/): rename it to ` +
          `${renamed(page.file, page.slug, segments.length - 1)}.`,
      });
      continue;
    }
    const found = withCopies(pageOutputs(page))
      .map((output) => collision(output.path, page))
      .find((hit) => hit !== undefined);
    if (found === undefined) continue;
    const segment = Math.min(found.at.split('/').length, segments.length) - 1;
    problems.push({
      page,
      problem: `${page.file} would be the page ${url}, but ${found.what}: rename it to ${renamed(page.file, page.slug, Math.max(segment, 0))}.`,
    });
  }
  return problems;
}
