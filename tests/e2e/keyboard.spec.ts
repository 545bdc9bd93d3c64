import { expect, test } from '../support/security-watch.ts';
import { tabTo, VIEWPORTS } from '../support/e2e-site.ts';

const focused = (page: import('@playwright/test').Page) => page.locator(':focus');

test('the first Tab shows a skip link that jumps past the header and page list', async ({ page }) => {
  await page.goto('/privacy/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const box = await skip.boundingBox();
  expect(box?.width).toBeGreaterThan(24);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/privacy/#main-content');
  await page.keyboard.press('Tab');
  await expect(focused(page)).toHaveText('Defender for Business: Trust');
  expect(await focused(page).evaluate((element) => element.closest('main') !== null)).toBe(true);
});

test('every page is reached from the sidebar with the keyboard alone, focus always visible', async ({
  page,
}) => {
  await page.goto('/');
  const sidebar = page.getByRole('navigation', { name: 'Pages' });
  const labels = await sidebar.getByRole('link').allTextContents();
  expect(labels.length).toBeGreaterThanOrEqual(6);
  for (const label of labels) {
    const link = sidebar.getByRole('link', { name: label, exact: true });
    const href = await link.getAttribute('href');
    await tabTo(page, link);
    const outline = await link.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline, `focus on ${label} is visible`).toBe('solid');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(href ?? '');
    await expect(sidebar.locator('[aria-current="page"]')).toHaveText(label);
  }
});

test('the mobile menu opens and closes with the keyboard', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.mobile);
  await page.goto('/security/');
  const menu = page.getByRole('button', { name: 'Menu' });
  await tabTo(page, menu);
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(focused(page)).toHaveText('Overview');
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();

  await page.keyboard.press('Space');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await tabTo(page, page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Privacy' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/privacy/');
});

test('the theme changes from the keyboard', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await tabTo(page, theme);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(theme).toHaveValue('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('Next walks every page in sidebar order and Previous walks back', async ({ page }) => {
  await page.goto('/');
  const labels = await page.getByRole('navigation', { name: 'Pages' }).getByRole('link').allTextContents();
  const pager = page.getByRole('navigation', { name: 'Previous and next page' });

  for (const label of labels.slice(1)) {
    await tabTo(page, pager.getByRole('link', { name: /^Next/ }), { backwards: true });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('navigation', { name: 'Pages' }).locator('[aria-current="page"]')).toHaveText(
      label,
    );
  }
  await expect(pager.getByRole('link', { name: /^Next/ })).toHaveCount(0);

  for (const label of labels.slice(0, -1).reverse()) {
    await tabTo(page, pager.getByRole('link', { name: /^Previous/ }), { backwards: true });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('navigation', { name: 'Pages' }).locator('[aria-current="page"]')).toHaveText(
      label,
    );
  }
  await expect(pager.getByRole('link', { name: /^Previous/ })).toHaveCount(0);
});

for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  test(`on ${size}, every stop of the Tab order shows a focus ring`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/security/');
    const menu = page.getByRole('button', { name: 'Menu' });
    if (await menu.isVisible()) await menu.click();
    await page.locator('body').focus();
    const seen: string[] = [];
    for (let presses = 0; presses < 80; presses++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        return {
          name: `${element.tagName} ${element.textContent.trim().slice(0, 30)}`,
          ring: style.outlineStyle === 'solid' && parseFloat(style.outlineWidth) >= 2,
          opaque: style.opacity === '1',
        };
      });
      // Out to the browser or back at the skip link: the whole page has been walked.
      if (!stop || (seen.length > 0 && stop.name === seen[0])) break;
      seen.push(stop.name);
      expect(stop, stop.name).toMatchObject({ ring: true, opaque: true });
    }
    expect(seen.length).toBeGreaterThan(15);
  });
}
