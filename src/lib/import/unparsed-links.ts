/**
 * Link syntax that CommonMark reads as no link, so the reader sees its brackets and path as text, on Learn
 * (markdig) as here: `[**Fix** and **Int** functions]((../../Reference/int-fix-functions.md)` (VBA-Docs'
 * type-conversion-functions.md: the destination `(…)` is a balanced pair, then no `)` closes the link), a
 * destination with a space (`[text](my file.md)`), a space before the destination (azure-ai-docs'
 * best-practices.md: `[custom question Answering API] (/rest/api/…)`, import trial 24). The build publishes the text as written, as Learn does;
 * the import says where it is, for the source to be fixed.
 */
import { SKIP, visit } from '../tree-visit.ts';
import { parseMarkdown } from '../learn/parse-markdown.ts';
import { findIncludes } from '../learn/syntax.ts';

/**
 * A `](` its author did not escape: where a link's text ends and its destination starts; or a `]` then
 * spaces and a `(` holding what only a destination starts with or is (a URL, a path from the root or the
 * page, an `#anchor`, a `.md` or `.yml` file), which CommonMark reads as text, as it reads `[Enter] (the key)`.
 */
const LINK_MIDDLE = /(?<!\\)\](?:\(|[ \t]+\((?=https?:\/\/|\/|\.{1,2}\/|#|[^\s()]*\.(?:md|yml)[#?)]))/g;

/** The most of a source line a warning quotes. */
const QUOTED = 100;

/**
 * `body` with each `[!INCLUDE [t](x.md)]` written as letters of its length (its line breaks kept): Learn's
 * markdig reads an include as one inline of its own before any link, so a link whose text is one
 * (`[[!INCLUDE [name](../includes/name.md)]](overview.md)`, as fabric-docs writes its product's name) is a
 * link there, and the import writes it as one; CommonMark alone would read the include's own `[t](x.md)`
 * as a link inside the link and the outer `](` as text.
 */
function withoutIncludes(body: string): string {
  let masked = '';
  let last = 0;
  for (const { start, end } of findIncludes(body)) {
    masked += body.slice(last, start) + body.slice(start, end).replace(/[^\n]/g, 'x');
    last = end;
  }
  return masked + body.slice(last);
}

/**
 * Each line of `body` (an article's Markdown, without front matter; lines from 1) where text the reader sees
 * holds a `](`: link syntax that is no link. Code, inline code and HTML are not read (text shown on purpose);
 * one note a line, quoting the would-be link from its `[`.
 */
export function unparsedLinkNotes(body: string): { line: number; message: string }[] {
  const lines = body.split('\n');
  const read = withoutIncludes(body);
  /** Each line's first `](` that is text: its column. */
  const found = new Map<number, number>();
  visit(parseMarkdown(read), (node) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return SKIP;
    if (node.type !== 'text' || node.position?.start.offset === undefined) return undefined;
    const { offset: start, line: first, column } = node.position.start;
    const raw = read.slice(start, node.position.end.offset);
    // Lines counted as the matches go, one pass over the text: counting each match's lines from the top
    // of the page took 16 s for 20,000 of them (630 KB).
    let line = first;
    let lineStart = start - (column - 1);
    let nextBreak = raw.indexOf('\n');
    for (const match of raw.matchAll(LINK_MIDDLE)) {
      while (nextBreak !== -1 && nextBreak < match.index) {
        line += 1;
        lineStart = start + nextBreak + 1;
        nextBreak = raw.indexOf('\n', nextBreak + 1);
      }
      if (!found.has(line)) found.set(line, start + match.index - lineStart);
    }
    return undefined;
  });
  return [...found]
    .sort(([a], [b]) => a - b)
    .map(([line, middle]) => {
      const text = lines[line - 1] ?? '';
      const opening = Math.max(0, text.lastIndexOf('[', middle));
      const close = text.indexOf(')', middle + 2);
      const whole = text.slice(opening, close === -1 ? undefined : close + 1);
      const quoted = whole.length > QUOTED ? `${whole.slice(0, QUOTED)}…` : whole;
      return {
        line,
        message: `${JSON.stringify(quoted)} is no link: CommonMark, as Learn's markdig, reads it as text, so the reader sees its brackets and path (on Learn too). Write the link as [text](destination), with nothing between ] and (, the destination without spaces (or in <…>) and its parentheses balanced, in the source.`,
      };
    });
}
