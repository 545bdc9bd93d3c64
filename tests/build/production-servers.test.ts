/**
 * The built site under Debian's nginx (and Caddy, when installed) with the configuration the build
 * generates: security headers on every response, precompressed files, cache rules and the 404 page.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { parseHeadersFile } from '../../src/lib/security-headers.ts';
import { caddyfile, IMMUTABLE, nginxConfig, REVALIDATE } from '../../src/lib/server-config.ts';
import { DIST } from '../support/built-site.ts';
import {
  CADDY,
  freePort,
  getRaw,
  NGINX_BROTLI_MODULE,
  startCaddy,
  startNginx,
  type RunningServer,
} from '../support/production-server.ts';

const root = fileURLToPath(DIST).replace(/\/$/, '');
const headers = parseHeadersFile(readFileSync(new URL('_headers', DIST), 'utf8'));
const astroCss = readdirSync(new URL('_astro/', DIST)).find((file) => file.endsWith('.css'));
const fragment = readdirSync(new URL('pagefind/fragment/', DIST))[0];
const distFile = (path: string) => readFileSync(new URL(`.${path}`, DIST));

/** The checks every production server must pass; `brotli` when it can send the .br copies. */
function servesTheSite(name: string, launch: () => Promise<RunningServer>, brotli: boolean) {
  describe(name, () => {
    let server: RunningServer;
    before(async () => {
      server = await launch();
    });
    after(async () => {
      await server.stop();
    });
    const get = (path: string, requestHeaders?: Record<string, string>) =>
      getRaw(server.port, path, requestHeaders);

    test('every response carries the security headers of dist/_headers', async () => {
      for (const path of ['/', '/privacy/', `/_astro/${String(astroCss)}`, '/no-such-page/']) {
        const response = await get(path);
        for (const [header, value] of Object.entries(headers)) {
          assert.equal(response.headers[header.toLowerCase()], value, `${path}: ${header}\n${server.log()}`);
        }
      }
    });

    test('a client accepting gzip gets the .gz copy, which is the page', async () => {
      const response = await get('/privacy/', { 'Accept-Encoding': 'gzip' });
      assert.equal(response.status, 200);
      assert.equal(response.headers['content-encoding'], 'gzip');
      assert.match(String(response.headers['content-type']), /^text\/html/);
      assert.match(String(response.headers['vary']), /Accept-Encoding/i);
      assert.deepEqual(response.body, distFile('/privacy/index.html.gz'));
      assert.deepEqual(gunzipSync(response.body), distFile('/privacy/index.html'));
    });

    test("Pagefind's gzipped index goes out labelled gzip, so the browser inflates it and Pagefind need not", async () => {
      const path = `/pagefind/fragment/${String(fragment)}`;
      const gzip = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' });
      assert.equal(gzip.status, 200);
      assert.equal(gzip.headers['content-encoding'], 'gzip', server.log());
      assert.match(String(gzip.headers['vary']), /Accept-Encoding/i);
      assert.deepEqual(gzip.body, distFile(path));
      assert.equal(gunzipSync(gzip.body).subarray(0, 12).toString(), 'pagefind_dcd');
      const plain = await get(path);
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.deepEqual(plain.body, distFile(path));
    });

    test('a client accepting nothing gets the file as it is', async () => {
      const response = await get('/privacy/');
      assert.equal(response.headers['content-encoding'], undefined);
      assert.deepEqual(response.body, distFile('/privacy/index.html'));
    });

    test(
      'a client accepting Brotli gets the .br copy',
      { skip: brotli ? false : 'this server has no Brotli static module' },
      async () => {
        const response = await get(`/_astro/${String(astroCss)}`, { 'Accept-Encoding': 'br, gzip' });
        assert.equal(response.headers['content-encoding'], 'br');
        assert.deepEqual(brotliDecompressSync(response.body), distFile(`/_astro/${String(astroCss)}`));
      },
    );

    test('hashed assets are cached for a year, pages and unhashed files revalidate', async () => {
      const expected: [string, string][] = [
        [`/_astro/${String(astroCss)}`, IMMUTABLE],
        [`/pagefind/fragment/${String(fragment)}`, IMMUTABLE],
        ['/', REVALIDATE],
        ['/security/', REVALIDATE],
        ['/pagefind/pagefind.js', REVALIDATE],
        ['/pagefind/pagefind-entry.json', REVALIDATE],
      ];
      for (const [path, cacheControl] of expected) {
        const response = await get(path);
        assert.equal(response.status, 200, path);
        assert.equal(response.headers['cache-control'], cacheControl, path);
      }
    });

    test("the host's own files and dot files answer 404; /.well-known/ is public", async () => {
      for (const path of ['/_headers', '/_redirects', '/_headers.gz', '/.env', '/media/.hidden']) {
        const response = await get(path, { 'Accept-Encoding': 'gzip' });
        assert.equal(response.status, 404, path);
        assert.ok(!response.body.toString().includes('Content-Security-Policy:'), path);
      }
      assert.equal((await get('/.well-known/security.txt')).status, 200);
    });

    test('an unknown path answers 404 with the site’s 404 page', async () => {
      const response = await get('/no-such-page/');
      assert.equal(response.status, 404);
      assert.deepEqual(response.body, distFile('/404.html'));
    });
  });
}

const nginxBrotli = existsSync(NGINX_BROTLI_MODULE);
servesTheSite(
  'nginx with deploy/nginx.conf',
  async () => {
    const port = await freePort();
    return startNginx(
      nginxConfig({ root, headers, listen: `127.0.0.1:${port}`, brotli: nginxBrotli }),
      port,
      nginxBrotli,
    );
  },
  nginxBrotli,
);

if (existsSync(CADDY)) {
  servesTheSite(
    'Caddy with deploy/Caddyfile',
    async () => {
      const port = await freePort();
      return startCaddy(caddyfile({ root, headers, serverName: `http://127.0.0.1:${port}` }), port);
    },
    true,
  );
} else {
  test(
    'Caddy with deploy/Caddyfile',
    { skip: `no Caddy at ${CADDY} (apt-get install caddy)` },
    () => undefined,
  );
}

test('deploy/ holds what the generators make of this build', () => {
  const deploy = new URL('../../deploy/', import.meta.url);
  assert.equal(readFileSync(new URL('nginx.conf', deploy), 'utf8'), nginxConfig({ root, headers }));
  assert.equal(readFileSync(new URL('Caddyfile', deploy), 'utf8'), caddyfile({ root, headers }));
});
