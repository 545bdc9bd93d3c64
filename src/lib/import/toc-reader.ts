/**
 * How the import reads a TOC: the one it is given (`--toc`) and those it names (`href: reference/toc.yml`,
 * `# [Reference](reference/toc.md)`), each through the same confined access as every file content names
 * (source-files.ts' confine), inside the read root after its symlinks are resolved, a regular file of at most
 * TOC_MAX_BYTES; a named one's path matched without case, as Learn matches it (cpp-docs writes
 * `reference/toc.md` for `reference/TOC.md`).
 */
import { dirname } from 'node:path';
import { confine, type PathAccess, relativePath } from '../learn/source-files.ts';
import { NESTED_TOC_LIMITS, type NestedTocRead, type NestedTocReader } from './toc-yml.ts';

/**
 * The files a TOC reader reads: symlinks resolved, a file's text, a folder's names (undefined for none), and
 * the size in bytes of a regular file (undefined for a folder, a FIFO or a device), looked at before it is read.
 */
export interface TocFiles extends PathAccess {
  read(path: string): string | undefined;
  list(folder: string): readonly string[] | undefined;
  size?(path: string): number | undefined;
}

/** The most bytes one TOC file may have: all the TOCs an import reads may have no more (NESTED_TOC_LIMITS). */
export const TOC_MAX_BYTES = NESTED_TOC_LIMITS.characters;

/** The TOC at the confined `path` (`written` in the messages): its text, or why it is not read. */
function readTocFile(path: string, written: string, files: TocFiles): NestedTocRead {
  const notFile = `"${written}" is not a file (a folder, a FIFO or a device): a TOC is read from a regular file only.`;
  const size = files.size?.(path);
  if (files.size !== undefined && size === undefined) return { ok: false, problem: notFile };
  if (size !== undefined && size > TOC_MAX_BYTES)
    return {
      ok: false,
      problem: `"${written}" is ${(size / 1_000_000).toFixed(1)} MB, more than the ${String(TOC_MAX_BYTES / 1_000_000)} MB of TOCs an import reads: a TOC lists a folder's articles.`,
    };
  const text = files.read(path);
  return text === undefined ? { ok: false, problem: notFile } : { ok: true, path, text };
}

/** A reader of the TOCs a TOC names (readToc), confined to `root` (the read root). */
export function confinedTocReader(root: string, files: TocFiles): NestedTocReader {
  return {
    real: (file) => files.real(file) ?? file,
    read(written, from) {
      const path = written.replace(/[?#].*$/, '');
      // The file's name and folders in another case too, as Learn matches them (confine, files.list).
      const found = confine(path, dirname(from), root, files);
      return found.ok ? readTocFile(found.path, path, files) : found;
    },
  };
}

/**
 * The TOC given to the import (`--toc`, the absolute `path`), read as the TOCs it names are: inside `root`
 * (the read root, else the TOC's own folder) after its symlinks are resolved, a regular file of at most
 * TOC_MAX_BYTES. A TOC linked to a file outside, a FIFO or a device is not read: its names would be
 * published, its lines printed in an error, or its reading never end (red-team round 13).
 */
export function readGivenToc(path: string, root: string, files: TocFiles): NestedTocRead {
  // confine reads a path as a URL's (`%20`): the file's own name is written so.
  const written = relativePath(root, path);
  const found = confine(written.replaceAll('%', '%25'), root, root, files);
  if (!found.ok) return { ok: false, problem: found.problem.replaceAll('%25', '%') };
  return readTocFile(found.path, written, files);
}
