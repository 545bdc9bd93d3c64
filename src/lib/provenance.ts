/**
 * Where a page's text comes from: its source file in Learn's GitHub repository (UPSTREAM), the link to
 * suggest a fix there, and the day this copy was imported. Pages without `source`/`imported` front matter
 * (the seed pages) get UPSTREAM's defaults.
 */
import { UPSTREAM } from '../consts.ts';
import { dayDate, isoDate } from './dates.ts';

/** A relative path inside the repository, of a Markdown file: no `..`, no leading `/`, no URL. */
export const SOURCE_PATH = /^(?!.*(?:^|\/)\.\.?(?:\/|$))[\w.-]+(?:\/[\w.-]+)*\.md$/;

export interface Provenance {
  /** Path in the repository (`defender-business/mdb-security-privacy-compliance.md`). */
  path: string;
  /** The file on GitHub. */
  viewUrl: string;
  /** GitHub's editor for the file: "Suggest a fix" (GitHub forks the repository for a pull request). */
  editUrl: string;
  imported: Date;
}

/** The provenance of a page from its front matter, UPSTREAM's defaults filling what it leaves out. */
export function provenance(source?: string, imported?: Date): Provenance {
  const path = source ?? UPSTREAM.path;
  if (!SOURCE_PATH.test(path)) {
    throw new Error(
      `"${path}" is not a Markdown file's path in ${UPSTREAM.repository} (e.g. ${UPSTREAM.path}).`,
    );
  }
  const file = (action: 'blob' | 'edit') =>
    new URL(
      `/${UPSTREAM.repository}/${action}/${UPSTREAM.branch}/${path.split('/').map(encodeURIComponent).join('/')}`,
      'https://github.com',
    ).href;
  return {
    path,
    viewUrl: file('blob'),
    editUrl: file('edit'),
    imported: imported ?? dayDate(UPSTREAM.imported),
  };
}

/**
 * The front-matter fields the import writes for a page read from `sourcePath` (relative to the
 * repository root) on `importedOn`: `{ source, imported: 'YYYY-MM-DD' }`.
 */
export function provenanceFields(sourcePath: string, importedOn: Date): { source: string; imported: string } {
  const source = sourcePath.replace(/\\/g, '/').replace(/^\.?\//, '');
  if (!SOURCE_PATH.test(source)) {
    throw new Error(
      `"${sourcePath}" is not a Markdown file's path in ${UPSTREAM.repository} (e.g. ${UPSTREAM.path}).`,
    );
  }
  return { source, imported: isoDate(importedOn) };
}
