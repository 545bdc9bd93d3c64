/** The site's link policy as pure checks: what is wrong with a URL, and what the maintainer should do. */
import type { UrlRole } from './content-safety.ts';
import { classifyUrl } from './url-class.ts';

/** A URL as written in a page, with where it was written. */
export interface LinkSite {
  /** The source file, relative to the project: `content/security.mdx`. */
  file: string;
  line: number | undefined;
  /** The href as written in the file. */
  href: string;
  /** The href as published, when it differs (a Learn link resolved). */
  published?: string | undefined;
  /** The attribute that holds it, when not a link's `href` (`src`, `srcset`…), and its element. */
  attribute?: { element: string; name: string } | undefined;
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
  switch (found.kind) {
    case 'refused':
      return { problem: found.reason };
    case 'internal':
      return role === 'link' ? { internal: { path: found.path, anchor: found.anchor } } : { ok: true };
    case 'mailto':
      return role === 'link'
        ? { problem: 'is a mailto: link: outbound links must be written as full https:// URLs.' }
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
            `add '${found.host}' to OUTBOUND_HOSTS in src/consts.ts (one line); otherwise fix the link.`,
        };
      }
      return { ok: true };
  }
}

/**
 * What is wrong with an internal link, or undefined. `headingIds` maps each page path of the site to
 * the ids of its headings, or to undefined when the page exists but its headings are not known here.
 */
export function checkInternal(
  target: { path: string; anchor: string | undefined },
  headingIds: ReadonlyMap<string, ReadonlySet<string> | undefined>,
): string | undefined {
  if (!headingIds.has(target.path)) {
    const pages = [...headingIds.keys()].sort().join(', ');
    return (
      `goes to ${target.path}, which is not a page of this site. Link to one of ${pages}: ` +
      'write a page of this site as name.md (privacy.md), as Learn does.'
    );
  }
  const ids = headingIds.get(target.path);
  if (target.anchor === undefined || ids === undefined || ids.has(target.anchor)) return undefined;
  const known = [...ids].map((id) => `#${id}`).join(', ') || 'none';
  return `goes to #${target.anchor}, which is not a heading on ${target.path}. Its headings are: ${known}.`;
}

/** Every problem of the site's internal links, checked once against every page's headings. */
export function checkInternalLinks(
  links: readonly InternalLink[],
  headingIds: ReadonlyMap<string, ReadonlySet<string> | undefined>,
): string[] {
  return links.flatMap((link) => {
    const problem = checkInternal(link, headingIds);
    return problem ? [describeProblem(link.site, problem)] : [];
  });
}

/** One line a maintainer can act on: `content/privacy.mdx:12: the link "http://…" is not https: …`. */
export function describeProblem(site: LinkSite, problem: string): string {
  const where = site.line === undefined ? site.file : `${site.file}:${site.line}`;
  const published =
    site.published === undefined || site.published === site.href ? '' : ` (published as ${site.published})`;
  const what = site.attribute ? `the ${site.attribute.name}= of <${site.attribute.element}>` : 'the link';
  return `${where}: ${what} "${site.href}"${published} ${problem}`;
}
