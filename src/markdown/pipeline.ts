/**
 * The site's Markdown pipeline as one ordered list of remark and rehype plugins. astro.config.mjs renders
 * every page with it (`markdownProcessor`, also what the render workers build: render-pool.ts), and the
 * tests render with the same list (tests/support/learn-markdown.ts), so what is tested is what ships.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSlug from 'rehype-slug';
import remarkGemoji from 'remark-gemoji';
import { unified, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import {
  CONTENT_COMPONENTS,
  EXTRA_PAGES,
  LEARN_ARTICLES,
  LEARN_BASE,
  LEARN_FOLDER,
  OUTBOUND_HOSTS,
} from '../consts.ts';
import { RECORDED_FOLDERS, RECORDED_PIVOT_TITLES, type LearnFolderFile } from '../lib/learn-links.ts';
import { isContentPage, slugOfContentPath } from '../lib/navigation.ts';
import { remarkGfmAddressed } from './gfm-addresses.ts';
import { rehypeCodeBar } from './rehype-code-bar.ts';
import { rehypeCodeScroll } from './rehype-code-scroll.ts';
import { rehypeDefinitionLists } from './rehype-definition-lists.ts';
import { rehypeEmptyTableHeader } from './rehype-empty-table-header.ts';
import {
  externalLinksOptions,
  rehypeExternalTail,
  rehypeExternalWordsLang,
  rehypeUrlText,
} from './external-links.ts';
import { rehypeHeadingAnchors } from './rehype-heading-anchors.ts';
import { rehypeHeadingOrder } from './rehype-heading-order.ts';
import { rehypeImageLinkName } from './rehype-image-link-name.ts';
import { rehypeLearnHeadingIds } from './rehype-learn-heading-ids.ts';
import { rehypeLearnLinks } from './rehype-learn-links.ts';
import { rehypeLinkCheck } from './rehype-link-check.ts';
import { rehypeNestedLists } from './rehype-nested-lists.ts';
import { rehypeReservedIds } from './rehype-reserved-ids.ts';
import { rehypeUniqueIds } from './rehype-unique-ids.ts';
import { rehypeVariantHeadings } from './rehype-variant-headings.ts';
import { rehypeSearchWordBreaks } from './rehype-search-word-breaks.ts';
import { rehypeShownNames } from './rehype-shown-names.ts';
import { rehypeTableScroll } from './rehype-table-scroll.ts';
import { rehypeTrimHeadings } from './rehype-trim-headings.ts';
import { remarkContentSafety } from './remark-content-safety.ts';
import { remarkLearnAlerts } from './remark-learn-alerts.ts';
import { remarkLearnAutolinks } from './remark-learn-autolinks.ts';
import { remarkLearnBlocks } from './remark-learn-blocks.ts';
import { remarkLearnImages } from './remark-learn-images.ts';
import { remarkLearnInclude } from './remark-learn-include.ts';
import { rehypeNameBreaks } from './rehype-name-breaks.ts';
import { remarkLearnLiteral } from './remark-learn-literal.ts';
import { remarkLearnTabs } from './remark-learn-tabs.ts';
import { remarkLearnTables } from './remark-learn-tables.ts';
import { remarkLearnVideo } from './remark-learn-video.ts';
import { remarkNestingLimit } from './remark-nesting-limit.ts';

export interface PipelineOptions {
  /** The project folder (holding content/ and public/). */
  root: URL;
  /** Slugs of every page of the site, so a relative `privacy.md` link goes to this site's page. */
  sitePages: Iterable<string>;
  /** Link problems fail the build (true) or warn (false); by default they warn only in `astro dev`. */
  strictLinks?: boolean;
  /** The Learn folders links resolve in; by default src/data/learn-folder.json's (the import passes what it wrote). */
  learnFolders?: LearnFolderFile;
}

/** Plugins as functions, not names to resolve: Astro's config and @mdx-js/mdx both accept these. */
type Loaded<List extends unknown[]> = Exclude<List[number], string | [string, unknown]>[];

export interface Pipeline {
  remarkPlugins: Loaded<RemarkPlugins>;
  rehypePlugins: Loaded<RehypePlugins>;
}

/** The plugins, in the order they must run. GFM comes from remark-gfm itself (the processor's is off): remarkGfmAddressed. */
export function markdownPipeline({ root, sitePages, strictLinks, learnFolders }: PipelineOptions): Pipeline {
  const pages = new Set(sitePages);
  // One spelling of public/ for every plugin that asks whether a file is there: isPublicFile remembers its
  // answers by this folder's path.
  const publicDir = fileURLToPath(new URL('public/', root));
  return {
    remarkPlugins: [
      // First: every later step walks the tree by recursion, which a page nested thousands deep overflows.
      remarkNestingLimit,
      remarkGfmAddressed,
      // Includes first, so what they bring in is checked and rendered too; read from inside content/ only.
      [remarkLearnInclude, { root: fileURLToPath(new URL('content/', root)) }],
      // Bare URLs and emails linked as Learn links them: after includes, before any link is checked.
      remarkLearnAutolinks,
      // Emoji shortcodes as Learn's markdig shows them (`:heavy_check_mark:` is ✔️, in Kusto's tables of
      // parameters), in text, never in code: GitHub's list (gemoji), which markdig's follows.
      remarkGemoji,
      [remarkContentSafety, { components: CONTENT_COMPONENTS }],
      // Before the Learn plugins: escaped syntax is text, whatever they would make of it.
      remarkLearnLiteral,
      remarkLearnAlerts,
      [remarkLearnImages, { publicDir }],
      // Zones labelled by their pivots' titles, as the import recorded them (learn-folder.json).
      [
        remarkLearnBlocks,
        { pivotTitles: learnFolders ? (learnFolders.pivotTitles ?? {}) : RECORDED_PIVOT_TITLES },
      ],
      remarkLearnTabs,
      remarkLearnVideo,
      remarkLearnTables,
    ],
    rehypePlugins: [
      // A heading's ids from its text without the space a bookmark leaves at its ends.
      rehypeTrimHeadings,
      // Headings one level at a time under the page's h1 (VBA-Docs' include's h3 right after the title).
      rehypeHeadingOrder,
      rehypeSlug,
      // Learn's ids where its lower case differs from JavaScript's (`İlgili` is #ilgili, no combining dot).
      rehypeLearnHeadingIds,
      // Before anything links a heading: a heading named like an id of the layout gets a suffix.
      rehypeReservedIds,
      // One element per id: a bookmark beside a heading of its name, or written twice, gives its id up.
      rehypeUniqueIds,
      // Once the ids are final: which zone or moniker variant each heading is in, for "On this page".
      rehypeVariantHeadings,
      // A table's empty header row (win32's `| | |`) is no header.
      rehypeEmptyTableHeader,
      // A `<dl>` of terms alone (win32's Requirements values, See also) is blocks, as it reads; a stray `<dt>`
      // or `<dd>` gets a list of its own.
      rehypeDefinitionLists,
      // A list written straight inside a list (CIF's `<li>…</li> <ul>…</ul>`) is the sublist of the item before it.
      rehypeNestedLists,
      // Before the headings get their "#" links: a table's box is named by the heading text alone.
      rehypeTableScroll,
      // A header cell's, caption's, term's words kept apart from the next one's in the search index.
      rehypeSearchWordBreaks,
      // A code block scrolls sideways in a box the keyboard reaches.
      rehypeCodeScroll,
      // Each code block gets a bar above it: its language's name and a "Copy" button.
      rehypeCodeBar,
      rehypeHeadingAnchors,
      // Once the headings' ids and "#" links are named: a long name in a heading breaks between its parts.
      rehypeNameBreaks,
      [
        rehypeLearnLinks,
        {
          sitePages: pages,
          learnBase: LEARN_BASE,
          learnFolder: learnFolders?.learnFolder ?? LEARN_FOLDER,
          contentDir: fileURLToPath(new URL('content/', root)),
          publicDir,
          // Lists, not sets: Astro's content cache is keyed on the config's text, folders included.
          articles: learnFolders?.articles ?? LEARN_ARTICLES,
          otherFolders: learnFolders ? (learnFolders.otherFolders ?? []) : RECORDED_FOLDERS,
          ...(strictLinks === undefined ? {} : { strict: strictLinks }),
        },
      ],
      // Content's own <img> without alt= is decoration, and a link's aria-label holds the text it shows.
      rehypeShownNames,
      // A link to an image file showing only images without alt text is named "Full-size image".
      rehypeImageLinkName,
      // After resolution, before the marker: checks links as published and records them for /links/.
      [
        rehypeLinkCheck,
        {
          allowedHosts: Object.keys(OUTBOUND_HOSTS),
          root: fileURLToPath(root),
          publicDir,
          ...(strictLinks === undefined ? {} : { strict: strictLinks }),
        },
      ],
      // Before the marker, whose words are no part of the link's text: a link written as its URL is marked so.
      rehypeUrlText,
      [rehypeExternalLinks, externalLinksOptions],
      rehypeExternalTail,
      // On a page in another language than the site's, the marker's words "(external site)" are the site's.
      rehypeExternalWordsLang,
    ],
  };
}

/**
 * The Markdown processor of the project in `root` (Astro's `markdown.processor`): the pipeline, with the
 * slugs of its pages for links between them. Learn's text is published word for word: no smart quotes;
 * GFM comes from remark-gfm itself.
 */
export function markdownProcessor(root: URL): ReturnType<typeof unified> {
  const sitePages = readdirSync(new URL('content/', root), { recursive: true, encoding: 'utf8' })
    .filter((file) => isContentPage(file))
    .map(slugOfContentPath)
    .concat(EXTRA_PAGES.map((page) => page.slug));
  return unified({ gfm: false, smartypants: false, ...markdownPipeline({ root, sitePages }) });
}
