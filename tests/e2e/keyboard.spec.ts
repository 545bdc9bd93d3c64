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

test('every page is reached from the sidebar with the keyboard alone, in order, focus always visible', async ({
  page,
}) => {
  await page.goto('/');
  const sidebar = page.getByRole('navigation', { name: 'Pages' });
  const links = await sidebar
    .getByRole('link')
    .evaluateAll((anchors) =>
      anchors.map((a) => ({ label: a.textContent.trim(), href: a.getAttribute('href') })),
    );
  expect(links.length).toBeGreaterThanOrEqual(6);
  const nav = await sidebar.elementHandle();

  // Tab from the top of the page: every sidebar link takes focus in turn, with its ring showing.
  const reached: string[] = [];
  for (let presses = 0; presses < 80 && reached.length < links.length; presses++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((pages) => {
      const element = document.activeElement;
      if (!(element instanceof HTMLAnchorElement) || !pages?.contains(element)) return null;
      return { label: element.textContent.trim(), outline: getComputedStyle(element).outlineStyle };
    }, nav);
    if (!stop) continue;
    expect(stop.outline, `focus on ${stop.label} is visible`).toBe('solid');
    reached.push(stop.label);
  }
  expect(reached).toEqual(links.map((link) => link.label));

  // Enter opens the focused page (the last one reached), which the sidebar then marks as current.
  const last = links.at(-1);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(last?.href ?? '');
  await expect(sidebar.locator('[aria-current="page"]')).toHaveText(last?.label ?? '');
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

// Which page Next and Previous lead to on every page is page-structure.spec.ts; here, that keys alone follow them.
test('Next and Previous are followed with the keyboard alone', async ({ page }) => {
  await page.goto('/security/');
  const current = page.getByRole('navigation', { name: 'Pages' }).locator('[aria-current="page"]');
  const pager = page.getByRole('navigation', { name: 'Previous and next page' });
  const next = pager.getByRole('link', { name: /^Next/ });
  const nextHref = await next.getAttribute('href');
  const nextLabel = (await next.innerText()).replace(/^Next\s*/, '');

  await tabTo(page, next, { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(nextHref ?? '');
  await expect(current).toHaveText(nextLabel);

  await tabTo(page, pager.getByRole('link', { name: /^Previous/ }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/security/');
  await expect(current).toHaveText('Security');
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
