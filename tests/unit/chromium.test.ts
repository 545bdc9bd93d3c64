import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findChromium } from '../support/chromium.ts';

const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);
const bundled = () => '/home/me/.cache/ms-playwright/chromium/chrome';

test('CHROMIUM_PATH wins when set', () => {
  assert.equal(
    findChromium({ CHROMIUM_PATH: '/opt/c' }, only('/opt/c', '/usr/bin/chromium'), bundled),
    '/opt/c',
  );
});

test('CHROMIUM_PATH pointing nowhere is an error, not a silent fallback', () => {
  assert.throws(
    () => findChromium({ CHROMIUM_PATH: '/nope' }, only('/usr/bin/chromium'), bundled),
    /CHROMIUM_PATH is set to \/nope/,
  );
});

test("Debian's chromium comes before Playwright's own", () => {
  assert.equal(findChromium({}, only('/usr/bin/chromium', bundled()), bundled), '/usr/bin/chromium');
});

test("Playwright's own browser is the fallback", () => {
  assert.equal(findChromium({}, only(bundled()), bundled), bundled());
});

test('no browser at all says how to install one', () => {
  assert.throws(() => findChromium({}, only(), bundled), /apt-get install chromium/);
});
