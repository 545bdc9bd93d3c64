/**
 * The post-build step's parts: a built page as a parsed tree, and a stage, a small typed unit of work
 * that the runner (src/lib/post-build/shards.ts) applies to every page in code order.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { toHtml } from 'hast-util-to-html';
import { defaultTreeAdapter, parse, type DefaultTreeAdapterTypes } from 'parse5';
import { VFile } from 'vfile';
import { relativePath } from '../learn/source-files.ts';

/** One built HTML page: its path under dist/ (`privacy/index.html`), its text, and its tree as a browser parses it. */
export interface BuiltPage {
  file: string;
  html: string;
  tree: Root;
}

/**
 * An edit of a page's text: the characters from `start` to `end` (offsets the parser reported for an
 * element, so never inside an attribute value or text) replaced by `text()`, markup serialized from a hast
 * node. `text` is called in pass two, once every page was read (a site-wide policy is known by then).
 */
export interface Edit {
  start: number;
  end: number;
  text: () => string;
}

/**
 * A stage of the post-build step. The pages are read in shards, each with its own instance of every stage
 * (one shard per worker thread; see src/lib/post-build/shards.ts). On each shard the runner calls, in this
 * order, `inspect`, `derive` and `edit` on every page (pass one: each page read and parsed once), then
 * `gathered`. The site's own instance `merge`s what every shard gathered and `settle`s once. Each shard
 * then applies its edits (pass two: only pages with edits are read again, and only spliced where the
 * parser located elements); a stage that edits is first given the site's `gathered` state (`merge`d and
 * `settle`d on the shard) when its edits depend on the whole site. The site's instance `finish`es
 * while the worker threads write (or after, in one thread).
 * Problems fail the build and remove dist/, so a broken site is never published. `gathered` and `merge` are
 * written as methods so that a `Stage<Policy>` is also a `Stage`, in the runner's list.
 */
export interface Stage<Gathered = unknown> {
  name: string;
  /** What is wrong when this stage finds problems, and what to do: the first line of the build error. */
  failure: string;
  /** Reads a page; returns its problems (the runner names the file). */
  inspect?: (page: BuiltPage) => readonly string[];
  /**
   * What pass one gathered from the pages read so far (the site-wide facts: counts, policies), as plain
   * data that a worker thread can post (structured-clonable).
   */
  gathered?(): Gathered;
  /**
   * Makes this instance's state the merge of `parts`, what the shards gathered, in page order (shard 0
   * holds the first pages). Merging one part gives that part's state.
   */
  merge?(parts: readonly Gathered[]): void;
  /** After every page was read and merged; returns problems of the whole site. */
  settle?: () => readonly string[];
  /**
   * Writes files made from a page into the built site `site` (its Markdown copy), in pass one, without
   * touching the tree; returns its problems.
   */
  derive?: (page: BuiltPage, site: string) => readonly string[];
  /** The edits the stage makes to a page, located in its tree; the runner applies them in pass two. */
  edit?: (page: BuiltPage) => readonly Edit[];
  /**
   * Writes site-wide files into the built site; returns a line for the build log. It may run while the shards
   * apply their edits (pass two), so it reads nothing they write: what pass one wrote and gathered.
   */
  finish?: (site: string) => string | undefined;
}

/**
 * A built page parsed as a reader's browser parses it (parse5, through hast), with scripting on: there a
 * `<noscript>`'s content is text, and so it is to every check (hast-util-from-html parses with scripting
 * off, which would read as attribute text markup that a browser brings alive after a `</noscript>`).
 * Only its `<meta>` elements carry their position, what the edits need (the CSP stage's, located by
 * `offsetsOf`): a position on every node took about a sixth of the time to parse a page and make its
 * Markdown copy.
 */
export function parsePage(file: string, html: string): BuiltPage {
  const document = parse(html, {
    sourceCodeLocationInfo: true,
    scriptingEnabled: true,
    treeAdapter: LOCATING_METAS,
  });
  // fromParse5 gives a node the position parse5 kept on it: the `<meta>`s' (and the root its extent).
  return { file, html, tree: fromParse5(document, { file: new VFile(html) }) as Root };
}

const isMeta = (node: DefaultTreeAdapterTypes.Node) => 'tagName' in node && node.tagName === 'meta';

/**
 * parse5's own tree adapter, but only a `<meta>` keeps the location the parser gives it (the tokenizer
 * locates every token either way). Kept on every node, the locations took about half of the parser's
 * extra time for locating (1000 pages: 1.4 s to parse without locations, 2.0 s with, 1.7 s so).
 */
const LOCATING_METAS: typeof defaultTreeAdapter = {
  ...defaultTreeAdapter,
  setNodeSourceCodeLocation(node, location) {
    if (isMeta(node)) defaultTreeAdapter.setNodeSourceCodeLocation(node, location);
  },
  updateNodeSourceCodeLocation(node, endLocation) {
    if (isMeta(node)) defaultTreeAdapter.updateNodeSourceCodeLocation(node, endLocation);
  },
};

/**
 * Markup for a hast node: text and attribute values escaped (quotes, `&`, `<`, and the characters old
 * browsers misread), so they stay text and values; empty attributes written bare, as Astro writes them.
 */
export function serialize(tree: Root | Element): string {
  return toHtml(tree, {
    allowDangerousHtml: false,
    collapseEmptyAttributes: true,
    characterReferences: { useShortestReferences: true },
    upperDoctype: true,
  });
}

/** `html` with `edits` applied (they must not overlap); the offsets are those of the text `html` was parsed from. */
export function applyEdits(html: string, edits: readonly Edit[]): string {
  let result = html;
  for (const edit of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    result = result.slice(0, edit.start) + edit.text() + result.slice(edit.end);
  }
  return result;
}

/**
 * The offsets of `node` in the text it was parsed from; throws when the parser did not locate it (parsePage
 * locates `<meta>` elements).
 */
export function offsetsOf(node: Element): { start: number; end: number } {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined)
    throw new Error(`the parser did not locate <${node.tagName}>`);
  return { start, end };
}

/**
 * The files of the built site (never a folder: a page named `guide.html` or `logo.svg` is a folder of that
 * name holding its index.html), relative to it with `/` separators, in a stable order.
 */
export function listSiteFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relativePath(site, join(entry.parentPath, entry.name)))
    .sort();
}

/** The HTML files of the built site, relative to it with `/` separators, in a stable order. */
export function listHtmlFiles(site: string): string[] {
  return listSiteFiles(site).filter((file) => file.endsWith('.html'));
}

/** The content file (relative to `content`) a built page comes from: `privacy/index.html` → `privacy.mdx`. */
export function sourceOf(file: string, content: string): string | undefined {
  const slug = file.replace(/(?:^|\/)index\.html$/, '') || 'index';
  return [`${slug}.mdx`, `${slug}.md`, `${slug}/index.mdx`, `${slug}/index.md`].find((name) =>
    existsSync(join(content, name)),
  );
}
