/** What content (content/*.mdx) may not contain, as pure checks the remark and rehype plugins apply to every page. */
import { classifyUrl, type UrlClass } from './url-class.ts';

/** HTML and SVG elements content may not write: they run code, load other documents, restyle the site or rewrite attributes. */
export const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'fencedframe',
  'base',
  'link',
  'meta',
  'form',
  // SVG animation sets any attribute (an href to javascript:) after the build has checked it.
  'animate',
  'animatemotion',
  'animatetransform',
  'set',
  'discard',
]);

/**
 * An attribute's name as the browser reads it: lower case (`HREF`, `srcSet`), with SVG's `xlink:` prefix
 * (`xlink:href`, JSX's `xlinkHref`, hast's `xLinkHref`) dropped, since browsers follow it like `href`.
 */
export function attributeName(name: string): string {
  const lower = name.toLowerCase();
  if (lower.startsWith('xlink:')) return lower.slice('xlink:'.length);
  return lower === 'xlinkhref' ? 'href' : lower;
}

/** Attributes the browser fetches from as the page loads (or, `ping`, as a link is followed). */
const REQUEST_ATTRIBUTES = new Set([
  'src',
  'srcset',
  'imagesrcset',
  'poster',
  'background',
  'data',
  'ping',
  'lowsrc',
  'dynsrc',
  'manifest',
  'codebase',
  'archive',
  'classid',
  'icon',
  'profile',
  'attributionsrc',
]);

/** URL attributes the page does not fetch as it loads: followed, submitted to or only named (`cite`); `href` see `urlRole`. */
const LINK_ONLY_ATTRIBUTES = ['href', 'action', 'formaction', 'cite', 'longdesc', 'itemid', 'itemtype'];

/** Attributes whose value is a URL or a list of URLs, in any element (names as `attributeName` gives them). */
export const URL_ATTRIBUTES = new Set([...LINK_ONLY_ATTRIBUTES, ...REQUEST_ATTRIBUTES]);

/** Elements whose `href` is followed by a reader's click; on any other element (SVG `<image>`, `<use>`…) `href` loads. */
const NAVIGATION_ELEMENTS = new Set(['a', 'area']);

/** What an URL attribute does: takes the reader somewhere (a link), fetches (a request), or neither (`cite`). */
export type UrlRole = 'link' | 'request' | 'other';

/** The role of attribute `name` (as `attributeName` gives it) on element `tag`, or undefined when it holds no URL. */
export function urlRole(tag: string, name: string): UrlRole | undefined {
  if (!URL_ATTRIBUTES.has(name)) return undefined;
  if (name === 'href') return NAVIGATION_ELEMENTS.has(tag.toLowerCase()) ? 'link' : 'request';
  return REQUEST_ATTRIBUTES.has(name) ? 'request' : 'other';
}

const ASCII_WHITESPACE = new Set(['\t', '\n', '\f', '\r', ' ']);

/** The URLs of a `srcset` as the HTML standard's parser reads it (a URL may hold commas; descriptors may not). */
function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let at = 0;
  while (at < value.length) {
    while (at < value.length && (ASCII_WHITESPACE.has(value[at] ?? '') || value[at] === ',')) at++;
    if (at >= value.length) break;
    const start = at;
    while (at < value.length && !ASCII_WHITESPACE.has(value[at] ?? '')) at++;
    let url = value.slice(start, at);
    if (url.endsWith(',')) {
      while (url.endsWith(',')) url = url.slice(0, -1);
      urls.push(url);
      continue;
    }
    urls.push(url);
    let inParens = false;
    for (; at < value.length; at++) {
      const char = value[at];
      if (char === '(') inParens = true;
      else if (char === ')') inParens = false;
      else if (char === ',' && !inParens) {
        at++;
        break;
      }
    }
  }
  return urls;
}

/**
 * The URLs an attribute holds, as the browser would read them and, for lists, also split at every comma
 * and space: a URL is checked if either reading finds it, so no way of writing a list hides one.
 */
export function urlsOf(name: string, value: string): string[] {
  if (name === 'srcset' || name === 'imagesrcset') {
    const split = value.split(/[\s,]+/).filter((part) => part !== '');
    return [...new Set([...srcsetUrls(value), ...split])];
  }
  if (name === 'ping' || name === 'archive') return value.split(/[\s,]+/).filter((part) => part !== '');
  return [value];
}

/** A URL of an attribute content wrote that the site refuses wherever it stands, with why; or undefined. */
export function refusedUrl(url: string, pagePath = '/'): Extract<UrlClass, { kind: 'refused' }> | undefined {
  const found = classifyUrl(url, pagePath);
  return found.kind === 'refused' ? found : undefined;
}

/** An attribute that is an inline event handler (`onclick`, `onLoad`…), which the CSP would block anyway. */
export function isEventHandler(attribute: string): boolean {
  return /^on[a-z]/i.test(attribute);
}

/** An attribute that steers Pagefind (`data-pagefind-meta="url:…"` rewrites a result's link): the site's own code sets these, never content. */
export function isPagefindAttribute(attribute: string): boolean {
  return attribute
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .startsWith('datapagefind');
}

/** Whether a JSX name is a component (`SectionList`, `Foo.Bar`) rather than an HTML element (`div`). */
export function isComponentName(name: string): boolean {
  return /^[A-Z]/.test(name) || name.includes('.');
}
