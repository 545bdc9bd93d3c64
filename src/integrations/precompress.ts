import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
} from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  brotliCompress,
  constants,
  createBrotliCompress,
  createGzip,
  gzip,
  type BrotliOptions,
  type ZlibOptions,
} from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { parseHeadersFile } from '../lib/security-headers.ts';
import {
  brotliQuality,
  caddyfile,
  headersFileProblems,
  isPrecompressible,
  nginxConfig,
} from '../lib/server-config.ts';

const brotliBuffer = promisify<Buffer, BrotliOptions, Buffer>(brotliCompress);
const gzipBuffer = promisify<Buffer, ZlibOptions, Buffer>(gzip);

/** The compressed copies written beside a file: each encoding's options, then a buffer and a stream compressor. */
const ENCODINGS = [
  {
    suffix: '.br',
    options: (path: string, size: number): BrotliOptions => ({
      params: {
        [constants.BROTLI_PARAM_QUALITY]: brotliQuality(path),
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: size,
      },
    }),
    buffer: brotliBuffer,
    stream: createBrotliCompress,
  },
  {
    suffix: '.gz',
    options: (): ZlibOptions => ({ level: constants.Z_BEST_COMPRESSION }),
    buffer: gzipBuffer,
    stream: createGzip,
  },
] as const;

/** Files compressed at once (zlib runs on libuv's four threads): both cores busy, few files open. */
const PARALLEL = 4;
/**
 * Files up to this size are read once and compressed from memory (pages, their Markdown, scripts: one
 * read and one write per copy); larger ones (llms-full.txt grows with the site) are streamed.
 */
const IN_MEMORY_BYTES = 1024 * 1024;

/**
 * Writes `path.br` and `path.gz` beside the file at `path` (relative to `site`), in memory up to
 * `inMemoryBytes` and streamed above; a copy no smaller than the file is not kept (servers then send the
 * file). Returns the number of copies written.
 */
export async function precompress(
  site: string,
  path: string,
  inMemoryBytes = IN_MEMORY_BYTES,
): Promise<number> {
  const file = join(site, path);
  const { size } = await stat(file);
  let written = 0;
  if (size <= inMemoryBytes) {
    const content = await readFile(file);
    const copies = await Promise.all(
      ENCODINGS.map(async (encoding) => ({
        target: file + encoding.suffix,
        bytes: await encoding.buffer(content, encoding.options(path, size)),
      })),
    );
    for (const { target, bytes } of copies) {
      if (bytes.length >= size) continue;
      await writeFile(target, bytes);
      written++;
    }
    return written;
  }
  for (const encoding of ENCODINGS) {
    const target = file + encoding.suffix;
    await pipeline(
      createReadStream(file),
      encoding.stream(encoding.options(path, size)),
      createWriteStream(target),
    );
    if ((await stat(target)).size >= size) await rm(target);
    else written++;
  }
  return written;
}

/**
 * The last build step: checks `_headers` against Cloudflare Pages' limits, writes nginx and Caddy
 * configuration from it into deploy/, and writes a `.br` and `.gz` copy beside every text file of dist/.
 * Goes last in astro.config.mjs: the pages' CSP hashes and every generated file must be final.
 */
export function precompressedSite(): AstroIntegration {
  let deployDir = '';
  return {
    name: 'precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        deployDir = fileURLToPath(new URL('deploy/', config.root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const headersPath = join(site, '_headers');
        if (!existsSync(headersPath)) {
          throw new Error(
            'dist/_headers is missing: the post-build integration must run before precompress in astro.config.mjs.',
          );
        }
        const headersText = readFileSync(headersPath, 'utf8');
        const problems = headersFileProblems(headersText);
        if (problems.length > 0) {
          await rm(site, { recursive: true, force: true });
          throw new Error(
            `dist/_headers breaks Cloudflare Pages' limits (dist/ removed):\n${problems.join('\n')}`,
          );
        }
        const headers = parseHeadersFile(headersText);
        const root = site.replace(/\/$/, '');
        mkdirSync(deployDir, { recursive: true });
        await writeFile(join(deployDir, 'nginx.conf'), nginxConfig({ root, headers }));
        await writeFile(join(deployDir, 'Caddyfile'), caddyfile({ root, headers }));

        const files = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter(isPrecompressible);
        // A pool: each lane takes the next file as soon as its last is done, so one large file holds up no other.
        let copies = 0;
        let next = 0;
        await Promise.all(
          Array.from({ length: PARALLEL }, async () => {
            for (let path = files[next++]; path !== undefined; path = files[next++]) {
              const written = await precompress(site, path);
              copies += written;
            }
          }),
        );
        logger.info(
          `${copies} precompressed copies of ${files.length} text files; server configuration in ${relative(process.cwd(), deployDir)}/`,
        );
      },
    },
  };
}
