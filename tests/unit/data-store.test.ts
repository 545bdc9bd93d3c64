import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  checkStoreRead,
  DATA_STORE_FILE,
  DATA_STORE_MODULE,
  dataStoreFromDiskPlugin,
  dataStoreModule,
  rendersFromDisk,
} from '../../src/integrations/data-store.ts';
// Astro's own names for the module and the file: not exported by the package, so read from its file.
import {
  DATA_STORE_FILE as ASTRO_DATA_STORE_FILE,
  RESOLVED_DATA_STORE_VIRTUAL_ID,
} from '../../node_modules/astro/dist/content/consts.js';
import { tempDir } from '../support/temp-dir.ts';

/** The value of the module `code`, run as the built pages run it. */
async function valueOf(code: string): Promise<unknown> {
  const file = join(tempDir('store-module-'), 'store.mjs');
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

describe('the content store kept out of the bundle', () => {
  test("replaces the module and reads the file Astro's content layer uses", () => {
    assert.equal(DATA_STORE_MODULE, RESOLVED_DATA_STORE_VIRTUAL_ID);
    assert.equal(DATA_STORE_FILE, ASTRO_DATA_STORE_FILE);
  });

  test("its module gives what Astro's gives: the file's JSON, or an empty store when the build finds no file", async () => {
    const dir = tempDir('store-');
    const flattened = [['Map', 1, 2], 'pages', { id: 'a', html: '<p>"quoted" \u2028 text</p>' }];
    writeFileSync(join(dir, 'data-store.json'), JSON.stringify(flattened));
    assert.deepEqual(await valueOf(dataStoreModule(join(dir, 'data-store.json'))), flattened);
    assert.deepEqual(await valueOf(dataStoreModule(join(dir, 'missing.json'))), new Map());
    const odd = join(dir, 'it\'s "odd"');
    writeFileSync(odd, '[1]');
    assert.deepEqual(await valueOf(dataStoreModule(odd)), [1], 'any path is written as a string literal');
  });

  test('a store that cannot be read when the pages render fails the build, not renders no page', async () => {
    const dir = tempDir('store-broken-');
    const file = join(dir, 'data-store.json');
    writeFileSync(file, '[["Map"');
    await assert.rejects(valueOf(dataStoreModule(file)), SyntaxError);
    assert.throws(
      () => {
        checkStoreRead(file);
      },
      new RegExp(
        `The pages rendered without Astro's content store: ${file.replace(/[.]/g, '\\.')} could not be read \\(.*JSON.*\\)\\. .*Build again\\.`,
      ),
    );
    // Gone with the file between bundling and rendering: the same.
    const code = dataStoreModule(join(dir, 'gone.json'), true);
    await assert.rejects(valueOf(code), /ENOENT/);
    assert.throws(() => {
      checkStoreRead(file);
    }, /ENOENT/);
    assert.doesNotThrow(() => {
      checkStoreRead(file);
    }, 'reported once');
  });

  test('loads only that module, only in a build, and only when enabled', () => {
    const loads: string[] = [];
    let enabled = true;
    const file = join(tempDir('store-plugin-'), 'data-store.json');
    writeFileSync(file, '[]');
    const plugin = dataStoreFromDiskPlugin(
      file,
      () => enabled,
      () => loads.push('loaded'),
    );
    assert.equal(plugin.apply, 'build');
    const load = plugin.load as { order: string; handler: (id: string) => string | undefined };
    assert.equal(load.order, 'pre', "before Astro's own plugin");
    assert.equal(load.handler('/src/pages/index.astro'), undefined);
    assert.ok(load.handler(DATA_STORE_MODULE)?.includes(`readFileSync(${JSON.stringify(file)}`));
    enabled = false;
    assert.equal(load.handler(DATA_STORE_MODULE), undefined);
    assert.deepEqual(loads, ['loaded']);
  });

  test('is on for a static build with no adapter and the one-file store; off otherwise', () => {
    type Config = Parameters<typeof rendersFromDisk>[0];
    const build = (changes: Record<string, unknown>) =>
      rendersFromDisk({
        output: 'static',
        adapter: undefined,
        experimental: { collectionStorage: 'single-file' },
        ...changes,
      } as Config);
    assert.equal(build({}), true);
    assert.equal(build({ output: 'server' }), false);
    assert.equal(build({ adapter: { name: '@astrojs/node' } }), false);
    assert.equal(build({ experimental: { collectionStorage: 'chunked' } }), false);
    assert.equal(
      build({ experimental: { collectionStorage: 'single-file', incrementalBuild: true } }),
      false,
    );
  });
});
