/**
 * Learn's structured FAQ pages (`### YamlMime:FAQ`: metadata, title, summary, sections of questions and
 * answers in Markdown) as the Markdown article Learn renders from them: front matter from `metadata`,
 * the title as H1, the summary, each section an H2 and each question an H3 above its answer.
 */
import { stringify } from 'yaml';
import { readYaml, SourceError, yamlError, type YamlWarning } from './source-error.ts';

/** The YamlMime kind (yamlMimeOf) of an FAQ page. */
export const YAML_FAQ = 'FAQ';

interface Question {
  question?: unknown;
  answer?: unknown;
}
interface Section {
  name?: unknown;
  questions?: unknown;
}

export const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** Where the text of a value of a YAML page starts, by its path: its line of the file; undefined for no text. */
export type TextLines = (path: readonly (string | number)[]) => number | undefined;

/**
 * The YAML of a structured Learn page (`### YamlMime:<kind>` then YAML, an FAQ or an Architecture page) as
 * an object, and where each value's text starts (the file's `### YamlMime:…` line counted); a SourceError,
 * with the file and line, when it is not valid YAML or not an object. Its warnings (an unknown tag) go to `warn`.
 */
export function readYamlPage(
  source: string,
  file: string,
  kind: string,
  warn: (warning: YamlWarning) => void,
): { page: Record<string, unknown>; lineOf: TextLines } {
  let read: ReturnType<typeof readYaml>;
  try {
    read = readYaml(source.replace(/^[^\n]*\n/, ''));
  } catch (error) {
    // The YAML starts after the `### YamlMime:…` line.
    throw yamlError(file, 1, `this YamlMime:${kind} file`, error);
  }
  // The YAML starts after the `### YamlMime:…` line.
  for (const warning of read.warnings) warn({ ...warning, line: warning.line + 1 });
  const { data, textLineOf } = read;
  if (typeof data !== 'object' || data === null)
    throw new SourceError(file, 1, `a YamlMime:${kind} file without content.`);
  const lineOf: TextLines = (path) => {
    const line = textLineOf(path);
    return line === undefined ? undefined : line + 1;
  };
  return { page: data as Record<string, unknown>, lineOf };
}

/**
 * The FAQ file's text as a Learn Markdown article (front matter, H1, sections); a SourceError when it is
 * not one. The YAML's warnings (an unknown tag) go to `warn`, at their lines of the file.
 */
export function faqToMarkdown(
  source: string,
  file: string,
  warn: (warning: YamlWarning) => void = () => undefined,
): string {
  const { page: data, lineOf } = readYamlPage(source, file, 'FAQ', warn);
  const faq = data as {
    title?: unknown;
    summary?: unknown;
    sections?: unknown;
    questions?: unknown;
    additionalContent?: unknown;
  };
  const metadata = metadataOf(data);
  const title = text(faq.title) || text(metadata['title']);
  const titleLine = text(faq.title) ? lineOf(['title']) : lineOf(['metadata', 'title']);
  const at = (path: (string | number)[], before = ''): Placed => {
    const read = text(pathValue(faq, path));
    return { text: read === '' ? '' : `${before}${read}`, line: lineOf(path) };
  };
  const questions = (list: unknown, path: (string | number)[], level: string): Placed[] =>
    (Array.isArray(list) ? (list as Question[]) : []).flatMap((_, index) => [
      at([...path, index, 'question'], `${level} `),
      at([...path, index, 'answer']),
    ]);
  const sections = Array.isArray(faq.sections) ? (faq.sections as Section[]) : [];
  const parts: Placed[] = [
    { text: `# ${title}`, line: titleLine },
    at(['summary']),
    ...questions(faq.questions, ['questions'], '##'),
    ...sections.flatMap((section, index) =>
      text(section.name)
        ? [
            at(['sections', index, 'name'], '## '),
            ...questions(section.questions, ['sections', index, 'questions'], '###'),
          ]
        : questions(section.questions, ['sections', index, 'questions'], '##'),
    ),
    // Markdown Learn shows after the questions ("## See also" and its links).
    at(['additionalContent']),
  ];
  return placeParts(`---\n${stringify(metadata).trim()}\n---\n`, parts);
}

/** A YAML page's `metadata` object (its front matter); another value is none. */
export function metadataOf(page: Record<string, unknown>): Record<string, unknown> {
  const metadata = page['metadata'];
  return typeof metadata === 'object' && metadata !== null ? (metadata as Record<string, unknown>) : {};
}

/** The value at `path` of the YAML read. */
export function pathValue(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined,
    data,
  );
}

/** A part of the Markdown a YAML page is made into, and the line of the file its text starts at, when known. */
export interface Placed {
  text: string;
  line: number | undefined;
}

/**
 * The front matter, then the parts in order, each starting at its line of the file when it can (blank
 * lines filling the space), so what the import says of a part (an include it lacks, an image, a link) names
 * that line, as in a Markdown article. A part is a blank line below the one before, or none below a heading
 * or the front matter when that is what its line needs; one with no line is a blank line below.
 */
export function placeParts(frontMatter: string, parts: readonly Placed[]): string {
  let markdown = frontMatter;
  let next = frontMatter.split('\n').length;
  let afterHeading = true;
  for (const part of parts) {
    if (part.text === '') continue;
    const gap = part.line === undefined ? 1 : Math.max(afterHeading ? 0 : 1, part.line - next);
    markdown += `${'\n'.repeat(gap)}${part.text}\n`;
    next += gap + part.text.split('\n').length;
    afterHeading = /^#{1,6} [^\n]*$/.test(part.text);
  }
  return markdown;
}
