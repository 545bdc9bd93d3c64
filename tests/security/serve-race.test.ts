/**
 * `npm start`'s server (scripts/serve.ts) while a folder of dist/ is swapped for a symbolic link out of it
 * between the server's check of a file's real path and its open (red team round 5 had /etc/passwd served
 * 5 times in 160 requests): whatever the timing, nothing outside dist/ is served.
 */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { closeSite, serveSite } from '../../scripts/serve.ts';
import { tempDir } from '../support/temp-dir.ts';

/** How long the folder is swapped back and forth while requests go (bounded, so the test is too). */
const SWAP_MS = 4000;
/** Requests in flight at once. */
const CONCURRENCY = 8;

/**
 * Swaps `dist/a` (a folder) for a symbolic link to a folder outside dist/ and back, as fast as it can,
 * for `ms` milliseconds, in its own thread (the server's event loop keeps running); posts its swaps.
 */
const SWAPPER = `
const { renameSync } = require('node:fs');
const { workerData, parentPort } = require('node:worker_threads');
const { folder, parked, link, ms } = workerData;
const end = Date.now() + ms;
let swaps = 0;
while (Date.now() < end) {
  renameSync(folder, parked);
  renameSync(link, folder);
  renameSync(folder, link);
  renameSync(parked, folder);
  swaps++;
}
parentPort.postMessage(swaps);
`;

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
  const swapper = new Worker(SWAPPER, {
    eval: true,
    workerData: {
      folder: join(dir, 'dist/a'),
      parked: join(dir, 'parked'),
      link: join(dir, 'link'),
      ms: SWAP_MS,
    },
  });
  const swapped = new Promise<number>((resolve, reject) => {
    swapper.once('message', resolve);
    swapper.once('error', reject);
  });
  let swapping = true;
  void swapped.finally(() => {
    swapping = false;
  });
  const statuses = new Map<string, number>();
  let leaks = 0;
  const client = async () => {
    while (swapping) {
      const response = await fetch(`${origin}/a/passwd`);
      const body = await response.text();
      if (body.includes('root:x')) leaks++;
      const outcome = `${String(response.status)} ${body.includes('a page of the site') ? 'page' : ''}`;
      statuses.set(outcome, (statuses.get(outcome) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  const swaps = await swapped;
  const requests = [...statuses.values()].reduce((sum, count) => sum + count, 0);
  assert.equal(leaks, 0, `${String(leaks)} of ${String(requests)} requests read etc/passwd`);
  // The race was run: the folder swapped many times while the page was served, and missed, meanwhile.
  assert.ok(swaps > 100, `only ${String(swaps)} swaps`);
  assert.ok(requests > 100, `only ${String(requests)} requests`);
  assert.ok((statuses.get('200 page') ?? 0) > 0, JSON.stringify([...statuses]));
  assert.ok((statuses.get('404 ') ?? 0) > 0, JSON.stringify([...statuses]));
});
