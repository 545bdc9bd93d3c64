import type { Page } from '@playwright/test';
import { expect, test } from '../support/security-watch.ts';

const html = (page: Page) => page.locator('html');
const themeMenu = (page: Page) => page.getByRole('combobox', { name: 'Theme' });
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(21, 24, 29)';

test('the stored theme is on the page before its first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/privacy/');
  await themeMenu(page).selectOption('dark');

  // Record the moment the theme lands on <html>: a blocking script in <head> sets it before the body is
  // parsed, so before anything can paint; a deferred or module script would set it after.
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const state = window as unknown as { themeSetAt?: unknown };
      state.themeSetAt ??= {
        theme: document.documentElement.dataset['theme'],
        bodyParsed: document.querySelector('body') !== null,
        paints: performance.getEntriesByType('paint').length,
      };
    });
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-theme'] });
  });
  await page.goto('/security/');
  const themeSetAt = await page.evaluate(() => (window as unknown as { themeSetAt?: unknown }).themeSetAt);
  expect(themeSetAt).toEqual({ theme: 'dark', bodyParsed: false, paints: 0 });
  await expect.poll(() => background(page)).toBe(DARK_BG);
});

test('the choice survives a reload and is kept in localStorage, not in a cookie', async ({
  page,
  context,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(themeMenu(page)).toHaveValue('system');
  await themeMenu(page).selectOption('dark');
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toBe(DARK_BG);

  await page.reload();
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await expect(themeMenu(page)).toHaveValue('dark');
  expect(await background(page)).toBe(DARK_BG);
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');

  await themeMenu(page).selectOption('light');
  await page.goto('/compliance/');
  await expect(html(page)).toHaveAttribute('data-theme', 'light');
  expect(await background(page)).toBe(LIGHT_BG);
});

test('"System" follows the system setting as it changes; a chosen theme does not', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/security/');
  await expect(html(page)).toHaveAttribute('data-theme', 'light');

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => background(page)).toBe(DARK_BG);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html(page)).toHaveAttribute('data-theme', 'light');

  await themeMenu(page).selectOption('light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await expect(html(page)).toHaveAttribute('data-theme', 'light');
  expect(await background(page)).toBe(LIGHT_BG);

  await themeMenu(page).selectOption('system');
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
});

test('the search box placeholder uses the muted text token in both themes', async ({ page }) => {
  for (const [scheme, muted] of [
    ['light', 'rgb(74, 83, 96)'],
    ['dark', 'rgb(170, 179, 191)'],
  ] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    const placeholder = await page
      .getByRole('searchbox', { name: 'Search' })
      .evaluate((input) => getComputedStyle(input, '::placeholder').color);
    expect(placeholder).toBe(muted);
  }
});
