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
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The module Astro's content runtime imports for the store (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** The store's file in Astro's cache directory (astro/dist/content/consts.js, DATA_STORE_FILE). */
export const DATA_STORE_FILE = 'data-store.json';

/** Where the module leaves the error of a failed read (Astro's runtime swallows it, and renders no pages). */
export const READ_FAILURE = '__dataStoreFromDiskFailure';

/**
 * Whether pages of a build with `config` are rendered where the store was written, from one file, and
 * Astro's incremental build (which tracks the module it bundles) is off.
 */
export function rendersFromDisk(config: Pick<AstroConfig, 'output' | 'adapter' | 'experimental'>): boolean {
  return (
    config.output === 'static' &&
    config.adapter === undefined &&
    config.experimental.collectionStorage === 'single-file' &&
    !config.experimental.incrementalBuild
  );
}

/**
 * The module's code for the store in `file`: parsed when the module runs, as Astro's module parses its
 * string; an empty store when there is no file as the build bundles, as Astro's is. A read that fails
 * is left in `globalThis[READ_FAILURE]` before it is thrown: Astro's runtime catches it and would render
 * no page, so the integration fails the build instead.
 */
export function dataStoreModule(file: string, exists = existsSync(file)): string {
  if (!exists) return 'export default new Map();';
  return [
    "import { readFileSync } from 'node:fs';",
    'let store;',
    `try { store = JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8')); }`,
    `catch (error) { globalThis[${JSON.stringify(READ_FAILURE)}] = error; throw error; }`,
    'export default store;',
  ].join('\n');
}

/**
 * The Vite plugin that loads the store module from `file` before Astro's plugin would, when `enabled()`
 * says so (asked at the load, once Astro has settled its config); `loaded()` is then told.
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

/** Fails the build when the module could not read the store (the pages rendered without it). */
export function checkStoreRead(file: string): void {
  const failure: unknown = Reflect.get(globalThis, READ_FAILURE);
  if (failure === undefined) return;
  Reflect.deleteProperty(globalThis, READ_FAILURE);
  throw new Error(
    `The pages rendered without Astro's content store: ${file} could not be read (${failure instanceof Error ? failure.message : 'an error'}). Was it removed or changed by another build of this project? Build again.`,
  );
}

/**
 * The integration: the plugin for `astro build`, on when the final config renders the pages from disk
 * (an adapter integration sets the adapter in its own astro:config:done).
 */
export function dataStoreFromDisk(): AstroIntegration {
  let fromDisk = false;
  let file = '';
  return {
    name: 'data-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build') return;
        file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        let told = false;
        const loaded = () => {
          if (!told) logger.info('the content store is read from its file when pages render, not bundled');
          told = true;
        };
        updateConfig({ vite: { plugins: [dataStoreFromDiskPlugin(file, () => fromDisk, loaded)] } });
      },
      'astro:config:done': ({ config }) => {
        fromDisk = rendersFromDisk(config);
      },
      'astro:build:done': () => {
        checkStoreRead(file);
      },
    },
  };
}
