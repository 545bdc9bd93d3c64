import { axeViolations as violations } from '../support/axe.ts';
import { VIEWPORTS } from '../support/e2e-site.ts';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/security-watch.ts';

test('the box is a searchbox named "Search", the results a list named with "results", the count in a polite live region', async ({
  page,
}) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search' });
  await expect(box).toBeVisible();
  await box.fill('privacy');
  await expect(page.getByRole('list', { name: /results/i })).toBeVisible();
  const status = page.locator('#search-status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toHaveText(/^\d+ results? for “privacy”\.$/);
});

/** Switches the colour scheme the way a reader's system does: the site follows it live, without a reload. */
async function useScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
}

// One search per journey, checked in each scheme and at each size in turn.
test('axe finds nothing with search open, results and filters showing, in light and dark, on desktop and phone', async ({
  page,
}) => {
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search' }).fill('trust');
  const filters = page.getByRole('group', { name: 'Filter by section' });
  await expect(filters.getByRole('button').first()).toBeVisible();
  await filters.getByRole('button', { name: /^Privacy/ }).click();
  await expect(page.locator('#search-status')).toHaveText(/in Privacy/);
  for (const [size, schemes] of [
    ['desktop', ['light', 'dark']],
    ['mobile', ['dark', 'light']],
  ] as const) {
    await page.setViewportSize(VIEWPORTS[size]);
    for (const colorScheme of schemes) {
      await useScheme(page, colorScheme);
      await expect(filters.getByRole('button', { name: /^Privacy/ })).toBeVisible();
      expect(await violations(page), `${size}, ${colorScheme}`).toEqual([]);
    }
  }
});

test('axe finds nothing on the search page with results and with none, in light and dark', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/search/?q=security');
  await expect(
    page
      .getByRole('list', { name: /results/i })
      .getByRole('link')
      .first(),
  ).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await useScheme(page, colorScheme);
    expect(await violations(page), `results, ${colorScheme}`).toEqual([]);
  }
  await page.getByRole('searchbox', { name: 'Search' }).fill('kubernetes');
  await expect(page.locator('#search-status')).toHaveText('No results for “kubernetes”.');
  for (const colorScheme of ['dark', 'light'] as const) {
    await useScheme(page, colorScheme);
    expect(await violations(page), `no results, ${colorScheme}`).toEqual([]);
  }
});

test('keyboard alone: open, type, filter, pick a heading result', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('reading');
  await expect(page.locator('#search-status')).toHaveText(/results? for “reading”/);
  const security = page
    .getByRole('group', { name: 'Filter by section' })
    .getByRole('button', { name: 'Security (1)' });
  await page.keyboard.press('Tab');
  await expect(security).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(security).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#search-status')).toHaveText('1 result for “reading” in Security.');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(
    page.getByRole('link', { name: 'Further reading' }).and(page.locator('.search-headings a')),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/security/?highlight=reading#further-reading');
});
