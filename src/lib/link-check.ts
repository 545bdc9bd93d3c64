/** The site's link policy as pure checks: what is wrong with a link, and what the maintainer should do. */

/** Where a published link goes: off the site, or to a page (and maybe a heading) of this site. */
export type LinkTarget =
  { kind: 'outbound'; href: string } | { kind: 'internal'; path: string; anchor: string | undefined };

/** A link as written in a page, with where it was written. */
export interface LinkSite {
  /** The source file, relative to the project: `content/security.mdx`. */
  file: string;
  line: number | undefined;
  /** The href as written in the file. */
  href: string;
  /** The href as published, when it differs (a Learn link resolved). */
  published?: string | undefined;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Outbound when it names a scheme or a host; otherwise a path of this site, resolved against `fromPath`. */
export function classifyLink(href: string, fromPath: string): LinkTarget {
  if (SCHEME.test(href) || href.startsWith('//')) return { kind: 'outbound', href };
  const url = new URL(href, new URL(fromPath, 'http://site.invalid'));
  const anchor = url.hash === '' ? undefined : decodeURIComponent(url.hash.slice(1));
  return { kind: 'internal', path: url.pathname, anchor };
}

/** What is wrong with an outbound link under the policy (https, host on the allowlist), or undefined. */
export function checkOutbound(href: string, allowedHosts: ReadonlySet<string>): string | undefined {
  let url: URL;
  try {
    url = new URL(href.startsWith('//') ? `https:${href}` : href);
  } catch {
    return 'is not a valid URL: write a full https:// address.';
  }
  // An e-mail address makes no request: allowed (and marked "(email)" by src/markdown/external-links.ts).
  if (url.protocol === 'mailto:') return undefined;
  if (url.protocol === 'http:') {
    return `is not https: write it as ${href.replace(/^http:/i, 'https:')} (every outbound link must be https).`;
  }
  if (url.protocol !== 'https:' || href.startsWith('//')) {
    return `is not an https:// address: outbound links must be written as full https:// URLs.`;
  }
  if (!allowedHosts.has(url.hostname)) {
    return (
      `goes to ${url.hostname}, which is not on the allowlist of outbound hosts. If the link is right, ` +
      `add '${url.hostname}' to OUTBOUND_HOSTS in src/consts.ts (one line); otherwise fix the link.`
    );
  }
  return undefined;
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

/** One line a maintainer can act on: `content/privacy.mdx:12: the link "http://…" is not https: …`. */
export function describeProblem(site: LinkSite, problem: string): string {
  const where = site.line === undefined ? site.file : `${site.file}:${site.line}`;
  const published =
    site.published === undefined || site.published === site.href ? '' : ` (published as ${site.published})`;
  return `${where}: the link "${site.href}"${published} ${problem}`;
}
