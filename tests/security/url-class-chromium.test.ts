/**
 * Re-derives the browser's reading of every URL case in real Chromium and checks it against the table the
 * classifier's unit test uses (tests/fixtures/security/url-cases.json). UPDATE_URL_CASES=1 rewrites it.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { SITE_ORIGIN } from '../../src/lib/url-class.ts';
import { sharedChromium } from '../support/search-site.ts';
import { URL_CASE_HREFS, URL_CASE_PAGES } from './url-cases.ts';

const FIXTURE = new URL('../fixtures/security/url-cases.json', import.meta.url);

/** One case: an href on a page, and the URL Chromium resolves it to (null when it throws). */
export interface UrlCase {
  href: string;
  page: string;
  browser: string | null;
}

test('Chromium reads every URL case as the recorded table says', async () => {
  const page = await (await sharedChromium()).newPage();
  try {
    const inputs = URL_CASE_PAGES.flatMap((path) => URL_CASE_HREFS.map((href) => ({ href, page: path })));
    const cases: UrlCase[] = await page.evaluate(
      ({ inputs, origin }) =>
        inputs.map(({ href, page }) => {
          try {
            return { href, page, browser: new URL(href, origin + page).href };
          } catch {
            return { href, page, browser: null };
          }
        }),
      { inputs, origin: SITE_ORIGIN },
    );
    if (process.env['UPDATE_URL_CASES'] === '1')
      writeFileSync(FIXTURE, `${JSON.stringify(cases, null, 2)}\n`);
    const recorded = JSON.parse(readFileSync(FIXTURE, 'utf8')) as UrlCase[];
    assert.deepEqual(cases, recorded);
  } finally {
    await page.close();
  }
});
