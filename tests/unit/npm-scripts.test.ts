/**
 * The scripts that run steps side by side print every line those steps print. npm-run-all's
 * `--aggregate-output` holds a step's output and writes it when the step ends, and its process can exit
 * before that write reaches a pipe (mysticatea/npm-run-all#161): a fresh clone's `npm test` printed its unit
 * tests' report up to a line cut in half, without the summary, and passed. `--print-label` passes each line
 * on as it comes, named by its step.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { tempDir } from '../support/temp-dir.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};

test('no script of package.json holds back the output of steps run side by side', () => {
  const parallel = Object.entries(scripts).filter(([, command]) => /run-p|--parallel/.test(command));
  assert.ok(parallel.length >= 3, 'npm test, test:node and lint:code run steps side by side');
  for (const [name, command] of parallel) {
    assert.doesNotMatch(command, /--aggregate-output/, name);
    assert.match(command, /--print-label/, name);
  }
});

test('steps run side by side with --print-label reach a pipe whole, each line named by its step', async () => {
  const dir = tempDir('npm-scripts-');
  // Two steps that print 200 KB at once and end, as a test runner prints its report.
  writeFileSync(
    join(dir, 'print.mjs'),
    "const step = process.argv[2]; for (let i = 0; i < 3000; i++) process.stdout.write(`${step} ${i} ${'x'.repeat(60)}\\n`); process.stdout.write(`${step} end\\n`);\n",
  );
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'steps', scripts: { a: 'node print.mjs a', b: 'node print.mjs b' } }),
  );
  const runP = join(ROOT, 'node_modules/npm-run-all2/bin/run-p/index.js');
  // execFile reads the output through a pipe, as a CI runner or `| less` does.
  const { stdout } = await promisify(execFile)(process.execPath, [runP, '--print-label', 'a', 'b'], {
    cwd: dir,
    maxBuffer: 16 * 1024 * 1024,
  });
  const lines = stdout.split('\n');
  for (const step of ['a', 'b']) {
    assert.equal(
      lines.filter((line) => new RegExp(`^\\[${step}\\] ${step} \\d+ x+$`).test(line)).length,
      3000,
    );
    assert.ok(
      lines.some((line) => new RegExp(`^\\[${step}\\] ${step} end$`).test(line)),
      `step ${step} ended`,
    );
  }
});

test("npm run build gives astro build and the finishing steps Node's compile cache, or the one NODE_COMPILE_CACHE names", async () => {
  const dir = tempDir('npm-build-cache-');
  // `astro` and `node` as the build script finds them on PATH: each prints the cache it was given.
  for (const name of ['astro', 'node']) {
    writeFileSync(join(dir, name), `#!/bin/sh\necho "${name} $NODE_COMPILE_CACHE"\n`, { mode: 0o755 });
  }
  const build = scripts['build'] ?? '';
  const run = async (env: Record<string, string>) =>
    (
      await promisify(execFile)('/bin/sh', ['-c', build], {
        cwd: dir,
        env: { PATH: `${dir}:/usr/bin:/bin`, ...env },
      })
    ).stdout;
  assert.equal(
    await run({}),
    'astro node_modules/.cache/node-compile\nnode node_modules/.cache/node-compile\n',
  );
  assert.equal(
    await run({ NODE_COMPILE_CACHE: '/shared/cache' }),
    'astro /shared/cache\nnode /shared/cache\n',
  );
});
