/** Runs the built site under a real production server (Debian's nginx, or Caddy) with the generated config. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { tempDir } from './temp-dir.ts';

export const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
export const CADDY = process.env['CADDY_PATH'] ?? '/usr/bin/caddy';
/** Debian's ngx_brotli static module (libnginx-mod-http-brotli-static), loaded when installed. */
export const NGINX_BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

/** A TCP port nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as sent, still compressed when Content-Encoding says so. */
  body: Buffer;
}

/** GET `path` without any client-side decoding, so the test sees what the server sent. */
export function getRaw(
  port: number,
  path: string,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) });
      });
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export interface RunningServer {
  port: number;
  /** What the server wrote to stderr, for failure messages. */
  log: () => string;
  stop: () => Promise<void>;
}

/** Waits until `port` answers HTTP, or fails with the server's output. */
async function waitUntilServing(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${log()}`);
    try {
      await getRaw(port, '/');
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`The server never answered on port ${port}:\n${log()}`);
}

/** Starts `command` in `dir`, serving on `port`; stop() ends it and removes `dir`. */
async function start(
  command: string,
  args: string[],
  dir: string,
  port: number,
  env = {},
): Promise<RunningServer> {
  let output = '';
  const child = spawn(command, args, {
    cwd: dir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const log = () => output;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(port, child, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, log, stop };
}

/**
 * Runs nginx in the foreground as the current user, everything in a temp dir (prefix, pid, logs, temp
 * paths), with `siteConfig` (the generated http-level snippet) included; loads ngx_brotli when `brotli`.
 */
export async function startNginx(siteConfig: string, port: number, brotli: boolean): Promise<RunningServer> {
  if (!existsSync(NGINX)) {
    throw new Error(
      `No nginx at ${NGINX}: install Debian's (sudo apt-get install nginx) or set NGINX_PATH. .ci/run installs it.`,
    );
  }
  const dir = tempDir('nginx-site-');
  for (const temp of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, temp));
  writeFileSync(join(dir, 'site.conf'), siteConfig);
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${brotli ? `load_module ${NGINX_BROTLI_MODULE};\n` : ''}daemon off;
master_process off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path ${join(dir, 'body')};
    proxy_temp_path ${join(dir, 'proxy')};
    fastcgi_temp_path ${join(dir, 'fastcgi')};
    uwsgi_temp_path ${join(dir, 'uwsgi')};
    scgi_temp_path ${join(dir, 'scgi')};
    include ${join(dir, 'site.conf')};
}
`,
  );
  return start(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], dir, port);
}

/** Runs Caddy with the generated Caddyfile, its admin API off and its data in a temp dir. */
export async function startCaddy(caddyfileText: string, port: number): Promise<RunningServer> {
  const dir = tempDir('caddy-site-');
  writeFileSync(join(dir, 'Caddyfile'), `{\n\tadmin off\n\tauto_https off\n}\n\n${caddyfileText}`);
  return start(CADDY, ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], dir, port, {
    HOME: dir,
    XDG_DATA_HOME: dir,
    XDG_CONFIG_HOME: dir,
  });
}
