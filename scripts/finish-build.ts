/**
 * `node scripts/finish-build.ts [--root project]`: the build's finishing steps over dist/ (see
 * src/integrations/finish.ts). `npm run build` runs this after `astro build`, which it told to leave them.
 * Each step runs in a process of its own, this script again with `--step <name>`, so no step's memory is
 * still held while the next one runs.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { commandLine, readCommandLine } from './cli.ts';
import { deployDirOf, FINISH_STEPS, finishBuild, isFinishStep } from '../src/integrations/finish.ts';

const { step, root } = readCommandLine(
  commandLine(
    { options: { step: { type: 'string' }, root: { type: 'string' } } },
    `usage: node scripts/finish-build.ts [--step ${Object.keys(FINISH_STEPS).join('|')}] [--root project-dir]: the build's finishing steps on dist/ (npm run build runs them all after astro build)`,
  ),
).values;
const ROOT = root === undefined ? new URL('../', import.meta.url) : pathToFileURL(`${resolve(root)}/`);
const SITE = fileURLToPath(new URL('dist/', ROOT));
const clock = () => new Date().toTimeString().slice(0, 8);
const log = (name: string) => ({
  info: (message: string) => {
    console.log(`${clock()} [${name}] ${message}`);
  },
});

/**
 * Runs `name` in a new process, as this script with `--step`. When it fails, however it fails (a step
 * that throws removes dist/ itself; one killed, by the kernel's out-of-memory killer say, cannot), dist/
 * is removed, so no half-finished site is published, and this throws.
 */
function inOwnProcess(name: string): Promise<void> {
  const { status, signal, error } = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--root', fileURLToPath(ROOT), '--step', name],
    { stdio: 'inherit' },
  );
  if (status === 0) return Promise.resolve();
  rmSync(SITE, { recursive: true, force: true });
  const how = error?.message ?? signal ?? `exit code ${String(status)}`;
  return Promise.reject(new Error(`the ${name} step failed (${how}); dist/ removed.`));
}

const start = performance.now();
try {
  if (step === undefined) {
    await finishBuild(SITE, deployDirOf(ROOT), log, inOwnProcess);
    console.log(`${clock()} [finish] done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  } else if (isFinishStep(step)) {
    await FINISH_STEPS[step](SITE, deployDirOf(ROOT), log(step));
  } else {
    throw new Error(`--step ${step}: the steps are ${Object.keys(FINISH_STEPS).join(', ')}.`);
  }
} catch (error) {
  console.error(`${clock()} [finish] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
