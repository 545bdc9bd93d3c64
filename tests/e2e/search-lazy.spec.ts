import type { Page } from '@playwright/test';
import { expect, test } from '../support/security-watch.ts';

/** Paths of every request the page makes from now on. */
function recordRequests(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}
const pagefindRequests = (paths: string[]) => paths.filter((path) => path.startsWith('/pagefind/'));

test('a page load fetches nothing of Pagefind nor the search UI; hovering the box fetches them', async ({
  page,
}) => {
  const paths = recordRequests(page);
  await page.goto('/privacy/');
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests(paths)).toEqual([]);
  expect(paths.filter((path) => path.includes('search-ui'))).toEqual([]);

  await page.getByRole('searchbox', { name: 'Search' }).hover();
  await expect.poll(() => pagefindRequests(paths)).toContain('/pagefind/pagefind.js');
});

for (const [intent, act] of [
  ['focus', (page: Page) => page.getByRole('searchbox', { name: 'Search' }).focus()],
  ['the / shortcut', (page: Page) => page.keyboard.press('/')],
] as const) {
  test(`${intent} is intent: Pagefind loads then, not before`, async ({ page }) => {
    const paths = recordRequests(page);
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(pagefindRequests(paths)).toEqual([]);
    await act(page);
    await expect.poll(() => pagefindRequests(paths)).toContain('/pagefind/pagefind.js');
  });
}

test('without an index (npm run dev) the box says how to get search', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search' }).fill('privacy');
  await expect(page.locator('#search-panel')).toContainText('npm run build');
  await expect(page.locator('#search-status')).toContainText('npm run build');
});
