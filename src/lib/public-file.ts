/** Files of public/ as the site publishes them: a path of the site names one only inside public/. */
import { statSync } from 'node:fs';
import { confine, DISK, type PathAccess } from './learn/source-files.ts';

/** Any origin: a path is read against it only to take its path apart. */
const SITE = 'https://site.invalid';

/**
 * The answers already given, by public folder then path, and each public folder's real path: a page's
 * links, images and full-size links ask of the same files, page after page. Kept only outside `astro dev`
 * (NODE_ENV "development"), which must see a file added to public/ while it runs.
 */
const answers = new Map<string, Map<string, boolean>>();
const realPublicDirs = new Map<string, string | undefined>();

function isDevelopment(): boolean {
  return process.env['NODE_ENV'] === 'development';
}

/** The disk, with `publicDir`'s real path resolved once (outside `astro dev`). */
function publicAccess(publicDir: string): PathAccess {
  if (isDevelopment()) return DISK;
  return {
    real: (path) => {
      if (path !== publicDir) return DISK.real(path);
      if (!realPublicDirs.has(publicDir)) realPublicDirs.set(publicDir, DISK.real(publicDir));
      return realPublicDirs.get(publicDir);
    },
  };
}

/**
 * Whether `sitePath`, a path of the site (`/media/a.png`, its query and #anchor ignored), is a regular file
 * of `publicDir`: confined there as the import confines what it reads (`confine`), so a path that leaves
 * it once decoded (`/%2E%2E%2F…`) or once its symlinks are resolved, or a hidden file, names none.
 */
export function isPublicFile(sitePath: string, publicDir: string): boolean {
  const kept = isDevelopment() ? undefined : (answers.get(publicDir) ?? new Map<string, boolean>());
  const known = kept?.get(sitePath);
  if (known !== undefined) return known;
  const answer = findPublicFile(sitePath, publicDir);
  if (kept) {
    kept.set(sitePath, answer);
    answers.set(publicDir, kept);
  }
  return answer;
}

function findPublicFile(sitePath: string, publicDir: string): boolean {
  if (!sitePath.startsWith('/') || !URL.canParse(sitePath, SITE)) return false;
  const url = new URL(sitePath, SITE);
  // `//host/…` or `/\host/…` is another site's path, whatever the file names.
  if (url.origin !== SITE) return false;
  const found = confine(`.${url.pathname}`, publicDir, publicDir, publicAccess(publicDir));
  return found.ok && statSync(found.path).isFile();
}
