/** The post-build step's thread (see postBuild in post-build.ts): runs the stages, posts the log or the error. */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultStages, runPostBuild } from './post-build.ts';

const { site } = workerData as { site: string };
try {
  parentPort?.postMessage({ lines: runPostBuild(site, defaultStages) });
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
