/**
 * `npm start`'s server (scripts/serve.ts) while a folder of dist/ is swapped for a symbolic link out of it
 * between the server's check of a file's real path and its open (red team round 5 had /etc/passwd served
 * 5 times in 160 requests): nothing outside dist/ is served. The swap is made at that moment, not raced: the
 * file system's open is wrapped to swap the folder just before it opens a file under it, so every request
 * meets the race the red team won now and then (a thread swapping for 4 s while 8 clients requested met it
 * in 11 of 467 requests before the fix).
 */
import assert from 'node:assert/strict';
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { closeSite, serveSite } from '../../scripts/serve.ts';
import { tempDir } from '../support/temp-dir.ts';

/** Requests made with the folder swapped at the open, and as many without. */
const REQUESTS = 20;

/** node:fs/promises as CommonJS sees it: what syncBuiltinESMExports copies to the ES module's bindings. */
const promises = createRequire(import.meta.url)('node:fs/promises') as typeof import('node:fs/promises');

let dir = '';
let server: Server | undefined;
let origin = '';

before(async () => {
  dir = tempDir('serve-race-');
  mkdirSync(join(dir, 'dist/a'), { recursive: true });
  mkdirSync(join(dir, 'etc'));
  writeFileSync(join(dir, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/bash\n');
  writeFileSync(join(dir, 'dist/index.html'), '<!DOCTYPE html><title>Home</title>');
  writeFileSync(join(dir, 'dist/a/passwd'), 'a page of the site\n');
  symlinkSync(join(dir, 'etc'), join(dir, 'link'));
  server = await serveSite(join(dir, 'dist'), 0);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  if (server) await closeSite(server);
  rmSync(dir, { recursive: true, force: true });
});

test('a folder of dist/ swapped for a link out of it between check and open serves nothing outside', async () => {
  const folder = join(dir, 'dist/a');
  const parked = join(dir, 'parked');
  const link = join(dir, 'link');
  const { open } = promises;
  let swapAtOpen = false;
  let swaps = 0;
  // The server checked the real path of dist/a/passwd; before it opens it, dist/a becomes the link to etc/.
  promises.open = async (...args: Parameters<typeof open>) => {
    if (!swapAtOpen || !String(args[0]).startsWith(`${folder}/`)) return open(...args);
    renameSync(folder, parked);
    renameSync(link, folder);
    swaps++;
    try {
      return await open(...args);
    } finally {
      renameSync(folder, link);
      renameSync(parked, folder);
    }
  };
  syncBuiltinESMExports();
  const statuses = new Map<string, number>();
  let leaks = 0;
  try {
    for (const swapped of [true, false])
      for (let request = 0; request < REQUESTS; request++) {
        swapAtOpen = swapped;
        const response = await fetch(`${origin}/a/passwd`);
        const body = await response.text();
        if (body.includes('root:x')) leaks++;
        const outcome = `${swapped ? 'swapped' : 'kept'} ${String(response.status)}`;
        statuses.set(outcome, (statuses.get(outcome) ?? 0) + 1);
      }
  } finally {
    promises.open = open;
    syncBuiltinESMExports();
  }
  assert.equal(leaks, 0, `${String(leaks)} of ${String(2 * REQUESTS)} requests read etc/passwd`);
  // The race was met at every swapped request, and the page is served when nothing is swapped.
  assert.equal(swaps, REQUESTS);
  assert.deepEqual(Object.fromEntries(statuses), { 'swapped 404': REQUESTS, 'kept 200': REQUESTS });
});
