/**
 * Learn's `appliesto` front matter, which Learn shows under the article's title ("Applies to: Supported
 * versions of Windows Server", SupportArticles-docs; "✅ Exchange Online Protection", defender-docs), as the
 * page's first line of Markdown. Each entry is HTML (`<a href=… target=_blank>…</a>`, as Learn renders it),
 * read with an HTML parser and written as Markdown: a link as a Markdown link, which the build checks as any.
 */
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { toMarkdown } from 'mdast-util-to-markdown';

/** The label Learn shows before the entries. */
export const APPLIES_TO_LABEL = 'Applies to:';

/** One entry's HTML as Markdown on one line (its line breaks as spaces), or '' when it shows nothing. */
function entryMarkdown(html: string): string {
  const mdast = toMdast(fromHtml(html, { fragment: true }));
  return toMarkdown(mdast)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/**
 * The "Applies to" line of an `appliesto` value (a list of entries, or one), with what could not be shown:
 * an entry that is a list or a map is left out and named; a number is its text (`- 2019`), as docfx shows it.
 */
export function appliesToLine(value: unknown): { line: string | undefined; leftOut: string[] } {
  const entries = (Array.isArray(value) ? (value as unknown[]) : [value]).filter((entry) => entry != null);
  const isText = (entry: unknown): entry is string | number | boolean =>
    typeof entry === 'string' || typeof entry === 'number' || typeof entry === 'boolean';
  const leftOut = entries.filter((entry) => !isText(entry)).map((entry) => JSON.stringify(entry));
  const shown = entries
    .filter(isText)
    .map((entry) => entryMarkdown(String(entry)))
    .filter((markdown) => markdown !== '');
  return { line: shown.length === 0 ? undefined : `_${APPLIES_TO_LABEL}_ ${shown.join(', ')}`, leftOut };
}
