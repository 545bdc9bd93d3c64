import type { Page } from '@playwright/test';
import { expect, test } from '../support/security-watch.ts';
import { SITE_PAGES, UNKNOWN_PATH, VIEWPORTS } from '../support/e2e-site.ts';

const scrollBehavior = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);

test('reduced motion turns smooth scrolling and transitions off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/security/');
  expect(await scrollBehavior(page)).toBe('smooth');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await scrollBehavior(page)).toBe('auto');
  const moving = await page.locator('body *').evaluateAll(
    (elements) =>
      elements.filter((element) => {
        const style = getComputedStyle(element);
        return parseFloat(style.transitionDuration) > 0 || style.animationName !== 'none';
      }).length,
  );
  expect(moving).toBe(0);
});

test('in forced colours the current page and the focus stay visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/privacy/');
  const sidebar = page.getByRole('navigation', { name: 'Pages' });
  const marker = (name: string) =>
    sidebar.getByRole('link', { name, exact: true }).evaluate((link) => {
      const style = getComputedStyle(link);
      return {
        border: style.borderInlineStartColor,
        underline: style.textDecorationLine,
        page: getComputedStyle(document.body).backgroundColor,
      };
    });
  const current = await marker('Privacy');
  const other = await marker('Security');
  expect(current.border).not.toBe(other.border);
  expect(other.border, 'other links show no marker').toBe(other.page);
  expect(current.underline).toContain('underline');

  await page.keyboard.press('Tab');
  const ring = await page.locator(':focus').evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(ring).toBe('solid');
});

test('in forced colours every control keeps a visible edge: search box, theme menu, Menu button', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/privacy/');
  const controls = {
    'search box': page.getByRole('banner').getByRole('searchbox', { name: 'Search' }),
    'theme menu': page.getByRole('combobox', { name: /theme/i }),
    'Menu button': page.getByRole('button', { name: 'Menu' }),
  };
  for (const [name, control] of Object.entries(controls)) {
    await expect(control, name).toBeVisible();
    const edge = await control.evaluate((element) => {
      const style = getComputedStyle(element);
      return { style: style.borderTopStyle, width: parseFloat(style.borderTopWidth) };
    });
    expect(edge.style, `${name} border`).not.toBe('none');
    expect(edge.width, `${name} border width`).toBeGreaterThan(0);
  }
});

/** Visible text boxes of the page that overlap another one they are not part of. */
function overlaps(page: Page): Promise<string[]> {
  return page
    .locator('h1, h2, h3, p, li, summary, button, input, select, .site-name, label')
    .evaluateAll((elements) => {
      const boxes = elements
        .filter((element) => element.checkVisibility() && element.getBoundingClientRect().width > 1)
        .map((element) => ({ element, box: element.getBoundingClientRect() }));
      const found: string[] = [];
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
          const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          if (x > 1 && y > 1)
            found.push(
              `${a.element.tagName} "${a.element.textContent.slice(0, 30)}" / ${b.element.tagName} "${b.element.textContent.slice(0, 30)}"`,
            );
        }
      }
      return found;
    });
}

test.describe('with text zoomed to 200%', () => {
  test.beforeEach(async ({ page }) => {
    // The browser's own text size setting (Chrome: Settings > Appearance > Font size), doubled.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.enable');
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await page.setViewportSize(VIEWPORTS.desktop);
  });

  test('every page keeps its text apart and does not scroll sideways', async ({ page }) => {
    for (const path of [...SITE_PAGES, UNKNOWN_PATH]) {
      await page.goto(path);
      expect(await page.evaluate(() => getComputedStyle(document.body).fontSize), path).toBe('32px');
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
        `${path} does not scroll sideways`,
      ).toBe(true);
      expect(await overlaps(page), path).toEqual([]);
      await page.getByRole('button', { name: 'Menu' }).click();
      expect(await overlaps(page), `${path}, menu open`).toEqual([]);
    }
  });
});
