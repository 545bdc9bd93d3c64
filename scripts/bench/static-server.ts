/** One static server for every site the benchmark compares: each folder on its own port, served alike. */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { lookup } from 'mrmime';

/** The file a URL path names inside `root` (`/a/` → `a/index.html`), or undefined when it leaves root. */
async function fileFor(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const path = resolve(root, `.${decoded}`);
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  const stats = await stat(path).catch(() => undefined);
  if (stats?.isDirectory()) return join(path, 'index.html');
  return stats?.isFile() ? path : undefined;
}

/**
 * Serves `dir` on localhost:`port` as a static host would, uncompressed and without extra headers for
 * any site, so the sites differ only in what they built. Unknown paths get the site's 404.html.
 */
export function serveFolder(dir: string, port: number): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    void (async () => {
      const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
      const file = await fileFor(root, pathname);
      const body = file ? await readFile(file).catch(() => undefined) : undefined;
      if (file && body) {
        response.writeHead(200, { 'Content-Type': lookup(file) ?? 'application/octet-stream' });
        response.end(body);
        return;
      }
      const notFound = await readFile(join(root, '404.html')).catch(() => 'Not found');
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(notFound);
    })();
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolvePromise(server);
    });
  });
}

/** Stops a server started by serveFolder. */
export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolvePromise) => {
    server.close(() => {
      resolvePromise();
    });
  });
}
