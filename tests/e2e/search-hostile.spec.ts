import type { Page } from '@playwright/test';
import { expect, test } from '../support/security-watch.ts';

const HOSTILE = ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>'];

/** Fails the test on any dialog (alert) and collects page errors. */
function guard(page: Page): Error[] {
  const errors: Error[] = [];
  page.on('dialog', (dialog) => {
    errors.push(new Error(`a dialog opened: ${dialog.message()}`));
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error));
  return errors;
}

/** Elements the query could have injected. */
const injected = (page: Page) =>
  page.locator('#search-panel img, #search-panel script, #search-status *:not(bdi)');

for (const query of HOSTILE) {
  test(`typed, ${query} is shown as text`, async ({ page }) => {
    const errors = guard(page);
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search' }).fill(query);
    await expect(page.locator('#search-status')).toHaveText(`No results for “${query}”.`);
    await expect(page.locator('#search-panel').getByText(`No results for “${query}”.`)).toBeVisible();
    await expect(injected(page)).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test(`in /search/?q=, ${query} is shown as text`, async ({ page }) => {
    const errors = guard(page);
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(query);
    await expect(page.locator('#search-status')).toHaveText(`No results for “${query}”.`);
    await expect(injected(page)).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('a 2000-character query is cut, answered and keeps the page usable', async ({ page }) => {
  const errors = guard(page);
  const long = 'trust '.repeat(400).slice(0, 2000);
  await page.goto(`/search/?q=${encodeURIComponent(long)}`);
  await expect(page.locator('#search-status')).toHaveText(/results? for “trust trust/);
  // Nothing overflows the page sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search' }).fill('x'.repeat(2000));
  await expect(page.locator('#search-status')).toHaveText(/^No results for “x+”\.$/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(errors).toEqual([]);
});

test('emoji and right-to-left text are searched and echoed intact', async ({ page }) => {
  const errors = guard(page);
  await page.goto('/');
  for (const query of ['🔒 privacy', 'שלום עולם', 'خصوصية privacy']) {
    await page.getByRole('searchbox', { name: 'Search' }).fill(query);
    await expect(page.locator('#search-status bdi')).toHaveText(query);
  }
  await page.goto(`/search/?q=${encodeURIComponent('🔒 שלום')}`);
  await expect(page.locator('#search-status bdi')).toHaveText('🔒 שלום');
  expect(errors).toEqual([]);
});
