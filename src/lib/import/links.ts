/**
 * Links of a Learn article made into what this site publishes, on the import's text: `http://` written as
 * `https://` (each rewrite reported), HTML `<a href>` as Markdown links, `<xref:…>` autolinks as
 * `[name](xref:…)` links (resolved at build time by src/lib/learn-links.ts), and every outbound host
 * counted with the first place it is linked from, so the import can say which hosts are not yet allowed.
 */
import { mapOutsideInlineCode, mapProseLines } from '../learn/syntax.ts';

/** A place in a source file. */
export interface Place {
  file: string;
  line: number;
}

/** What the link pass saw: hosts linked (count, first place) and the http→https rewrites. */
export interface LinkReport {
  hosts: Map<string, { count: number; first: Place }>;
  httpsRewrites: (Place & { from: string })[];
}

export function emptyLinkReport(): LinkReport {
  return { hosts: new Map(), httpsRewrites: [] };
}

/** An absolute http(s) URL in prose: Markdown link target, autolink, or GFM's bare-URL literal. */
const WEB_URL = /\bhttps?:\/\/[^\s<>()[\]"'`]+/gi;
/** `<a href="url">text</a>` on one line (Learn writes HTML links so; `<a name>` bookmarks are left alone). */
const HTML_LINK = /<a\s+(?:[^>]*?\s)?href\s*=\s*(["'])(.*?)\1[^>]*>(.*?)<\/a\s*>/gis;
/** `<xref:Namespace.Type.Member>` with Learn's optional `?displayProperty=…` and `*` overload marker. */
const XREF_AUTOLINK = /<xref:([^>\s]+)>/g;

/** The text Learn shows for an xref: the last name, or `Type.Member` with `displayProperty=nameWithType`. */
export function xrefText(uid: string): string {
  const [path = '', query = ''] = uid.split('?');
  const parts = decodeURIComponent(path).replace(/\*$/, '').split('.');
  const display = new URLSearchParams(query).get('displayProperty');
  if (display === 'fullName') return parts.join('.');
  if (display === 'nameWithType') return parts.slice(-2).join('.');
  return parts.at(-1) ?? path;
}

/**
 * The text of an HTML link as Markdown link text: a link inside it (`<https://…>`, `[t](u)`) is its text,
 * as a link holds no other link (Markdown would show the brackets of both).
 */
function linkText(inner: string): string {
  return inner.replace(/<(https?:\/\/[^>\s]+)>/gi, '$1').replace(/\[([^\]]*)\]\([^)\s]*\)/g, '$1');
}

/** The prose of `text` (outside code) with its links rewritten as described above; `report` filled. */
export function rewriteLinks(text: string, file: string, firstLine: number, report: LinkReport): string {
  return mapProseLines(text, (line, index) => {
    const place = { file, line: firstLine + index };
    return mapOutsideInlineCode(line, (prose) => {
      const rewritten = prose
        .replace(
          HTML_LINK,
          (_whole, _quote: string, href: string, inner: string) => `[${linkText(inner)}](${href})`,
        )
        .replace(XREF_AUTOLINK, (_whole, uid: string) => `[${xrefText(uid)}](xref:${uid})`)
        .replace(WEB_URL, (url) => {
          const secure = url.replace(/^http:/i, 'https:');
          if (secure !== url) report.httpsRewrites.push({ ...place, from: url });
          let host: string | undefined;
          try {
            host = new URL(secure).hostname;
          } catch {
            host = undefined;
          }
          if (host) {
            const seen = report.hosts.get(host);
            if (seen) seen.count++;
            else report.hosts.set(host, { count: 1, first: place });
          }
          return secure;
        });
      return rewritten;
    });
  });
}
