/**
 * A post-build worker thread (see postBuild in post-build.ts): reads its shard of the pages (pass one),
 * posts the report, waits for the site's state, writes its edits (pass two), posts that it is done; or
 * posts the error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Shard, type SiteState } from '../lib/post-build/shards.ts';
import { defaultStages, type WorkerMessage } from './post-build.ts';

const { site, files } = workerData as { site: string; files: string[] };
const post = (message: WorkerMessage) => parentPort?.postMessage(message);
const failed = (error: unknown) => {
  post({ error: error instanceof Error ? error.message : String(error) });
};
try {
  const shard = new Shard(site, files, defaultStages(site));
  post({ report: shard.read() });
  parentPort?.once('message', (state: SiteState) => {
    try {
      shard.write(state);
      post({ written: true });
    } catch (error) {
      failed(error);
    }
  });
} catch (error) {
  failed(error);
}
