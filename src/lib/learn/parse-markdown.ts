/**
 * Learn Markdown read as CommonMark with GFM (tables, footnotes, autolinks), as markdig reads it (a footnote
 * `[^1]: text` is no link reference definition): the one parser the import's passes and the include reader
 * use to find nodes and their offsets in the source.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm);

/** The mdast tree of `markdown`, positions in it included. */
export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}
