/**
 * Where a page's text comes from: its source file in a GitHub repository of Learn's (UPSTREAM's unless the
 * page names another, or says it is not known), the link to suggest a fix there, and the day this copy was
 * imported. Pages without `source`/`imported` front matter (the seed pages) get UPSTREAM's defaults.
 */
import { UPSTREAM } from '../consts.ts';
import { dayDate, isoDate } from './dates.ts';

/**
 * A relative path inside the repository, of a Learn article's file (Markdown, or YAML such as faq.yml):
 * no `..`, no leading `/`, no URL; names of letters, digits, `.`, `-`, `_` and parentheses, which Learn's
 * API references name files with (VBA-Docs' `api/Excel.Range(object).md`).
 */
export const SOURCE_PATH = /^(?!.*(?:^|\/)\.\.?(?:\/|$))[\w.()-]+(?:\/[\w.()-]+)*\.(?:md|yml)$/;

/** A GitHub repository, `owner/name` (an owner starts with a letter, digit or `-`; a name is not `.` or `..`). */
export const GITHUB_REPOSITORY = /^[\w-][\w.-]*\/(?!\.\.?$)[\w.-]+$/;

/** A branch name as git allows it: no `..`, no leading `-` or `/`, no trailing `/`, `.` or `.lock`. */
export const GIT_BRANCH = /^(?![-/])(?!.*\.\.)[\w./-]+(?<![./]|\.lock)$/;

/**
 * A page's `repository` when the import knew none (no --repository, SOURCE.md, clone or docfx.json named
 * it): its page credits its Learn article, with no GitHub links, rather than UPSTREAM's files.
 */
export const UNKNOWN_REPOSITORY = 'unknown';

/** What a page's front matter says of its source; what it leaves out is UPSTREAM's. */
export interface ProvenanceFields {
  source?: string | undefined;
  imported?: Date | undefined;
  /** The source's GitHub repository (`MicrosoftDocs/sql-docs`), when not UPSTREAM's; UNKNOWN_REPOSITORY when not known. */
  repository?: string | undefined;
  branch?: string | undefined;
}

/** A page's source: its file on GitHub, or only its path when its repository is not known. */
export type Provenance = {
  /** Path in the repository (`defender-business/mdb-security-privacy-compliance.md`). */
  path: string;
  imported: Date;
} & (
  | {
      /** The GitHub repository (`MicrosoftDocs/defender-docs`). */
      repository: string;
      /** The file on GitHub. */
      viewUrl: string;
      /**
       * GitHub's editor for the file: "Suggest a fix" (GitHub forks the repository for a pull request). Its
       * URL needs the branch: without one, the file's page, whose pencil opens the editor.
       */
      editUrl: string;
    }
  | { repository: undefined; viewUrl?: undefined; editUrl?: undefined }
);

/** The provenance of a page from its front matter, UPSTREAM's defaults filling what it leaves out. */
export function provenance(fields: ProvenanceFields = {}): Provenance {
  const path = fields.source ?? UPSTREAM.path;
  const repository = fields.repository ?? UPSTREAM.repository;
  if (!SOURCE_PATH.test(path)) {
    throw new Error(
      `"${path}" is not the path of an article's file (.md or .yml) in ${repository} (e.g. ${UPSTREAM.path}).`,
    );
  }
  const imported = fields.imported ?? dayDate(UPSTREAM.imported);
  // Not known: no file on GitHub to link, UPSTREAM's least of all.
  if (repository === UNKNOWN_REPOSITORY) return { path, imported, repository: undefined };
  if (!GITHUB_REPOSITORY.test(repository)) {
    throw new Error(`"${repository}" is not a GitHub repository (owner/name, e.g. ${UPSTREAM.repository}).`);
  }
  if (fields.branch !== undefined && !GIT_BRANCH.test(fields.branch)) {
    throw new Error(`"${fields.branch}" is not a branch name (e.g. ${UPSTREAM.branch}).`);
  }
  const upstream = repository.toLowerCase() === UPSTREAM.repository.toLowerCase();
  const branch = fields.branch ?? (upstream ? UPSTREAM.branch : undefined);
  // GitHub's HEAD is the repository's default branch: the file's page opens without knowing its name.
  const file = (action: 'blob' | 'edit', ref: string) =>
    new URL(
      `/${repository}/${action}/${[...ref.split('/'), ...path.split('/')].map(encodeURIComponent).join('/')}`,
      'https://github.com',
    ).href;
  const viewUrl = file('blob', branch ?? 'HEAD');
  return {
    repository,
    path,
    viewUrl,
    editUrl: branch === undefined ? viewUrl : file('edit', branch),
    imported,
  };
}

/** The front matter the import writes of a page's source. */
export interface ProvenanceFrontMatter {
  source: string;
  imported: string;
  repository?: string;
  branch?: string;
}

/**
 * The front-matter fields the import writes for a page read from `sourcePath` (relative to the root of
 * `origin.repository`, UPSTREAM's when not given) on `importedOn`: `{ source, imported: 'YYYY-MM-DD' }`,
 * with the repository and branch when they are not UPSTREAM's (UNKNOWN_REPOSITORY has no branch).
 */
export function provenanceFields(
  sourcePath: string,
  importedOn: Date,
  origin: { repository?: string | undefined; branch?: string | undefined } = {},
): ProvenanceFrontMatter {
  const source = sourcePath.replace(/\\/g, '/').replace(/^\.?\//, '');
  const fields: ProvenanceFrontMatter = { source, imported: isoDate(importedOn) };
  const upstream =
    (origin.repository ?? UPSTREAM.repository).toLowerCase() === UPSTREAM.repository.toLowerCase();
  if (!upstream && origin.repository !== undefined) fields.repository = origin.repository;
  if (
    origin.branch !== undefined &&
    origin.repository !== UNKNOWN_REPOSITORY &&
    !(upstream && origin.branch === UPSTREAM.branch)
  )
    fields.branch = origin.branch;
  // The same checks as the page's: the import never writes front matter the build would refuse.
  provenance({ ...fields, imported: importedOn });
  return fields;
}
