/**
 * What changed in a page's text between two versions of its file, in a sentence for the changelog:
 * the title, the description and each section (the text under a heading) compared; other front matter
 * (order, dates, provenance) is not the page's text.
 */
import type { Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { tabOf } from '../../markdown/remark-learn-tabs.ts';
import { FRONT_MATTER } from '../learn/syntax.ts';
import { splitFrontMatter } from './front-matter.ts';

interface Section {
  /** The heading's visible text; undefined for the introduction, the text before the first heading. */
  heading: string | undefined;
  /** The section's content as a reader sees it (see `reading`), to compare. */
  text: string;
}

const markdownParser = unified().use(remarkParse).use(remarkGfm);

/** Runs of whitespace as one space, trimmed. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The visible text of a heading: no Markdown or HTML syntax (`## <a name="x"></a>**Later**` → `Later`). */
const visibleText = (node: Nodes) => collapse(toString(node, { includeHtml: false }));

/** `nodes` as a string to compare: the syntax tree without its source positions. */
function reading(nodes: readonly RootContent[]): string {
  return JSON.stringify(nodes, (key: string, value: unknown) => (key === 'position' ? undefined : value));
}

/**
 * The body's sections in order: the introduction (no heading) then one per heading of the page. A Learn
 * tab label (`# [Bash](#tab/bash)`) is no section: it and its tab belong to the section around them.
 */
function sections(body: string): Section[] {
  const found: { heading: string | undefined; nodes: RootContent[] }[] = [{ heading: undefined, nodes: [] }];
  for (const node of markdownParser.parse(body).children) {
    if (node.type === 'heading' && tabOf(node) === undefined)
      found.push({ heading: visibleText(node), nodes: [node] });
    else found.at(-1)?.nodes.push(node);
  }
  return found.map(({ heading, nodes }) => ({ heading, text: reading(nodes) }));
}

/** `a`, `a and b`, `a, b and c`. */
function list(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** A page file's front matter and body; a file whose front matter does not parse is its body alone. */
function readPage(text: string, file: string): { data: Record<string, unknown>; body: string } {
  try {
    return splitFrontMatter(text, file);
  } catch {
    return { data: {}, body: text.replace(FRONT_MATTER, '') };
  }
}

const field = (data: Record<string, unknown>, key: string) =>
  typeof data[key] === 'string' ? data[key] : undefined;

/**
 * One sentence saying what changed in the page's text from `before` to `after` (page files with front
 * matter, `file` named in errors), in plain text, or undefined when a reader would see the same text.
 */
export function describeChange(before: string, after: string, file: string): string | undefined {
  const old = readPage(before, file);
  const now = readPage(after, file);
  const parts: string[] = [];
  const title = field(now.data, 'title');
  if (field(old.data, 'title') !== title) parts.push(`the title (now "${title ?? ''}")`);
  if (field(old.data, 'description') !== field(now.data, 'description')) parts.push('the description');
  const oldSections = sections(old.body);
  const newSections = sections(now.body);
  const name = ({ heading }: Section) =>
    heading === undefined
      ? 'the introduction'
      : heading === ''
        ? 'a section with no heading text'
        : `the section "${heading}"`;
  for (const section of newSections) {
    const was = oldSections.find((other) => other.heading === section.heading);
    if (was === undefined) parts.push(`${name(section)} (new)`);
    else if (was.text !== section.text) parts.push(name(section));
  }
  for (const section of oldSections)
    if (!newSections.some((other) => other.heading === section.heading))
      parts.push(`${name(section)} (removed)`);
  return parts.length === 0 ? undefined : `Changed ${list(parts)}.`;
}
