import type { ChildProcess } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { mkdir, mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import * as pagefind from 'pagefind';
import { buildVocabularyFile, indexedText, pageLanguage } from '../lib/post-build/vocabulary.ts';
import { VOCABULARY_FILE } from '../search/vocabulary.ts';
import type { BuildLog } from './finish.ts';
import { UNSEEN_SELECTORS } from '../lib/unseen.ts';

/** The vocabulary file's content for the given pages' HTML (the dev index; the build counts it in post-build). */
function vocabularyFile(pages: readonly string[]): string {
  return JSON.stringify(
    buildVocabularyFile(
      pages.map((html) => {
        const tree = fromHtml(html);
        return { text: indexedText(tree), lang: pageLanguage(tree) };
      }),
    ),
  );
}

/**
 * No forced language: Pagefind indexes each page in the language of its `<html lang>` (an index per
 * language; a `lang: ja-JP` page's words segmented as Japanese), and pagefind.js searches the index of the
 * page it runs on. What no reader sees is not indexed (UNSEEN_SELECTORS, src/lib/unseen.ts).
 */
export const INDEX_OPTIONS = { excludeSelectors: [...UNSEEN_SELECTORS] };

/**
 * What Pagefind writes beside its index that this site never loads: its three ready-made UIs and its web
 * worker (the search runs Pagefind on the main thread, `noWorker`; src/search/engine.ts). Removed after
 * indexing, so they are neither published nor precompressed (Brotli at its best quality took 0.8 s of
 * every build for them). The site loads `pagefind.js`, `pagefind-highlight.js` and the index.
 */
export const UNUSED_PAGEFIND_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-worker.js',
] as const;

/** Stops the build with Pagefind's own errors, naming the step that failed. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/** A Pagefind index, and how to wait for its answers. */
interface PagefindSession {
  index: pagefind.PagefindIndex;
  /** `reply` (a call of `index`), or an error naming `step` when Pagefind's process ends before it comes. */
  answer: <T>(step: string, reply: Promise<T>) => Promise<T>;
}

/**
 * Calls `start`, which starts Pagefind's process, and returns what it returns with a promise of how that
 * process ended (its exit code or signal) once it has. Node's `child_process` diagnostics channel hands
 * over each child as it is created, here within `start` (Pagefind's API spawns synchronously, on the first
 * call after `pagefind.close()`). Had the process been started before, `ended` never settles.
 */
function watchedStart<T>(start: () => T): { started: T; ended: Promise<string> } {
  let child: ChildProcess | undefined;
  const created = (message: unknown) => {
    child ??= (message as { process: ChildProcess }).process;
  };
  subscribe('child_process', created);
  let started: T;
  try {
    started = start();
  } finally {
    unsubscribe('child_process', created);
  }
  const ended = new Promise<string>((resolve) => {
    child?.once('exit', (code, signal) => {
      resolve(signal === null ? `exit code ${String(code)}` : `signal ${signal}`);
    });
  });
  return { started, ended };
}

/**
 * A fresh Pagefind index, or an error naming why there is none. Pagefind's API never settles a call its
 * process dies before answering (a Rust panic: a 34-character `<html lang>` did so): the build then waited
 * on nothing, and Node ended it with exit code 0 (in `astro build`) or 13 ("unsettled top-level await")
 * and no index. Each answer is therefore awaited with the process's end, which stops the build instead.
 */
async function createIndex(): Promise<PagefindSession> {
  const { started, ended } = watchedStart(() => pagefind.createIndex(INDEX_OPTIONS));
  const answer = <T>(step: string, reply: Promise<T>): Promise<T> =>
    Promise.race([
      reply,
      ended.then((how) => {
        throw new Error(
          `Pagefind could not ${step}: its process ended (${how}) without answering. Its own error, if it printed one, is above.`,
        );
      }),
    ]);
  const created = await answer('start', started);
  assertNoErrors('start', created.errors);
  if (!created.index) throw new Error('Pagefind could not start: it returned no index.');
  return { index: created.index, answer };
}

/** The site's pages as the dev server renders them, found by following its root-relative links from `/`. */
async function crawl(origin: string): Promise<{ url: string; content: string }[]> {
  const queue = ['/'];
  const seen = new Set(queue);
  const pages: { url: string; content: string }[] = [];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    const response = await fetch(new URL(path, origin));
    if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) continue;
    const content = await response.text();
    pages.push({ url: path, content });
    for (const [, href] of content.matchAll(/href="(\/[^"#?:]*\/)"/g)) {
      if (href && !seen.has(href)) {
        seen.add(href);
        queue.push(href);
      }
    }
  }
  return pages;
}

/** Builds the index of the pages the dev server renders, in memory: path under /pagefind/ → file. */
async function buildDevIndex(
  origin: string,
  logger: AstroIntegrationLogger,
): Promise<Map<string, Uint8Array>> {
  try {
    const { index, answer } = await createIndex();
    const pages = await crawl(origin);
    for (const page of pages) {
      const step = `index ${page.url}`;
      assertNoErrors(step, (await answer(step, index.addHTMLFile(page))).errors);
    }
    const { files, errors } = await answer('write its files', index.getFiles());
    assertNoErrors('write its files', errors);
    logger.info(`Indexed ${pages.length} dev pages for search`);
    const served = new Map(files.map((file) => [`/${file.path.replace(/^\/+/, '')}`, file.content]));
    served.set(
      `/${VOCABULARY_FILE}`,
      new TextEncoder().encode(vocabularyFile(pages.map((page) => page.content))),
    );
    return served;
  } finally {
    await pagefind.close();
  }
}

/**
 * Builds the Pagefind search index of the built site in `site` into its pagefind/ folder (a finishing
 * step of the build, after post-build: see finish.ts).
 */
export async function indexSite(site: string, log: BuildLog): Promise<void> {
  // A process of its own, watched from its start (createIndex).
  await pagefind.close();
  try {
    const { index, answer } = await createIndex();
    const added = await answer(`index ${site}`, index.addDirectory({ path: site }));
    assertNoErrors(`index ${site}`, added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${site}.`);
    // Written into a folder of its own, then moved into place: Pagefind's service never answers a write
    // it cannot make (a folder where one of its files goes), and the build would wait forever.
    const fresh = await mkdtemp(join(site, '.pagefind-'));
    const target = join(site, 'pagefind');
    try {
      const written = await answer('write its files', index.writeFiles({ outputPath: fresh }));
      assertNoErrors('write its files', written.errors);
      await Promise.all(UNUSED_PAGEFIND_FILES.map((file) => rm(join(fresh, file), { force: true })));
      // Beside what is there already (the search vocabulary, written by post-build).
      await mkdir(target, { recursive: true });
      for (const entry of await readdir(fresh)) {
        await rename(join(fresh, entry), join(target, entry)).catch((error: unknown) => {
          throw new Error(
            `Pagefind could not write ${join(target, entry)}: something else is there (${(error as Error).message}). Nothing but the search index may be written there.`,
            { cause: error },
          );
        });
      }
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
    log.info(`Indexed ${added.page_count} pages into ${target}`);
  } finally {
    await pagefind.close();
  }
}

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/**
 * The search in `astro dev`: serves /pagefind/ from an index of the rendered pages, rebuilt after an
 * edit. The build's index is `indexSite`.
 */
export function pagefindIndex(): AstroIntegration {
  let origin: string | undefined;
  let devIndex: Promise<Map<string, Uint8Array>> | undefined;
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:server:start': ({ address }: { address: AddressInfo }) => {
        const host = ['::', '0.0.0.0', '::1'].includes(address.address) ? 'localhost' : address.address;
        origin = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
      },
      'astro:server:setup': ({ server, logger }) => {
        // Any edit may change what is indexed: the next search rebuilds the index.
        server.watcher.on('all', (_event, file) => {
          if (/[\\/](content|src)[\\/]/.test(file)) devIndex = undefined;
        });
        server.middlewares.use('/pagefind/', (request, response, next) => {
          if (!origin) {
            next();
            return;
          }
          const path = (request.url ?? '/').split('?')[0] ?? '/';
          devIndex ??= buildDevIndex(origin, logger);
          devIndex.then(
            (files) => {
              const file = files.get(path);
              if (!file) {
                next();
                return;
              }
              const type = CONTENT_TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream';
              response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
              response.end(file);
            },
            (error: unknown) => {
              devIndex = undefined;
              logger.error(
                `Search index for dev failed: ${error instanceof Error ? error.message : String(error)}`,
              );
              next();
            },
          );
        });
      },
    },
  };
}
