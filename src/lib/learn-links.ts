/** Link resolution the way Learn does it, so the source's links work unchanged on this site. */

import { pageHref } from './navigation.ts';

export interface LearnLinkContext {
  /** Slugs of this site's pages (`security`, `privacy`…): a relative `security.md` link goes there. */
  sitePages: ReadonlySet<string>;
  /** Origin and locale Learn resolves root-relative paths against: `https://learn.microsoft.com/en-us`. */
  learnBase: string;
  /** The Learn folder of the source article: relative links resolve inside it. */
  learnFolder: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Where a link of a Learn article points on this site: absolute URLs and `#anchors` stay as they are,
 * root-relative paths go to Learn, and relative `name.md` links go to this site's page of that name
 * when there is one, otherwise to the Learn article beside the source. Query and anchor are kept.
 */
export function resolveLearnLink(href: string, context: LearnLinkContext): string {
  if (href === '' || href.startsWith('#') || href.startsWith('//') || SCHEME.test(href)) return href;

  const suffixAt = href.search(/[?#]/);
  const path = suffixAt === -1 ? href : href.slice(0, suffixAt);
  const suffix = suffixAt === -1 ? '' : href.slice(suffixAt);

  const sitePage = /^(?:\.\/)?([\w-]+)\.mdx?$/.exec(path)?.[1];
  if (sitePage !== undefined && context.sitePages.has(sitePage)) return pageHref(sitePage) + suffix;

  const base = `${context.learnBase.replace(/\/+$/, '')}/`;
  const folder = new URL(`${context.learnFolder.replace(/^\/+|\/+$/g, '')}/`, base);
  const target = path.startsWith('/') ? new URL(path.slice(1), base) : new URL(path, folder);
  if (!target.href.startsWith(base)) {
    throw new Error(`The link "${href}" climbs out of ${base}: write it as a full https:// URL.`);
  }
  return target.href.replace(/\.mdx?$/, '') + suffix;
}
