/** tempDir() (tests/support/temp-dir.ts): a test's folder is gone once its process exits, passed or failed. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const HELPER = fileURLToPath(new URL('../support/temp-dir.ts', import.meta.url));

/** Runs `body` in a new Node process that has made a folder with files in it; returns the folder and exit code. */
function folderOfProcess(body: string): { dir: string; status: number | null } {
  const script = `
    import { writeFileSync, mkdirSync } from 'node:fs';
    import { tempDir } from ${JSON.stringify(HELPER)};
    const dir = tempDir('temp-dir-test-');
    mkdirSync(dir + '/a/b', { recursive: true });
    writeFileSync(dir + '/a/b/page.md', 'text');
    console.log(dir);
    ${body}`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return { dir: run.stdout.trim(), status: run.status };
}

test('the folder and what is in it are removed when the process ends', () => {
  const { dir, status } = folderOfProcess('');
  assert.equal(status, 0);
  assert.match(dir, /temp-dir-test-/);
  assert.equal(existsSync(dir), false);
});

test('the folder is removed when the process fails too, and the failure keeps its exit code', () => {
  const { dir, status } = folderOfProcess("throw new Error('a failing test');");
  assert.equal(status, 1);
  assert.match(dir, /temp-dir-test-/);
  assert.equal(existsSync(dir), false);
});
