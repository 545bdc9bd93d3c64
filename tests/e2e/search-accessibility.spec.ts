import { axeViolations as violations } from '../support/axe.ts';
import { VIEWPORTS } from '../support/e2e-site.ts';
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

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    test(`axe finds nothing with search open, results and filters showing (${colorScheme}, ${size})`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      await page.getByRole('searchbox', { name: 'Search' }).fill('trust');
      await expect(
        page.getByRole('group', { name: 'Filter by section' }).getByRole('button').first(),
      ).toBeVisible();
      await page
        .getByRole('group', { name: 'Filter by section' })
        .getByRole('button', { name: /^Privacy/ })
        .click();
      await expect(page.locator('#search-status')).toHaveText(/in Privacy/);
      expect(await violations(page)).toEqual([]);
    });
  }

  test(`axe finds nothing on the search page with results and with none (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/search/?q=security');
    await expect(
      page
        .getByRole('list', { name: /results/i })
        .getByRole('link')
        .first(),
    ).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('searchbox', { name: 'Search' }).fill('kubernetes');
    await expect(page.locator('#search-status')).toHaveText('No results for “kubernetes”.');
    expect(await violations(page)).toEqual([]);
  });
}

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
