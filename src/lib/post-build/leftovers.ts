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

/**
 * Where a leftover was written: the first prose line of the page's source holding its marker and the word
 * after it (`::: moniker`, `[!NOTE`), as `content/a.md:12`; the file alone when no line does.
 */
function whereWritten(text: string, file: string | undefined, content: string): string {
  if (file === undefined) return '';
  const token = /:::\s*[\w-]+|\[![\w-]+/.exec(text)?.[0];
  const lines = markdownLines(readFileSync(join(content, file), 'utf8'));
  const index = token === undefined ? -1 : lines.findIndex(({ line, code }) => !code && line.includes(token));
  return ` (content/${file}${index === -1 ? '' : `:${String(index + 1)}`})`;
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
