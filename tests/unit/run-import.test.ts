/**
 * tests/support/run-import.ts: importCommand, the import run in the test's process, and nodeProcess, the run a
 * test must be able to stop, in a process of its own.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { importCommand, nodeProcess } from '../support/run-import.ts';
import { tempDir } from '../support/temp-dir.ts';

// The script's module is loaded once for every run in the process: what a run counts must start again, as a
// command of its own would (an article without description, author or date: a warning for each).
test('each import run in the process is a run of its own: its summary counts its own warnings', async () => {
  const source = tempDir('run-import-src-');
  writeFileSync(join(source, 'a.md'), '---\ntitle: A\n---\n\n# A\n\nText.\n');
  const summaries: string[] = [];
  for (const root of [tempDir('run-import-one-'), tempDir('run-import-two-')]) {
    const run = await importCommand([join(source, 'a.md'), '--root', root]);
    assert.equal(run.status, 0, run.output);
    summaries.push(run.stdout.match(/^1 page\(s\).*$/m)?.[0] ?? run.output);
  }
  assert.match(summaries[0] ?? '', /, [1-9]\d* warning\(s\)\.$/);
  assert.equal(summaries[1], summaries[0]);
});

test('a run gives its exit status and what it printed, stdout then stderr', async () => {
  const run = await nodeProcess(['-e', "console.log('out'); console.error('err'); process.exitCode = 3"], {
    timeout: 30_000,
  });
  assert.deepEqual(run, { status: 3, stdout: 'out\n', stderr: 'err\n', output: 'out\n\nerr\n' });
});

// node:test's own timeout can stop this test: its thread waits, while the run's keeps busy. The run has 4 s:
// with 1 s, a busy machine (load 11) once stopped it before node had started and printed anything.
test(
  'a run that does not end is stopped after its timeout, and fails naming the command and what it printed',
  {
    timeout: 30_000,
  },
  async () => {
    await assert.rejects(
      nodeProcess(['-e', "console.log('waiting'); setInterval(() => {}, 1000)"], { timeout: 4000 }),
      (error: Error) => {
        assert.ok(error instanceof assert.AssertionError);
        assert.match(
          error.message,
          /^node -e console\.log\('waiting'\);.* did not end within 4 s; it printed:\nwaiting\n/s,
        );
        return true;
      },
    );
  },
);
