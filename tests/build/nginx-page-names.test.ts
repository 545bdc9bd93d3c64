/**
 * The generated nginx configuration on a small site of pages named as nginx's rules read paths (red team 31).
 * It labelled gzip whatever "$uri|$http_accept_encoding" matched, so a page named content/a.pagefind|x.md, its URL
 * holding Pagefind's extension and the map's separator, went out labelled "gzip, gzip" over its .gz copy: the
 * browser could not decode it. A page's name is no part of that label. And it answered a folder's address without
 * its slash (/plain) with a redirect written absolute, from the request's Host header, nginx's own port and http:
 * a request naming Host: evil.example was sent to http://evil.example/…, and a site behind a proxy serving https to
 * http://its-host:8080/…. The redirect stays on the site, as a path.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { IMMUTABLE, nginxConfig, REVALIDATE } from '../../src/lib/server-config.ts';
import { freePort, getRaw, startNginx, type RunningServer } from '../support/production-server.ts';
import { tempDir } from '../support/temp-dir.ts';

const page = '<!doctype html><title>A page</title><p>Served as written.</p>';

describe('nginx on a site of pages named as its rules read paths', () => {
  let port = 0;
  let server: RunningServer | undefined;
  before(async () => {
    const site = tempDir('nginx-names-');
    for (const folder of ['a.pagefind|x', 'b.pf_index|gzip', 'plain', 'c.pf_meta']) {
      mkdirSync(join(site, folder));
      writeFileSync(join(site, folder, 'index.html'), page);
      writeFileSync(join(site, folder, 'index.html.gz'), gzipSync(page));
    }
    mkdirSync(join(site, 'pagefind'));
    writeFileSync(join(site, 'pagefind', 'x.pf_meta'), gzipSync('pagefind_dcd'));
    writeFileSync(join(site, '404.html'), 'Not found');
    port = await freePort();
    server = await startNginx(
      nginxConfig({ root: site, headers: {}, listen: `127.0.0.1:${port}` }),
      port,
      false,
    );
  });
  after(async () => {
    await server?.stop();
  });

  test("a page whose name holds Pagefind's extension and a '|' is sent, and cached, as the page it is", async () => {
    for (const path of ['/a.pagefind|x/', '/b.pf_index%7Cgzip/', '/plain/']) {
      const response = await getRaw(port, path, { 'Accept-Encoding': 'gzip, deflate, br' });
      assert.equal(response.status, 200, path);
      assert.equal(response.headers['content-encoding'], 'gzip', path);
      assert.equal(gunzipSync(response.body).toString(), page, path);
    }
    // Pagefind's own files keep their label, and only for a client that takes gzip.
    const index = await getRaw(port, '/pagefind/x.pf_meta', { 'Accept-Encoding': 'gzip' });
    assert.equal(index.headers['content-encoding'], 'gzip');
    assert.match(String(index.headers['vary']), /Accept-Encoding/);
    const plain = await getRaw(port, '/pagefind/x.pf_meta');
    assert.equal(plain.headers['content-encoding'], undefined);
    // Kept a year as Pagefind's are named, the page and its redirect would be too (red team 31).
    assert.equal(index.headers['cache-control'], IMMUTABLE);
    for (const [path, status] of [
      ['/c.pf_meta/', 200],
      ['/c.pf_meta', 301],
    ] as const) {
      const response = await getRaw(port, path);
      assert.equal(response.status, status, path);
      assert.equal(response.headers['cache-control'], REVALIDATE, path);
    }
  });

  test('a folder without its slash is redirected to it on the site, whatever Host the request names', async () => {
    for (const host of [undefined, 'evil.example', 'evil.example:8443']) {
      const response = await getRaw(port, '/plain', host === undefined ? {} : { Host: host });
      assert.equal(response.status, 301, String(host));
      assert.equal(response.headers['location'], '/plain/', String(host));
    }
  });
});
