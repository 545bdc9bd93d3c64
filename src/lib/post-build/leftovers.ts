/** Post-build stage: Learn syntax (`:::`, `[!NOTE]`…) that reached a published page was not rendered. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findLearnLeftovers } from '../learn/leftovers.ts';
import { markdownLines } from '../learn/syntax.ts';
import type { Stage } from './stage.ts';

/** The content file (relative to `content`) a built page comes from: `privacy/index.html` → `privacy.mdx`. */
function sourceOf(file: string, content: string): string | undefined {
  const slug = file.replace(/(?:^|\/)index\.html$/, '') || 'index';
  return [`${slug}.mdx`, `${slug}.md`, `${slug}/index.mdx`, `${slug}/index.md`].find((name) =>
    existsSync(join(content, name)),
  );
}

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

/**
 * Where a leftover was written: of the prose lines of the page's source holding its marker and the word
 * after it (`::: moniker`, `[!NOTE`), the one whose text from the marker on is most like the leftover's (a
 * page may render another `:::image` well above the broken one), the first of equals, as
 * `content/a.md:12`; the file alone when no line holds the marker.
 */
function whereWritten(text: string, file: string | undefined, content: string): string {
  if (file === undefined) return '';
  const token = /:::\s*[\w-]+|\[![\w-]+/.exec(text)?.[0];
  const lines = markdownLines(readFileSync(join(content, file), 'utf8'));
  let best = { index: -1, shared: -1 };
  if (token !== undefined) {
    const written = comparable(text.slice(text.indexOf(token)));
    lines.forEach(({ line, code }, index) => {
      const at = code ? -1 : line.indexOf(token);
      if (at === -1) return;
      const shared = sharedStart(comparable(line.slice(at)), written);
      if (shared > best.shared) best = { index, shared };
    });
  }
  return ` (content/${file}${best.index === -1 ? '' : `:${String(best.index + 1)}`})`;
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
