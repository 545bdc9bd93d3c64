import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findChromium } from '../support/chromium.ts';

const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);
const bundled = () => '/home/me/.cache/ms-playwright/chromium/chrome';
const shell = '/usr/bin/chromium-headless-shell';
const full = '/usr/bin/chromium';

test('CHROMIUM_PATH wins when set', () => {
  assert.equal(
    findChromium({
      env: { CHROMIUM_PATH: '/opt/c' },
      exists: only('/opt/c', shell, full),
      playwrightChromium: bundled,
    }),
    '/opt/c',
  );
});

test('CHROMIUM_PATH pointing nowhere is an error, not a silent fallback', () => {
  assert.throws(
    () => findChromium({ env: { CHROMIUM_PATH: '/nope' }, exists: only(full), playwrightChromium: bundled }),
    /CHROMIUM_PATH is set to \/nope/,
  );
});

test("tests take Debian's headless shell first, then its full chromium", () => {
  const both = only(shell, full, bundled());
  assert.equal(findChromium({ env: {}, exists: both, playwrightChromium: bundled }), shell);
  assert.equal(findChromium({ env: {}, exists: only(full, bundled()), playwrightChromium: bundled }), full);
});

test('measurements take the full chromium a reader runs, the shell only when it is all there is', () => {
  const measure = { purpose: 'measure', env: {}, playwrightChromium: bundled } as const;
  assert.equal(findChromium({ ...measure, exists: only(shell, full) }), full);
  assert.equal(findChromium({ ...measure, exists: only(shell) }), shell);
});

test("Playwright's own browser is the fallback", () => {
  assert.equal(findChromium({ env: {}, exists: only(bundled()), playwrightChromium: bundled }), bundled());
});

test('no browser at all says how to install one', () => {
  assert.throws(
    () => findChromium({ env: {}, exists: only(), playwrightChromium: bundled }),
    /apt-get install chromium-headless-shell/,
  );
});
