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
 * The most pixels an image may decode to, its frames together (8,000 × 8,000 once). A browser holds a decoded image
 * at 4 bytes a pixel, and the build's image service (sharp) as much to optimize a Markdown image of content/: red team
 * 29's PNG of 16,000 × 16,000 pixels of one colour, 243 KB, took 23 s and 1.6 GB of the build, then was published as
 * a WebP every reader's browser would decode to 1 GB. Real screenshots and diagrams are a few million pixels.
 */
export const IMAGE_MAX_PIXELS = 64_000_000;

/** A big-endian (`be`) or little-endian unsigned integer of `size` bytes at `at`, 0 past the end. */
function uint(bytes: Uint8Array, at: number, size: number, be: boolean): number {
  let value = 0;
  for (let index = 0; index < size; index++)
    value += (bytes[at + (be ? index : size - 1 - index)] ?? 0) * 256 ** (size - 1 - index);
  return value;
}

/** A PNG's size, from its IHDR chunk (the first, as the format requires). */
function pngPixels(b: Uint8Array): number {
  return uint(b, 16, 4, true) * uint(b, 20, 4, true);
}

/** A JPEG's size, from its first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC), found from marker to marker. */
function jpegPixels(b: Uint8Array): number {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return 0;
    const marker = b[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return uint(b, at + 5, 2, true) * uint(b, at + 7, 2, true);
    at += 2 + uint(b, at + 2, 2, true);
  }
  return 0;
}

/** A GIF's frames together: each image descriptor's size, its blocks walked as the format lays them out. */
function gifPixels(b: Uint8Array): number {
  const flags = b[10] ?? 0;
  let at = 13 + (flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0);
  let pixels = 0;
  const skipSubBlocks = () => {
    while (at < b.length && (b[at] ?? 0) !== 0) at += (b[at] ?? 0) + 1;
    at += 1;
  };
  while (at < b.length) {
    const block = b[at];
    if (block === 0x2c) {
      pixels += uint(b, at + 5, 2, false) * uint(b, at + 7, 2, false);
      const local = b[at + 9] ?? 0;
      at += 10 + (local & 0x80 ? 3 * 2 ** ((local & 7) + 1) : 0) + 1;
      skipSubBlocks();
    } else if (block === 0x21) {
      at += 2;
      skipSubBlocks();
    } else break;
  }
  return pixels;
}

/** A WebP's canvas (VP8X) times its frames (ANMF chunks), or its one image's size (VP8 lossy, VP8L lossless). */
function webpPixels(b: Uint8Array): number {
  let canvas = 0;
  let frames = 0;
  for (let at = 12; at + 8 <= b.length;) {
    const chunk = String.fromCharCode(...b.subarray(at, at + 4));
    const size = uint(b, at + 4, 4, false);
    const data = at + 8;
    if (chunk === 'VP8X') canvas = (uint(b, data + 4, 3, false) + 1) * (uint(b, data + 7, 3, false) + 1);
    else if (chunk === 'ANMF') frames += 1;
    else if (chunk === 'VP8 ' && canvas === 0)
      canvas = (uint(b, data + 6, 2, false) & 0x3fff) * (uint(b, data + 8, 2, false) & 0x3fff);
    else if (chunk === 'VP8L' && canvas === 0) {
      const bits = uint(b, data + 1, 4, false);
      canvas = ((bits & 0x3fff) + 1) * (((bits >>> 14) & 0x3fff) + 1);
    }
    at = data + size + (size % 2);
  }
  return canvas * Math.max(frames, 1);
}

/** How a raster image of each extension says how many pixels it decodes to. */
const IMAGE_PIXELS: Readonly<Record<string, (bytes: Uint8Array) => number>> = {
  '.png': pngPixels,
  '.jpg': jpegPixels,
  '.jpeg': jpegPixels,
  '.gif': gifPixels,
  '.webp': webpPixels,
};

/** How many pixels the raster image `bytes` of `extension` (`.png`) decodes to, its frames together, as its headers say; 0 for another kind. */
export function imagePixels(extension: string, bytes: Uint8Array): number {
  return IMAGE_PIXELS[extension.toLowerCase()]?.(bytes) ?? 0;
}

/**
 * Why the SVG `written` is refused, from its `problems` (svgFileProblems), or undefined when it has none:
 * opened by itself, an SVG is a page of the site, which runs its scripts where no header forbids them.
 */
export function svgProblem(written: string, problems: readonly string[]): string | undefined {
  if (problems.length === 0) return undefined;
  const more = problems.length > 1 ? ` (and ${String(problems.length - 1)} more)` : '';
  return `"${written}" is an SVG that could run script or load another site when opened by itself: ${problems[0] ?? ''}${more}. Remove it from the file (re-export it as a plain drawing), or use a PNG.`;
}

/** What is wrong with an image file as an image (extension, contents, size in bytes and pixels), or undefined. */
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
  const pixels = imagePixels(extension, bytes);
  if (pixels > IMAGE_MAX_PIXELS)
    return `"${written}" is ${Math.round(pixels / 1_000_000).toLocaleString('en')} million pixels (its frames together), over the ${IMAGE_MAX_PIXELS / 1_000_000} million an image may be: a browser holds every pixel in memory to show it, and the build as many to optimize it. Save it smaller (a screenshot at the size it is read), or split it.`;
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
