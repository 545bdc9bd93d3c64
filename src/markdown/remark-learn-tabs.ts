/**
 * Learn's tabs: a run of headings that are each only a `[Label](#tab/id)` link, at any level, each
 * followed by its content, closed by a `---` line. Rendered as one tab set: its tablist of buttons (built here, so the
 * script that runs them stays small and the page does not move when it runs), then a labelled section
 * per tab (heading, then content). Without JavaScript, and in print, the tablist is not shown and the
 * sections read one after another; with it, src/components/LearnTabs.astro shows the tablist and the
 * first tab before first paint and src/client/learn-tabs.ts makes them WAI-ARIA tabs. A label's heading
 * sits one level below the heading the set is under, as Learn's tabs are no headings of the page's
 * outline; "On this page" leaves labels out. The set's element and an empty one at its end carry ids that tell
 * search where it starts and ends (src/search/tab-sets.ts). Content may not write the classes a set is built with
 * (TAB_SET_CLASSES): the script would take such an element for a set, so the build fails naming its line; nor the
 * search highlight's, nor those that hide text from sighted readers (`visually-hidden`) or mark text the checks
 * leave alone, checked in the same walk (RESERVED_CLASSES).
 */
import type {} from '@astrojs/markdown-remark';
import type { Heading, Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from '../lib/tree-visit.ts';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { isJsx } from './mdx-jsx.ts';
import { pagePoint, placeName } from './source-place.ts';
import { isBlankOrBookmark, isBookmark } from './rehype-unique-ids.ts';
import { tabButtonId, tabPanelId } from '../lib/layout-ids.ts';
import { tabLabelId } from '../lib/toc.ts';
import { HIGHLIGHT_CLASS } from '../search/highlight.ts';
import { LITERAL_CLASS } from '../lib/learn/leftovers.ts';
import { HEADING_ANCHOR_CLASS } from './rehype-heading-anchors.ts';
import { URL_TEXT_CLASS, VISUALLY_HIDDEN_CLASS } from './external-links.ts';
import { tabSetEndId, tabSetId } from '../search/tab-sets.ts';
import { CALLOUT_CLASSES } from './remark-learn-alerts.ts';
import { ZONE_LABEL_CLASS } from './remark-learn-blocks.ts';
import { CODE_LABEL_CLASS } from './code-languages.ts';
import { CODE_BAR_CLASS } from './rehype-code-bar.ts';

/** The class of "On this page" folded above the article (TableOfContents.astro), which wide screens hide. */
export const TOC_COLLAPSIBLE_CLASS = 'toc-collapsible';

/** Set in a page's `remarkPluginFrontmatter` when it has tab sets: only those pages load their script. */
export const HAS_TABS = 'learnTabs';

/**
 * The classes of a tab set's parts, as built here, styled by src/components/LearnTabs.astro and found by
 * src/client/learn-tabs.ts (`ready` it adds): the site's own, which content may not write.
 */
export const TAB_SET_CLASSES = {
  set: 'learn-tabs',
  tablist: 'learn-tablist',
  button: 'learn-tab-button',
  panel: 'learn-tab',
  ready: 'learn-tabs-ready',
} as const;

const TAB_SET_CLASS_USE =
  'it marks the parts of the Learn tab sets the build makes, which the tabs script runs. Remove it or use another class; write tabs as Learn does (# [Label](#tab/id), its text, then ---)';

/**
 * The classes the site's own scripts find elements by, each with what it marks and what to do instead: a tab
 * set's parts, and the search highlight's marks (red team 21: content's `<mark className="pagefind-highlight">`
 * looked like a word the reader had searched for, and a page opened from a search result scrolled to it,
 * ahead of the real matches).
 */
const RESERVED_CLASSES: ReadonlyMap<string, string> = new Map([
  ...Object.values(TAB_SET_CLASSES).map((name) => [name, TAB_SET_CLASS_USE] as const),
  [
    HIGHLIGHT_CLASS,
    'it marks the words a reader searched for, and a page opened from a search result scrolls to the first. Remove it; to highlight text, write <mark> alone',
  ],
  // Classes that hide what content writes from sighted readers while search indexes it (red team 22: a page's
  // `<span className="visually-hidden">` words found it, and its search excerpt showed them, on a page that
  // shows them to no one who reads it by sight), or that mark text the build's checks leave alone.
  [
    VISUALLY_HIDDEN_CLASS,
    'it hides text from sighted readers (the words a screen reader adds to a link, "(external site)"), while search still finds the page by them and shows them in its excerpt. Remove it; write what every reader should read as text, or a link\'s or image\'s description in its text or alt text',
  ],
  [
    HEADING_ANCHOR_CLASS,
    'it marks a heading\'s "#" link, which the page shows only on hover (so its text is hidden, and search still finds it) and the check for Learn syntax leaves alone. Remove it',
  ],
  [
    LITERAL_CLASS,
    'it marks Learn syntax the source escaped (\\[!NOTE]), which the check for unrendered Learn syntax leaves alone. Remove it; escape the syntax to show it as text',
  ],
  [
    URL_TEXT_CLASS,
    'it marks a link whose text is its URL, after which a printed page does not spell the URL out again (so a link marked so prints without saying where it goes). Remove it; a link written as its URL is marked by the build',
  ],
  // The classes of the labels the build writes in the site's words (red team 34: a callout of the site's warning
  // style titled with a page's own words, "Your Microsoft 365 licence has expired", a zone's label of its own).
  ...[CALLOUT_CLASSES.box, ...CALLOUT_CLASSES.kinds, CALLOUT_CLASSES.title, CALLOUT_CLASSES.icon].map(
    (name) =>
      [
        name,
        "it marks the site's callouts and their label (Note, Tip, Important, Caution, Warning, in the site's words), so a page's own words would show as the site's alert. Write a callout as Learn does: > [!WARNING] then its text",
      ] as const,
  ),
  [
    ZONE_LABEL_CLASS,
    'it marks the label the build writes above a zone or moniker ("For Windows:"), in the site\'s words. Write the text plainly; a zone is :::zone pivot="…"',
  ],
  [
    CODE_LABEL_CLASS,
    "it marks the name of a code block's language that the build writes in the bar above it. Write the text plainly; a block names its language after its fence (```powershell)",
  ],
  [
    CODE_BAR_CLASS,
    'it marks the bar the build writes above each code block, with its language\'s name and its "Copy" button. Remove it; every code block gets its bar',
  ],
  [
    TOC_COLLAPSIBLE_CLASS,
    'it marks the folding "On this page" above the article, which wide screens do not show (so its text is hidden, and search still finds it). Remove it',
  ],
]);

/**
 * Where content writes a class of RESERVED_CLASSES (`<div className="learn-tabs">`), each as
 * `file:line:column: …`: the tabs script would take that element for a set the build made (a forged set with no
 * button per panel made it throw, and the page's real tabs stopped working).
 */
function reservedClassProblems(tree: Root, file: VFile): { message: string; place?: Point | undefined }[] {
  const problems: { message: string; place?: Point | undefined }[] = [];
  visit(tree, (node) => {
    if (!isJsx(node)) return;
    for (const attribute of node.attributes) {
      if (
        attribute.type !== 'mdxJsxAttribute' ||
        !['class', 'classname'].includes(attribute.name.toLowerCase())
      )
        continue;
      const value = typeof attribute.value === 'string' ? attribute.value : '';
      for (const name of value.split(/[\t\n\f\r ]+/)) {
        const use = RESERVED_CLASSES.get(name);
        if (use === undefined) continue;
        const start = node.position?.start;
        problems.push({
          message: `${placeName(file, start?.line, start?.column)}: the class "${name}" on <${node.name ?? ''}> is the site's own: ${use}.`,
          place: pagePoint(file, start),
        });
      }
    }
  });
  return problems;
}

/**
 * A tab label's link: `#tab/id`, or Learn's dependent tab `#tab/id/condition`, shown when the tab `condition`
 * is chosen in a set above (TabGroupAggregator's pattern, any id without spaces or slashes).
 */
const TAB_LINK = /^#tab\/([^\s/]+)(?:\/([^\s/]*))?$/;

/** A tab label: its tab id, the tab id it depends on (`#tab/id/condition`) if any, and its text. */
export interface TabLabel {
  id: string;
  condition?: string;
  label: string;
  /** Bookmarks written in the label's heading (`# <a name="x"></a>[Label](#tab/x)`), kept in it. */
  bookmarks: RootContent[];
}

/**
 * The tab label a heading is when it is one `[Label](#tab/id)` or `[Label](#tab/id/condition)` link, with
 * bookmarks beside it at most: machine-translated Learn articles start every heading with an empty `<a
 * name="x"></a>`, an MDX page's JSX element (a `.md` page holds no raw HTML).
 */
export function tabOf(node: RootContent): TabLabel | undefined {
  if (node.type !== 'heading') return undefined;
  const links = node.children.filter((child) => child.type === 'link');
  const [link] = links;
  if (links.length !== 1 || link === undefined) return undefined;
  const rest = node.children.filter((child) => child !== link);
  if (!rest.every(isBlankOrBookmark)) return undefined;
  const [, id, condition] = TAB_LINK.exec(link.url) ?? [];
  if (id === undefined) return undefined;
  return {
    id,
    ...(condition ? { condition } : {}),
    label: toString(link).trim(),
    bookmarks: rest.filter(isBookmark),
  };
}

/** A container mdast does not have: rendered as the element `hName` with `hProperties`. */
function block(hName: string, hProperties: Record<string, unknown>, children: RootContent[]): RootContent {
  return { type: 'learnBlock', data: { hName, hProperties }, children } as unknown as RootContent;
}

/**
 * The tablist of set `set`: a button per label, the first selected (as the page first shows it). It is
 * the site's chrome, not the article's text: left out of the search index and the Markdown copy.
 */
function tablist(set: number, labels: readonly string[]): RootContent {
  const tabs = labels.map((label, index) =>
    block(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: tabButtonId(set, index + 1),
        className: [TAB_SET_CLASSES.button],
        ariaControls: tabPanelId(set, index + 1),
        ariaSelected: String(index === 0),
        tabIndex: index === 0 ? 0 : -1,
      },
      [{ type: 'text', value: label }],
    ),
  );
  return block(
    'div',
    { role: 'tablist', className: [TAB_SET_CLASSES.tablist], dataPagefindIgnore: '', dataMarkdownIgnore: '' },
    tabs,
  );
}

/**
 * True when `heading`, met in a tab set with no `---` after it, is no tab's content but the end of the
 * section the set is in (its level at or above that section's heading, `outline`): no label follows it
 * (`labelAfter`), and no tab of the set so far holds a heading of its level or above (`topInTabs`, the highest
 * level of a heading in the set's tabs; where one does, such headings are tab content). Learn's aggregator puts
 * the rest of the page in the last tab: OfficeDocs-DeployOffice's troubleshooting page writes
 * `# [Windows 11](#tab/windows11)` under `### Delivery optimization` and no `---`, so its next
 * `## Other deployment options` and every section after it showed only in that tab.
 */
function endsSection(heading: Heading, outline: number, labelAfter: boolean, topInTabs: number): boolean {
  return heading.depth <= outline && !labelAfter && heading.depth < topInTabs;
}

/** The highest level (lowest depth) of a heading in `node` or in it, 7 when it holds none. */
function topHeadingDepth(node: RootContent): number {
  let top = 7;
  visit(node, 'heading', (inner: Heading) => {
    top = Math.min(top, inner.depth);
  });
  return top;
}

/**
 * Remark plugin: each tab run becomes `div.learn-tabs`: its tablist, then a `section.learn-tab` (heading
 * + content) per tab; a page with any is marked with HAS_TABS.
 */
export function remarkLearnTabs() {
  return (tree: Root, file: VFile) => {
    const reserved = reservedClassProblems(tree, file);
    if (reserved.length > 0)
      file.fail(
        `Content writes a class of the site's own:\n${reserved.map((problem) => `  ${problem.message}`).join('\n')}`,
        { place: reserved[0]?.place ?? null, ruleId: 'reserved-classes', source: 'remark-learn-tabs' },
      );
    let sets = 0;
    // The label of each tab id the page's sets had so far, first one first: a dependent tab names its
    // condition by it ("Extension 5.x+ (In-process)"), as Learn shows it only under that choice.
    const labelsById = new Map<string, string>();
    // The level of the last heading of the page's outline so far (tab labels and tab content are not
    // visited): a set's labels are one level below it.
    let outline = 1;
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || !('children' in node)) return undefined;
      const first = parent.children[index];
      if (first === undefined || tabOf(first) === undefined) {
        if (first?.type === 'heading') outline = first.depth;
        return undefined;
      }
      // The level of the set's highest label so far: labels may be written at different levels.
      let depth = (first as Heading).depth;
      const labelDepth = Math.min(6, Math.max(2, outline + 1)) as Heading['depth'];
      // Learn ends a tab set at its `---` (TabGroupAggregator), whatever headings come before it.
      const rule = parent.children.findIndex((child, at) => at > index && child.type === 'thematicBreak');
      const sections: RootContent[] = [];
      const labels: string[] = [];
      let end = index;
      let current: { heading: Heading; content: RootContent[]; tab: TabLabel } | undefined;
      // The highest level of a heading in the set's tabs so far (endsSection), and the last label among the
      // children: each worked out as the set is read, not again for each heading.
      let topInTabs = 7;
      const lastLabel = parent.children.findLastIndex((child) => tabOf(child) !== undefined);
      const close = () => {
        if (!current) return;
        // A tab holding nothing, not even a bookmark in its label (its one include missing from the copy, as
        // entra-docs' Microsoft Graph snippets are another repository's), is left out: an empty panel says nothing.
        if (current.content.length === 0 && current.tab.bookmarks.length === 0) return;
        const setId = `tabset-${sets + 1}`;
        labels.push(current.tab.label);
        sections.push(
          block(
            'section',
            {
              className: [TAB_SET_CLASSES.panel],
              id: tabPanelId(sets + 1, labels.length),
              role: 'tabpanel',
              // Focusable, as WAI-ARIA's tabs pattern has it (written here, not by the script: 2 KB at load).
              tabIndex: 0,
              ariaLabelledBy: tabButtonId(sets + 1, labels.length),
              // Lower case: the script compares ids as Learn does, without case (`?tabs=Servers`).
              dataTab: current.tab.id.toLowerCase(),
              dataCondition: current.tab.condition?.toLowerCase(),
              dataTabset: setId,
            },
            [current.heading, ...current.content],
          ),
        );
      };
      for (; end < parent.children.length; end++) {
        const child = parent.children[end];
        if (child === undefined) break;
        const found = tabOf(child);
        // Learn (TabGroupAggregator) starts a tab at any label heading, whatever its level.
        if (found) {
          const { condition } = found;
          const tab =
            condition === undefined
              ? found
              : { ...found, label: `${found.label} (${labelsById.get(condition) ?? condition})` };
          if (condition === undefined && !labelsById.has(found.id)) labelsById.set(found.id, found.label);
          close();
          depth = Math.min(depth, (child as Heading).depth) as Heading['depth'];
          // The heading keeps the label as text: the link to `#tab/…` goes nowhere on this site. Its id
          // marks it as a label (no TOC entry) and leaves the label's text to the content's own heading.
          const heading: Heading = {
            ...(child as Heading),
            depth: labelDepth,
            children: [...(found.bookmarks as Heading['children']), { type: 'text', value: tab.label }],
            data: { hProperties: { id: tabLabelId(sets + 1, sections.length + 1) } },
          };
          current = { heading, content: [], tab };
          continue;
        }
        if (child.type === 'thematicBreak') break;
        // With no `---` after it, a heading above its labels' level ends the set (be forgiving), and so does
        // one the section the set is in would end (endsSection).
        if (
          rule === -1 &&
          child.type === 'heading' &&
          (child.depth < depth || endsSection(child, outline, lastLabel > end, topInTabs))
        ) {
          end--;
          break;
        }
        if (!current) continue;
        current.content.push(child);
        topInTabs = Math.min(topInTabs, topHeadingDepth(child));
      }
      close();
      const removed = Math.min(end, parent.children.length - 1) - index + 1;
      // A set whose every tab holds nothing is no set: its labels go too.
      if (sections.length === 0) {
        parent.children.splice(index, removed);
        return [SKIP, index];
      }
      // Where the set ends, for search: Pagefind gives a match the nearest heading above it, which for the text
      // after a set is the last tab's; search reads this id and gives that text the heading above the set
      // (src/search/results.ts). The last panel's last element, empty and hidden: no reader meets it, nor focus,
      // and the set stays the last element of a callout (whose last element has no margin below).
      (sections.at(-1) as Parent | undefined)?.children.push(
        block('div', { id: tabSetEndId(sets + 1), hidden: true }, []),
      );
      sets++;
      parent.children.splice(
        index,
        removed,
        block('div', { className: [TAB_SET_CLASSES.set], id: tabSetId(sets) }, [
          tablist(sets, labels),
          ...sections,
        ]),
      );
      return [SKIP, index + 1];
    });
    if (sets > 0) {
      file.data.astro ??= {};
      file.data.astro.frontmatter ??= {};
      file.data.astro.frontmatter[HAS_TABS] = true;
    }
  };
}
