/** Serves the built site (dist/) on localhost: `npm start` builds first, `npm run preview` only serves. */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { parseHeadersFile } from '../src/lib/security-headers.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['PORT'] ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
  },
});

if (!existsSync(`${values.dir}/index.html`)) {
  console.error(
    `No built site in ${values.dir}/: run \`npm run build\` first (or \`npm start\`, which builds).`,
  );
  process.exit(1);
}

const serveStatic = sirv(values.dir, { etag: true, dev: false });
/** The security headers the build wrote for static hosts (dist/_headers), sent with every response. */
const headersFile = `${values.dir}/_headers`;
const securityHeaders = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : {};
if (!('Content-Security-Policy' in securityHeaders)) {
  console.error(`No Content-Security-Policy in ${headersFile}: rebuild with \`npm run build\`.`);
  process.exit(1);
}

const server = createServer((request, response) => {
  for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
  serveStatic(request, response, () => {
    // Unknown paths get the site's own 404 page (src/pages/404.astro), with status 404.
    const notFound = `${values.dir}/404.html`;
    if (existsSync(notFound)) {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(request.method === 'HEAD' ? undefined : readFileSync(notFound));
      return;
    }
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found');
  });
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${values.dir}/ on http://localhost:${values.port}/`);
});
