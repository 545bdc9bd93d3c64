/**
 * How the built site is served in production: which files get precompressed copies, how long each path
 * may be cached, and the nginx and Caddy configuration that sends the site's security headers (read from
 * the `_headers` file src/lib/security-headers.ts writes) with those cache rules.
 */
import { extname, basename } from 'node:path';

/** Text files worth a `.br` and `.gz` copy (fonts, images and Pagefind's own `.pf_*` files come compressed). */
export const PRECOMPRESSED_EXTENSIONS: ReadonlySet<string> = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.txt',
  '.svg',
  '.md',
  '.webmanifest',
]);

/** Whether the file at `path` (relative to dist/) should get precompressed copies. */
export function isPrecompressible(path: string): boolean {
  // `_headers`, `_redirects` and the like are read by the host, never served.
  return PRECOMPRESSED_EXTENSIONS.has(extname(path).toLowerCase()) && !basename(path).startsWith('_');
}

/**
 * Pagefind writes its index (`.pf_meta`, `.pf_index`, `.pf_filter`, `.pf_fragment`) and its WebAssembly
 * (`wasm.<language>.pagefind`) as gzip streams. Sent with `Content-Encoding: gzip`, the browser inflates
 * them natively, off the page's main thread, and Pagefind skips its own JavaScript inflate: it looks for
 * its signature in what it receives, and inflates a file that arrives still compressed as before.
 */
export const GZIP_STREAM_EXTENSIONS: ReadonlySet<string> = new Set([
  '.pf_meta',
  '.pf_index',
  '.pf_filter',
  '.pf_fragment',
  '.pagefind',
]);

/** Whether the file at `path` is one of Pagefind's gzip streams (see GZIP_STREAM_EXTENSIONS). */
export function isGzipStream(path: string): boolean {
  return GZIP_STREAM_EXTENSIONS.has(extname(path).toLowerCase());
}

/** Whether an `Accept-Encoding` request header accepts gzip (`gzip`, `x-gzip` or `*`, with a q-value above 0). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  const weights = new Map(
    (acceptEncoding ?? '').split(',').map((entry) => {
      const [coding = '', ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
      const q = params.find((param) => param.startsWith('q='));
      return [coding, q === undefined ? 1 : Number(q.slice(2))] as const;
    }),
  );
  const weight = weights.get('gzip') ?? weights.get('x-gzip') ?? weights.get('*') ?? 0;
  return weight > 0;
}

/**
 * Brotli quality for a file of dist/ (path relative to it). The shared code every page fetches (`_astro/`
 * bundles, Pagefind's scripts) is small and fixed in number: the best ratio. Everything else grows with the
 * site (pages, their Markdown copies, llms-full.txt, the feed): a fast quality. On this site's pages 5 takes
 * 0.7 ms a file and 11 takes 15-20 ms for 9% fewer bytes; llms-full.txt of 1000 pages (7 MB) took seconds.
 */
export function brotliQuality(path: string): number {
  const [top] = path.split(/[\\/]/);
  return top === '_astro' || top === 'pagefind' ? 11 : 5;
}

/**
 * The static host's own files at the top of dist/: Netlify's and Cloudflare Pages' header and redirect rules,
 * Cloudflare Pages' routes of its Functions (`_routes.json`) and its worker (`_worker.js`, a file or a folder
 * of modules), which run on the host for every request. Read by the host, never served: the local server and the
 * nginx and Caddy configurations answer 404 for them, and no page may take their names (page-urls.ts).
 * GitHub Pages' `CNAME` and `.nojekyll` are not here: no page is named in capitals or with a leading dot
 * (slugOfContentPath, isContentPage), and GitHub Pages serves them.
 */
export const HOST_FILES: readonly string[] = ['_headers', '_redirects', '_routes.json', '_worker.js'];

/**
 * `path` as a file system whose names ignore case (Windows' NTFS, macOS' APFS) names its file: in Unicode NFC,
 * as Astro writes a route's parameters, and each letter's case folded through its capital, so "ſ" (U+017F)
 * is "s" as "S" is, "ς" is "σ" and "ı" is "i". Two such names are one folder there: a build or a copy of dist/
 * on such a disk wrote one page over the other (red team 31: content/ſecurity.md at /security/).
 */
export function fileSystemName(path: string): string {
  return path.normalize('NFC').toUpperCase().toLowerCase();
}

/** A name as a regular expression's text (nginx's PCRE), its special characters escaped. */
function regexText(name: string): string {
  return name.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** Files whose names change with their content (bundled assets, Pagefind's hashed chunks): kept a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else, pages first: a cache may keep it but asks the server before each use (a 304 is cheap). */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * The paths cached as IMMUTABLE: everything in a folder the build alone writes (`prefix`), or there only the
 * files directly in it whose names end in `suffix`. Never a suffix alone: a page may be named
 * content/x.pf_meta.md, and its /x.pf_meta redirect was kept a year (red team 31). Pagefind's `pagefind.js`,
 * `pagefind-entry.json` and `wasm.*.pagefind` keep their names across builds, so they revalidate.
 */
export const IMMUTABLE_PATHS: readonly CachePath[] = [
  { prefix: '/_astro/' },
  { prefix: '/pagefind/fragment/' },
  { prefix: '/pagefind/index/' },
  { prefix: '/pagefind/filter/' },
  { prefix: '/pagefind/', suffix: '.pf_meta' },
];

/** A folder of the build's (`/x/`), or the files directly in it whose names end in `suffix`. */
interface CachePath {
  prefix: string;
  suffix?: string;
}

/** The Cache-Control of the URL path `path`. */
export function cacheControlFor(path: string): string {
  const immutable = IMMUTABLE_PATHS.some(
    ({ prefix, suffix }) =>
      path.startsWith(prefix) &&
      (suffix === undefined ||
        (path.endsWith(suffix) && !path.slice(prefix.length, -suffix.length).includes('/'))),
  );
  return immutable ? IMMUTABLE : REVALIDATE;
}

/** Cloudflare Pages reads at most this many rules from `_headers`, and lines of at most this many characters. */
export const HEADERS_FILE_LIMITS = { rules: 100, lineLength: 2000 } as const;

/** What in a `_headers` file breaks Cloudflare Pages' limits, one sentence each (empty when it fits). */
export function headersFileProblems(text: string): string[] {
  const lines = text.split('\n');
  const problems = lines.flatMap((line, index) =>
    line.length > HEADERS_FILE_LIMITS.lineLength
      ? [
          `_headers line ${index + 1} is ${line.length} characters long; Cloudflare Pages ignores lines over ${HEADERS_FILE_LIMITS.lineLength}: shorten the header (fewer CSP hashes, shorter Permissions-Policy).`,
        ]
      : [],
  );
  const rules = lines.filter((line) => line.trim() !== '' && !/^\s/.test(line) && !line.startsWith('#'));
  if (rules.length > HEADERS_FILE_LIMITS.rules) {
    problems.push(
      `_headers has ${rules.length} rules; Cloudflare Pages reads at most ${HEADERS_FILE_LIMITS.rules}: merge rules with wildcards.`,
    );
  }
  return problems;
}

export interface ServerConfigOptions {
  /** Absolute path of the built site (dist/). */
  root: string;
  /** The response headers of every path (the `/*` rule of `_headers`). */
  headers: Readonly<Record<string, string>>;
  /** Port (or address:port) nginx listens on; Caddy serves `siteAddress`. */
  listen?: string | number;
  /** Host name; `_` (nginx) and `:80` (Caddy) when not given. */
  serverName?: string;
  /** Serve `.br` copies too: needs nginx's ngx_brotli static module (Debian: libnginx-mod-http-brotli-static). */
  brotli?: boolean;
}

/** A header value in double quotes, refusing characters that would end the quoted string or the line. */
function quoted(name: string, value: string): string {
  if (/["\\\n\r]/.test(value)) throw new Error(`The ${name} header has a quote, backslash or line break.`);
  return `"${value}"`;
}

/** Cache rules as an nginx regex: a folder as `^/x/`, its files of a suffix as `^/x/[^/]*\.y$`. */
function nginxPattern({ prefix, suffix }: CachePath): string {
  return suffix === undefined ? `~^${regexText(prefix)}` : `~^${regexText(prefix)}[^/]*${regexText(suffix)}$`;
}

/**
 * An nginx `http`-level snippet (a `map` and a `server`), for `/etc/nginx/conf.d/` or an `include`:
 * precompressed files, the security headers on every response (404s too), cache rules and the 404 page.
 */
export function nginxConfig(options: ServerConfigOptions): string {
  const { root, headers, listen = 80, serverName = '_', brotli = false } = options;
  const gzipStreamPattern = `\\.(${[...GZIP_STREAM_EXTENSIONS].map((extension) => extension.slice(1)).join('|')})`;
  const addHeaders = Object.entries(headers).map(
    ([name, value]) => `    add_header ${name} ${quoted(name, value)} always;`,
  );
  return `# Written by the build from src/lib/server-config.ts and src/lib/security-headers.ts: do not edit.
# Include inside nginx's http { } block; set root to where dist/ is deployed.

# Pagefind's files are gzip streams (GZIP_STREAM_EXTENSIONS): labelled so, the browser inflates them.
# The path is judged alone: a page's URL may hold "|" (/a.pagefind|x/ was labelled gzip twice).
map $uri $site_gzip_stream_vary {
    default "";
    ~*${gzipStreamPattern}$ "Accept-Encoding";
}
map "$site_gzip_stream_vary|$http_accept_encoding" $site_gzip_stream {
    default "";
    ~*^Accept-Encoding\\|.*gzip "gzip";
}

map $uri $site_cache_control {
    default "${REVALIDATE}";
${IMMUTABLE_PATHS.map((rule) => `    ${nginxPattern(rule)} "${IMMUTABLE}";`).join('\n')}
}

server {
    listen ${String(listen)};
    server_name ${serverName};
    root ${root};
    index index.html;
    server_tokens off;
    # A folder's address without its slash is redirected as a path: never to the request's Host, nginx's port or http.
    absolute_redirect off;
    charset utf-8;
    charset_types text/css text/plain text/xml text/markdown application/javascript application/json application/atom+xml image/svg+xml;

    # The build wrote a .gz (and .br) beside every text file: send those, never compress on the fly.
    gzip off;
    gzip_static on;
    gzip_vary on;
${brotli ? '    brotli_static on;' : '    # brotli_static on;  # with ngx_brotli loaded (Debian: apt install libnginx-mod-http-brotli-static)'}

${addHeaders.join('\n')}
    add_header Cache-Control $site_cache_control always;
    # Empty for every other file, and nginx sends no header with an empty value.
    add_header Content-Encoding $site_gzip_stream;
    add_header Vary $site_gzip_stream_vary;

    error_page 404 /404.html;

    location / {
        try_files $uri $uri/ =404;
    }

    # The host's own files (HOST_FILES) and their compressed copies, in any case; dot files but /.well-known/.
    location ~* ^/(${HOST_FILES.map(regexText).join('|')})(/|\\.(gz|br)$|$) {
        return 404;
    }
    location ~ /\\.(?!well-known/) {
        return 404;
    }

    # nginx's mime.types has no Markdown type.
    location ~ \\.md$ {
        types { }
        default_type "text/markdown; charset=utf-8";
        try_files $uri =404;
    }
}
`;
}

/** Cache rules as Caddy path patterns: `/x/*`, or `/x/*.y` (a `*` in the middle stays within one name). */
function caddyPattern({ prefix, suffix }: CachePath): string {
  return `${prefix}*${suffix ?? ''}`;
}

/** A Caddyfile serving the built site: precompressed files, the security headers, cache rules, the 404 page. */
export function caddyfile(options: ServerConfigOptions): string {
  const { root, headers, serverName = ':80' } = options;
  const patterns = IMMUTABLE_PATHS.map(caddyPattern).join(' ');
  const gzipStreamPaths = [...GZIP_STREAM_EXTENSIONS].map((extension) => `*${extension}`).join(' ');
  const headerLines = Object.entries(headers).map(([name, value]) => `\t\t${name} ${quoted(name, value)}`);
  return `# Written by the build from src/lib/server-config.ts and src/lib/security-headers.ts: do not edit.
# Set root to where dist/ is deployed and the site address to your host name.

(security_headers) {
\theader {
${headerLines.join('\n')}
\t\t-Server
\t}
}

${serverName} {
\troot * ${root}
\timport security_headers
\t@immutable path ${patterns}
\theader @immutable Cache-Control "${IMMUTABLE}"
\t@revalidate not path ${patterns}
\theader @revalidate Cache-Control "${REVALIDATE}"
\t@gzip_stream {
\t\tpath ${gzipStreamPaths}
\t\theader Accept-Encoding *gzip*
\t}
\theader @gzip_stream Content-Encoding gzip
\t@gzip_stream_file path ${gzipStreamPaths}
\theader @gzip_stream_file Vary Accept-Encoding
\t@markdown path *.md
\theader @markdown Content-Type "text/markdown; charset=utf-8"

\t# The host's own files (HOST_FILES) are not served.
\t@hostFiles path ${HOST_FILES.map((file) => `/${file} /${file}.* /${file}/*`).join(' ')}
\terror @hostFiles 404

\t# The build wrote a .br and .gz beside every text file: send those, never compress on the fly.
\tfile_server {
\t\tprecompressed br gzip
\t}

\thandle_errors {
\t\t@notFound expression {err.status_code} == 404
\t\thandle @notFound {
\t\t\trewrite * /404.html
\t\t\timport security_headers
\t\t\theader Cache-Control "${REVALIDATE}"
\t\t\tfile_server {
\t\t\t\tprecompressed br gzip
\t\t\t}
\t\t}
\t}
}
`;
}
