/**
 * `/llms.txt` as the llms.txt proposal (llmstxt.org) lays it out: an H1 with the site's name, a `>`
 * summary, notes, then H2 sections of `- [title](url): description` links; a section named "Optional"
 * holds what a reader with little room may skip. It is written from Markdown nodes, so a page's title or
 * description (front matter) is text, whatever characters it holds; `parseLlmsTxt` reads one back
 * through remark's parser.
 */
import type { ListItem, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { labelAsRead } from './navigation.ts';
import { lineText, writeMarkdown } from './page-markdown.ts';

export interface LlmsLink {
  title: string;
  url: string;
  description?: string | undefined;
}

export interface LlmsSection {
  heading: string;
  links: LlmsLink[];
}

export interface LlmsTxt {
  name: string;
  summary: string;
  /** Paragraphs between the summary and the first section (the attribution). */
  notes: string[];
  sections: LlmsSection[];
}

/** The section llms.txt's readers may skip (llmstxt.org; the site's own pages), as the proposal names it. */
export const OPTIONAL_SECTION = 'Optional';
/** The section of the pages in no sidebar group. */
export const UNGROUPED_SECTION = 'Pages';

/**
 * The heading of a sidebar group's section: its label, or `Group: label` when a reader would take it for
 * one of the file's own sections (OPTIONAL_SECTION, UNGROUPED_SECTION, as a reader tells labels apart: labelAsRead) or for one it
 * may skip (a heading starting "Optional", which some readers take as the proposal's). Red team 30: a
 * page's `group: Optional` put it, and every page after it in that group, in the section readers skip.
 */
export function groupSection(label: string): string {
  const key = labelAsRead(label);
  const own = [OPTIONAL_SECTION, UNGROUPED_SECTION].some((section) => labelAsRead(section) === key);
  return own || key.startsWith(labelAsRead(OPTIONAL_SECTION)) ? `Group: ${label}` : label;
}

/** One `- [title](url): description` item, its text on one line. */
function linkItem({ title, url, description }: LlmsLink): ListItem {
  const children: PhrasingContent[] = [{ type: 'link', url, children: [lineText(title)] }];
  if (description) children.push(lineText(`: ${description}`));
  return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] };
}

/** The text of llms.txt; `notes` are Markdown (the site's own sentences), every other field is text. */
export function formatLlmsTxt({ name, summary, notes, sections }: LlmsTxt): string {
  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: [lineText(name)] },
    { type: 'blockquote', children: [{ type: 'paragraph', children: [lineText(summary)] }] },
    ...notes.flatMap((note) => fromMarkdown(note).children),
  ];
  for (const { heading, links } of sections) {
    children.push(
      { type: 'heading', depth: 2, children: [lineText(heading)] },
      { type: 'list', ordered: false, spread: false, children: links.map(linkItem) },
    );
  }
  return writeMarkdown({ type: 'root', children });
}

/** A list item of the form `[title](url): description`, or undefined if it is not one. */
function readLink(item: ListItem): LlmsLink | undefined {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph') return undefined;
  const [first, ...rest]: PhrasingContent[] = paragraph.children;
  if (first?.type !== 'link') return undefined;
  const description = toString({ type: 'paragraph', children: rest }).replace(/^:\s*/, '').trim();
  return { title: toString(first), url: first.url, ...(description ? { description } : {}) };
}

/** Reads an llms.txt file; throws, saying what is wrong, when it does not follow the proposal's layout. */
export function parseLlmsTxt(text: string): LlmsTxt {
  const tree = fromMarkdown(text);
  const [title, quote, ...rest] = tree.children;
  if (title?.type !== 'heading' || title.depth !== 1)
    throw new Error('llms.txt must start with an H1 (# name).');
  if (quote?.type !== 'blockquote') throw new Error('llms.txt must follow its H1 with a > summary.');
  const parsed: LlmsTxt = { name: toString(title), summary: toString(quote), notes: [], sections: [] };
  for (const node of rest) {
    const section = parsed.sections.at(-1);
    if (node.type === 'heading' && node.depth === 2)
      parsed.sections.push({ heading: toString(node), links: [] });
    else if (node.type === 'heading')
      throw new Error(`llms.txt may hold only H2 sections, not "${toString(node)}".`);
    else if (!section) parsed.notes.push(toString(node));
    else if (node.type === 'list') {
      for (const item of node.children) {
        const link = readLink(item);
        if (!link)
          throw new Error(`In "${section.heading}", "${toString(item)}" is not a - [title](url) link.`);
        section.links.push(link);
      }
    } else throw new Error(`In "${section.heading}", only a list of links may follow the heading.`);
  }
  return parsed;
}
