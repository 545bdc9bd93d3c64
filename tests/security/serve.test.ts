/** `npm start`'s server: serves what a static host would, with types, and keeps serving while dist/ is rebuilt. */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { closeSite, serveSite } from '../../scripts/serve.ts';
import { IMMUTABLE, REVALIDATE } from '../../src/lib/server-config.ts';
import { tempDir } from '../support/temp-dir.ts';

/** Where the server under test listens: `--port 0`, the free port it says it took (a fixed one may be another run's). */
let ORIGIN = '';

/** The port the system gave a server started on port 0: no other test's fixed port can be taken. */
const portOf = (server: Server) => (server.address() as AddressInfo).port;
const dir = tempDir('serve-');
let server: ChildProcess;
let log = '';

const INDEX_CHUNK = gzipSync('pagefind_dcd{"words":[]}');

/** GET `path` with `accept` as Accept-Encoding, nothing decoded: the bytes and headers as sent. */
function getRaw(path: string, accept?: string): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = accept === undefined ? {} : { 'Accept-Encoding': accept };
    request(`${ORIGIN}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({ headers: response.headers, body: Buffer.concat(chunks) });
      });
    })
      .on('error', reject)
      .end();
  });
}

/** A tiny built site, as the build leaves it. */
function writeSite(): void {
  const files: Record<string, string> = {
    'index.html': '<!DOCTYPE html><title>Home</title>',
    '404.html': '<!DOCTYPE html><title>Not found</title>',
    'privacy/index.html': '<!DOCTYPE html><title>Privacy</title>',
    _headers: "/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n",
    // The same file where names ignore case (macOS, Windows): written alike, so there it is _headers itself.
    _HEADERS: "/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n",
    _redirects: '/a /b',
    '_routes.json': '{"version":1,"include":["/*"],"exclude":[]}',
    '_worker.js/index.js': 'export default { fetch() {} }',
    '.env': 'SECRET=1',
    'media/.hidden/x.png': 'x',
    'pagefind/x.pf_fragment': 'binary',
    'app.js': 'console.log(1)',
    '.well-known/security.txt': 'Contact: mailto:a@b.example',
  };
  // Pagefind writes its index gzipped, its signature first.
  const written: Record<string, string | Buffer> = { ...files, 'pagefind/index/en_1.pf_index': INDEX_CHUNK };
  for (const [file, content] of Object.entries(written)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
}

// The hooks belong to this suite: the server runs for its tests only, whatever else shares the process.
describe('scripts/serve.ts', () => {
  before(async () => {
    writeSite();
    server = spawn(process.execPath, ['scripts/serve.ts', '--port', '0', '--dir', dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    for (let tries = 0; tries < 600 && !/Serving .* on http:\/\/localhost:\d+\//.test(log); tries++) {
      await new Promise((done) => setTimeout(done, 100));
    }
    const port = /on http:\/\/localhost:(\d+)\//.exec(log)?.[1];
    assert.ok(port, `the server did not start: ${log}`);
    ORIGIN = `http://127.0.0.1:${port}`;
  });

  after(() => {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  test('pages, with the security headers of dist/_headers', async () => {
    const response = await fetch(`${ORIGIN}/privacy/`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(response.headers.get('content-security-policy'), "default-src 'self'");
  });

  test("Pagefind's chunks, named by their content, are kept a year; pages are revalidated (as nginx and Caddy send them)", async () => {
    const chunk = await fetch(`${ORIGIN}/pagefind/index/en_1.pf_index`);
    assert.equal(chunk.headers.get('cache-control'), IMMUTABLE);
    const page = await fetch(`${ORIGIN}/privacy/`);
    assert.equal(page.headers.get('cache-control'), REVALIDATE);
    const again = await fetch(`${ORIGIN}/privacy/`, {
      headers: { 'If-None-Match': page.headers.get('etag') ?? '' },
    });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('cache-control'), REVALIDATE);
  });

  test('an unknown type is application/octet-stream, never empty (the browser must not guess)', async () => {
    const response = await fetch(`${ORIGIN}/pagefind/x.pf_fragment`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/octet-stream');
  });

  test("Pagefind's gzipped files go out labelled gzip to a client that accepts it, as they are to one that does not", async () => {
    const gzip = await getRaw('/pagefind/index/en_1.pf_index', 'gzip, deflate, br');
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(gzip.headers['vary'], 'Accept-Encoding');
    assert.deepEqual(gzip.body, INDEX_CHUNK);
    const plain = await getRaw('/pagefind/index/en_1.pf_index', 'br');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.deepEqual(plain.body, INDEX_CHUNK);
    // Anything else is sent as it is, whatever the client accepts.
    const page = await getRaw('/privacy/', 'gzip');
    assert.equal(page.headers['content-encoding'], undefined);
    assert.equal(page.body.toString(), '<!DOCTYPE html><title>Privacy</title>');
  });

  test('the host’s own files, dotfiles and paths out of dist/ are not served', async () => {
    for (const path of [
      '/_headers',
      '/_redirects',
      '/%5fheaders',
      '//_headers',
      '/%2F_headers',
      '/x/..//_headers',
      '//_redirects',
      // Red team 30: Cloudflare Pages' routes and worker (a file or a folder of modules), run on the host.
      '/_routes.json',
      '/_routes.json.gz',
      '/_worker.js/index.js',
      '/_worker.js/',
      '/.env',
      '/%2eenv',
      '/media/.hidden/x.png',
      '/../package.json',
      '/%2e%2e/package.json',
      '/..%2f..%2fetc/passwd',
      '/privacy%5c..%5c_headers',
      '/%E0%A4%A',
      // Red team 31: the host's files in another case, one file with them where names ignore case.
      '/_HEADERS',
      '/_Headers',
    ]) {
      const response = await fetch(`${ORIGIN}${path}`);
      assert.equal(response.status, 404, path);
      assert.equal(response.headers.get('cache-control'), REVALIDATE, path);
      assert.ok(!(await response.text()).includes('Content-Security-Policy'), path);
    }
  });

  test('/.well-known/ is public', async () => {
    assert.equal((await fetch(`${ORIGIN}/.well-known/security.txt`)).status, 200);
  });

  test('dist/ removed and rebuilt under the server: 404 (or 500) meanwhile, logged, and served again after', async () => {
    const statuses = new Set<number>();
    const requests: Promise<void>[] = [];
    for (let round = 0; round < 20; round++) {
      rmSync(dir, { recursive: true, force: true });
      for (const path of ['/', '/privacy/', '/app.js', '/nowhere/']) {
        requests.push(
          fetch(`${ORIGIN}${path}`).then(async (response) => {
            statuses.add(response.status);
            await response.arrayBuffer();
          }),
        );
      }
      writeSite();
    }
    await Promise.all(requests);
    assert.ok(
      [...statuses].every((status) => [200, 404, 500].includes(status)),
      [...statuses].join(),
    );
    assert.equal(server.exitCode, null, `the server is still running:\n${log}`);
    const again = await fetch(`${ORIGIN}/app.js`);
    assert.equal(again.status, 200);
    assert.equal(again.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(await again.text(), 'console.log(1)');
  });

  test('a folder given relative to the working directory is served, not answered 404 for every page', async () => {
    const local = await serveSite(relative(process.cwd(), dir), 0);
    try {
      const response = await fetch(`http://127.0.0.1:${portOf(local)}/privacy/`);
      assert.equal(response.status, 200);
      assert.equal(await response.text(), '<!DOCTYPE html><title>Privacy</title>');
    } finally {
      await closeSite(local);
    }
  });

  test('readers who go away before a file is sent leave no file open (the server would run out of descriptors)', async () => {
    const local = await serveSite(dir, 0);
    const openFiles = () => readdirSync('/proc/self/fd').length;
    const before = openFiles();
    try {
      for (let i = 0; i < 40; i++) {
        await new Promise<void>((resolve) => {
          const call = request(`http://127.0.0.1:${portOf(local)}/privacy/`);
          call.on('error', () => undefined);
          call.end();
          // Gone once the request is sent, before the answer.
          setImmediate(() => {
            call.destroy();
            resolve();
          });
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      await closeSite(local);
    }
    assert.ok(openFiles() <= before + 2, `${openFiles() - before} descriptors left open`);
  });
});
