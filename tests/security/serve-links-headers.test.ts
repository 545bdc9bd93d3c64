/**
 * `npm start`'s server (scripts/serve.ts) against a dist/ changed under it: a symbolic link planted in it
 * serves nothing outside it (red team round 4 had /etc/passwd served), and a rebuild's new `_headers` (a
 * new script's CSP hash) is sent without restarting the server.
 */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { closeSite, serveSite } from '../../scripts/serve.ts';
import { tempDir } from '../support/temp-dir.ts';

const headersFile = (csp: string) =>
  `/*\n  Content-Security-Policy: ${csp}\n  X-Content-Type-Options: nosniff\n`;

let dir = '';
let outside = '';
let server: Server | undefined;
let origin = '';

before(async () => {
  dir = tempDir('serve-site-');
  outside = tempDir('serve-outside-');
  mkdirSync(join(dir, 'privacy'));
  mkdirSync(join(outside, 'etc'));
  writeFileSync(join(outside, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/bash\n');
  writeFileSync(join(outside, 'secret.html'), '<!DOCTYPE html><title>Secret</title>');
  writeFileSync(join(dir, 'index.html'), '<!DOCTYPE html><title>Home</title>');
  writeFileSync(join(dir, 'privacy/index.html'), '<!DOCTYPE html><title>Privacy</title>');
  writeFileSync(join(dir, '_headers'), headersFile("default-src 'self'"));
  writeFileSync(join(dir, '.env'), 'SECRET=1');
  server = await serveSite(dir, 0);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  if (server) await closeSite(server);
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

test('a symbolic link in dist/ to a file or folder outside it is a 404; one to a file of the site is served', async () => {
  symlinkSync(join(outside, 'etc'), join(dir, 'etclink'));
  symlinkSync(join(outside, 'etc/passwd'), join(dir, 'passwd.txt'));
  symlinkSync(join(outside, 'secret.html'), join(dir, 'secret.html'));
  symlinkSync(outside, join(dir, 'away'));
  // Inside the site, but to files a static host keeps to itself.
  symlinkSync(join(dir, '_headers'), join(dir, 'headers.txt'));
  symlinkSync(join(dir, '.env'), join(dir, 'env.txt'));
  symlinkSync(join(dir, 'privacy/index.html'), join(dir, 'privacy-copy.html'));
  for (const path of [
    '/etclink/passwd',
    '/passwd.txt',
    '/secret.html',
    '/secret',
    '/away/secret.html',
    '/away/etc/passwd',
    '/headers.txt',
    '/env.txt',
  ]) {
    const response = await fetch(`${origin}${path}`);
    const body = await response.text();
    assert.equal(response.status, 404, path);
    assert.doesNotMatch(body, /root:x|Secret|Content-Security-Policy|SECRET/, path);
    assert.equal(response.headers.get('content-security-policy'), "default-src 'self'", path);
  }
  const inside = await fetch(`${origin}/privacy-copy.html`);
  assert.equal(inside.status, 200);
  assert.equal(await inside.text(), '<!DOCTYPE html><title>Privacy</title>');
});

test("the site's 404 page is not read through a link out of dist/ either", async () => {
  symlinkSync(join(outside, 'etc/passwd'), join(dir, '404.html'));
  try {
    const response = await fetch(`${origin}/nowhere/`);
    assert.equal(response.status, 404);
    assert.equal(await response.text(), 'Not found');
  } finally {
    rmSync(join(dir, '404.html'));
  }
});

test('a rebuilt _headers is sent from the next request on; while it is missing, the last one stays', async () => {
  const csp = async () => (await fetch(`${origin}/`)).headers.get('content-security-policy');
  assert.equal(await csp(), "default-src 'self'");
  // The rebuild adds an inline script's hash.
  writeFileSync(join(dir, '_headers'), headersFile("default-src 'self'; script-src 'self' 'sha256-abc='"));
  assert.equal(await csp(), "default-src 'self'; script-src 'self' 'sha256-abc='");
  // dist/ removed and written again: the old policy meanwhile, never none.
  rmSync(join(dir, '_headers'));
  assert.equal(await csp(), "default-src 'self'; script-src 'self' 'sha256-abc='");
  writeFileSync(join(dir, '_headers'), '');
  assert.equal(await csp(), "default-src 'self'; script-src 'self' 'sha256-abc='");
  writeFileSync(join(dir, '_headers'), headersFile("default-src 'self'; script-src 'self' 'sha256-xyz='"));
  assert.equal(await csp(), "default-src 'self'; script-src 'self' 'sha256-xyz='");
});

test('a _headers that is a link out of dist/ is not read', async () => {
  writeFileSync(join(outside, 'headers'), headersFile("default-src *; script-src 'unsafe-inline'"));
  rmSync(join(dir, '_headers'));
  symlinkSync(join(outside, 'headers'), join(dir, '_headers'));
  try {
    const response = await fetch(`${origin}/`);
    assert.equal(
      response.headers.get('content-security-policy'),
      "default-src 'self'; script-src 'self' 'sha256-xyz='",
    );
  } finally {
    rmSync(join(dir, '_headers'));
    writeFileSync(join(dir, '_headers'), headersFile("default-src 'self'"));
  }
});
