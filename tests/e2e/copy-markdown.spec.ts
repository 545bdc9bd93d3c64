/** "Copy page as Markdown": a keyboard reaches it, it puts the page's Markdown on the clipboard and says so. */
import { expect, test } from '../support/security-watch.ts';
import { tabTo } from '../support/e2e-site.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('the button copies the page’s Markdown and announces it', async ({ page }) => {
  await page.goto('/privacy/');
  const button = page.getByRole('button', { name: 'Copy page as Markdown' });
  await tabTo(page, button);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText(
    'Copied the page as Markdown.',
  );

  const expected = await (await page.request.get('/privacy/index.md')).text();
  expect(expected).toMatch(/^# Privacy\n/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
});

test('each page copies its own Markdown, and links it for readers without JavaScript', async ({ page }) => {
  await page.goto('/security/');
  await page.getByRole('button', { name: 'Copy page as Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^# Security\n/);
  expect(copied).toContain('Defense in-depth.');

  const link = page.getByRole('link', { name: 'Markdown', exact: true });
  await expect(link).toHaveAttribute('href', '/security/index.md');
  await expect(page.locator('link[rel="alternate"][type="text/markdown"]')).toHaveAttribute(
    'href',
    '/security/index.md',
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the button that cannot work is hidden; the Markdown link stays', async ({ page }) => {
    await page.goto('/privacy/');
    await expect(page.getByRole('button', { name: 'Copy page as Markdown' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Markdown', exact: true })).toBeVisible();
  });
});
