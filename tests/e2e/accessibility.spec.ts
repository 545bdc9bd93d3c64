import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/security-watch.ts';
import { SITE_PAGES, UNKNOWN_PATH, VIEWPORTS } from '../support/e2e-site.ts';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA, and axe's best practices (landmarks, heading order, skip link). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
const PAGES = [...SITE_PAGES, UNKNOWN_PATH];
const SCHEMES = ['light', 'dark'] as const;

/** axe's violations as one line each (rule, what it means, where), so a failure says what to fix. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.help}): ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

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

for (const colorScheme of SCHEMES) {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    test(`search results showing in ${colorScheme} on ${size} have no violations`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      await page.getByRole('searchbox', { name: 'Search' }).fill('privacy');
      await expect(page.getByRole('list', { name: /results/i })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
}
