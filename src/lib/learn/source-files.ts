/**
 * Reads of files named by content (includes, images, code sources), confined to a source root: the path is
 * resolved from the file that names it, then its symlinks, and it must still lie inside the root. Messages
 * name the path as written, never the absolute path looked for.
 */
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { svgFileProblems } from '../svg-safety.ts';

/**
 * `to` relative to `from`, with "/" between its parts on every system: as URLs, the site's records and the
 * messages that name files write a path.
 */
export function relativePath(from: string, to: string): string {
  return relative(from, to).split(sep).join('/');
}

/** A path with "/" between its names as a link writes it: each name percent-escaped, as confine decodes it. */
export function escapedPath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * Whether a path `relative()` (or relativePath) made from a folder leads out of it: `..`, `../x`, or an
 * absolute path (another drive). `..x` is a file or folder of that name inside it, as a browser and the
 * file system read it.
 */
export function leavesFolder(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${sep}`) || rel.startsWith('../') || isAbsolute(rel);
}

/** Whether `path` is `root` or lies below it (both absolute). */
export function isInside(root: string, path: string): boolean {
  return !leavesFolder(relative(root, path));
}

/**
 * A file a page names, found (its absolute real path) or refused with the reason, in the path as written;
 * `outside` when the reason is that it lies outside the root (a wider root would read it), `missing` when
 * there is no such file (one path written from one folder: every page writing it there misses that file).
 */
export type Confined =
  | { ok: true; path: string }
  /** `path`: for a file that does not exist, where it would be (its path resolved, before any symlink). */
  | { ok: false; problem: string; outside?: true; missing?: true; path?: string };

/** How paths are resolved and symlinks followed: the disk, or an in-memory folder in tests. */
export interface PathAccess {
  /** The path with symlinks resolved, or undefined when there is no such file. */
  real(path: string): string | undefined;
  /**
   * The names in the folder `folder`, or undefined when it is none. Given (the import's reads), a path that
   * does not exist as written is looked for in any case, as Learn's build finds it (`inAnyCase`).
   */
  list?(folder: string): readonly string[] | undefined;
}

export const DISK: PathAccess = {
  real: (path) => (existsSync(path) ? realpathSync(path) : undefined),
};

/**
 * Hidden folders whose files Learn shows as code (:::code source="…/.github/workflows/build.yml",
 * "…/.devcontainer/devcontainer.json" in dotnet/docs-aspire and the Azure JavaScript samples): a
 * repository's public configuration, the same in every clone.
 */
const SHOWN_HIDDEN_FOLDERS = new Set(['.github', '.devcontainer']);

/**
 * Why `written`, resolved to `path` below `root`, is refused: a part of it below `root` is hidden (`.git`,
 * `.env`, `.ssh`). Version control, keys and settings are not content, even inside the source folder (a
 * repository's `.git/config` holds its remote with its token). A folder of SHOWN_HIDDEN_FOLDERS is not
 * hidden; the hidden files in it are.
 */
function hiddenProblem(written: string, root: string, path: string): Confined | undefined {
  const parts = relative(root, path).split(sep);
  const index = parts.findIndex(
    (part, at) => part.startsWith('.') && !(at < parts.length - 1 && SHOWN_HIDDEN_FOLDERS.has(part)),
  );
  if (index === -1) return undefined;
  const where = index === parts.length - 1 ? 'a hidden file' : `in ${parts[index] ?? ''}, a hidden folder`;
  return {
    ok: false,
    problem: `"${written}" is ${where} (version control, keys, settings): hidden files are never read. Copy what the page shows to a file outside it.`,
  };
}

/**
 * The file at `path` (below `base`, which exists) found with each of its parts below `base` matched in any
 * case, as Learn's build (on Windows) matches them: `includes/setWidth-description.md` written for the
 * folder's `Includes/setWidth-description.md`, which dynamics-365-customer-engagement's
 * channel-integration-framework reference pages all write. A part that exists as written is taken as
 * written; one two names match (`A.md` and `a.md` on a case-sensitive disk) is no file. Undefined when none.
 */
function inAnyCase(path: string, base: string, access: PathAccess): string | undefined {
  if (access.list === undefined) return undefined;
  let at = base;
  for (const part of relative(base, path).split(sep)) {
    const asWritten = join(at, part);
    if (access.real(asWritten) !== undefined) {
      at = asWritten;
      continue;
    }
    const lower = part.toLowerCase();
    const names = (access.list(at) ?? []).filter((name) => name.toLowerCase() === lower);
    if (names.length !== 1 || names[0] === undefined) return undefined;
    at = join(at, names[0]);
  }
  return at;
}

/**
 * The path `written` (URL-encoded, as in Markdown) from the folder `fromDir`, confined to `root`: inside
 * it, before and after its symlinks are resolved, and in no hidden file or folder of it (`hiddenProblem`);
 * in another case than the file's when `access` can list folders (`inAnyCase`).
 */
export function confine(written: string, fromDir: string, root: string, access: PathAccess = DISK): Confined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(written);
  } catch {
    return { ok: false, problem: `"${written}" is not a valid path (a stray %).` };
  }
  if (isAbsolute(decoded) || decoded.includes('\0'))
    return { ok: false, problem: `"${written}" is an absolute path: write it relative to the page.` };
  const lexical = resolve(fromDir, decoded);
  const realRoot = access.real(root) ?? root;
  if (!isInside(root, lexical) && !isInside(realRoot, lexical))
    return {
      ok: false,
      problem: `"${written}" is outside the source folder: only files inside it are read.`,
      outside: true,
    };
  const base = isInside(root, lexical) ? root : realRoot;
  const lexicalHidden = hiddenProblem(written, base, lexical);
  if (lexicalHidden) return lexicalHidden;
  const other = access.real(lexical) === undefined ? inAnyCase(lexical, base, access) : undefined;
  const otherHidden = other === undefined ? undefined : hiddenProblem(written, base, other);
  if (otherHidden) return otherHidden;
  const real = access.real(other ?? lexical);
  if (real === undefined)
    return { ok: false, problem: `"${written}" does not exist.`, missing: true, path: lexical };
  if (!isInside(realRoot, real))
    return {
      ok: false,
      problem: `"${written}" is a link to a file outside the source folder: only files inside it are read.`,
      outside: true,
    };
  return hiddenProblem(written, realRoot, real) ?? { ok: true, path: real };
}

/** Image files a page may publish, by extension, each with the bytes its file starts with. */
const IMAGE_SIGNATURES: Readonly<Record<string, (bytes: Uint8Array) => boolean>> = {
  '.png': (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  '.jpg': (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  '.jpeg': (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  '.gif': (b) => startsWith(b, [0x47, 0x49, 0x46, 0x38]),
  '.webp': (b) =>
    startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b.subarray(8), [0x57, 0x45, 0x42, 0x50]),
  // SVG is text: it must start as an <svg> document (what it holds is svgFileProblems').
  '.svg': (b) =>
    /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(
      new TextDecoder().decode(b.subarray(0, 4096)),
    ),
};

/** The extensions of the image files a page may publish (`.png`, `.svg`…). */
export const IMAGE_EXTENSIONS: readonly string[] = Object.keys(IMAGE_SIGNATURES);

/** Whether `path` ends in one of IMAGE_EXTENSIONS, in any case (`a.PNG`): an image file by its name. */
export function hasImageExtension(path: string): boolean {
  return IMAGE_EXTENSIONS.includes(extname(path).toLowerCase());
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** The largest image file published: bigger ones are refused (a page's image, not a download). */
export const IMAGE_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Why the SVG `written` is refused, from its `problems` (svgFileProblems), or undefined when it has none:
 * opened by itself, an SVG is a page of the site, which runs its scripts where no header forbids them.
 */
export function svgProblem(written: string, problems: readonly string[]): string | undefined {
  if (problems.length === 0) return undefined;
  const more = problems.length > 1 ? ` (and ${String(problems.length - 1)} more)` : '';
  return `"${written}" is an SVG that could run script or load another site when opened by itself: ${problems[0] ?? ''}${more}. Remove it from the file (re-export it as a plain drawing), or use a PNG.`;
}

/** What is wrong with an image file as an image (extension, contents, size), or undefined. */
export function imageProblem(written: string, bytes: Uint8Array): string | undefined {
  const extension = extname(written.split(/[?#]/)[0] ?? '').toLowerCase();
  const looksRight = IMAGE_SIGNATURES[extension];
  if (!looksRight)
    return `"${written}" is not an image this site publishes (${Object.keys(IMAGE_SIGNATURES).join(', ')}).`;
  if (bytes.length > IMAGE_MAX_BYTES)
    return `"${written}" is ${Math.round(bytes.length / 1024)} KB, over the ${IMAGE_MAX_BYTES / 1024 / 1024} MB an image may be.`;
  if (!looksRight(bytes))
    return `"${written}" is not a ${extension.slice(1).toUpperCase()} image (its bytes say otherwise).`;
  if (extension === '.svg') return svgProblem(written, svgFileProblems(bytes));
  return undefined;
}

/** Reads a confined file's text, or undefined when it is not a regular file. */
export function readConfinedText(path: string): string | undefined {
  return statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
}

/**
 * The bytes of the regular file at `path` (a confined, real path), no more than `most` and one: a longer
 * file is one its check refuses for its size (imageProblem), read no further. Undefined when it is no
 * regular file: a FIFO named `media/x.png` never ended the import's read (red team 19), a device may not,
 * and a folder has no bytes. Opened without waiting for a FIFO's writer (O_NONBLOCK) or following a link
 * put in the file's place since it was confined (O_NOFOLLOW), its kind and size then read from what was
 * opened.
 */
export function readConfinedBytes(path: string, most: number): Buffer | undefined {
  let descriptor: number;
  try {
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) return undefined;
    const bytes = Buffer.alloc(Math.min(stats.size, most + 1));
    let read = 0;
    while (read < bytes.length) {
      const got = readSync(descriptor, bytes, read, bytes.length - read, read);
      if (got === 0) break;
      read += got;
    }
    return bytes.subarray(0, read);
  } finally {
    closeSync(descriptor);
  }
}

/** The most bytes of text the import reads of one source file (an article, include, TOC, docfx.json…), as of a TOC. */
export const SOURCE_TEXT_MAX_BYTES = 50_000_000;

/**
 * Why the regular file `path` is too large to read as a source's text, or undefined: a sparse file of
 * 600 MB (4 KB on disk) held the import at 765 MB and was refused as 'Cannot create a string longer than
 * 0x1fffffe8 characters' (red team 19). A Learn article is under 1 MB.
 */
export function sourceTextSizeProblem(path: string, size: number): string | undefined {
  if (size <= SOURCE_TEXT_MAX_BYTES) return undefined;
  return `${path} is ${(size / 1_000_000).toFixed(1)} MB, more than the ${String(SOURCE_TEXT_MAX_BYTES / 1_000_000)} MB the import reads of one source file (a Learn article is under 1 MB): it is not read. Leave it out of the files given, or remove it from the folder.`;
}
