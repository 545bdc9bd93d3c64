/**
 * The units of Learn's training modules (`### YamlMime:ModuleUnit`, MicrosoftDocs/learn and the mslearn-*
 * repositories) as the Markdown article Learn renders from them: front matter from `metadata` (and the
 * unit's `uid`), the `title` as H1, then `content` (most often one include of `includes/x.md`), then its
 * knowledge check, `quiz`, as an H2 and a numbered list of its questions, each choice under its question
 * with what Learn tells a reader who picks it (correct or not, and its explanation), as a page shows it all.
 */
import { stringify } from 'yaml';
import type { YamlWarning } from './source-error.ts';
import { metadataOf, pathValue, placeParts, readYamlPage, text, type Placed } from './yaml-faq.ts';
import { yamlMimeOf } from './yaml-mime.ts';

/** The YamlMime kind (yamlMimeOf) of a training module's unit. */
export const YAML_MODULE_UNIT = 'ModuleUnit';

/** Markdown text as the body of a list item whose marker is `marker`: its later lines indented under it. */
const listItem = (marker: string, markdown: string): string =>
  `${marker}${markdown.replaceAll('\n', `\n${' '.repeat(marker.length)}`)}`.replace(/[ ]+$/gm, '');

/**
 * The unit's text as a Learn Markdown article (front matter, H1, content, knowledge check); a SourceError
 * when it is not one. The YAML's warnings (an unknown tag) go to `warn`, at their lines of the file.
 */
export function moduleUnitToMarkdown(
  source: string,
  file: string,
  warn: (warning: YamlWarning) => void = () => undefined,
): string {
  const { page, lineOf } = readYamlPage(source, file, 'ModuleUnit', warn);
  const metadata = metadataOf(page);
  const title = text(page['title']) || text(metadata['title']);
  const uid = text(page['uid']);
  const frontMatter = {
    ...metadata,
    ...(title ? { title } : {}),
    ...(uid && !text(metadata['uid']) ? { uid } : {}),
  };
  const titleLine = text(page['title']) ? lineOf(['title']) : lineOf(['metadata', 'title']);
  const questions = pathValue(page, ['quiz', 'questions']);
  const quiz: Placed[] = Array.isArray(questions)
    ? questions.map((_, index) => {
        const at = ['quiz', 'questions', index];
        const choices = pathValue(page, [...at, 'choices']);
        const said = (Array.isArray(choices) ? choices : []).flatMap((_, choice) => {
          const content = text(pathValue(page, [...at, 'choices', choice, 'content']));
          if (content === '') return [];
          const verdict =
            pathValue(page, [...at, 'choices', choice, 'isCorrect']) === true ? 'Correct' : 'Incorrect';
          const explanation = text(pathValue(page, [...at, 'choices', choice, 'explanation']));
          return [listItem('- ', `${content}\n\n*${verdict}.*${explanation ? ` ${explanation}` : ''}`)];
        });
        const question = text(pathValue(page, [...at, 'content']));
        return {
          text: listItem(`${index + 1}. `, [question, ...said].filter((part) => part !== '').join('\n\n')),
          line: lineOf([...at, 'content']),
        };
      })
    : [];
  const quizTitle = text(pathValue(page, ['quiz', 'title'])) || 'Check your knowledge';
  return placeParts(`---\n${stringify(frontMatter, { lineWidth: 0 }).trim()}\n---\n`, [
    { text: title ? `# ${title}` : '', line: titleLine },
    { text: text(page['content']), line: lineOf(['content']) },
    ...(quiz.length > 0 ? [{ text: `## ${quizTitle}`, line: lineOf(['quiz', 'title']) }, ...quiz] : []),
  ]);
}

/** A training module's page (`### YamlMime:Module`): its title, metadata and the uids of its units, in order. */
export const YAML_MODULE = 'Module';

/** The value of `key` of a YAML page's text, or undefined when it is no YAML object. */
function pageValue(text: string, kind: string, key: string): unknown {
  try {
    return readYamlPage(text, '', kind, () => undefined).page[key];
  } catch {
    return undefined;
  }
}

/**
 * Where each unit of `files` goes in the sidebar, as Learn lists a module's units: by its `uid`'s place in
 * the `units` of a module page among them (modules in the order given); undefined for a file no module
 * lists, or when no module page is among them. `read` gives a file's text (undefined when not to be read).
 */
export function moduleUnitPlaces(
  files: readonly string[],
  read: (file: string) => string | undefined,
): Map<string, number> | undefined {
  const texts = files.map((file) => ({ file, text: read(file) ?? '' }));
  const places = new Map<string, number>();
  let listed = 0;
  for (const { text: module } of texts.filter(({ text }) => yamlMimeOf(text) === YAML_MODULE)) {
    const units = pageValue(module, 'Module', 'units');
    for (const uid of Array.isArray(units) ? units : [])
      if (typeof uid === 'string' && !places.has(uid)) places.set(uid, listed++);
  }
  if (places.size === 0) return undefined;
  const order = new Map<string, number>();
  for (const { file, text: unit } of texts) {
    const place =
      yamlMimeOf(unit) === YAML_MODULE_UNIT
        ? places.get(text(pageValue(unit, 'ModuleUnit', 'uid')))
        : undefined;
    if (place !== undefined) order.set(file, place);
  }
  return order;
}
