/** A Learn folder held in memory, for planImport's tests: no disk, symlinks as a map. */
import type { SourceFiles } from '../../src/lib/import/convert.ts';

/**
 * The files `files` (path → text or bytes) inside the folders `folders` (which `real` knows too), `real`
 * resolving `links` (path → where the symlink points).
 */
export function memoryFolder(
  files: Record<string, string | Uint8Array>,
  folders: readonly string[],
  links: Record<string, string> = {},
): SourceFiles {
  const target = (path: string) => links[path] ?? path;
  return {
    read: (path) => {
      const value = files[target(path)];
      return typeof value === 'string' ? value : undefined;
    },
    exists: (path) => target(path) in files,
    real: (path) => (target(path) in files || folders.includes(path) ? target(path) : undefined),
    // A folder's names: its files' and folders', and the folders its files are in.
    list: (folder) => {
      const names = new Set<string>();
      for (const path of [...Object.keys(files), ...folders, ...Object.keys(links)])
        if (path.startsWith(`${folder}/`)) names.add(path.slice(folder.length + 1).split('/')[0] ?? '');
      return names.size > 0 || folders.includes(folder) ? [...names] : undefined;
    },
    bytes: (path) => {
      const value = files[target(path)];
      return value instanceof Uint8Array ? value : undefined;
    },
  };
}
