/** A Learn `TOC.yml` as the order of its articles: the sidebar order of the imported pages. */
import { parse } from 'yaml';

export interface TocEntry {
  /** The `href` as written, relative to the TOC file (`mdb-overview.md`). */
  href: string;
  /** The TOC's `name`, Learn's short label for the sidebar. */
  name: string;
  /** The `name` of the TOC node the entry is listed under, which becomes its sidebar group. */
  group?: string;
}

interface TocNode {
  name?: unknown;
  href?: unknown;
  items?: unknown;
}

/**
 * Every `.md` entry of the TOC, depth first, in the order a reader meets them, each with the name of the
 * node it is listed under as its group. A TOC whose root is one node (Learn's product node) groups by the
 * level below it.
 */
export function readTocYml(yamlText: string, file: string): TocEntry[] {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  const listed = Array.isArray(data) ? data : (data as { items?: unknown } | null)?.items;
  if (!Array.isArray(listed)) throw new Error(`${file}: a TOC.yml is a list of items with name and href.`);
  const only = listed.length === 1 ? (listed[0] as TocNode) : undefined;
  const root = only && Array.isArray(only.items) && typeof only.href !== 'string' ? only.items : listed;
  const entries: TocEntry[] = [];
  const walk = (nodes: unknown[], group: string | undefined): void => {
    for (const node of nodes as TocNode[]) {
      const name = typeof node.name === 'string' ? node.name : '';
      if (typeof node.href === 'string' && /\.md(?:[?#].*)?$/.test(node.href)) {
        entries.push({ href: node.href.replace(/[?#].*$/, ''), name, ...(group ? { group } : {}) });
      }
      if (Array.isArray(node.items)) walk(node.items, name || group);
    }
  };
  walk(root, undefined);
  return entries;
}

/**
 * A file's path as an article of its Learn folder: Markdown and YAML pages, with `.md` (Learn publishes
 * `faq.yml` at the same URL a `faq.md` would have, and links to it as either); undefined for a TOC or
 * any other file.
 */
export function articlePath(path: string): string | undefined {
  if (!/\.(?:md|yml)$/i.test(path) || /(?:^|\/)toc\.yml$/i.test(path)) return undefined;
  return path.replace(/\.yml$/i, '.md');
}

/** Every article a TOC.yml lists inside its folder, as a path relative to it (articlePath). */
export function tocArticlePaths(yamlText: string, file: string): string[] {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  const paths: string[] = [];
  const walk = (nodes: unknown): void => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes as TocNode[]) {
      if (typeof node.href === 'string' && !/^(?:[a-z]+:|\/)/i.test(node.href)) {
        const path = articlePath(node.href.replace(/[?#].*$/, ''));
        if (path !== undefined) paths.push(path);
      }
      walk(node.items);
    }
  };
  walk(Array.isArray(data) ? data : (data as { items?: unknown } | null)?.items);
  return paths;
}
