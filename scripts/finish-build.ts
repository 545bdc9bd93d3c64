/**
 * The build's finishing steps over dist/, in a process of their own (see src/integrations/finish.ts):
 * `npm run build` runs this after `astro build`, which it told to leave them.
 */
import { fileURLToPath } from 'node:url';
import { deployDirOf, finishBuild } from '../src/integrations/finish.ts';

const ROOT = new URL('../', import.meta.url);
const start = performance.now();
const clock = () => new Date().toTimeString().slice(0, 8);
try {
  await finishBuild(fileURLToPath(new URL('dist/', ROOT)), deployDirOf(ROOT), (step) => ({
    info: (message) => {
      console.log(`${clock()} [${step}] ${message}`);
    },
  }));
  console.log(`${clock()} [finish] done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`${clock()} [finish] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
