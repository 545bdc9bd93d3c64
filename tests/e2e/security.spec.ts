/** Every page and the search journey run under the strict CSP without a violation, a third party or a cookie. */
import { DIST } from '../support/built-site.ts';
import { listDistPages } from '../support/dist-pages.ts';
import { searchFrom } from '../support/search.ts';
import { expect, test } from '../support/security-watch.ts';

// The watch (tests/support/security-watch.ts) gathers what every page did and fails the test on any of it.
test('every page loads under the CSP with no violation, no other origin and no cookie', async ({ page }) => {
  for (const path of listDistPages(DIST)) {
    await page.goto(path);
    await expect(page.locator('meta[http-equiv="content-security-policy"]'), path).toHaveCount(1);
    // Search loads Pagefind (module, WebAssembly, worker) on first focus: that must pass the CSP too.
    await page.getByRole('searchbox', { name: 'Search' }).focus();
    await page.waitForLoadState('networkidle');
  }
});

test('searching "trust center" and opening a result stays within the CSP and the site', async ({ page }) => {
  const results = await searchFrom(page, '/', 'trust center', 'Compliance');
  await results.getByRole('link', { name: 'Compliance' }).click();
  await expect(page).toHaveURL(/\/compliance\/\?highlight=trust&highlight=center$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compliance');
});
