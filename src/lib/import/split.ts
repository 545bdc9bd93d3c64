/** One Learn article's body into its H1, introduction and H2 sections; a heading's slug as the build makes it. */
import GithubSlugger from 'github-slugger';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';
import { visit } from '../tree-visit.ts';
import { learnHeadingId, learnHeadingSlug } from '../../markdown/rehype-learn-heading-ids.ts';
import { parseMarkdown } from '../learn/parse-markdown.ts';
import { markdownLines } from '../learn/syntax.ts';

export interface ArticlePart {
  /** The H2 text for a section; the H1 (or front-matter title) for the introduction. */
  heading: string;
  /** Page slug: `index` or the file's slug for the introduction, the heading's slug for a section. */
  slug: string;
  body: string;
}

export interface SplitArticle {
  /** The text of the article's `# H1`, if it has one. */
  h1: string | undefined;
  intro: string;
  sections: { heading: string; body: string }[];
}

/**
 * The text a heading written as Markdown (`<a name="x"></a> Set **up** [it](y.md)`) shows, as the build
 * slugs it (rehype-trim-headings.ts, then rehype-slug), and as a page title (plain text) takes it: its inline
 * Markdown read, tags left out, trimmed.
 */
export function headingText(heading: string): string {
  return toString(fromMarkdown(heading), { includeHtml: false }).trim();
}

/** A heading as the build turns it into an anchor, Learn's id (and as section pages are named). */
export function headingSlug(heading: string): string {
  return learnHeadingSlug(headingText(heading));
}

/**
 * The level and content of an ATX heading line, as CommonMark reads it: the content as written, without a
 * closing sequence of `#`s, which only a space or tab before it makes one. So `## Write tests in C#` is
 * "Write tests in C#" and `# Health checks in C\#` keeps its `C\#` (dotnet/docs writes both), where
 * `## Closed ##` is "Closed". Undefined for any other line, and for a heading of no content.
 */
export function atxHeading(line: string): { level: number; content: string } | undefined {
  if (!/^#{1,6}[ \t]/.test(line)) return undefined;
  const heading = fromMarkdown(line).children[0];
  if (heading?.type !== 'heading') return undefined;
  const start = heading.children[0]?.position?.start.offset;
  const end = heading.children.at(-1)?.position?.end.offset;
  if (start === undefined || end === undefined || end <= start) return undefined;
  return { level: heading.depth, content: line.slice(start, end) };
}

/** Removes the `# H1` (the layout shows the title as H1) and cuts the rest at each `## H2`. */
export function splitArticle(body: string): SplitArticle {
  let h1: string | undefined;
  const intro: string[] = [];
  const sections: { heading: string; lines: string[] }[] = [];
  for (const { line, code } of markdownLines(body)) {
    const heading = code ? undefined : atxHeading(line);
    if (heading?.level === 1 && h1 === undefined && sections.length === 0) h1 = heading.content;
    else if (heading?.level === 2) sections.push({ heading: heading.content, lines: [] });
    else (sections.at(-1)?.lines ?? intro).push(line);
  }
  return {
    h1,
    intro: intro.join('\n').trim(),
    sections: sections.map((section) => ({
      heading: section.heading,
      body: section.lines.join('\n').trim(),
    })),
  };
}

/** The body without its `# H1`, for a page that is not split. */
export function withoutH1(body: string): { h1: string | undefined; body: string } {
  const { h1, intro, sections } = splitArticle(body);
  return {
    h1,
    body: [
      withBookmarksOf(h1, intro),
      ...sections.map((section) => `## ${section.heading}\n\n${section.body}`),
    ]
      .filter((part) => part !== '')
      .join('\n\n'),
  };
}

/**
 * The H1's bookmarks (`# <a name="top"></a>Title`, as machine-translated folders write every heading) as the
 * first thing of `intro`: the layout writes the title as the page's H1, so without them a link to `#top` (a
 * "Back to top", another page's `page.md#top`) names no place on the page. They start its first paragraph,
 * else stand on a line of their own. The tags are read with a parser: the Markdown's, then parse5's.
 */
export function withBookmarksOf(h1: string | undefined, intro: string): string {
  if (h1 === undefined || !h1.includes('<')) return intro;
  const ids: string[] = [];
  visit(fromMarkdown(h1), 'html', ({ value }) => {
    visit(fromParse5(parseFragment(value)), 'element', ({ tagName, properties }) => {
      const id = properties.id ?? properties.name;
      if (tagName === 'a' && typeof id === 'string') ids.push(id);
    });
  });
  // Only the ids the import writes back (bookmarkId in links.ts: letters, digits, `_`, `-`, `.`, `:`).
  const tags = ids.filter((id) => /^[\w.:-]+$/u.test(id)).map((id) => `<a id="${id}"></a>`);
  if (tags.length === 0) return intro;
  const first = parseMarkdown(intro).children[0];
  const start = first?.type === 'paragraph' ? first.position?.start.offset : undefined;
  return start === undefined
    ? [tags.join(''), intro].filter((part) => part !== '').join('\n\n')
    : `${intro.slice(0, start)}${tags.join('')}${intro.slice(start)}`;
}

/** Raises every heading one level (`###` → `##`) outside code: an H2 section becomes a page whose H1 is its title. */
export function promoteHeadings(body: string): string {
  return markdownLines(body)
    .map(({ line, code }) => (code ? line : line.replace(/^#(#{2,6}\s)/, '$1')))
    .join('\n');
}

/** Slugs of the headings of `body` outside code, as the build assigns them on one page. */
export function headingSlugs(body: string): string[] {
  const slugger = new GithubSlugger();
  return markdownLines(body)
    .filter(({ code }) => !code)
    .map(({ line }) => atxHeading(line)?.content)
    .filter((heading) => heading !== undefined)
    .map((heading) => learnHeadingId(headingText(heading), slugger));
}

/**
 * Rewrites in-article links after a split: `#anchor` (and `self.md#anchor`) to the page that now holds the
 * heading, as `page.md#anchor`, or `page.md` when the anchor was the section's own H2 (now the page title).
 */
export function relinkAnchors(
  body: string,
  currentSlug: string,
  selfFile: string,
  anchorPages: ReadonlyMap<string, { slug: string; isTitle: boolean }>,
): string {
  const self = selfFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return body.replace(
    new RegExp(`\\]\\((?:(?:\\./)?${self})?#([^)\\s]+)\\)`, 'g'),
    (whole, anchor: string) => {
      const target = anchorPages.get(anchor);
      if (!target) return whole;
      if (target.isTitle) return `](${target.slug}.md)`;
      return target.slug === currentSlug ? `](#${anchor})` : `](${target.slug}.md#${anchor})`;
    },
  );
}
