/**
 * The front matter of every page, as a zod schema: the content collection validates each page with it,
 * and its messages are unit-tested without a build (tests/unit/page-schema.test.ts).
 */
import { z } from 'astro/zod';
import { UPSTREAM } from '../consts.ts';
import { bidiControlProblem, codePoint } from './content-safety.ts';
import { GIT_BRANCH, GITHUB_REPOSITORY, SOURCE_PATH } from './provenance.ts';

/** A sentence for a field that is missing or of the wrong kind, saying what to write instead. */
function fieldError(field: string, expected: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `front-matter field "${field}" is missing: add ${field}: ${expected}`
      : `front-matter field "${field}" is ${JSON.stringify(issue.input)}: it must be ${expected}`;
}

/**
 * Characters no one-line field may hold: control characters (a newline, a tab, NUL…) and Unicode's line
 * and paragraph separators. A title with a newline is a line that ends where Markdown starts (its H1 in
 * the page's Markdown copy and llms.txt): a field is one line of text, as on Learn.
 */
const NOT_ONE_LINE = /[\p{Cc}\p{Zl}\p{Zp}]/u;

/** How a message names a character a line may not hold. */
function describeCharacter(character: string): string {
  const code = codePoint(character);
  if (character === '\t') return `a tab (${code})`;
  return /[\n\r\v\f\u0085\u2028\u2029]/u.test(character)
    ? `a line break (${code})`
    : `the control character ${code}`;
}

/** A required line of text: not empty, no line break or control character. */
function text(field: string, expected: string) {
  return z
    .string({ error: fieldError(field, expected) })
    .trim()
    .min(1, `front-matter field "${field}" is empty: it must be ${expected}`)
    .check((context) => {
      const bidi = bidiControlProblem(context.value);
      if (bidi !== undefined) {
        context.issues.push({
          code: 'custom',
          input: context.value,
          message: `front-matter field "${field}" ${bidi}`,
        });
        return;
      }
      const character = NOT_ONE_LINE.exec(context.value)?.[0];
      if (character === undefined) return;
      context.issues.push({
        code: 'custom',
        input: context.value,
        message:
          `front-matter field "${field}" holds ${describeCharacter(character)}: it must be one line, ${expected}. ` +
          `Write it as one line of text, with no \\n, tab or other control character: ${field}: "…"`,
      });
    });
}

/** A page's front matter; a missing or wrong field is a sentence naming the field and what to write. */
export const pageSchema = z.strictObject(
  {
    title: text('title', 'the page title, shown as its H1'),
    sidebarLabel: text('sidebarLabel', 'a short label for the sidebar').optional(),
    group: text('group', 'the label of the sidebar group the page belongs to').optional(),
    description: text('description', 'one sentence describing the page'),
    order: z
      .int({ error: fieldError('order', 'a whole number, the position in the sidebar (1, 2, 3…)') })
      .positive({
        error: (issue) =>
          `front-matter field "order" is ${String(issue.input)}: it must be 1 or more, the position in the sidebar`,
      }),
    updated: z.date({ error: fieldError('updated', 'the date the source last changed, as YYYY-MM-DD') }),
    author: text('author', 'the GitHub alias of the source article author'),
    source: text('source', `the source file's path in its repository, such as ${UPSTREAM.path}`)
      .regex(
        SOURCE_PATH,
        `front-matter field "source" must be a path in the repository ending in .md or .yml, such as ${UPSTREAM.path}`,
      )
      .optional(),
    repository: text(
      'repository',
      `the source's GitHub repository as owner/name, such as ${UPSTREAM.repository}`,
    )
      .regex(
        GITHUB_REPOSITORY,
        `front-matter field "repository" must be a GitHub repository as owner/name, such as ${UPSTREAM.repository}`,
      )
      .optional(),
    branch: text('branch', `the branch of that repository, such as ${UPSTREAM.branch}`)
      .regex(GIT_BRANCH, `front-matter field "branch" must be a git branch name, such as ${UPSTREAM.branch}`)
      .optional(),
    imported: z
      .date({ error: fieldError('imported', 'the date this copy was imported, as YYYY-MM-DD') })
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown front-matter field(s) ${issue.keys.join(', ')}: remove them or add them to the schema in src/lib/page-schema.ts`
        : undefined,
  },
);

export type PageData = z.infer<typeof pageSchema>;
