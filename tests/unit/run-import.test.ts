/** nodeProcess (tests/support/run-import.ts): the run a test must be able to stop, in a process of its own. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nodeProcess } from '../support/run-import.ts';

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
