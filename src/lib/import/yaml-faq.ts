/**
 * Learn's structured FAQ pages (`### YamlMime:FAQ`: metadata, title, summary, sections of questions and
 * answers in Markdown) as the Markdown article Learn renders from them: front matter from `metadata`,
 * the title as H1, the summary, each section an H2 and each question an H3 above its answer.
 */
import { stringify } from 'yaml';
import { readYaml, SourceError, yamlError, type YamlWarning } from './source-error.ts';

export const YAML_FAQ = /^###\s*YamlMime:FAQ\s*\r?\n/;

interface Question {
  question?: unknown;
  answer?: unknown;
}
interface Section {
  name?: unknown;
  questions?: unknown;
}

export const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * The YAML of a structured Learn page (`### YamlMime:<kind>` then YAML, an FAQ or an Architecture page) as
 * an object; a SourceError, with
 * the file and line, when it is not valid YAML or not an object. Its warnings (an unknown tag) go to `warn`.
 */
export function readYamlPage(
  source: string,
  file: string,
  kind: string,
  warn: (warning: YamlWarning) => void,
): Record<string, unknown> {
  let data: unknown;
  try {
    const read = readYaml(source.replace(/^###[^\n]*\n/, ''));
    data = read.data;
    // The YAML starts after the `### YamlMime:…` line.
    for (const warning of read.warnings) warn({ ...warning, line: warning.line + 1 });
  } catch (error) {
    // The YAML starts after the `### YamlMime:…` line.
    throw yamlError(file, 1, `this YamlMime:${kind} file`, error);
  }
  if (typeof data !== 'object' || data === null)
    throw new SourceError(file, 1, `a YamlMime:${kind} file without content.`);
  return data as Record<string, unknown>;
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
  const data = readYamlPage(source, file, 'FAQ', warn);
  const faq = data as {
    metadata?: unknown;
    title?: unknown;
    summary?: unknown;
    sections?: unknown;
    questions?: unknown;
    additionalContent?: unknown;
  };
  const metadata = typeof faq.metadata === 'object' && faq.metadata !== null ? faq.metadata : {};
  const title = text(faq.title) || text((metadata as { title?: unknown }).title);
  const questions = (list: unknown, level: string): string[] =>
    (Array.isArray(list) ? (list as Question[]) : []).flatMap((entry) => [
      `${level} ${text(entry.question)}`,
      text(entry.answer),
    ]);
  const sections = Array.isArray(faq.sections) ? (faq.sections as Section[]) : [];
  const body = [
    `# ${title}`,
    text(faq.summary),
    ...questions(faq.questions, '##'),
    ...sections.flatMap((section) =>
      text(section.name)
        ? [`## ${text(section.name)}`, ...questions(section.questions, '###')]
        : questions(section.questions, '##'),
    ),
    // Markdown Learn shows after the questions ("## See also" and its links).
    text(faq.additionalContent),
  ].filter((part) => part !== '');
  return `---\n${stringify(metadata).trim()}\n---\n\n${body.join('\n\n')}\n`;
}
