/** How many worker threads a build step over many pages starts (post-build, Markdown rendering). */
import { availableParallelism } from 'node:os';

/** Pages each worker thread should have at least: below that, starting a thread costs more than it saves. */
const PAGES_PER_WORKER = 100;

/** Worker threads worth starting for `pages` pages: one per core, at most 4, fewer (down to 0) when few. */
export function workerThreads(pages: number, cores = availableParallelism()): number {
  return Math.min(4, cores, Math.floor(pages / PAGES_PER_WORKER));
}
