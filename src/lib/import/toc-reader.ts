/**
 * How the import reads a TOC that its TOC names (`href: reference/toc.yml`, `# [Reference](reference/toc.md)`):
 * through the same confined access as every file content names (source-files.ts' confine), inside the read
 * root after its symlinks are resolved, and its file name matched without case, as Learn matches it (cpp-docs
 * writes `reference/toc.md` for `reference/TOC.md`).
 */
import { basename, dirname, posix, resolve } from 'node:path';
import { confine, type PathAccess } from '../learn/source-files.ts';
import type { NestedTocReader } from './toc-yml.ts';

/** The files a TOC reader reads: symlinks resolved, a file's text, a folder's names (undefined for none). */
export interface TocFiles extends PathAccess {
  read(path: string): string | undefined;
  list(folder: string): readonly string[] | undefined;
}

/** A reader of the TOCs a TOC names (readToc), confined to `root` (the read root). */
export function confinedTocReader(root: string, files: TocFiles): NestedTocReader {
  return {
    real: (file) => files.real(file) ?? file,
    read(written, from) {
      const path = written.replace(/[?#].*$/, '');
      let found = confine(path, dirname(from), root, files);
      if (!found.ok && !found.outside) {
        // The file name in another case, as Learn matches it; what is found is confined the same way.
        const lexical = resolve(dirname(from), path);
        const name = files
          .list(dirname(lexical))
          ?.find((other) => other.toLowerCase() === basename(lexical).toLowerCase());
        if (name !== undefined)
          found = confine(posix.join(posix.dirname(path), name), dirname(from), root, files);
      }
      if (!found.ok) return found;
      const text = files.read(found.path);
      return text === undefined
        ? { ok: false, problem: `"${path}" is not a file.` }
        : { ok: true, path: found.path, text };
    },
  };
}
