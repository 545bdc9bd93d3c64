import { expect, test } from '../support/security-watch.ts';
import { UNKNOWN_PATH } from '../support/e2e-site.ts';

test('an unknown address answers 404 with the site’s page: search box and every page listed', async ({
  page,
}) => {
  const response = await page.goto(UNKNOWN_PATH);
  expect(response?.status()).toBe(404);
  expect(response?.headers()['content-type']).toContain('text/html');
  await expect(page).toHaveTitle(/Page not found/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('main')).toContainText(
    'There is no page at this address. If you typed it, check it is correct; if you followed a link, the page may have moved.',
  );
  await expect(page.getByRole('main')).toContainText('Search the site with the box at the top of the page');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();

  const sidebar = await page.getByRole('navigation', { name: 'Pages' }).getByRole('link').allTextContents();
  const listed = page.getByRole('main').getByRole('list').last().getByRole('link');
  await expect(listed).toHaveText(sidebar);
  await listed.filter({ hasText: 'Privacy' }).click();
  await expect(page).toHaveURL('/privacy/');
});

test('the 404 page is not a search result', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search' }).fill('typed');
  await expect(page.locator('#search-status')).toHaveText(/No results for “typed”/);
});
