/** Post-build stage: Learn syntax (`:::`, `[!NOTE]`…) that reached a published page was not rendered. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findLearnLeftovers } from '../learn/leftovers.ts';
import { markdownLines } from '../learn/syntax.ts';
import { sourceOf, type Stage } from './stage.ts';

/** `text` as compared with its source: white space collapsed, the typographer's quotes straight again. */
function comparable(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[“”„]/g, '"').replace(/[‘’]/g, "'");
}

/** How many characters `a` and `b` share from their starts. */
function sharedStart(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length++;
  return length;
}

/** How many characters `a` and `b` share at their ends. */
function sharedEnd(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a.at(-1 - length) === b.at(-1 - length)) length++;
  return length;
}

/**
 * Where a leftover was written: of the prose lines of the page's source holding its marker and the word
 * after it (`::: moniker`, `[!NOTE`), the one whose text from the marker on is most like the leftover's (a
 * page may render another `:::image` well above the broken one), then whose text before it, as
 * `content/a.md:12`. Lines alike in both (`::: moniker-end` ends every moniker of a page, and the HTML
 * does not say which one failed) are all named, `content/a.md, one of lines 24, 46`; the file alone when no
 * line holds the marker.
 */
function whereWritten(text: string, file: string | undefined, content: string): string {
  if (file === undefined) return '';
  const token = /:::\s*[\w-]+|\[![\w-]+/.exec(text)?.[0];
  const lines = markdownLines(readFileSync(join(content, file), 'utf8'));
  let best = { after: 0, before: -1, lines: [] as number[] };
  if (token !== undefined) {
    const marker = text.indexOf(token);
    const written = comparable(text.slice(marker));
    const writtenBefore = comparable(text.slice(0, marker));
    lines.forEach(({ line, code }, index) => {
      const at = code ? -1 : line.indexOf(token);
      if (at === -1) return;
      const after = sharedStart(comparable(line.slice(at)), written);
      const before = sharedEnd(comparable(line.slice(0, at)), writtenBefore);
      if (after > best.after || (after === best.after && before > best.before))
        best = { after, before, lines: [index + 1] };
      else if (after === best.after && before === best.before) best.lines.push(index + 1);
    });
  }
  const [line, ...others] = best.lines;
  if (line === undefined) return ` (content/${file})`;
  if (others.length === 0) return ` (content/${file}:${String(line)})`;
  return ` (content/${file}, one of lines ${best.lines.join(', ')})`;
}

/** `content`: the folder of the pages' sources, whose file and line each problem names where it can. */
export function leftoversStage(content = join(process.cwd(), 'content')): Stage {
  return {
    name: 'learn-leftovers',
    failure:
      "Learn syntax reached the published HTML unrendered (fix the page's Markdown, or teach src/markdown/remark-learn-*.ts the construct)",
    inspect: ({ file, tree }) => {
      const found = findLearnLeftovers(tree);
      const source = found.length > 0 ? sourceOf(file, content) : undefined;
      return found.map((text) => `"${text}"${whereWritten(text, source, content)}`);
    },
  };
}
