/**
 * The modules a page loads only on the reader's intent, each imported by the URL of a chunk of its own, written
 * into the always-loaded script that loads it as a plain string. Vite would wrap an `import('./ui.ts')` in its
 * preload helper (about 0.9 KB gzipped that every page would run at load, for chunks with nothing to preload),
 * and writes `new URL('./x.js', import.meta.url)` as `new URL(`/_astro/x.js`, ``+import.meta.url).href`, about
 * 20 B gzipped more than the path alone: bytes every page runs at load (README "Performance").
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

interface LazyChunk {
  /** The always-loaded module that imports it. */
  loader: string;
  /** What the loader writes for the chunk's URL (declared there as a `const` string). */
  placeholder: string;
  /** The module loaded on intent. */
  module: string;
  /** Its chunk's name in dist/_astro/. */
  name: string;
}

const source = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

const LAZY_CHUNKS: readonly LazyChunk[] = [
  {
    loader: source('search/mount.ts'),
    placeholder: '__SEARCH_UI_URL__',
    module: source('search/ui.ts'),
    name: 'search-ui',
  },
  {
    loader: source('client/copy-buttons.ts'),
    placeholder: '__COPY_URL__',
    module: source('client/copy.js'),
    name: 'copy',
  },
];

/** Writes each loader's placeholder as its chunk's URL (in `astro dev`, the module's own URL). */
export function lazyChunks(): Plugin {
  return {
    name: 'lazy-chunks',
    transform(code, id) {
      let written = code;
      for (const chunk of LAZY_CHUNKS.filter(({ loader }) => loader === id)) {
        const url =
          this.environment.config.command === 'build'
            ? `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'chunk', id: chunk.module, name: chunk.name })}`
            : JSON.stringify(`/@fs${chunk.module}`);
        written = written.replaceAll(chunk.placeholder, url);
      }
      return written === code ? null : written;
    },
  };
}
