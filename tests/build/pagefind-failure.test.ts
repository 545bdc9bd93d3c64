/**
 * When Pagefind's process dies before it answers, the build stops with why, naming Pagefind and what it was
 * doing. Pagefind 1.6 panicked on a page of `<html lang="zh-Hant-TW-u-ca-chinese-nu-hanidec">` ("end byte
 * index 41 is out of bounds"); its API then never settled, so `astro build` ended with exit code 0 and no
 * search index, and `npm run build`'s step with 13 ("unsettled top-level await") naming nothing. A fake
 * Pagefind (PAGEFIND_EXTENDED_BINARY_PATH, which Pagefind's API runs instead of its own) dies the same way.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { indexSite } from '../../src/integrations/pagefind.ts';
import { buildWith } from '../support/build-fixture.ts';
import { tempDir } from '../support/temp-dir.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = tempDir('pagefind-failure-');
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A Pagefind that reads the start of the first request, then `ends` (a shell command) without answering. */
function fakePagefind(name: string, ends: string): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    `#!/bin/sh\nhead -c 1 >/dev/null\necho "thread 'main' panicked at fake-pagefind (${name})" >&2\n${ends}\n`,
  );
  chmodSync(path, 0o755);
  return path;
}

/** A built site of one page, in a project folder of its own: `<project>/dist/`. */
function project(): string {
  const root = mkdtempSync(join(dir, 'project-'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(
    join(root, 'dist/index.html'),
    '<!doctype html><html lang="en"><head><title>A</title></head><body><article data-pagefind-body><h1>A</h1><p>Searchable words.</p></article></body></html>',
  );
  return root;
}

const log = { info: () => undefined };

/** Runs `run` with Pagefind's API running `binary` instead of Pagefind. */
async function withPagefind(binary: string, run: () => Promise<void>): Promise<void> {
  const before = process.env['PAGEFIND_EXTENDED_BINARY_PATH'];
  process.env['PAGEFIND_EXTENDED_BINARY_PATH'] = binary;
  try {
    await run();
  } finally {
    if (before === undefined) delete process.env['PAGEFIND_EXTENDED_BINARY_PATH'];
    else process.env['PAGEFIND_EXTENDED_BINARY_PATH'] = before;
  }
}

test(
  'a Pagefind that exits without answering stops the index with its exit code',
  { timeout: 120_000 },
  async () => {
    await withPagefind(fakePagefind('exits', 'exit 101'), async () => {
      await assert.rejects(
        indexSite(join(project(), 'dist'), log),
        /^Error: Pagefind could not start: its process ended \(exit code 101\) without answering\. Its own error, if it printed one, is above\.$/,
      );
    });
  },
);

test('a Pagefind killed by a signal stops the index, naming the signal', { timeout: 120_000 }, async () => {
  await withPagefind(fakePagefind('killed', 'kill -9 $$'), async () => {
    await assert.rejects(
      indexSite(join(project(), 'dist'), log),
      /Pagefind could not start: its process ended \(signal SIGKILL\) without answering/,
    );
  });
});

test("npm run build's index step fails with Pagefind's end, and exit code 1", { timeout: 180_000 }, () => {
  const root = project();
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts/finish-build.ts'), '--root', root, '--step', 'pagefind-index'],
    {
      encoding: 'utf8',
      env: { ...process.env, PAGEFIND_EXTENDED_BINARY_PATH: fakePagefind('step', 'exit 101') },
    },
  );
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stderr, /panicked at fake-pagefind \(step\)/, "Pagefind's own error is printed");
  assert.match(
    result.stderr,
    /\[finish\] Pagefind could not start: its process ended \(exit code 101\) without answering/,
  );
  assert.doesNotMatch(result.stderr, /unsettled top-level await/);
  assert.ok(!existsSync(join(root, 'dist/pagefind/pagefind.js')));
});

test('`astro build` fails, not exits 0 without a search index', { timeout: 600_000 }, async () => {
  let indexed = true;
  const { status, output } = await buildWith(
    {},
    {
      env: { PAGEFIND_EXTENDED_BINARY_PATH: fakePagefind('astro-build', 'exit 101') },
      inspect: (built) => {
        indexed = existsSync(join(built, 'dist/pagefind/pagefind.js'));
      },
    },
  );
  assert.notEqual(status, 0, output);
  assert.match(output, /Pagefind could not start: its process ended \(exit code 101\) without answering/);
  assert.equal(indexed, false);
});
