/**
 * docfx's redirections (`.openpublishing.redirection.json` at a Learn repository's root, or the files its
 * `.openpublishing.publish.config.json` lists in `redirection_files`): each article moved or removed is listed
 * by its old file, `source_path` (from the redirection file's folder) or `source_path_from_root` (`/docs/…`),
 * with the URL Learn sends its readers to, `redirect_url` (`/fabric/data-warehouse/new-name`). Pure: the
 * import reads the files and says their problems.
 */
import { posix } from 'node:path';

/** The file docfx reads a repository's redirections from, at its root, when its publish config lists none. */
export const REDIRECTION_FILE = '.openpublishing.redirection.json';

/** The URL each redirected file goes to, by its path from the repository's root (`/`, lower-cased as Learn matches). */
export type Redirections = ReadonlyMap<string, string>;

/**
 * The redirection files docfx reads, by their paths from the repository's root: the `redirection_files` of
 * `publishConfig` (the JSON of its publish config, visualstudio-docs' lists
 * `docs/containers/.openpublishing.redirection.containers.json` beside the root's), else REDIRECTION_FILE.
 * A path leaving the root, absolute or through a hidden folder (`.git/`) is none.
 */
export function redirectionFilesOf(publishConfig: string | undefined): string[] {
  let data: unknown;
  try {
    data = publishConfig === undefined ? undefined : JSON.parse(publishConfig);
  } catch {
    data = undefined;
  }
  const listed = (data as { redirection_files?: unknown } | null | undefined)?.redirection_files;
  if (!Array.isArray(listed)) return [REDIRECTION_FILE];
  return (listed as unknown[]).flatMap((file) => {
    if (typeof file !== 'string') return [];
    const path = posix.normalize(file.replaceAll('\\', '/'));
    const folders = path.split('/').slice(0, -1);
    return path.startsWith('/') || path === '.' || folders.some((name) => name.startsWith('.')) ? [] : [path];
  });
}

/**
 * The redirections of `text` (the JSON of a redirection file in the folder `folder`, from the repository's
 * root: '' for REDIRECTION_FILE); `problem` says why none are read (no JSON, no `redirections` list). Entries
 * without a source path or URL are skipped; the first of a path is kept.
 */
export function parseRedirections(
  text: string,
  folder = '',
): { redirections: Redirections; problem?: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { redirections: new Map(), problem: `it is not JSON (${(error as Error).message})` };
  }
  const list = (data as { redirections?: unknown } | null)?.redirections;
  if (!Array.isArray(list)) return { redirections: new Map(), problem: 'it has no "redirections" list' };
  const redirections = new Map<string, string>();
  for (const entry of list as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const {
      source_path: source,
      source_path_from_root: fromRoot,
      redirect_url: url,
    } = entry as Record<string, unknown>;
    const path =
      typeof fromRoot === 'string'
        ? fromRoot
        : typeof source === 'string'
          ? posix.join(folder, source)
          : undefined;
    if (path === undefined || typeof url !== 'string' || url.trim() === '') continue;
    const key = repositoryPathKey(path);
    if (!redirections.has(key)) redirections.set(key, url.trim());
  }
  return { redirections };
}

/** A path from the repository's root as Redirections keys it: `/` for `\`, no leading `/` or `./`, lower case. */
export function repositoryPathKey(path: string): string {
  return path
    .replaceAll('\\', '/')
    .replace(/^(?:\.?\/)+/, '')
    .toLowerCase();
}
