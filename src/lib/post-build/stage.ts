/**
 * The post-build step's parts: a built page as a parsed tree, and a stage, a small typed unit of work
 * that the runner (src/integrations/post-build.ts) applies to every page in code order.
 */
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/** One built HTML page: its path under dist/ (`privacy/index.html`), its text, and its tree as a browser parses it. */
export interface BuiltPage {
  file: string;
  html: string;
  tree: Root;
}

/**
 * A stage of the post-build step. The runner calls, in this order, `inspect` on every page (pass one),
 * `settle` once, `rewrite` on every page (pass two, only if some stage rewrites), then `finish` once.
 * Problems fail the build and remove dist/, so a broken site is never published.
 */
export interface Stage {
  name: string;
  /** What is wrong when this stage finds problems, and what to do: the first line of the build error. */
  failure: string;
  /** Reads a page; returns its problems (the runner names the file). */
  inspect?: (page: BuiltPage) => readonly string[];
  /** After every page was read; returns problems of the whole site. */
  settle?: () => readonly string[];
  /** Edits a page's tree in place; the runner writes it back. */
  rewrite?: (page: BuiltPage) => void;
  /** Writes site-wide files into the built site; returns a line for the build log. */
  finish?: (site: string) => string | undefined;
}

/** A built page parsed as a browser parses it (parse5, through hast). */
export function parsePage(file: string, html: string): BuiltPage {
  return { file, html, tree: fromHtml(html) };
}

/**
 * A page's tree as HTML: text and attribute values escaped (quotes, `&`, `<`, and the characters old
 * browsers misread), so they stay text and values; empty attributes written bare, as Astro writes them.
 */
export function serializePage(tree: Root): string {
  return toHtml(tree, {
    allowDangerousHtml: false,
    collapseEmptyAttributes: true,
    characterReferences: { useShortestReferences: true },
    upperDoctype: true,
  });
}

/** The HTML files of the built site, relative to it with `/` separators, in a stable order. */
export function listHtmlFiles(site: string): string[] {
  return readdirSync(site, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'))
    .sort();
}
