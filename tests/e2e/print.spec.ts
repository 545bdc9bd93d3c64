import { expect, test } from '../support/security-watch.ts';

test('a printed page has the article, its date and the credit, without navigation, and spells out external links', async ({
  page,
}) => {
  await page.goto('/security/');
  await page.emulateMedia({ media: 'print' });

  for (const hidden of [
    page.getByRole('banner'),
    page.getByRole('search'),
    page.getByRole('combobox', { name: 'Theme' }),
    page.getByRole('button', { name: 'Menu' }),
    page.getByRole('navigation', { name: 'Pages' }),
    page.getByRole('navigation', { name: 'Breadcrumb' }),
    page.getByRole('navigation', { name: 'Previous and next page' }),
    page.getByRole('complementary', { name: 'Table of contents' }),
    page.getByRole('link', { name: 'Skip to main content' }),
  ]) {
    await expect(hidden).toBeHidden();
  }
  await expect(page.locator('nav:visible')).toHaveCount(0);

  await expect(page.getByRole('heading', { level: 1, name: 'Security' })).toBeVisible();
  await expect(page.getByText('Last updated May 31, 2024')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('licensed under');

  const link = page.getByRole('main').getByRole('link', { name: 'Microsoft Trust Center - Security' });
  const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
  expect(after).toContain('https://www.microsoft.com/security');

  await page.emulateMedia({ media: 'screen' });
  expect(await link.evaluate((element) => getComputedStyle(element, '::after').content)).toBe('none');
});

test('the printed Links page writes each URL once, under its link', async ({ page }) => {
  await page.goto('/links/');
  await page.emulateMedia({ media: 'print' });
  const link = page.getByRole('main').getByRole('link', { name: 'Microsoft Trust Center - Security' });
  expect(await link.evaluate((element) => getComputedStyle(element, '::after').content)).toBe('none');
  await expect(link.locator('xpath=..').getByText('https://www.microsoft.com/security')).toBeVisible();
});
