import { expect, test } from '@playwright/test';

test('typing "trust center" lists the pages that mention it, and a result opens its page', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.click();
  await box.pressSequentially('trust center');

  const results = page.getByRole('list', { name: /results/i });
  await expect(results.getByRole('link', { name: 'Privacy' })).toHaveAttribute('href', '/privacy/');
  await expect(results.getByRole('link', { name: 'Compliance' })).toHaveAttribute('href', '/compliance/');
  await expect(results.locator('mark').first()).toBeVisible();

  await results.getByRole('link', { name: 'Compliance' }).click();
  await expect(page).toHaveURL('/compliance/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compliance');
});

test('a search for a word on no page says so', async ({ page }) => {
  await page.goto('/privacy/');
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill('kubernetes');
  await expect(page.locator('#search-status')).toHaveText(/0 results for “kubernetes”/);
});
