import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hasFreshCopies, precompress } from '../lib/precompress.ts';
import { parseHeadersFile } from '../lib/security-headers.ts';
import { caddyfile, headersFileProblems, isPrecompressible, nginxConfig } from '../lib/server-config.ts';

/** Files compressed at once (a large file streams through zlib on libuv's threads): few files open. */
const PARALLEL = 4;

/**
 * The last build step: checks `_headers` against Cloudflare Pages' limits, writes nginx and Caddy
 * configuration from it into deploy/, and writes a `.br` and `.gz` copy beside every text file of dist/
 * that has none newer than itself (the post-build step compressed the pages and Markdown files it wrote).
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

        // The pages and Markdown files the post-build step wrote have their copies already.
        const texts = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter(isPrecompressible);
        const files = texts.filter((path) => !hasFreshCopies(join(site, path)));
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
          `${copies} precompressed copies of ${files.length} text files (${texts.length - files.length} more compressed by post-build); server configuration in ${relative(process.cwd(), deployDir)}/`,
        );
      },
    },
  };
}
