import { axeViolations as violations } from '../support/axe.ts';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/security-watch.ts';
import { SITE_PAGES, UNKNOWN_PATH, VIEWPORTS } from '../support/e2e-site.ts';

const PAGES = [...SITE_PAGES, UNKNOWN_PATH];
const SCHEMES = ['light', 'dark'] as const;

test('every page of the site is checked', () => {
  expect(PAGES).toEqual(
    expect.arrayContaining([
      '/',
      '/security/',
      '/privacy/',
      '/compliance/',
      '/related-resources/',
      '/accessibility/',
      UNKNOWN_PATH,
    ]),
  );
});

/** The phone layout with the menu and "On this page" open (what the closed phone layout shows is visible too). */
async function openPhoneMenu(page: Page): Promise<void> {
  await page.setViewportSize(VIEWPORTS.mobile);
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('navigation', { name: 'Pages' })).toBeVisible();
  const toc = page.locator('summary', { hasText: 'On this page' });
  if ((await toc.count()) > 0) await toc.click();
}

// Every page on desktop in both schemes, and on a phone with the menu open in dark. Colours come from the
// same tokens at every width, so the phone layout is checked in light too on one page with every phone control.
const PHONE_IN_BOTH = '/security/';

for (const path of PAGES) {
  test(`${path} on desktop in light and dark, and on a phone with the menu open, has no WCAG 2.2 AA or best-practice violations`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize(VIEWPORTS.desktop);
    await page.goto(path);
    for (const colorScheme of SCHEMES) {
      // "System" follows the setting as it changes, without a reload.
      await page.emulateMedia({ colorScheme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      expect(await violations(page), `desktop, ${colorScheme}`).toEqual([]);
    }
    await openPhoneMenu(page);
    expect(await violations(page), 'phone, menu open, dark').toEqual([]);
    if (path !== PHONE_IN_BOTH) return;
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await violations(page), 'phone, menu open, light').toEqual([]);
  });
}
