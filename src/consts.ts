/** Site-wide constants: names, addresses and the source article this site republishes. */
import learnFolder from './data/learn-folder.json' with { type: 'json' };
import outboundHosts from './data/outbound-hosts.json' with { type: 'json' };
import { LEARN_ORIGIN, RECORDED_LEARN_FOLDER, RECORDED_LOCALE } from './lib/learn-folders.ts';

export const SITE_TITLE = 'Defender for Business: Trust';
export const SITE_DESCRIPTION =
  'Security, privacy, and compliance in Microsoft Defender for Business, for IT admins and security teams of small businesses.';
/** Where the built site is published; used for canonical URLs, the sitemap and robots.txt. */
export const SITE_URL = 'https://defender-business-trust.example.org';
export const SITE_LANG = 'en';

/** The Learn article every page of this site comes from, and how it is licensed. */
export const SOURCE = {
  title: 'Security, privacy, and compliance in Microsoft Defender for Business',
  url: 'https://learn.microsoft.com/en-us/defender-business/mdb-security-privacy-compliance',
  copyright: '© Microsoft',
  licence: 'Creative Commons Attribution 4.0 International',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/**
 * Where Learn's Markdown lives on GitHub, and the defaults of the pages' `source` and `imported` front
 * matter: the seed pages (content/*.mdx) were split from this one file on this day.
 */
export const UPSTREAM = {
  repository: 'MicrosoftDocs/defender-docs',
  branch: 'public',
  path: 'defender-business/mdb-security-privacy-compliance.md',
  imported: '2026-11-25',
} as const;

/**
 * Learn resolves root-relative links against this origin and the default Learn folder's locale, which
 * `npm run import -- --learn-path ja-jp/…` records in src/data/learn-folder.json (read and checked by
 * src/lib/learn-folders.ts; a file written before locales has none, and is Learn's en-us); a page from a
 * folder of another locale links Learn in that one.
 */
export const LEARN_BASE = `${LEARN_ORIGIN}/${RECORDED_LOCALE}`;
/**
 * The Learn folder the source articles live in; relative `.md` links to articles not on this site resolve
 * here. Data in src/data/learn-folder.json, which `npm run import -- --learn-path` writes (checked as a
 * path on Learn: a backslash or a scheme there would take the "Adapted from" link elsewhere).
 */
export const LEARN_FOLDER: string = RECORDED_LEARN_FOLDER;
/**
 * The articles of that folder (paths in it, lower case), from its TOC.yml and files as `npm run import`
 * saw them: a relative `.md` link to a file neither here nor a page of the site fails the build.
 */
export const LEARN_ARTICLES: readonly string[] = learnFolder.articles;

/**
 * Pages of the site itself (not of the article), built by src/pages/*.astro, listed in the sidebar in
 * this order after all of the article's pages, whatever their orders.
 */
export const EXTRA_PAGES: readonly { slug: string; label: string }[] = [
  { slug: 'links', label: 'Links' },
  { slug: 'whats-new', label: "What's new" },
  { slug: 'accessibility', label: 'Accessibility statement' },
];

/**
 * The hosts outbound links may go to, each with the group it is listed under on the Links page, groups in
 * the order they first appear. Kept as data, one line a host, in src/data/outbound-hosts.json: the build
 * fails on a link to any other host; `npm run import -- --allow-new-hosts` adds the hosts of imported
 * articles there under "Other sites".
 */
export const OUTBOUND_HOSTS: Readonly<Record<string, string>> = outboundHosts;

/** The Links-page group `--allow-new-hosts` puts new hosts under. */
export const NEW_HOSTS_GROUP = 'Other sites';

/** The group of OUTBOUND_HOSTS the overview leads with. */
export const TRUST_CENTER = 'Microsoft Trust Center';

/** The components MDX content may use; src/pages/[...slug].astro provides exactly these. */
export const CONTENT_COMPONENTS = ['SectionList', 'TrustCenterLinks'] as const;
export type ContentComponent = (typeof CONTENT_COMPONENTS)[number];

/**
 * /.well-known/security.txt (RFC 9116): where to report a security problem, and until when that holds.
 * The build fails once EXPIRES is less than 30 days away: move it forward (at most a year) when still true.
 */
export const SECURITY_TXT = {
  contact: 'mailto:security@defender-business-trust.example.org',
  expires: '2027-11-30T00:00:00.000Z',
  preferredLanguages: 'en',
} as const;

/** `npm run import` gives this author to an article that names none (no `author`, no `ms.author`, no `--author`). */
export const DEFAULT_AUTHOR = 'MicrosoftDocs';
