/**
 * Each script a maintainer runs by hand says how to run it: `--help` prints its usage, and an option it does
 * not have is named with the usage, exit 2, without a stack trace (scripts/cli.ts).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseCommandLine } from '../../scripts/cli.ts';
import { COMMAND_LINE as COMPARE_BUILDS } from '../../scripts/bench/compare-builds.ts';
import { COMMAND_LINE as PAINT_TRACE } from '../../scripts/bench/paint-trace.ts';
import { COMMAND_LINE as RELEVANCE } from '../../scripts/bench/relevance.ts';
import { COMMAND_LINE as SERVE } from '../../scripts/serve.ts';

/** The scripts that read their command line as they start, whatever imports them: each is run. */
const RUN = ['bench.ts', 'finish-build.ts'];

/** The scripts that read it only when run (import.meta.main), their command lines read here, in this process. */
const IMPORTED = {
  'bench/compare-builds.ts': COMPARE_BUILDS,
  'bench/paint-trace.ts': PAINT_TRACE,
  'bench/relevance.ts': RELEVANCE,
  'serve.ts': SERVE,
};

/** How long a script may take to load and answer (ms): the limit is for one that hangs, not a slow one. */
const LIMIT = 600_000;

interface Outcome {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * The script run with `args`: its exit status and what it printed (run side by side, not one after another).
 * bench.ts loads Playwright and Astro's modules first, which took over a minute beside the rest of
 * `npm test` on a busy 2-core machine: hence LIMIT.
 */
function run(script: string, ...args: string[]): Promise<Outcome> {
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

/** What readCommandLine would print, and the exit status, for `args` of a script whose work waits for main. */
function read(line: Parameters<typeof parseCommandLine>[0], ...args: string[]): Outcome {
  const reading = parseCommandLine(line, args);
  if ('parsed' in reading) return { status: 0, stdout: '', stderr: '' };
  const printed = `${reading.output}\n`;
  return reading.exitCode === 0
    ? { status: 0, stdout: printed, stderr: '' }
    : { status: reading.exitCode, stdout: '', stderr: printed };
}

test("--help prints each script's usage and does nothing else; an unknown option is named with it", async () => {
  const runs = [
    ...(await Promise.all(
      RUN.map(async (script) => ({
        script,
        help: await run(script, '--help'),
        wrong: await run(script, '--no-such-option'),
      })),
    )),
    ...Object.entries(IMPORTED).map(([script, line]) => ({
      script,
      help: read(line, '--help'),
      wrong: read(line, '--no-such-option'),
    })),
  ];
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
