/**
 * A site of other-language pages (tests/support/language-site.ts, built once per process for the four
 * tests/build/search-*.test.ts files), or another built site (tests/build/import-folders.test.ts), served and
 * searched in Chromium from its own search box, as a reader searches it.
 */
import type { AddressInfo } from 'node:net';
import { after } from 'node:test';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright';
import { closeSite, serveSite } from '../../scripts/serve.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

/**
 * One Chromium for the tests of the process (node --test --test-isolation=none runs every file in one), started
 * at the first use and closed after the tests; a use after that starts another.
 */
let browser: Promise<Browser> | undefined;
after(async () => {
  const started = browser;
  browser = undefined;
  await (await started)?.close();
});

/** The process's one Chromium (see above): for a test that opens its own tabs, in a context it closes. */
export function sharedChromium(): Promise<Browser> {
  browser ??= chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  return browser;
}

/**
 * Runs `use` on a tab of Chromium (a context of its own, as a new reader's, with `options` such as its
 * viewport) with `dist` served at `base`; closes both whatever happens. Every test file of the process
 * shares the one Chromium.
 */
export async function inBrowser(
  dist: string,
  use: (tab: Page, base: string) => Promise<void>,
  options: BrowserContextOptions = {},
): Promise<void> {
  const server = await serveSite(dist, 0);
  const context = await (await sharedChromium()).newContext(options);
  try {
    await use(await context.newPage(), `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`);
  } finally {
    await context.close();
    await closeSite(server);
  }
}

/**
 * Types `query` into the search box of the page open in `tab`: the status sentence and the results'
 * titles once it has been searched (the status names the query as typed, case and all: `İyileştirici`'s is
 * not `iyileştirici`'s).
 */
export async function searchFor(tab: Page, query: string): Promise<{ status: string; titles: string[] }> {
  await tab.getByRole('searchbox', { name: 'Search' }).fill(query);
  const quoted = new RegExp(`“${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”`);
  await tab.locator('#search-status', { hasText: quoted }).waitFor({ timeout: 20_000 });
  return {
    status: ((await tab.locator('#search-status').textContent()) ?? '').trim(),
    titles: await tab.locator('#search-results .search-result-title').allTextContents(),
  };
}
