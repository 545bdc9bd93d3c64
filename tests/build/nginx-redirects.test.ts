/**
 * Red team 31: nginx answers a folder's address written without its slash (/security) with a redirect to
 * /security/, which the generated configuration wrote absolute, from the request's Host header, nginx's own port
 * and http: a request naming Host: evil.example was sent to http://evil.example/…, and a site behind a proxy
 * serving https to http://its-host:8080/…. The redirect stays on the site, as a path.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { nginxConfig } from '../../src/lib/server-config.ts';
import { freePort, getRaw, startNginx } from '../support/production-server.ts';
import { tempDir } from '../support/temp-dir.ts';

test('nginx: a folder without its slash is redirected to it on the site, whatever Host the request names', async () => {
  const site = tempDir('nginx-redirects-');
  mkdirSync(join(site, 'security'));
  writeFileSync(join(site, 'security', 'index.html'), '<!doctype html><title>Security</title>');
  writeFileSync(join(site, '404.html'), 'Not found');
  const port = await freePort();
  const server = await startNginx(
    nginxConfig({ root: site, headers: {}, listen: `127.0.0.1:${port}` }),
    port,
    false,
  );
  try {
    for (const host of [undefined, 'evil.example', 'evil.example:8443']) {
      const response = await getRaw(port, '/security', host === undefined ? {} : { Host: host });
      assert.equal(response.status, 301, String(host));
      assert.equal(response.headers['location'], '/security/', String(host));
    }
  } finally {
    await server.stop();
  }
});
