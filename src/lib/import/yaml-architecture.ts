/**
 * Learn's Architecture pages (`### YamlMime:Architecture`, nearly every article of architecture-center) as
 * the Markdown article Learn renders from them: front matter from `metadata` (its title, else `name`), the
 * `name` as H1, then `content`, Markdown that is usually one include of the `x-content.md` beside `x.yml`.
 * That file is text the page includes, not a page: docfx leaves `*-content.md` out of what it publishes.
 */
import { basename, dirname, join } from 'node:path';
import { isScalar, LineCounter, parseDocument, Scalar, stringify } from 'yaml';
import type { YamlWarning } from './source-error.ts';
import { readYamlPage, text } from './yaml-faq.ts';

export const YAML_ARCHITECTURE = /^###\s*YamlMime:Architecture\s*\r?\n/;

/**
 * The Architecture page's text as a Learn Markdown article (front matter, H1, content); a SourceError when
 * it is not one. The YAML's warnings (an unknown tag) go to `warn`, at their lines of the file.
 */
export function architectureToMarkdown(
  source: string,
  file: string,
  warn: (warning: YamlWarning) => void = () => undefined,
): string {
  const page = readYamlPage(source, file, 'Architecture', warn);
  const metadata = (
    typeof page['metadata'] === 'object' && page['metadata'] !== null ? page['metadata'] : {}
  ) as Record<string, unknown>;
  const name = text(page['name']);
  const title = text(metadata['title']) || name;
  const description = text(metadata['description']) || text(page['summary']);
  const frontMatter = {
    ...metadata,
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
  };
  const frontMatterLines = `---\n${stringify(frontMatter, { lineWidth: 0 }).trim()}\n---\n`;
  const h1 = name || title ? `# ${name || title}\n` : '';
  const content = text(page['content']);
  // The content starts at its line of the file, so what the import says of it (an include it lacks, an
  // image, a link) names that line, as it does in a Markdown article: blank lines fill the space above it,
  // and when the front matter and H1 take more lines than the file has above it, they go without theirs.
  const start = contentLine(source);
  const heads = [`${frontMatterLines}\n${h1}\n`, `${frontMatterLines}${h1}\n`, `${frontMatterLines}${h1}`];
  const head =
    heads.find((each) => start === undefined || each.split('\n').length - 1 <= start - 1) ??
    heads[heads.length - 1];
  const before = head.split('\n').length - 1;
  const fill = start !== undefined && start - 1 > before ? '\n'.repeat(start - 1 - before) : '';
  return `${head}${fill}${content}\n`.replace(/\n\n+$/, '\n');
}

/**
 * The line of the file where the text of its `content` starts (after the `|` of a block and its blank
 * lines), as YAML reads it; undefined when it has none.
 */
function contentLine(source: string): number | undefined {
  const lineCounter = new LineCounter();
  // The YAML starts after the `### YamlMime:…` line.
  const document = parseDocument(source.replace(/^###[^\n]*\n/, ''), { lineCounter });
  const node = document.get('content', true);
  if (!isScalar(node) || typeof node.value !== 'string' || node.range === undefined) return undefined;
  const block = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
  const blankLines = /^\s*\n/.exec(node.value)?.[0].split('\n').length ?? 1;
  return 1 + lineCounter.linePos(node.range[0]).line + (block ? blankLines : 0);
}

/**
 * The Architecture page `x.yml` whose content the file `x-content.md` is, when there is one beside it
 * (`read` gives a file's text): such a file is included by that page, and is no page of its own.
 */
export function architecturePageOf(
  file: string,
  read: (path: string) => string | undefined,
): string | undefined {
  const page = /^(.+)-content\.md$/i.exec(basename(file))?.[1];
  if (page === undefined) return undefined;
  const yml = join(dirname(file), `${page}.yml`);
  return YAML_ARCHITECTURE.test(read(yml) ?? '') ? yml : undefined;
}
