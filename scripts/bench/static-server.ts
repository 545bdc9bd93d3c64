/** One static server for every site the benchmark compares: each folder on its own port, served alike. */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * Serves `dir` on localhost:`port` as a static host would, uncompressed and without extra headers for
 * any site, so the sites differ only in what they built. Unknown paths get the site's 404.html.
 */
export function serveFolder(dir: string, port: number): Promise<Server> {
  const serveStatic = sirv(dir, { etag: true, dev: false });
  const notFound = join(dir, '404.html');
  const server = createServer((request, response) => {
    serveStatic(request, response, () => {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => { resolve(server); });
  });
}

/** Stops a server started by serveFolder. */
export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => { resolve(); }));
}
