/**
 * The ids the layout and its components give their elements. The skip link, `aria-labelledby`,
 * `aria-controls`, `<label for>` and the site's scripts find those elements by id, so content may not
 * take one (src/markdown/rehype-reserved-ids.ts). The components and layouts write them from here (the
 * theme script, inlined as text, names theme-select itself); tests/build/layout-ids.test.ts reads every id
 * a built page's layout holds and fails on one missing here.
 */
import { GROUP_SEPARATOR } from './navigation.ts';
import { FIELD_LIMITS } from './field-limits.ts';
import { isTabLabelId } from './toc.ts';
import { tabSetBound } from '../search/tab-sets.ts';

export const LAYOUT_IDS = {
  /** `<main>` of DocsLayout.astro: the skip link's target. */
  mainContent: 'main-content',
  /** Search.astro: the box, its live status, the results panel and list. */
  searchInput: 'search-input',
  searchStatus: 'search-status',
  searchPanel: 'search-panel',
  searchResults: 'search-results',
  /** MobileMenu.astro: the panel the Menu button opens. */
  menuPanel: 'menu-panel',
  /** ThemeToggle.astro: the theme select, which the theme script looks up. */
  themeSelect: 'theme-select',
  /** TableOfContents.astro: the "On this page" heading that names its navigation. */
  tocHeading: 'toc-heading',
  /** TrustCenterLinks.astro (a component content may use): the label of its section. */
  trustCenterLabel: 'trust-center-label',
} as const;

/**
 * Sidebar.astro: the label of the open group at `level` (from 1), which names its list of pages. Only the
 * groups holding the page are open, one a level.
 */
export const sidebarGroupLabelId = (level: number): string => `sidebar-group-${level}`;

/** The most levels a group path (`A › B › C`) can have within its length limit: one letter a level. */
const GROUP_LEVELS = Math.ceil((FIELD_LIMITS.group + GROUP_SEPARATOR.length) / (1 + GROUP_SEPARATOR.length));

/** Every id of LAYOUT_IDS, and each level's sidebar group label's. */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  ...Object.values(LAYOUT_IDS),
  ...Array.from({ length: GROUP_LEVELS }, (_, index) => sidebarGroupLabelId(index + 1)),
]);

/**
 * Whether `id` is one GFM's footnotes take (remark-rehype, `user-content-` its prefix against clobbering):
 * the footnotes' heading, each note's (`user-content-fn-1`) and each reference's (`user-content-fnref-1`,
 * `-2` for a second reference to one note). A reference links to its note, is described by the heading and
 * is linked back to, by these ids, so content may not take one either.
 */
export function isFootnoteId(id: string): boolean {
  return id === 'footnote-label' || /^user-content-fn(?:ref)?-/.test(id);
}

/**
 * The ids the site gives the parts of a Learn tab set it builds in content (src/markdown/remark-learn-tabs.ts),
 * tab `tab` of the page's set `set`, both from 1: the tab's button, and its panel. Its label heading's is
 * tabLabelId (src/lib/toc.ts).
 */
export const tabButtonId = (set: number, tab: number): string => `learn-tab-${set}-${tab}`;
export const tabPanelId = (set: number, tab: number): string => `${tabButtonId(set, tab)}-panel`;

/**
 * Whether `id` is one of a tab set's own (button, panel, label heading; the set's, and its end marker's, which
 * search reads: src/search/tab-sets.ts): the site's, not a place content names.
 */
export function isTabSetId(id: string): boolean {
  return /^learn-tab-\d+-\d+(?:-panel)?$/.test(id) || isTabLabelId(id) || tabSetBound(id) !== null;
}
