/** Serves a built site folder on localhost with its security headers (dist/_headers), as scripts/serve.ts does. */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { parseHeadersFile } from '../../src/lib/security-headers.ts';

/** Starts serving `dir` on `port`; resolves with the server once it listens. */
export function serveDist(dir: string, port: number): Promise<Server> {
  const headersFile = join(dir, '_headers');
  const headers = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : {};
  const serveStatic = sirv(dir, { etag: true, dev: false });
  const server = createServer((request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    serveStatic(request, response, () => {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve(server);
    });
  });
}
