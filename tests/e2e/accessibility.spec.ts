import { axeViolations as violations } from '../support/axe.ts';
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

// Per page and scheme: the desktop layout, then the phone layout with the menu and "On this page" open
// (everything the closed phone layout shows is also visible open, so that state is covered too).
for (const path of PAGES) {
  for (const colorScheme of SCHEMES) {
    test(`${path} in ${colorScheme}, on desktop and on a phone with the menu open, has no WCAG 2.2 AA or best-practice violations`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize(VIEWPORTS.desktop);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      expect(await violations(page), 'desktop').toEqual([]);

      await page.setViewportSize(VIEWPORTS.mobile);
      await page.getByRole('button', { name: 'Menu' }).click();
      await expect(page.getByRole('navigation', { name: 'Pages' })).toBeVisible();
      const toc = page.locator('summary', { hasText: 'On this page' });
      if ((await toc.count()) > 0) await toc.click();
      expect(await violations(page), 'phone, menu open').toEqual([]);
    });
  }
}
