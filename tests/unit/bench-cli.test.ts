/**
 * Each script a maintainer runs by hand says how to run it: `--help` prints its usage, and an option it does
 * not have is named with the usage, exit 2, without a stack trace (scripts/cli.ts).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const SCRIPTS = [
  'bench.ts',
  'bench/compare-builds.ts',
  'bench/paint-trace.ts',
  'bench/relevance.ts',
  'finish-build.ts',
  'serve.ts',
];

/** How long a script may take to load and answer (ms): the limit is for one that hangs, not a slow one. */
const LIMIT = 600_000;

/**
 * The script run with `args`: its exit status and what it printed (run side by side, not one after another).
 * Each loads its modules first (Playwright, Astro's), which took over a minute with the twelve side by side
 * beside the rest of `npm test` on a busy 2-core machine: hence LIMIT.
 */
function run(script: string, ...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const path = fileURLToPath(new URL(`../../scripts/${script}`, import.meta.url));
  return new Promise((done) => {
    execFile(
      process.execPath,
      [path, ...args],
      { encoding: 'utf8', timeout: LIMIT },
      (error, stdout, stderr) => {
        const killed = error?.killed
          ? `\n(stopped by ${String(error.signal)} after ${String(LIMIT / 1000)} s)`
          : '';
        done({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr: stderr + killed });
      },
    );
  });
}

test("--help prints each script's usage and does nothing else; an unknown option is named with it", async () => {
  const runs = await Promise.all(
    SCRIPTS.map(async (script) => ({
      script,
      help: await run(script, '--help'),
      wrong: await run(script, '--no-such-option'),
    })),
  );
  for (const { script, help, wrong } of runs) {
    assert.equal(help.status, 0, `${script}: ${help.stderr}`);
    assert.match(help.stdout, /^usage: /, script);
    assert.equal(wrong.status, 2, `${script}: ${wrong.stderr}`);
    assert.match(wrong.stderr, /^Unknown option '--no-such-option'[\s\S]*\nusage: /, script);
    assert.doesNotMatch(wrong.stderr, /\n\s+at /, script);
  }
  const bench = runs.find((entry) => entry.script === 'bench.ts');
  assert.match(bench?.help.stdout ?? '', /\[--sizes real,5,100,1000\][\s\S]*--compare starlight/);
});
