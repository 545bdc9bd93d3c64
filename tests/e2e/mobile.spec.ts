import { expect, test } from '../support/security-watch.ts';
import { SITE_PAGES, UNKNOWN_PATH, VIEWPORTS } from '../support/e2e-site.ts';
import { pixelAt } from '../support/pixel.ts';

test.describe('on a phone', () => {
  test.use({ viewport: VIEWPORTS.mobile });

  test('the page list is behind a Menu button that discloses it and shows whether it is open; Esc closes it and returns focus', async ({
    page,
  }) => {
    await page.goto('/privacy/');
    const menu = page.getByRole('button', { name: 'Menu' });
    const pages = page.getByRole('navigation', { name: 'Pages' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    const controlled = await menu.getAttribute('aria-controls');
    expect(
      await page
        .locator(`#${controlled ?? 'missing'}`)
        .locator('nav')
        .getAttribute('aria-label'),
    ).toBe('Pages');
    await expect(pages).toBeHidden();
    // The top middle of the button's icon, pointer away (no hover): a bar of the folded list's three, no line of the open one's cross.
    const iconTop = async () => {
      await page.mouse.move(0, 0);
      const icon = await menu.locator('svg').boundingBox();
      return pixelAt(
        page,
        (icon?.x ?? 0) + (icon?.width ?? 0) / 2,
        (icon?.y ?? 0) + (icon?.height ?? 0) * 0.19,
      );
    };
    const closedLook = await iconTop();

    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(pages).toBeVisible();
    expect(await iconTop(), 'the open button looks as the closed one').not.toEqual(closedLook);
    await pages.getByRole('link', { name: 'Compliance' }).focus();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(pages).toBeHidden();
    await expect(menu).toBeFocused();
    expect(await iconTop()).toEqual(closedLook);

    await menu.click();
    await pages.getByRole('link', { name: 'Compliance' }).click();
    await expect(page).toHaveURL('/compliance/');
    await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
  });

  test('"On this page" is folded above the article and opens on demand', async ({ page }) => {
    await page.goto('/security/');
    await expect(page.getByRole('complementary', { name: 'Table of contents' })).toBeHidden();
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.getByRole('link', { name: 'Further reading' })).toBeHidden();
    const summary = toc.getByText('On this page');
    const heading = page.getByRole('heading', { name: 'Service-level security' });
    expect((await summary.boundingBox())?.y).toBeLessThan((await heading.boundingBox())?.y ?? 0);

    await summary.click();
    await toc.getByRole('link', { name: 'Further reading' }).click();
    await expect(page).toHaveURL('/security/#further-reading');
  });
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  // The narrowest phone, where both can break first: one walk through every page.
  test('no page scrolls sideways, menu open or not, and controls and navigation links are at least 24 by 24 px', async ({
    page,
  }) => {
    const width = () => page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    for (const path of [...SITE_PAGES, UNKNOWN_PATH]) {
      await page.goto(path);
      expect(await width(), path).toEqual([320, 320]);
      await page.getByRole('button', { name: 'Menu' }).click();
      expect(await width(), `${path}, menu open`).toEqual([320, 320]);
      const summary = page.locator('summary');
      if ((await summary.count()) > 0) await summary.click();
      const targets = page.locator('button, input, select, summary, nav a, .heading-anchor');
      const small = await targets.evaluateAll((elements) =>
        elements
          .map((element) => ({ element, box: element.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
          .map(({ element, box }) => `${element.outerHTML.slice(0, 80)}: ${box.width}x${box.height}`),
      );
      expect(small, `${path}: targets under 24 by 24 px`).toEqual([]);
    }
  });
});

test('on a laptop the page list and "On this page" are always shown, without a Menu button', async ({
  page,
}) => {
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.goto('/security/');
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Pages' })).toBeVisible();
  const aside = page.getByRole('complementary', { name: 'Table of contents' });
  await expect(aside.getByRole('link', { name: 'Further reading' })).toBeVisible();
  await expect(page.locator('summary', { hasText: 'On this page' })).toBeHidden();
});
