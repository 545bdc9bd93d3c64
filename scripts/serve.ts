/**
 * Serves the built site (dist/) on localhost: `npm start` builds first, `npm run preview` only serves.
 * The benchmark and the relevance suite serve other built folders with `serveSite`. Each request looks its file up afresh, so the server keeps serving while dist/ is rebuilt under it (a
 * missing file is a 404, a failed read a logged 500), and rereads `_headers` when a rebuild changed it (a new
 * script's CSP hash). It serves only what a static host would: no `_headers` or `_redirects`, no dotfiles,
 * nothing outside dist/, symbolic links resolved (a link in dist/ to /etc is a 404) and the file opened checked again (a
 * folder swapped for such a link between check and open is a 404 too). Pagefind's gzip files go out labelled
 * `Content-Encoding: gzip`, and each file with the Cache-Control of `cacheControlFor` (a year for files
 * named by their content, revalidated for the rest), as the generated nginx and Caddy configurations send them.
 */
import { constants, existsSync, readFileSync, type Stats } from 'node:fs';
import { open, readlink, realpath, stat, type FileHandle } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { lookup } from 'mrmime';
import { parseHeadersFile } from '../src/lib/security-headers.ts';
import { commandLine, readCommandLine } from './cli.ts';
import {
  acceptsGzip,
  cacheControlFor,
  fileSystemName,
  HOST_FILES,
  isGzipStream,
  REVALIDATE,
} from '../src/lib/server-config.ts';

/** A file of the site, opened for one response. */
interface OpenFile {
  path: string;
  handle: FileHandle;
  size: number;
  mtime: number;
}

/**
 * Files a static host keeps to itself (HOST_FILES; dotfiles at any depth are refused apart, `.well-known` is
 * public), by the name a file system that ignores case gives them: on macOS or Windows, /_HEADERS is _headers.
 */
const HOST_FILE_NAMES: ReadonlySet<string> = new Set(HOST_FILES.map(fileSystemName));

/** Whether the first name of `inside` (a path relative to the site's folder) is one of the host's files. */
function isHostFile(inside: string): boolean {
  return HOST_FILE_NAMES.has(fileSystemName(inside.split(sep)[0] ?? ''));
}

/**
 * Whether the file at `inside` (a path relative to the site's folder) is one a static host serves: inside
 * the folder, not a file of the host's own at its top, no dotfile or dot-folder but `.well-known`.
 */
function isPublic(inside: string): boolean {
  const segments = inside.split(sep);
  return (
    !isAbsolute(inside) &&
    !isHostFile(inside) &&
    !segments.some((segment) => segment.startsWith('.') && segment !== '.well-known')
  );
}

/**
 * Whether the open `handle` is a file that `inside` allows (given its path): the path the descriptor names
 * (Linux's /proc/self/fd), or where the system does not say, the file at `real` resolved again, the same
 * file (device and inode). A folder of the path swapped for a symbolic link between the check of its real
 * path and the open (O_NOFOLLOW guards only the last name) has the file outside opened: it is refused.
 */
async function opened(
  handle: FileHandle,
  real: string,
  stats: Stats,
  inside: (path: string) => boolean,
): Promise<boolean> {
  const named = await readlink(`/proc/self/fd/${String(handle.fd)}`).catch(() => undefined);
  if (named !== undefined) return isAbsolute(named) && inside(named);
  const again = await realpath(real).catch(() => undefined);
  const file = again === real ? await stat(again).catch(() => undefined) : undefined;
  return file !== undefined && file.dev === stats.dev && file.ino === stats.ino;
}

/**
 * A request handler serving the built site in `folder`, with the headers of its `_headers` file (when it
 * has one) on every response.
 */
export function siteHandler(folder: string): (request: IncomingMessage, response: ServerResponse) => void {
  // Absolute, so the check that a path stays inside it compares like with like.
  const root = resolve(folder);
  const headersFile = join(root, '_headers');
  /** The headers last read from `_headers`, and the file's identity then (inode, size, time). */
  let headers: { read: string; values: Record<string, string> } = { read: '', values: {} };

  /**
   * The candidate `path`, opened when it is a file whose real path (symbolic links resolved) lies in the
   * site's real folder and passes `allowed` there: a link planted in dist/ to /etc/passwd is not served.
   */
  async function openConfined(
    path: string,
    allowed: (inside: string) => boolean,
  ): Promise<OpenFile | undefined> {
    let handle: FileHandle | undefined;
    try {
      const real = await realpath(path);
      const realRoot = await realpath(root);
      if (!allowed(relative(realRoot, real))) return undefined;
      // The real path, without following a link put in its place since (its folders were just resolved).
      handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW);
      const stats = await handle.stat();
      // O_NOFOLLOW guards only the last name: a folder swapped for a link since is caught by what was opened.
      if (
        stats.isFile() &&
        (await opened(handle, real, stats, (named) => allowed(relative(realRoot, named))))
      )
        return { path, handle, size: stats.size, mtime: stats.mtimeMs };
      await handle.close();
    } catch {
      await handle?.close().catch(() => undefined);
    }
    return undefined;
  }

  /**
   * The `/*` headers of `_headers`, reread when the file changed (a rebuild that adds a script's CSP
   * hash): a server started before it would block that script. While the file is missing, or caught
   * empty as the build writes it, the last headers read stay.
   */
  async function securityHeaders(): Promise<Record<string, string>> {
    const stats = await stat(headersFile).catch(() => undefined);
    const read = stats ? `${stats.ino}:${stats.size}:${stats.mtimeMs}` : headers.read;
    if (read === headers.read) return headers.values;
    const found = await openConfined(headersFile, (inside) => inside === '_headers');
    if (!found) return headers.values;
    try {
      const values = parseHeadersFile(await found.handle.readFile('utf8'));
      if (Object.keys(values).length > 0) headers = { read, values };
    } finally {
      await found.handle.close().catch(() => undefined);
    }
    return headers.values;
  }

  /**
   * The files that may answer `pathname`, in order (`/a/` → a/index.html; `/a` → a, a.html, a/index.html),
   * or none when the path is malformed, private or leaves the site's folder.
   */
  function candidates(pathname: string): string[] {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return [];
    }
    if (decoded.includes('\0') || decoded.includes('\\')) return [];
    const segments = decoded.split('/');
    if (segments.some((segment) => segment.startsWith('.') && segment !== '.well-known')) return [];
    const file = resolve(root, `.${decoded}`);
    if (file !== root && !file.startsWith(root + sep)) return [];
    // Judged on the resolved path: `//_headers` and `/x/..//_headers` name dist/_headers too.
    if (isHostFile(relative(root, file))) return [];
    return decoded.endsWith('/')
      ? [join(file, 'index.html')]
      : [file, `${file}.html`, join(file, 'index.html')];
  }

  /**
   * The first candidate that is a public file of the site once its symbolic links are resolved, opened
   * (so a rebuild cannot swap it between check and read).
   */
  async function openFirst(files: readonly string[]): Promise<OpenFile | undefined> {
    for (const path of files) {
      const found = await openConfined(path, isPublic);
      if (found) return found;
    }
    return undefined;
  }

  /** The site's 404 page (read at each miss, so a rebuild shows the new one), or plain text without one. */
  async function notFound(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const found = await openFirst([join(root, '404.html')]);
    let page: Buffer | undefined;
    try {
      page = await found?.handle.readFile();
    } catch {
      page = undefined;
    } finally {
      await found?.handle.close().catch(() => undefined);
    }
    // As nginx and Caddy send it: a path that becomes a page in the next build is asked for again.
    response.writeHead(404, {
      'Content-Type': page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
      'Cache-Control': REVALIDATE,
    });
    response.end(request.method === 'HEAD' ? undefined : (page ?? 'Not found'));
  }

  /** A failure while serving (dist/ rebuilt under the server, a file gone mid-read): logged, answered 500. */
  function serverError(request: IncomingMessage, response: ServerResponse, error: unknown): void {
    console.error(`${request.method ?? 'GET'} ${request.url ?? ''} failed: ${String(error)}`);
    if (response.headersSent) {
      response.destroy();
      return;
    }
    response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('The site is being rebuilt or a file could not be read: reload in a moment.');
  }

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(await securityHeaders())) response.setHeader(name, value);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Method not allowed');
      return;
    }
    // A request target is a path: `//x` is the path //x, not a URL of host x (as `new URL('//x', base)` reads it).
    const target = request.url ?? '/';
    const pathname = new URL(
      target.startsWith('/') ? `http://localhost${target}` : target,
      'http://localhost',
    ).pathname;
    const found = await openFirst(candidates(pathname));
    if (!found) {
      await notFound(request, response);
      return;
    }
    try {
      await respond(request, response, pathname, found);
    } finally {
      // Closed however the response ended (a reader gone before the file was read included); closing
      // twice is harmless.
      await found.handle.close().catch(() => undefined);
    }
  }

  async function respond(
    request: IncomingMessage,
    response: ServerResponse,
    pathname: string,
    found: OpenFile,
  ): Promise<void> {
    const etag = `W/"${found.size}-${Math.trunc(found.mtime)}"`;
    const type = lookup(extname(found.path)) ?? 'application/octet-stream';
    response.setHeader('Content-Type', type.startsWith('text/') ? `${type}; charset=utf-8` : type);
    response.setHeader('ETag', etag);
    response.setHeader('Cache-Control', cacheControlFor(pathname));
    if (isGzipStream(found.path)) {
      response.setHeader('Vary', 'Accept-Encoding');
      if (acceptsGzip(request.headers['accept-encoding'])) response.setHeader('Content-Encoding', 'gzip');
    }
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304);
      response.end();
      return;
    }
    response.setHeader('Content-Length', found.size);
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    // pipeline stops reading when the reader goes away mid-response (pipe() read on); serve closes the file.
    await pipeline(found.handle.createReadStream(), response).catch((error: unknown) => {
      if (!request.destroyed) serverError(request, response, error);
    });
  }

  return (request, response) => {
    serve(request, response).catch((error: unknown) => {
      serverError(request, response, error);
    });
  };
}

/** Serves the built site in `root` on `host`:`port`; resolves once it listens. */
export function serveSite(root: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const server = createServer(siteHandler(root));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      resolve(server);
    });
  });
}

/** Stops a server started by serveSite, dropping kept-alive connections. */
export function closeSite(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => {
    server.close(() => {
      resolve();
    });
  });
}

/** `npm run preview`'s options. */
export const COMMAND_LINE = commandLine(
  {
    options: {
      port: { type: 'string', default: process.env['PORT'] ?? '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      dir: { type: 'string', default: 'dist' },
    },
  },
  'usage: npm run preview -- [--port 4321] [--host 127.0.0.1] [--dir dist]: serves the built site as a static host would, with its security headers (dist/_headers)',
);

if (import.meta.main) {
  const { values } = readCommandLine(COMMAND_LINE);

  const root = resolve(values.dir);
  if (!existsSync(join(root, 'index.html'))) {
    console.error(
      `No built site in ${values.dir}/: run \`npm run build\` first (or \`npm start\`, which builds).`,
    );
    process.exit(1);
  }

  // npm start serves what the build wrote for static hosts: dist/_headers holds the security headers.
  const headersFile = join(root, '_headers');
  if (
    !existsSync(headersFile) ||
    !('Content-Security-Policy' in parseHeadersFile(readFileSync(headersFile, 'utf8')))
  ) {
    console.error(`No Content-Security-Policy in ${headersFile}: rebuild with \`npm run build\`.`);
    process.exit(1);
  }

  const server = await serveSite(root, Number(values.port), values.host);
  // The port it listens on: the one asked for, or the free one the system gave for --port 0.
  const { port } = server.address() as AddressInfo;
  console.log(`Serving ${values.dir}/ on http://localhost:${String(port)}/`);
}
