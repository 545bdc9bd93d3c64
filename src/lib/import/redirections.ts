/**
 * docfx's redirections (`.openpublishing.redirection.json` at a Learn repository's root): each article moved
 * or removed is listed by its old file, `source_path` (from that root) or `source_path_from_root` (`/docs/…`),
 * with the URL Learn sends its readers to, `redirect_url` (`/fabric/data-warehouse/new-name`). Pure: the
 * import reads the file and says its problems.
 */

/** The file docfx reads the redirections of a repository from, at its root. */
export const REDIRECTION_FILE = '.openpublishing.redirection.json';

/** The URL each redirected file goes to, by its path from the repository's root (`/`, lower-cased as Learn matches). */
export type Redirections = ReadonlyMap<string, string>;

/**
 * The redirections of `text` (the JSON of REDIRECTION_FILE); `problem` says why none are read (no JSON, no
 * `redirections` list). Entries without a source path or URL are skipped; the first of a path is kept.
 */
export function parseRedirections(text: string): { redirections: Redirections; problem?: string } {
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
    const path = typeof fromRoot === 'string' ? fromRoot : source;
    if (typeof path !== 'string' || typeof url !== 'string' || url.trim() === '') continue;
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
