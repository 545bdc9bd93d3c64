/**
 * What a Markdown page's rendering reads besides its own file: the files of content/ that are no page
 * (includes, code snippets, images whose presence it checks) and the site's own code and data under src/
 * (the remark and rehype plugins, the Learn folders and outbound hosts they check links against). Astro's
 * content cache keeps a page's rendering while the page's own file is unchanged; when any of these
 * changed since the cache was written, every page is rendered again (`globRenderingInWorkers`), so an
 * edited include never leaves a page stale.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isContentPage } from './navigation.ts';

/** The files under `folder` (paths relative to it, sorted) that `keep` keeps, with their size and time of change. */
function listed(folder: string, keep: (file: string) => boolean): string[] {
  let files: string[];
  try {
    files = readdirSync(folder, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return files
    .filter(keep)
    .sort()
    .flatMap((file) => {
      const stats = statSync(join(folder, file), { throwIfNoEntry: false });
      return stats?.isFile() ? [`${file}\u0000${String(stats.size)}\u0000${String(stats.mtimeMs)}`] : [];
    });
}

/**
 * A fingerprint of what pages' renderings depend on beside their own files, for the project at `root`
 * with its pages in `content` (both folders): changes when such a file is added, removed or changed.
 */
export function renderDependencies(root: URL, content: URL): string {
  const hash = createHash('sha256');
  for (const line of listed(fileURLToPath(content), (file) => !isContentPage(file)))
    hash.update(`c ${line}\n`);
  for (const line of listed(fileURLToPath(new URL('src/', root)), () => true)) hash.update(`s ${line}\n`);
  return hash.digest('hex');
}
