/**
 * A site of other-language pages (tests/support/language-site.ts, built once per process for the four
 * tests/build/search-*.test.ts files), served and searched in Chromium from its own search box, as a reader
 * searches it.
 */
import type { AddressInfo } from 'node:net';
import { after } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright';
import { closeSite, serveSite } from '../../scripts/serve.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

/** One Chromium for a test file's searches, started at the first and closed after the file's tests. */
let browser: Promise<Browser> | undefined;
after(async () => {
  await (await browser)?.close();
});

/**
 * Runs `use` on a tab of Chromium (a context of its own, as a new reader's) with `dist` served at `base`;
 * closes both whatever happens.
 */
export async function inBrowser(
  dist: string,
  use: (tab: Page, base: string) => Promise<void>,
): Promise<void> {
  const server = await serveSite(dist, 0);
  browser ??= chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const context = await (await browser).newContext();
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
