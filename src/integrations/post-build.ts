/**
 * The post-build step: one integration that reads the built pages of dist/ one at a time (never all at
 * once), each parsed as a browser parses it, and runs the stages in code order:
 *   1. leftovers: Learn syntax that was not rendered;
 *   2. inert: no event handlers, code URLs, refresh or <base>, whoever wrote them;
 *   3. csp: inline code allowed by hashes, one policy for every page, `_headers`;
 *   4. page-markdown: each page's Markdown copy, written as it is read, then `llms-full.txt`;
 *   5. vocabulary: the words of the text Pagefind indexes, for the search's typo correction.
 * Each page is read and parsed once (pass one); a stage's problems fail the build and remove dist/. Edits
 * are located by the parser and spliced in pass two, with markup serialized from hast, so text or an
 * attribute value that looks like markup is never taken for it. Must come before the Pagefind integration, which indexes the final HTML,
 * and precompression, which compresses every final file.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { cspStage } from '../lib/post-build/csp.ts';
import { inertStage } from '../lib/post-build/inert.ts';
import { leftoversStage } from '../lib/post-build/leftovers.ts';
import { markdownStage } from '../lib/post-build/markdown.ts';
import { finishSite, settleSite, Shard, shardFiles } from '../lib/post-build/shards.ts';
import { listHtmlFiles, type Stage } from '../lib/post-build/stage.ts';
import { vocabularyStage } from '../lib/post-build/vocabulary.ts';

/** The stages, in the order they run. */
export function defaultStages(): Stage[] {
  return [leftoversStage(), inertStage(), cspStage(), markdownStage(), vocabularyStage()];
}

/**
 * Runs the stages `makeStages()` makes over the built site in `site`, in process, its pages cut into
 * `shards` as the worker threads would cut them; returns log lines, or throws (dist/ removed) on problems.
 */
export function runPostBuild(site: string, makeStages: () => Stage[], shards = 1): string[] {
  const parts = shardFiles(site, listHtmlFiles(site), shards).map(
    (files) => new Shard(site, files, makeStages()),
  );
  const stages = makeStages();
  const state = settleSite(
    site,
    stages,
    parts.map((part) => part.read()),
  );
  for (const part of parts) part.write(state);
  return finishSite(site, stages);
}

/**
 * The integration: runs the site's own stages in a worker thread. Its heap holds one page at a time, so
 * garbage collection never walks the build's own heap (at 10,000 pages several GB), which made each page
 * cost more the larger the site.
 */
export function postBuild(): AstroIntegration {
  return {
    name: 'post-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const worker = new Worker(new URL('./post-build-worker.ts', import.meta.url), {
          workerData: { site: fileURLToPath(dir) },
          // Each page's parse is garbage by the next page: a small young generation collects it as
          // often, where V8's default let it grow to 128 MB (about 120 MB less peak memory at 1000 pages,
          // no slower). The old generation keeps V8's limit: it holds what the stages collect.
          resourceLimits: { maxYoungGenerationSizeMb: 16 },
        });
        const result = await new Promise<{ lines?: string[]; error?: string }>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => {
            reject(new Error(`the post-build worker stopped (exit code ${code}) without a result`));
          });
        });
        if (result.error !== undefined) throw new Error(result.error);
        for (const line of result.lines ?? []) logger.info(line);
      },
    },
  };
}
