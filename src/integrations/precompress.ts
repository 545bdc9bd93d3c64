import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
} from 'node:fs';
import { rm, stat, writeFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { parseHeadersFile } from '../lib/security-headers.ts';
import { caddyfile, headersFileProblems, isPrecompressible, nginxConfig } from '../lib/server-config.ts';

/**
 * Brotli quality by what a file is. Pages (HTML and their Markdown copies) grow with the site, so they get a
 * fast quality: on this site's pages 5 takes 0.7 ms a file and 11 takes 15-20 ms for 9% fewer bytes, which
 * at 10,000 pages is minutes of build. Shared assets (scripts, styles, Pagefind's code) are few and fetched
 * on every page: they get the best ratio.
 */
const PAGE_EXTENSIONS = new Set(['.html', '.md']);
const brotliQuality = (file: string) =>
  PAGE_EXTENSIONS.has(extname(file).toLowerCase()) ? 5 : constants.BROTLI_MAX_QUALITY;

/** The compressed copies written beside a file, and how each is made. */
const ENCODINGS = [
  {
    suffix: '.br',
    compressor: (file: string, size: number) =>
      createBrotliCompress({
        params: {
          [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file),
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: size,
        },
      }),
  },
  { suffix: '.gz', compressor: () => createGzip({ level: constants.Z_BEST_COMPRESSION }) },
] as const;

/** Files compressed at once: enough to keep both cores busy without opening hundreds of files. */
const PARALLEL = 4;

/** Writes `file.br` and `file.gz`, streaming; a copy no smaller than the file is removed (servers then send the file). */
async function precompress(file: string): Promise<number> {
  const { size } = await stat(file);
  let written = 0;
  for (const { suffix, compressor } of ENCODINGS) {
    const target = file + suffix;
    await pipeline(createReadStream(file), compressor(file, size), createWriteStream(target));
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

        const files = readdirSync(site, { recursive: true, encoding: 'utf8' })
          .filter(isPrecompressible)
          .map((file) => join(site, file));
        let copies = 0;
        for (let start = 0; start < files.length; start += PARALLEL) {
          const counts = await Promise.all(files.slice(start, start + PARALLEL).map(precompress));
          copies += counts.reduce((sum, count) => sum + count, 0);
        }
        logger.info(
          `${copies} precompressed copies of ${files.length} text files; server configuration in ${relative(process.cwd(), deployDir)}/`,
        );
      },
    },
  };
}
