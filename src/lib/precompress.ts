/**
 * The `.br` and `.gz` copies written beside each text file of dist/, which servers send to browsers that
 * accept them (see server-config.ts). A copy no smaller than its file is not kept (servers then send the
 * file). The post-build step writes the copies of the pages and Markdown files it writes, from the text it
 * holds; the precompress integration, last, writes those of every other file (see `hasFreshCopies`).
 */
import { createReadStream, createWriteStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import {
  brotliCompressSync,
  constants,
  createBrotliCompress,
  createGzip,
  gzipSync,
  type BrotliOptions,
  type ZlibOptions,
} from 'node:zlib';
import { brotliQuality } from './server-config.ts';

/**
 * The Brotli window for a file of `size` bytes: the least that holds it all, at most Brotli's default (4 MB;
 * a window of 2^n bytes holds 2^n - 16 of them, RFC 7932). At the default a 50 KB page was compressed
 * with a 4 MB window, which the encoder sizes its search for; fitted, the copies of a 1000-page build's
 * pages and Markdown took about a tenth less time at quality 5 and are 0.15% smaller in all.
 */
export function brotliWindowBits(size: number): number {
  let bits: number = constants.BROTLI_MIN_WINDOW_BITS;
  while (bits < constants.BROTLI_DEFAULT_WINDOW && 2 ** bits - 16 < size) bits++;
  return bits;
}

/** Each encoding: its suffix and options, then its buffer and stream compressors. */
const ENCODINGS = [
  {
    suffix: '.br',
    options: (path: string, size: number): BrotliOptions => ({
      params: {
        [constants.BROTLI_PARAM_QUALITY]: brotliQuality(path),
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: size,
        [constants.BROTLI_PARAM_LGWIN]: brotliWindowBits(size),
      },
    }),
    buffer: brotliCompressSync,
    stream: createBrotliCompress,
  },
  {
    suffix: '.gz',
    options: (): ZlibOptions => ({ level: constants.Z_BEST_COMPRESSION }),
    buffer: gzipSync,
    stream: createGzip,
  },
] as const;

/** The copies' suffixes. */
export const COPY_SUFFIXES: readonly string[] = ENCODINGS.map((encoding) => encoding.suffix);

/**
 * Files up to this size are read once and compressed from memory (pages, their Markdown, scripts: one
 * read and one write per copy); larger ones (llms-full.txt grows with the site) are streamed.
 */
const IN_MEMORY_BYTES = 1024 * 1024;

/**
 * Writes the copies of `content`, the bytes of the file at `site`/`path`, in this thread (a post-build
 * worker's, or the build's for the few files left to the precompress step); returns the number written.
 */
export function writeCopiesSync(site: string, path: string, content: Buffer): number {
  let written = 0;
  for (const encoding of ENCODINGS) {
    const bytes = encoding.buffer(content, encoding.options(path, content.length));
    if (bytes.length >= content.length) continue;
    writeFileSync(join(site, path) + encoding.suffix, bytes);
    written++;
  }
  return written;
}

/** Whether the file at `file` already has a copy written after it (by `writeCopiesSync`), so it is not compressed again. */
export function hasFreshCopies(file: string): boolean {
  const { mtimeMs } = statSync(file);
  return COPY_SUFFIXES.some(
    (suffix) => existsSync(file + suffix) && statSync(file + suffix).mtimeMs >= mtimeMs,
  );
}

/**
 * Writes `path.br` and `path.gz` beside the file at `path` (relative to `site`), in memory up to
 * `inMemoryBytes` and streamed above. Returns the number of copies written.
 */
export async function precompress(
  site: string,
  path: string,
  inMemoryBytes = IN_MEMORY_BYTES,
): Promise<number> {
  const file = join(site, path);
  const { size } = await stat(file);
  if (size <= inMemoryBytes) return writeCopiesSync(site, path, await readFile(file));
  // Both encodings at once, each on its own libuv thread: at 10,000 pages llms-full.txt is 70 MB, and
  // one after the other its copies took about 5 s.
  const kept = await Promise.all(
    ENCODINGS.map(async (encoding) => {
      const target = file + encoding.suffix;
      await pipeline(
        createReadStream(file),
        encoding.stream(encoding.options(path, size)),
        createWriteStream(target),
      );
      if ((await stat(target)).size < size) return 1;
      await rm(target);
      return 0;
    }),
  );
  return kept.reduce<number>((sum, one) => sum + one, 0);
}
