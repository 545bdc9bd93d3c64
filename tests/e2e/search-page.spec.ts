import { expect, test } from '../support/security-watch.ts';

test('/search/?q= runs the query from the URL on a cold load', async ({ page }) => {
  await page.goto('/search/?q=trust+center');
  const box = page.getByRole('searchbox', { name: 'Search' });
  await expect(box).toHaveValue('trust center');
  const results = page.getByRole('list', { name: /results/i });
  await expect(results.locator('.search-result-title').filter({ hasText: /^Privacy$/ })).toBeVisible();
  await expect(page.locator('#search-status')).toHaveText(/^\d+ results? for “trust center”\.$/);
  await expect(page.locator('#search-status')).toBeVisible();
  // The page has one search box: the header's gives way to the page's own.
  await expect(page.getByRole('searchbox')).toHaveCount(1);
});

test('the URL follows what is typed without adding history entries', async ({ page }) => {
  await page.goto('/');
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: 'Search' });
  await expect(box).toBeFocused();
  const before = await page.evaluate(() => history.length);
  await page.keyboard.type('zero trust');
  await expect(page).toHaveURL('/search/?q=zero+trust');
  await expect(
    page
      .getByRole('list', { name: /results/i })
      .getByRole('link', { name: 'Related resources', exact: true }),
  ).toBeVisible();
  expect(await page.evaluate(() => history.length)).toBe(before);

  await page
    .getByRole('group', { name: 'Filter by section' })
    .getByRole('button', { name: /^Related resources/ })
    .click();
  await expect(page).toHaveURL('/search/?q=zero+trust&section=Related+resources');
  await box.fill('');
  await expect(page).toHaveURL('/search/');
  await page.goBack();
  await expect(page).toHaveURL('/');
});

test('a shared URL with a section opens with that section chosen', async ({ page }) => {
  await page.goto('/search/?q=trust&section=Privacy');
  const privacy = page
    .getByRole('group', { name: 'Filter by section' })
    .getByRole('button', { name: /^Privacy/ });
  await expect(privacy).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('list', { name: /results/i }).locator('.search-result-title')).toHaveText([
    'Privacy',
  ]);
});

test('the header search form goes to the search page for a query with no result to open', async ({
  page,
}) => {
  await page.goto('/privacy/');
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill('kubernetes');
  await expect(page.locator('#search-status')).toHaveText('No results for “kubernetes”.');
  await box.press('Enter');
  await expect(page).toHaveURL('/search/?q=kubernetes');
  await expect(page.locator('#search-status')).toHaveText('No results for “kubernetes”.');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // The <noscript> message itself is checked in tests/build/search-index.test.ts: Chromium with scripts
  // disabled by Playwright still parses <noscript> as if scripts ran, so it cannot show it here.
  test('the header box submits to the search page', async ({ page }) => {
    await page.goto('/privacy/');
    await page.getByRole('searchbox', { name: 'Search' }).fill('trust');
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
    await expect(page).toHaveURL('/search/?q=trust');
  });
});
