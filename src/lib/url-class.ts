/**
 * Where a URL written in content takes a reader, read the way a browser reads it: the WHATWG URL parser,
 * against the page's own address on the site's origin. The one answer to "is this outbound, and where to"
 * for every module that asks (link checks, the link inventory, content safety).
 */
import { SITE_URL } from '../consts.ts';

/** The site's origin (`https://…`), from SITE_URL. */
export const SITE_ORIGIN = new URL(SITE_URL).origin;

/** What a URL is, as a browser on a page of this site would follow or load it. */
export type UrlClass =
  /** A path of this site: `path` as the browser requests it, `anchor` decoded (no `#`). */
  | { kind: 'internal'; path: string; search: string; anchor: string | undefined; url: URL }
  /** An `https:` URL of another origin, written out in full (`https://host/…`). */
  | { kind: 'outbound'; host: string; url: URL }
  /** A `mailto:` address: opens the reader's mail program, loads nothing. */
  | { kind: 'mailto'; url: URL }
  /** A URL the site never publishes: which rule, and why and what to write instead. */
  | { kind: 'refused'; rule: RefusedRule; reason: string };

/** Why a URL is refused: `code` (javascript:, data:…) and `disguised` are refused wherever they appear. */
export type RefusedRule =
  'code' | 'disguised' | 'invalid' | 'http' | 'scheme' | 'credentials' | 'scheme-relative';

/** Schemes whose URLs run code or carry a document of their own when followed or loaded. */
const CODE_SCHEMES = new Set(['javascript:', 'data:', 'vbscript:', 'blob:', 'file:', 'filesystem:']);

/** The WHATWG URL standard's special schemes, whose URLs read a `\` as `/`. */
const SPECIAL_SCHEMES = new Set(['ftp:', 'file:', 'http:', 'https:', 'ws:', 'wss:']);

/**
 * Characters a browser silently drops or rewrites before it reads a URL: C0 controls and spaces at the
 * ends, tab and newline anywhere, and `\` where the URL's scheme (a relative URL's is the page's, `base`) is
 * special, which reads it as `/` (so `/\host` is `//host`); a `mailto:` keeps it.
 */
function disguise(href: string, base: URL): string | undefined {
  for (const char of href) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\t' || char === '\n' || char === '\r')
      return 'holds a tab or line break, which browsers drop';
    if (code < 0x20 || code === 0x7f) return 'holds a control character';
  }
  if (href !== href.trim()) return 'starts or ends with white space, which browsers drop';
  // Parsed only for a backslash: classifyUrl parses every href once already.
  if (!href.includes('\\')) return undefined;
  const scheme = URL.parse(href, base)?.protocol;
  if (scheme === undefined || SPECIAL_SCHEMES.has(scheme))
    return 'holds a backslash, which browsers read as "/"';
  return undefined;
}

/**
 * The special scheme `href` starts with when no `//` follows it (`https:host/x`, `https:/host/x`), or
 * undefined. WHATWG reads such a URL relative to a page of the same scheme (`https:x.png` is `x.png` on an
 * https page) and as `scheme://host/…` on any other (the http:// preview), so it means two different things.
 */
function pathWithoutSlashes(href: string): string | undefined {
  const scheme = /^([a-z][a-z\d+.-]*:)(?!\/\/)/i.exec(href)?.[1]?.toLowerCase();
  return scheme !== undefined && SPECIAL_SCHEMES.has(scheme) ? scheme : undefined;
}

/**
 * True when `host` (a URL's hostname, as the URL parser gives it: lower case, punycode) names a machine:
 * labels of letters, digits, `-` and `_`, none empty, none starting or ending with `-`, or an IP address.
 * The URL parser takes `...` and `example..com` (a placeholder in prose, a slip) as host names.
 */
export function isHostName(host: string): boolean {
  if (/^\[[\da-f:.]+\]$/.test(host) || /^(?:\d{1,3}\.){3}\d{1,3}$/.test(host)) return true;
  return host
    .replace(/\.$/, '')
    .split('.')
    .every((label) => /^[a-z\d_](?:[a-z\d_-]{0,61}[a-z\d_])?$/.test(label));
}

/** True when `href` parses without a base: it names its own scheme (`https:`, `mailto:`, `javascript:`). */
function isAbsolute(href: string): boolean {
  return URL.canParse(href);
}

/**
 * Classifies `href` as written on the page at `pagePath` (`/privacy/`). Anything a browser would read
 * differently from how it looks (white space, controls, backslashes but in a `mailto:`), a scheme-relative `//host`, a
 * scheme other than https and mailto, or credentials in the URL, is refused.
 */
export function classifyUrl(href: string, pagePath = '/'): UrlClass {
  const base = new URL(pagePath, SITE_ORIGIN);
  const hidden = disguise(href, base);
  if (hidden) return { kind: 'refused', rule: 'disguised', reason: `${hidden}: write the URL without it.` };
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return {
      kind: 'refused',
      rule: 'invalid',
      reason: 'is not a valid URL: write a full https:// address or a path.',
    };
  }
  if (CODE_SCHEMES.has(url.protocol)) {
    return {
      kind: 'refused',
      rule: 'code',
      reason: `is a ${url.protocol} URL, which runs code or carries a document of its own: link to an https:// page or a path of this site.`,
    };
  }
  const pathOnly = pathWithoutSlashes(href);
  if (pathOnly !== undefined) {
    return {
      kind: 'refused',
      rule: 'disguised',
      reason: `writes "${pathOnly}" without "//", which a browser reads as a path of this site on a page of that scheme and as another site on any other (the http:// preview): write the full https://host/… address, or a relative path.`,
    };
  }
  if (url.protocol === 'mailto:') return { kind: 'mailto', url };
  if (url.protocol === 'http:') {
    return {
      kind: 'refused',
      rule: 'http',
      reason: `is not https: write it as https://${url.host}${url.pathname}${url.search}${url.hash} (every outbound link must be https).`,
    };
  }
  if (url.protocol !== 'https:') {
    return {
      kind: 'refused',
      rule: 'scheme',
      reason: `uses the ${url.protocol} scheme: only https:// and mailto: are allowed.`,
    };
  }
  if (url.username !== '' || url.password !== '') {
    return {
      kind: 'refused',
      rule: 'credentials',
      reason: `carries a user name before "@", so it goes to ${url.host}, not where it seems: write https://${url.host}/… without it.`,
    };
  }
  if (url.origin === SITE_ORIGIN) {
    let anchor: string | undefined;
    try {
      anchor = url.hash === '' ? undefined : decodeURIComponent(url.hash.slice(1));
    } catch {
      return { kind: 'refused', rule: 'invalid', reason: 'has a malformed %-escape in its #anchor.' };
    }
    return { kind: 'internal', path: url.pathname, search: url.search, anchor, url };
  }
  if (!isAbsolute(href)) {
    // Another origin reached without writing a scheme: `//host/…`, which readers mistake for a path.
    return {
      kind: 'refused',
      rule: 'scheme-relative',
      reason: `leaves the site for ${url.host} without saying so: write the full https://${url.host}/… address.`,
    };
  }
  if (!isHostName(url.hostname)) {
    return {
      kind: 'refused',
      rule: 'invalid',
      reason: `names no valid host ("${url.hostname}"): write the full address, or the text as code if it is a placeholder.`,
    };
  }
  return { kind: 'outbound', host: url.host, url };
}

/** True when a browser would take `href` (on `pagePath`) off this site, or refuses to say where. */
export function leavesSite(href: string, pagePath = '/'): boolean {
  return classifyUrl(href, pagePath).kind !== 'internal';
}

/** A relative reference's path and what follows it from its first `?` or `#` (`a.md?tabs=x#y`: `a.md`, `?tabs=x#y`). */
export function pathAndSuffix(href: string): { path: string; suffix: string } {
  const suffixAt = href.search(/[?#]/);
  return suffixAt === -1
    ? { path: href, suffix: '' }
    : { path: href.slice(0, suffixAt), suffix: href.slice(suffixAt) };
}

/**
 * True when `href` is a plain relative reference (a path, `?query` or `#anchor`, no scheme, no host, no
 * disguise): what Learn-style link and image resolution may rewrite. Everything else is left to the checks.
 */
export function isRelativeReference(href: string): boolean {
  return !URL.canParse(href) && classifyUrl(href).kind === 'internal';
}

/**
 * Where a bare URL written in prose ends, at the latest: before the first full-width or ideographic
 * punctuation mark (`。`, `，`, `：`, `）`), which a Chinese or Japanese sentence puts right after a URL
 * without a space (`转到 https://admin.teams.microsoft.com。`). GFM's literal ends only at a space, and a
 * browser reads `。` in a host as a dot (`admin.teams.microsoft.com.`), or the rest of the sentence as more
 * of the host.
 */
/** The ranges of WIDE_PUNCTUATION, for a character class of a pattern that must stop there too. */
export const WIDE_PUNCTUATION_RANGES =
  '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65';
const WIDE_PUNCTUATION = new RegExp(`[${WIDE_PUNCTUATION_RANGES}]`, 'u');

/** `url` up to its first WIDE_PUNCTUATION mark (all of it when it has none). */
export function bareUrlEnd(url: string): number {
  const at = WIDE_PUNCTUATION.exec(url)?.index;
  return at ?? url.length;
}
