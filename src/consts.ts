/** Site-wide constants: names, addresses and the source article this site republishes. */

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

/** Learn resolves root-relative links against this origin and locale. */
export const LEARN_BASE = 'https://learn.microsoft.com/en-us';
/** The Learn folder the source article lives in; its relative `.md` links resolve here. */
export const LEARN_FOLDER = 'defender-business';

/**
 * Pages of the site itself (not of the article), built by src/pages/*.astro, listed in the sidebar in
 * this order after all of the article's pages, whatever their orders.
 */
export const EXTRA_PAGES: readonly { slug: string; label: string }[] = [
  { slug: 'links', label: 'Links' },
  { slug: 'accessibility', label: 'Accessibility statement' },
];

/**
 * The hosts outbound links may go to, each with the group it is listed under on the Links page, groups in
 * this order. The build fails on a link to any other host: to allow one, check the link, add one line here.
 */
export const OUTBOUND_HOSTS: Readonly<Record<string, string>> = {
  'www.microsoft.com': 'Microsoft Trust Center',
  'privacy.microsoft.com': 'Microsoft privacy',
  'learn.microsoft.com': 'Microsoft Learn',
  'creativecommons.org': 'Licence',
  'github.com': 'Source on GitHub',
};

/** The group of OUTBOUND_HOSTS the overview leads with. */
export const TRUST_CENTER = 'Microsoft Trust Center';

/** The components MDX content may use; src/pages/[...slug].astro provides exactly these. */
export const CONTENT_COMPONENTS = ['SectionList', 'TrustCenterLinks'] as const;
export type ContentComponent = (typeof CONTENT_COMPONENTS)[number];
