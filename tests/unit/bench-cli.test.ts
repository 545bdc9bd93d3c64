/** `npm run bench -- --help` says how to run the benchmark; an option it does not have says so, without a stack trace. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const BENCH = fileURLToPath(new URL('../../scripts/bench.ts', import.meta.url));
const bench = (...args: string[]) => spawnSync(process.execPath, [BENCH, ...args], { encoding: 'utf8' });

test('--help prints the usage and measures nothing', () => {
  const run = bench('--help');
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^usage: npm run bench -- \[--sizes real,5,100,1000\][\s\S]*--compare starlight/);
});

test('an unknown option is named, with the usage, and no stack trace', () => {
  const run = bench('--size', '5');
  assert.equal(run.status, 2);
  assert.match(run.stderr, /^Unknown option '--size'[\s\S]*\nusage: npm run bench -- /);
  assert.doesNotMatch(run.stderr, /\n\s+at /);
});
