/**
 * Learn's Architecture pages (`### YamlMime:Architecture`, nearly every article of architecture-center) as
 * the Markdown article Learn renders from them: front matter from `metadata` (its title, else `name`), the
 * `name` as H1, then `content`, Markdown that is usually one include of the `x-content.md` beside `x.yml`.
 * That file is text the page includes, not a page: docfx leaves `*-content.md` out of what it publishes.
 */
import { basename, dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { YamlWarning } from './source-error.ts';
import { metadataOf, placeParts, readYamlPage, text } from './yaml-faq.ts';
import { yamlMimeOf } from './yaml-mime.ts';

/** The YamlMime kind (yamlMimeOf) of an Architecture page. */
export const YAML_ARCHITECTURE = 'Architecture';

/**
 * The Architecture page's text as a Learn Markdown article (front matter, H1, content); a SourceError when
 * it is not one. The YAML's warnings (an unknown tag) go to `warn`, at their lines of the file.
 */
export function architectureToMarkdown(
  source: string,
  file: string,
  warn: (warning: YamlWarning) => void = () => undefined,
): string {
  const { page, lineOf } = readYamlPage(source, file, 'Architecture', warn);
  const metadata = metadataOf(page);
  const name = text(page['name']);
  const title = text(metadata['title']) || name;
  const description = text(metadata['description']) || text(page['summary']);
  const frontMatter = {
    ...metadata,
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
  };
  // The name is the H1; without one, the title is.
  const titleLine = name ? lineOf(['name']) : lineOf(['metadata', 'title']);
  return placeParts(`---\n${stringify(frontMatter, { lineWidth: 0 }).trim()}\n---\n`, [
    { text: name || title ? `# ${name || title}` : '', line: titleLine },
    { text: text(page['content']), line: lineOf(['content']) },
  ]);
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
  return yamlMimeOf(read(yml) ?? '') === YAML_ARCHITECTURE ? yml : undefined;
}
