/**
 * The post-build step, the first of the build's finishing steps (finish.ts): reads the built pages of
 * dist/ one at a time (never all at once), each parsed as a browser parses it, and runs the stages in
 * code order:
 *   1. leftovers: Learn syntax that was not rendered;
 *   2. inert: no event handlers, code URLs, refresh or <base>, whoever wrote them;
 *   3. csp: inline code allowed by hashes, one policy for every page, `_headers`;
 *   4. page-markdown: each page's Markdown copy, written as it is read, then `llms-full.txt`;
 *   5. vocabulary: the words of the text Pagefind indexes, for the search's typo correction;
 *   6. svg: every SVG the site publishes runs nothing and loads nothing from another origin.
 * Each page is read and parsed once (pass one); a stage's problems fail the build and remove dist/. Edits
 * are located by the parser and spliced in pass two, with markup serialized from hast, so text or an
 * attribute value that looks like markup is never taken for it. Comes before the Pagefind index, built
 * from the final HTML, and precompression, which compresses every final file.
 */
import { flushCompileCache } from 'node:module';
import { Worker } from 'node:worker_threads';
import { cspStage } from '../lib/post-build/csp.ts';
import { hiddenFocusStage } from '../lib/post-build/hidden-focus.ts';
import { inertStage } from '../lib/post-build/inert.ts';
import { leftoversStage } from '../lib/post-build/leftovers.ts';
import { markdownStage } from '../lib/post-build/markdown.ts';
import {
  finishSite,
  settleSite,
  Shard,
  shardFiles,
  type ShardPlan,
  type ShardReport,
  type SiteState,
} from '../lib/post-build/shards.ts';
import { listHtmlFiles, type Stage } from '../lib/post-build/stage.ts';
import { svgStage } from '../lib/post-build/svg.ts';
import { vocabularyStage } from '../lib/post-build/vocabulary.ts';
import { workerThreads } from '../lib/worker-threads.ts';
import type { BuildLog } from './finish.ts';

/** The stages over the built site in `site`, in the order they run. */
export function defaultStages(site: string): Stage[] {
  return [
    leftoversStage(),
    inertStage(),
    hiddenFocusStage(),
    cspStage(),
    markdownStage(),
    vocabularyStage(),
    svgStage(site),
  ];
}

/**
 * Runs the stages `makeStages(site)` makes over the built site in `site`, in process, its pages cut into
 * `shards` as the worker threads would cut them; returns log lines, or throws (dist/ removed) on problems.
 */
export function runPostBuild(site: string, makeStages: (site: string) => Stage[], shards = 1): string[] {
  const parts = shardFiles(site, listHtmlFiles(site), shards).map(
    ({ files }) => new Shard(site, files, makeStages(site)),
  );
  const stages = makeStages(site);
  const state = settleSite(
    site,
    stages,
    parts.map((part) => part.read()),
  );
  for (const part of parts) part.write(state);
  return finishSite(site, stages);
}

/** How many shards `pages` pages are read in: one per worker thread, or 1 (read in this thread) when few. */
export function workerCount(pages: number, cores?: number): number {
  return Math.max(1, workerThreads(pages, cores));
}

/**
 * The old generation a worker may grow to, in MB, when the largest of its pages has `largestBytes`: a
 * page's parsed tree takes 30 to 120 times the page's size, and the rest of the heap holds what the
 * stages gather (a few MB at 10,000 pages). Under V8's default, far higher, the heap grew to about twice
 * what it held before collecting (about 150 MB more peak memory at 1000 pages).
 */
export function workerHeapLimitMb(largestBytes: number): number {
  return 128 + Math.ceil((150 * largestBytes) / 2 ** 20);
}

/** A post-build worker's messages, in order: its pass-one report, then that its edits are written. */
export type WorkerMessage = { report: ShardReport } | { written: true } | { error: string };

/** A worker thread that reads one shard of the pages of `site` (see post-build-worker.ts). */
function startWorker(site: string, { files, largestBytes }: ShardPlan): Worker {
  return new Worker(new URL('./post-build-worker.ts', import.meta.url), {
    workerData: { site, files },
    // Each page's parse is garbage by the next page: a young generation of 32 MB collects it there,
    // where V8's default let it grow to 128 MB (about 200 MB more memory at 1000 pages, no faster); at
    // 16 MB a page's tree outlived its collections and went to the old generation, and post-build
    // took about 2.5 s longer at 1000 pages. The old generation is held near what the pages need.
    resourceLimits: { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: workerHeapLimitMb(largestBytes) },
  });
}

/** The worker's next message, or its error; rejects also when it exits before it. */
function nextMessage(worker: Worker): Promise<Exclude<WorkerMessage, { error: string }>> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number) => {
      reject(new Error(`a post-build worker stopped (exit code ${code}) without a result`));
    };
    worker.once('exit', onExit);
    worker.once('error', reject);
    worker.once('message', (message: WorkerMessage) => {
      worker.off('exit', onExit);
      worker.off('error', reject);
      if ('error' in message) reject(new Error(message.error));
      else resolve(message);
    });
  });
}

/** The worker's pass-one report. */
async function nextReport(worker: Worker): Promise<ShardReport> {
  const message = await nextMessage(worker);
  if (!('report' in message)) throw new Error('a post-build worker wrote before it was told to');
  return message.report;
}

/**
 * The post-build step over the built site in `site`: the pages are cut into shards, one per worker
 * thread (`workers`, by default `workerCount`), each read by its worker (both passes); this thread merges
 * what they gathered, decides whether the build fails, and writes the site-wide files. A worker's heap
 * holds one page at a time, so garbage collection never walks the build's own heap (at 10,000 pages
 * several GB), which made each page cost more the larger the site. With one worker's worth of pages, they
 * are read in this thread: starting a thread that loads the stages again cost more (100 pages: 1.7-1.8 s
 * in a worker, 1.0-1.3 s here).
 */
export async function postBuildSite(site: string, log: BuildLog, workers?: number): Promise<void> {
  const files = listHtmlFiles(site);
  const count = workers ?? workerCount(files.length);
  if (count === 1) {
    for (const line of runPostBuild(site, defaultStages)) log.info(line);
    return;
  }
  // With a compile cache (npm run build sets one), the workers load the stages' modules from what this
  // thread compiled, written out now rather than when the process exits.
  flushCompileCache();
  const threads = shardFiles(site, files, count).map((shard) => startWorker(site, shard));
  try {
    const reports = await Promise.all(threads.map((worker) => nextReport(worker)));
    const stages = defaultStages(site);
    const state: SiteState = settleSite(site, stages, reports);
    const written = Promise.all(threads.map((worker) => nextMessage(worker)));
    for (const worker of threads) worker.postMessage(state);
    // The site-wide files (llms-full.txt, _headers, the vocabulary) take nothing pass two writes: this
    // thread writes them while the workers write the pages.
    const [lines] = await Promise.all([Promise.resolve().then(() => finishSite(site, stages)), written]);
    for (const line of lines) log.info(line);
  } finally {
    await Promise.all(threads.map((worker) => worker.terminate()));
  }
}
