/**
 * The front matter of every page, as a zod schema: the content collection validates each page with it,
 * and its messages are unit-tested without a build (tests/unit/page-schema.test.ts).
 */
import { z } from 'astro/zod';
import { UPSTREAM } from '../consts.ts';
import { GIT_BRANCH, GITHUB_REPOSITORY, SOURCE_PATH } from './provenance.ts';

/** A sentence for a field that is missing or of the wrong kind, saying what to write instead. */
function fieldError(field: string, expected: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `front-matter field "${field}" is missing: add ${field}: ${expected}`
      : `front-matter field "${field}" is ${JSON.stringify(issue.input)}: it must be ${expected}`;
}

/** A required line of text. */
function text(field: string, expected: string) {
  return z
    .string({ error: fieldError(field, expected) })
    .trim()
    .min(1, `front-matter field "${field}" is empty: it must be ${expected}`);
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
        `front-matter field "source" must be a path in the repository ending in .md, such as ${UPSTREAM.path}`,
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
