/** A Learn `TOC.yml` as the order of its articles: the sidebar order of the imported pages. */
import { parse } from 'yaml';

export interface TocEntry {
  /** The `href` as written, relative to the TOC file (`mdb-overview.md`). */
  href: string;
  /** The TOC's `name`, Learn's short label for the sidebar. */
  name: string;
}

interface TocNode {
  name?: unknown;
  href?: unknown;
  items?: unknown;
}

/** Every `.md` entry of the TOC, depth first, in the order a reader meets them. */
export function readTocYml(yamlText: string, file: string): TocEntry[] {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  const root = Array.isArray(data) ? data : (data as { items?: unknown } | null)?.items;
  if (!Array.isArray(root)) throw new Error(`${file}: a TOC.yml is a list of items with name and href.`);
  const entries: TocEntry[] = [];
  const walk = (nodes: unknown[]): void => {
    for (const node of nodes as TocNode[]) {
      if (typeof node.href === 'string' && /\.md(?:[?#].*)?$/.test(node.href)) {
        entries.push({ href: node.href.replace(/[?#].*$/, ''), name: typeof node.name === 'string' ? node.name : '' });
      }
      if (Array.isArray(node.items)) walk(node.items);
    }
  };
  walk(root);
  return entries;
}
