import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { listSiteFiles } from '../lib/post-build/stage.ts';
import { hasFreshCopies, precompress } from '../lib/precompress.ts';
import { parseHeadersFile } from '../lib/security-headers.ts';
import { caddyfile, headersFileProblems, isPrecompressible, nginxConfig } from '../lib/server-config.ts';
import type { BuildLog } from './finish.ts';

/** Files compressed at once (a large file streams through zlib on libuv's threads): few files open. */
const PARALLEL = 4;

/**
 * The last finishing step of the build (see finish.ts): checks `_headers` against Cloudflare Pages'
 * limits, writes nginx and Caddy configuration from it into `deployDir`, and writes a `.br` and `.gz` copy
 * beside every text file of the built site in `site` that has none newer than itself (the post-build step
 * compressed the pages and Markdown files it wrote). The pages' CSP hashes and every file must be final.
 */
export async function precompressSite(site: string, deployDir: string, log: BuildLog): Promise<void> {
  const headersPath = join(site, '_headers');
  if (!existsSync(headersPath)) {
    throw new Error('dist/_headers is missing: the post-build step must run before precompression.');
  }
  const headersText = readFileSync(headersPath, 'utf8');
  const problems = headersFileProblems(headersText);
  if (problems.length > 0) {
    await rm(site, { recursive: true, force: true });
    throw new Error(`dist/_headers breaks Cloudflare Pages' limits (dist/ removed):\n${problems.join('\n')}`);
  }
  const headers = parseHeadersFile(headersText);
  const root = site.replace(/\/$/, '');
  mkdirSync(deployDir, { recursive: true });
  await writeFile(join(deployDir, 'nginx.conf'), nginxConfig({ root, headers }));
  await writeFile(join(deployDir, 'Caddyfile'), caddyfile({ root, headers }));

  // The pages and Markdown files the post-build step wrote have their copies already.
  // Files only: a page whose name ends in an extension (guide.json.md) is a folder (dist/guide.json/).
  const texts = listSiteFiles(site).filter(isPrecompressible);
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
  log.info(
    `${copies} precompressed copies of ${files.length} text files (${texts.length - files.length} more compressed by post-build); server configuration in ${relative(process.cwd(), deployDir)}/`,
  );
}
