/** Files of public/ as the site publishes them: a path of the site names one only inside public/. */
import { statSync } from 'node:fs';
import { confine } from './learn/source-files.ts';

/** Any origin: a path is read against it only to take its path apart. */
const SITE = 'https://site.invalid';

/**
 * Whether `sitePath`, a path of the site (`/media/a.png`, its query and #anchor ignored), is a regular file
 * of `publicDir`: confined there as the import confines what it reads (`confine`), so a path that leaves
 * it once decoded (`/%2E%2E%2F…`) or once its symlinks are resolved, or a hidden file, names none.
 */
export function isPublicFile(sitePath: string, publicDir: string): boolean {
  if (!sitePath.startsWith('/') || !URL.canParse(sitePath, SITE)) return false;
  const url = new URL(sitePath, SITE);
  // `//host/…` or `/\host/…` is another site's path, whatever the file names.
  if (url.origin !== SITE) return false;
  const found = confine(`.${url.pathname}`, publicDir, publicDir);
  return found.ok && statSync(found.path).isFile();
}
