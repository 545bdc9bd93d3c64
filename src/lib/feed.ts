/**
 * What changed on the site, newest first, for the What's new page and the Atom feed (RFC 4287): one item
 * for each page's source update (its `updated` date) and one for each changelog entry.
 */
import type { ChangelogEntry } from './changelog.ts';
import { dayDate, formatDate, isoDate } from './dates.ts';
import { nearestFirst } from './link-check.ts';

export interface ChangedPage {
  slug: string;
  title: string;
  /** Absolute URL of the page. */
  url: string;
  /** When its source last changed. */
  updated: Date;
}

export interface Change {
  /** A permanent, unique id: a tag: URI (RFC 4151) on the site's host and the day of the change. */
  id: string;
  title: string;
  /** The day of the change, at midnight UTC. */
  updated: Date;
  /** Absolute URL of the changed page. */
  url: string;
  summary: string;
  /** The source's diff, when the changelog gives one. */
  diff?: string | undefined;
}

/** A short, stable fingerprint of `text` (FNV-1a), so an id stays the same for the same change. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** Every change, newest first (ties: changelog entries before source updates, then by page title). */
export function listChanges(
  pages: readonly ChangedPage[],
  changelog: readonly ChangelogEntry[],
  siteUrl: string,
): Change[] {
  const host = new URL(siteUrl).hostname;
  const bySlug = new Map(pages.map((page) => [page.slug, page]));
  const fromChangelog = changelog.map((entry): Change => {
    const page = bySlug.get(entry.page);
    if (!page) {
      throw new Error(
        `content/changelog.json names the page "${entry.page}", which does not exist: use one of ${nearestFirst(entry.page, [...bySlug.keys()])}.`,
      );
    }
    return {
      id: `tag:${host},${entry.date}:${new URL(page.url).pathname}changes/${fingerprint(entry.summary)}`,
      title: `${page.title}: changed`,
      updated: dayDate(entry.date),
      url: page.url,
      summary: entry.summary,
      diff: entry.diff,
    };
  });
  const fromSource = pages.map((page): Change => ({
    id: `tag:${host},${isoDate(page.updated)}:${new URL(page.url).pathname}source-updated`,
    title: `${page.title}: source updated`,
    updated: page.updated,
    url: page.url,
    // The date as the page writes dates: 2025-09-11 broke at its hyphens ("2025-09-" above "11.").
    summary: `The Learn article's text for "${page.title}" was last updated on ${formatDate(page.updated)}.`,
  }));
  return [...fromChangelog, ...fromSource]
    .map((change, order) => ({ change, order }))
    .sort((a, b) => b.change.updated.getTime() - a.change.updated.getTime() || a.order - b.order)
    .map(({ change }) => change);
}

/** Text for XML content and attribute values. */
function xml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

export interface FeedOptions {
  title: string;
  subtitle: string;
  /** Absolute URL of the site (the feed's alternate link). */
  siteUrl: string;
  /** Absolute URL of the feed itself (its id and rel="self" link). */
  feedUrl: string;
  author: string;
  rights: string;
}

/** An Atom feed (RFC 4287) of `changes`, newest first; dates RFC 3339. */
export function atomFeed(options: FeedOptions, changes: readonly Change[]): string {
  const newest = changes.reduce((latest, change) => Math.max(latest, change.updated.getTime()), 0);
  const entries = changes.map(
    (change) => `  <entry>
    <id>${xml(change.id)}</id>
    <title>${xml(change.title)}</title>
    <updated>${change.updated.toISOString()}</updated>
    <link rel="alternate" type="text/html" href="${xml(change.url)}"/>${
      change.diff ? `\n    <link rel="related" href="${xml(change.diff)}" title="Diff of the source"/>` : ''
    }
    <summary>${xml(change.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xml(options.feedUrl)}</id>
  <title>${xml(options.title)}</title>
  <subtitle>${xml(options.subtitle)}</subtitle>
  <updated>${new Date(newest).toISOString()}</updated>
  <link rel="self" type="application/atom+xml" href="${xml(options.feedUrl)}"/>
  <link rel="alternate" type="text/html" href="${xml(options.siteUrl)}"/>
  <author><name>${xml(options.author)}</name><uri>${xml(options.siteUrl)}</uri></author>
  <rights>${xml(options.rights)}</rights>
${entries.join('\n')}
</feed>
`;
}
