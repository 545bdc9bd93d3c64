/** The site's link policy as pure checks: what is wrong with a URL, and what the maintainer should do. */
import { parse as parseHost } from 'tldts';
import { bidiControlProblem, codePoint, type UrlRole } from './content-safety.ts';
import { isTabSetId } from './layout-ids.ts';
import { LEARN_ORIGIN, learnLocale } from './learn-folders.ts';
import { Nearness, nearestName, onLearnHost } from './learn-links.ts';
import { labelAsShown } from './navigation.ts';
import { classifyUrl, SITE_ORIGIN } from './url-class.ts';
import { gfmAddressesIn } from '../markdown/gfm-addresses.ts';

/** A URL as written in a page, with where it was written. */
export interface LinkSite {
  /** The source file, relative to the project: `content/security.mdx`. */
  file: string;
  line: number | undefined;
  /** For a link an include wrote (`file` is the include): where the page includes it, `content/a.mdx:7`. */
  includedAt?: string | undefined;
  /** The href as written in the file. */
  href: string;
  /** The href as published, when it differs (a Learn link resolved). */
  published?: string | undefined;
  /**
   * The attribute that holds it, when not a link's `href` (`src`, `srcset`…), and its element; `css` when
   * the URL is in a CSS function of the value (`fill="url(…)"`).
   */
  attribute?: { element: string; name: string; css?: string | undefined } | undefined;
}

/** A link to a page of this site, checked once every page's headings are known (`checkInternalLinks`). */
export interface InternalLink {
  site: LinkSite;
  path: string;
  anchor: string | undefined;
}

/** The outcome of the checks that need no other page: a problem, or the internal target to check later. */
export type UrlCheck =
  { problem: string } | { internal: { path: string; anchor: string | undefined } } | { ok: true };

/**
 * Why `url` holds, once its %-escapes are read, a bidirectional control (bidiControlProblem), as a problem; or
 * undefined. The page it opens reads it so: red team 29's link to /search/?q=zz%E2%80%AE.0010-555%20llac… made the
 * site's search page say "No results for “zzNo results.” Your licence has expired: call 555-0100.”", the override
 * turning the quoted words into a sentence of the site's own. No link needs one (zero-width spaces, which real
 * addresses carry, stay).
 */
function escapedBidiProblem(url: URL): string | undefined {
  let read: string;
  try {
    read = decodeURIComponent(`${url.pathname}${url.search}${url.hash}`);
  } catch {
    return undefined;
  }
  return bidiControlProblem(read)?.replace(/^holds/, 'holds, once its %-escapes are read,');
}

/**
 * Checks `href` on the page at `pagePath` by what the attribute does (`role`): a link must stay on the
 * site or go by https to an allowed host; a request (an image, a video, a ping) must stay on the site,
 * since the CSP would block it; any URL must not be refused (javascript:, disguised hosts, http…).
 */
export function checkUrl(
  href: string,
  pagePath: string,
  role: UrlRole,
  allowedHosts: ReadonlySet<string>,
): UrlCheck {
  const found = classifyUrl(href, pagePath);
  const hidden = found.kind === 'refused' ? undefined : escapedBidiProblem(found.url);
  if (hidden !== undefined) return { problem: hidden };
  switch (found.kind) {
    case 'refused':
      return { problem: found.reason };
    case 'internal':
      return role === 'link' ? { internal: { path: found.path, anchor: found.anchor } } : { ok: true };
    case 'mailto':
      // An e-mail link makes no request: allowed, and marked "(email)" by src/markdown/external-links.ts.
      return role === 'link'
        ? { ok: true }
        : { problem: 'is a mailto: URL where the browser expects an address to load.' };
    case 'outbound':
      if (role === 'request') {
        return {
          problem:
            `makes every reader's browser request ${found.host}, another origin, which the site never does ` +
            '(and its Content-Security-Policy blocks): copy the file into public/ and link it by path.',
        };
      }
      if (found.url.port !== '' || !allowedHosts.has(found.url.hostname)) {
        return {
          problem:
            `goes to ${found.host}, which is not on the allowlist of outbound hosts. If the link is right, ` +
            `add '${found.host}' to src/data/outbound-hosts.json (one line, with its Links-page group; \`npm run import -- --allow-new-hosts\` does it for imported articles); otherwise fix the link.`,
        };
      }
      return { ok: true };
  }
}

/**
 * A host name written bare in text (`security.microsoft.com`, `microsoft.com`, `aka.ms/pnc`): labels of lower-case
 * letters (of any script: a Cyrillic "о" passes for a Latin one), digits and hyphens, the last of letters only, not
 * inside a longer word, an address or a path. A capital is a namespace's (`System.Net.Http`).
 */
const BARE_HOST =
  /(?<![\p{L}\p{N}_.@/:\\-])((?:[\p{Ll}\d](?:[\p{Ll}\d-]{0,61}[\p{Ll}\d])?\.)+\p{Ll}{2,63})(?![\p{L}\p{N}_-])(\/[^\s]*)?/gu;

/**
 * Whether `host` ends in a top-level domain of ICANN's (the Public Suffix List, tldts): `vue.config.js`,
 * `azure.mgmt.resource` and `jquery.min.js` are names of files and packages, which Learn's developer pages
 * link to their own pages by.
 */
function onPublicSuffix(host: string): boolean {
  return parseHost(host).isIcann === true;
}

/** A host's last two labels (`microsoft.com` of `www.microsoft.com`): the name a reader knows it by. */
function domainOf(host: string): string {
  return host.split('.').slice(-2).join('.');
}

/**
 * Microsoft's link redirectors: a link names its target by an id only Microsoft gives out, so Learn writes the
 * target's address as its text (microsoft-365-docs' `[https://admin.microsoft.com](https://go.microsoft.com/fwlink/p/?linkid=2024339)`,
 * Teams' `[https://teams.microsoft.com](https://go.microsoft.com/fwlink/?linkid=855753)`): no page can send one elsewhere.
 */
const REDIRECTORS: ReadonlySet<string> = new Set(['go.microsoft.com', 'aka.ms']);

/** A place as placeOf gives it: a host, and the path's segments below it. */
interface Place {
  host: string;
  segments: string[];
}

/**
 * Microsoft's container registry, whose image names read as addresses (`mcr.microsoft.com/dotnet/sdk:8.0`) where it
 * shows no page: Learn links an image's name to the image's page, the registry's or Docker Hub's (imagePages).
 */
const IMAGE_REGISTRY = 'mcr.microsoft.com';

/**
 * The pages that show the image of the registry's repository `repository` (its path's segments, lower case): the
 * registry's own, old and new (`/product/dotnet/sdk/about`, `/artifact/mar/dotnet/sdk/tags`), and Docker Hub's official
 * one, a namespace no one else publishes in (`hub.docker.com/_/microsoft-dotnet-sdk`).
 */
function imagePages(repository: string[]): Place[] {
  return [
    { host: IMAGE_REGISTRY, segments: ['product', ...repository] },
    { host: IMAGE_REGISTRY, segments: ['artifact', 'mar', ...repository] },
    { host: 'hub.docker.com', segments: ['_', ['microsoft', ...repository].join('-')] },
  ];
}

/** Learn's host, where the import writes a link to an article outside the folder. */
const LEARN_HOST = new URL(LEARN_ORIGIN).hostname;

/** Learn's sections anyone may write in (its Q&A, its members' profiles): their pages are a stranger's words. */
const LEARN_OPEN_SECTIONS: ReadonlySet<string> = new Set(['answers', 'users']);

/** Whether a link's place (placeOf) is a page of Learn that Microsoft writes: not its Q&A (`/answers/questions/…`) nor a profile. */
function onLearnsOwnPage({ host, segments }: { host: string; segments: readonly string[] }): boolean {
  return host === LEARN_HOST && !LEARN_OPEN_SECTIONS.has(segments[0] ?? '');
}

/**
 * Microsoft's documentation sites before Learn, whose pages now redirect to Learn's: Microsoft moved their links to
 * Learn's paths and left the old address as the text (windows-driver-docs' "[https://msdn.microsoft.com/library/
 * ff560590.aspx](/windows-hardware/drivers/ddi/ntddstor/ni-ntddstor-ioctl_storage_query_property)").
 */
const LEARN_FORMER_HOSTS: ReadonlySet<string> = new Set(['msdn.microsoft.com', 'technet.microsoft.com']);

/** An address a link's text reads as: as written, and as the URL it names. */
interface NamedAddress {
  written: string;
  url: URL;
}

/**
 * The addresses the text of a link to `link` reads as, shown as a reader sees it (labelAsShown: no characters that
 * show nothing, compatibility forms folded): GFM's `https://…`, `www.…` and `name@host`, and BARE_HOST's that are
 * under the domain of a host the site knows (`known`: its own and the allowlist's; `microsoft.com`,
 * `security.microsoft.com`), or have three labels or a path and are not the file the link opens: two alone are a
 * file's name as often (`setup.md`, `node.js`), and so is the last part of the link's path (`azuredeploy.parameters.json`).
 * A host alone, with no path, in a link to Learn is what the article is about: azure-docs' private-link pages link the
 * DNS zone `[privatelink.database.windows.net](../dns/private-dns-privatednszone.md)`, a Learn URL once imported, and
 * Microsoft's page the reader lands on says where that host is.
 */
function addressesRead(text: string, link: URL, known: ReadonlySet<string>): NamedAddress[] {
  const shown = labelAsShown(text);
  const toLearn = onLearnsOwnPage(placeOf(link));
  const named: NamedAddress[] = gfmAddressesIn(shown).flatMap((address) => {
    const url = URL.parse(address);
    if (url === null) return [];
    // A host alone in a link to Learn, written with its scheme too (azure-docs' SaaS tutorials: "the access panel at
    // [https://myapps.microsoft.com](active-directory-saas-access-panel-introduction.md)").
    if (toLearn && url.protocol !== 'mailto:' && url.pathname === '/' && url.search === '' && url.hash === '')
      return [];
    return [{ written: address.replace(/^(?:https?|mailto):(?:\/\/)?/, ''), url }];
  });
  const opened = link.pathname.toLowerCase().split('/').at(-1);
  for (const [matched, host = ''] of shown.matchAll(BARE_HOST)) {
    // It ends where GFM ends an address: not at a full stop, comma or unmatched ")" after it (`(aka.ms/x).`).
    const written = (gfmAddressesIn(`https://${matched}`)[0] ?? `https://${matched}`).slice(
      'https://'.length,
    );
    const path = written.slice(host.length);
    const url = URL.parse(`https://${written}`);
    if (
      url === null ||
      (toLearn && (path === '' || path === '/')) ||
      named.some((found) => found.url.hostname === url.hostname)
    )
      continue;
    const ofKnown = known.has(domainOf(url.hostname));
    if (
      ofKnown ||
      ((path !== '' || host.split('.').length > 2) && host !== opened && onPublicSuffix(url.hostname))
    )
      named.push({ written, url });
  }
  return named;
}

/**
 * An https URL's host and the path segments below it, as a reader compares them: no `www.`, Learn for docs.microsoft.com,
 * no locale first (`en-us`, as Learn's and www.microsoft.com's paths start), lower case, and a repository's clone address
 * its page (`….git` last: azure-docs' quickstarts link "[https://github.com/Azure-Samples/azure-voting-app-redis](
 * https://github.com/Azure-Samples/azure-voting-app-redis.git)").
 */
function placeOf(url: URL): Place {
  const read = new URL(onLearnHost(url.href));
  const host = read.hostname.replace(/^www\./, '');
  const segments = read.pathname
    .toLowerCase()
    .replace(/\.git\/?$/, '')
    .split('/')
    .filter((segment) => segment !== '');
  const localised = learnLocale(segments[0] ?? '') !== undefined;
  return { host, segments: localised ? segments.slice(1) : segments };
}

/** Whether `goes` is the place `named`, or under its path. */
function isAtOrUnder(goes: Place, named: Place): boolean {
  return goes.host === named.host && named.segments.every((segment, at) => goes.segments[at] === segment);
}

/**
 * Whether `link` goes where the address `named` says: its host, and under the path it names; an e-mail address, that
 * one, whatever subject or body the link fills in (`mailto:a@b.c?subject=…`).
 */
function goesWhereNamed(named: URL, link: URL): boolean {
  if (named.protocol === 'mailto:' || link.protocol === 'mailto:')
    return named.protocol === link.protocol && named.pathname.toLowerCase() === link.pathname.toLowerCase();
  const said = placeOf(named);
  // A placeholder (`{id}`, `<org>`) is no segment a reader trusts: the text names the path before it. azure-docs' FHIR
  // External ID page links "[https://graph.microsoft.com/v1.0/users/{USER_OBJECT_ID}](…the same…)", which GFM reads
  // as ending before the "}", and so as another segment than the link's.
  const template = said.segments.findIndex((segment) => /%7b|%3c/.test(segment));
  if (template !== -1) said.segments.length = template;
  const goes = placeOf(link);
  // Microsoft's short name of a Learn page, linked to that page: microsoft-365-docs' "[https://aka.ms/pnc](../enterprise/
  // microsoft-365-network-connectivity-principles.md)", a Learn URL once imported from another folder.
  if (REDIRECTORS.has(said.host) && onLearnsOwnPage(goes)) return true;
  // One Learn page named for another, both Microsoft's: cpp-docs' Japanese /Z7 page links "[https://docs.microsoft.com/
  // azure/active-directory/develop/scenario-protected-web-api-overview](<xref:…VCCLCompilerTool.DebugInformationFormat%2A>)";
  // and a page of MSDN or TechNet for the Learn page it became (LEARN_FORMER_HOSTS).
  if ((said.host === LEARN_HOST || LEARN_FORMER_HOSTS.has(said.host)) && onLearnsOwnPage(goes)) return true;
  // A domain alone names its hosts too, as a browser's copied link writes it: azure-docs' "[… Abuse Monitoring
  // (microsoft.com)](https://customervoice.microsoft.com/…)". A link goes only to an allowed host (checkUrl).
  if (said.segments.length === 0 && goes.host.endsWith(`.${said.host}`)) return true;
  // An image's name, its tag or digest aside, names its page: azure-docs' custom container page links
  // "[mcr.microsoft.com/windows/servercore:ltsc2022](https://mcr.microsoft.com/product/windows/servercore/about)".
  if (said.host === IMAGE_REGISTRY && said.segments.length > 0) {
    const repository = [...said.segments.slice(0, -1), (said.segments.at(-1) ?? '').replace(/[:@].*/, '')];
    if (imagePages(repository).some((page) => isAtOrUnder(goes, page))) return true;
  }
  return isAtOrUnder(goes, said);
}

/**
 * Why a link leaving the site (`href`, outbound or `mailto:`) misleads with its text (`text`: what it shows as its name,
 * its title and its images' alt text too, shownNames), or undefined,
 * the site linking to `allowedHosts`:
 * the text reads as an address (a URL, `www.…`, a host name, an e-mail address) that is not where the link goes, as
 * a phishing mail's does. A reader trusts the address they read, and the marker says only that the link leaves. A
 * link to one of Microsoft's REDIRECTORS goes where Microsoft sends it, so it may name that address.
 */
export function misleadingTextProblem(
  text: string,
  href: string,
  allowedHosts: Iterable<string>,
): string | undefined {
  const link = URL.parse(href);
  if (link === null || REDIRECTORS.has(link.hostname)) return undefined;
  const known = new Set([...allowedHosts, new URL(SITE_ORIGIN).hostname].map(domainOf));
  const named = addressesRead(text, link, known).find(({ url }) => !goesWhereNamed(url, link));
  if (named === undefined) return undefined;
  const goes =
    link.protocol === 'mailto:'
      ? `opens mail to ${link.pathname}`
      : `goes to ${link.host}${link.pathname === '/' ? '' : link.pathname}`;
  return `reads as ${named.written} (its text, title or an image's alt text), but ${goes}: a reader trusts the address they read. Link to the address the text names, or write text that does not name another (the page's or site's name).`;
}

/**
 * Blank characters a browser does not collapse (every White_Space character but ASCII's space, tab and line ends, and
 * the blank glyphs U+2800 and U+1D159), two or more, at the end of a link's text.
 */
const TRAILING_BLANKS =
  /(?:[^\S \t\n\r\f]|[\u2800\u{1D159}])(?:[\s\u2800\u{1D159}]*(?:[^\S \t\n\r\f]|[\u2800\u{1D159}]))[\s\u2800\u{1D159}]*$/u;

/**
 * Why a link leaving the site pushes its marker away with the end of its text (`text`), or undefined: blanks a browser
 * does not collapse keep the marker on the line of the link's last letter (rehypeExternalTail, external-links.ts) but
 * past the column's edge, which clips it. Red team 34: `[Privacy settings` and 300 no-break spaces`](https://github.com/…)`
 * showed the words and a long underline, and no arrow.
 */
export function pushedMarkerProblem(text: string): string | undefined {
  const blanks = TRAILING_BLANKS.exec(text)?.[0];
  return blanks === undefined
    ? undefined
    : `ends its text in ${Array.from(blanks).length} blank characters (${codePoint(blanks)}…), which push the arrow that marks a link leaving the site away from its words, out of sight. End the text at its last word.`;
}

/** How many names a problem lists (a page's ids, the site's pages): a page of Learn can have hundreds. */
const LISTED = 10;

/**
 * `names` for a problem's message: the nearest to `written` first (edit distance, then their order), at
 * most LISTED, then how many more there are. In their own order when `nearness` cannot compare them all.
 */
export function nearestFirst(
  written: string,
  names: readonly string[],
  nearness: Nearness = new Nearness(),
): string {
  const distances = nearness.take(names.length)
    ? names.map((name) => nearness.distance(written, name, Infinity))
    : [];
  const ranked =
    distances.some((distance) => distance === undefined) || distances.length < names.length
      ? names
      : names
          .map((name, order) => ({ name, order, distance: distances[order] ?? Infinity }))
          .sort((a, b) => a.distance - b.distance || a.order - b.order)
          .map(({ name }) => name);
  const listed = ranked.slice(0, LISTED).join(', ');
  return ranked.length > LISTED ? `${listed}, … and ${ranked.length - LISTED} more` : listed;
}

/** ` Did you mean x?` when one of `names` is near enough to `written` to be a typo of it, else ''. */
function didYouMean(written: string, names: readonly string[], nearness: Nearness): string {
  const nearest = nearestName(written, names, nearness);
  return nearest === undefined ? '' : ` Did you mean ${nearest}?`;
}

/**
 * What is wrong with an internal link, or undefined. `headingIds` maps each page path of the site to
 * the ids a link can land on there (headings, bookmarks), or to undefined when the page exists but its
 * ids are not known here. The message names the nearest pages or ids, a few; the ids a tab set gives
 * its own button, panel and label are targets but not listed: no one writes a link to them. The nearest are
 * found as far as `nearness` (NEARNESS_STEPS) lets them be; the others are listed in their order.
 */
export function checkInternal(
  target: { path: string; anchor: string | undefined },
  headingIds: ReadonlyMap<string, ReadonlySet<string> | undefined>,
  nearness: Nearness = new Nearness(),
): string | undefined {
  if (!headingIds.has(target.path)) {
    const pages = [...headingIds.keys()].sort();
    return (
      `goes to ${target.path}, which is not a page of this site.${didYouMean(target.path, pages, nearness)} ` +
      `Link to one of ${nearestFirst(target.path, pages, nearness)}: ` +
      'write a page of this site as name.md (privacy.md), as Learn does.'
    );
  }
  const ids = headingIds.get(target.path);
  if (target.anchor === undefined || ids === undefined || ids.has(target.anchor)) return undefined;
  const anchor = `#${target.anchor}`;
  const named = [...ids].filter((id) => !isTabSetId(id)).map((id) => `#${id}`);
  const known = named.length === 0 ? 'none' : nearestFirst(anchor, named, nearness);
  return (
    `goes to ${anchor}, which is not a heading on ${target.path}.${didYouMean(anchor, named, nearness)} ` +
    `Its ids are: ${known}.`
  );
}

/**
 * Every problem of the site's internal links, checked once against every page's headings; their suggestions
 * share one NEARNESS_STEPS, in the links' order.
 */
export function checkInternalLinks(
  links: readonly InternalLink[],
  headingIds: ReadonlyMap<string, ReadonlySet<string> | undefined>,
): string[] {
  const nearness = new Nearness();
  return links.flatMap((link) => {
    const problem = checkInternal(link, headingIds, nearness);
    return problem ? [describeProblem(link.site, problem)] : [];
  });
}

/** One line a maintainer can act on: `content/privacy.mdx:12: the link "http://…" is not https: …`. */
export function describeProblem(site: LinkSite, problem: string): string {
  const where = site.line === undefined ? site.file : `${site.file}:${site.line}`;
  const published =
    site.published === undefined || site.published === site.href ? '' : ` (published as ${site.published})`;
  const attribute = site.attribute;
  const what = attribute
    ? `the ${attribute.css ? `${attribute.css} in ` : ''}${attribute.name}= of <${attribute.element}>`
    : 'the link';
  const included = site.includedAt === undefined ? '' : ` (included at ${site.includedAt})`;
  return `${where}${included}: ${what} "${site.href}"${published} ${problem}`;
}

/**
 * CSS functions whose arguments are URLs a browser loads: `url()` and `src()` (a URL as a string), and
 * the image functions, whose strings are image URLs (`image-set("a.png" 1x)`).
 */
const CSS_URL_FUNCTIONS = new Set(['url', 'src']);
const CSS_IMAGE_FUNCTIONS = new Set([
  'image',
  'image-set',
  '-webkit-image-set',
  'cross-fade',
  '-webkit-cross-fade',
]);

const isHexDigit = (char: string) => /^[0-9a-f]$/i.test(char);
const isCssWhitespace = (char: string) => char === ' ' || char === '\t' || char === '\n';
/** A code point of a CSS name: letters, digits, `-`, `_` and anything beyond ASCII. */
const isNameChar = (char: string) => /^[\w-]$/.test(char) || (char.codePointAt(0) ?? 0) >= 0x80;

/**
 * The URLs a value loads when a browser reads it as CSS (an SVG presentation attribute such as `fill`,
 * `filter`, `mask`, `clip-path`, `marker-start` or `cursor` is CSS): those of `url(…)` written bare or
 * quoted, `src("…")` and the strings of image functions. Read by CSS's tokenizer rules (CSS Syntax 3): any
 * case (`URL(`), escapes (`\\75 rl(` is `url(`), comments and quotes as a browser reads them. It errs
 * towards finding a URL: an argument a browser would throw away as malformed is still returned.
 */
export function cssUrls(written: string): string[] {
  // Each of them opens with a `(` as written (an escaped one, `\28`, is a name's): most values hold none.
  if (!written.includes('(')) return [];
  // CSS reads code points, after its preprocessing: every line break a newline, NUL the replacement character.
  const chars = Array.from(written.replace(/\r\n?|\f/g, '\n').replaceAll('\0', '\uFFFD'));
  const char = (index: number) => chars[index] ?? '';
  const urls: string[] = [];
  /** The open functions, innermost last, by name (lower case, escapes read); `(` for a plain bracket. */
  const open: string[] = [];
  let at = 0;
  const startsEscape = (index: number) => char(index) === '\\' && char(index + 1) !== '\n';
  /** Reads the escape at `at` (its backslash); returns the code point it stands for. */
  const escape = (): string => {
    at++;
    if (at >= chars.length) return '\uFFFD';
    if (!isHexDigit(char(at))) return char(at++);
    let hex = '';
    while (hex.length < 6 && isHexDigit(char(at))) hex += char(at++);
    if (isCssWhitespace(char(at))) at++;
    const code = Number.parseInt(hex, 16);
    const valid = code !== 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\uFFFD';
  };
  const name = (): string => {
    let read = '';
    for (;;) {
      if (isNameChar(char(at))) read += char(at++);
      else if (startsEscape(at)) read += escape();
      else return read;
    }
  };
  /** A quoted string from its opening quote; a newline ends it (a bad string), as does the end. */
  const string = (quote: string): string => {
    let read = '';
    at++;
    while (at < chars.length && char(at) !== quote && char(at) !== '\n') {
      if (char(at) !== '\\') read += char(at++);
      else if (char(at + 1) === '\n') at += 2;
      else read += escape();
    }
    if (char(at) === quote) at++;
    return read;
  };
  /** The rest of a bare `url(` up to its `)`, escapes read, spaces at either end left out. */
  const bareUrl = (): string => {
    let read = '';
    while (at < chars.length && char(at) !== ')') read += startsEscape(at) ? escape() : char(at++);
    at++;
    return read.trim();
  };
  while (at < chars.length) {
    const next = char(at);
    if (next === '/' && char(at + 1) === '*') {
      at += 2;
      while (at < chars.length && !(char(at) === '*' && char(at + 1) === '/')) at++;
      at += 2;
    } else if (next === '"' || next === "'") {
      const text = string(next);
      const inner = open.at(-1) ?? '';
      if (CSS_URL_FUNCTIONS.has(inner) || open.some((fn) => CSS_IMAGE_FUNCTIONS.has(fn))) urls.push(text);
    } else if (isNameChar(next) || startsEscape(at)) {
      const read = name().toLowerCase();
      if (char(at) !== '(') continue;
      at++;
      let ahead = at;
      while (isCssWhitespace(char(ahead))) ahead++;
      if (read === 'url' && char(ahead) !== '"' && char(ahead) !== "'") urls.push(bareUrl());
      else open.push(read);
    } else {
      if (next === '(') open.push('(');
      else if (next === ')') open.pop();
      at++;
    }
  }
  return [...new Set(urls)];
}
