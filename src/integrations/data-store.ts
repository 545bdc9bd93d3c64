/**
 * Astro's data store (every page's front matter, rendered HTML and metadata: 103 MB at 10,000 synthetic
 * pages) kept out of the build's bundle. Astro gives Vite the store as one module,
 * `export default JSON.parse("…the whole store as a string…")`, so the bundler parses, holds and writes a
 * string the size of the store, and the pages then load it back from the bundle. At 10,000 pages that
 * took about 550 MB of the build's peak memory, outside the JavaScript heap.
 *
 * This integration gives the bundler, for that module, a line that reads the same file when the pages are
 * rendered: the store Astro wrote to its cache directory before bundling. That is only right where the
 * pages are rendered on the machine that built them: a static build (no adapter, no server output) with
 * Astro's one-file store. Anywhere else Astro's own module stands.
 */
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The module Astro's content runtime imports for the store (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** The store's file in Astro's cache directory (astro/dist/content/consts.js, DATA_STORE_FILE). */
export const DATA_STORE_FILE = 'data-store.json';

/** Whether pages of a build with `config` are rendered where the store was written, from one file. */
export function rendersFromDisk(config: Pick<AstroConfig, 'output' | 'adapter' | 'experimental'>): boolean {
  return (
    config.output === 'static' &&
    config.adapter === undefined &&
    config.experimental.collectionStorage === 'single-file'
  );
}

/**
 * The module's code: the store file parsed when the module runs, as Astro's module parses its string
 * (an empty store when there is no file, as Astro's is).
 */
export function dataStoreModule(file: string): string {
  const path = JSON.stringify(file);
  return [
    "import { existsSync, readFileSync } from 'node:fs';",
    `export default existsSync(${path}) ? JSON.parse(readFileSync(${path}, 'utf8')) : new Map();`,
  ].join('\n');
}

/**
 * The Vite plugin that loads the store module from `file` before Astro's plugin would, when `enabled()`
 * says so (asked at the load, after Astro has settled its config); `loaded()` is then told.
 */
export function dataStoreFromDiskPlugin(
  file: string,
  enabled: () => boolean = () => true,
  loaded: () => void = () => undefined,
): Plugin {
  return {
    name: 'data-store-from-disk',
    apply: 'build',
    load: {
      order: 'pre',
      handler: (id) => {
        if (id !== DATA_STORE_MODULE || !enabled()) return undefined;
        loaded();
        return dataStoreModule(file);
      },
    },
  };
}

/**
 * The integration: the plugin for `astro build`, on when the final config (an adapter is set only once
 * the config is done) renders the pages from disk.
 */
export function dataStoreFromDisk(): AstroIntegration {
  let fromDisk = false;
  return {
    name: 'data-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        const loaded = () => {
          logger.info('the content store is read from its file when pages render, not bundled');
        };
        updateConfig({ vite: { plugins: [dataStoreFromDiskPlugin(file, () => fromDisk, loaded)] } });
      },
      'astro:config:done': ({ config }) => {
        fromDisk = rendersFromDisk(config);
      },
    },
  };
}
