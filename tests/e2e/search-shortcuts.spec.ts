import { expect, test } from '../support/security-watch.ts';

const shortcuts = ['/', 'Control+k', 'Meta+k'];

for (const shortcut of shortcuts) {
  test(`${shortcut} focuses the search box from anywhere, Esc closes it and gives focus back`, async ({
    page,
  }) => {
    await page.goto('/security/');
    const sidebarLink = page
      .getByRole('navigation', { name: 'Pages' })
      .getByRole('link', { name: 'Privacy' });
    await sidebarLink.focus();
    await page.keyboard.press(shortcut);
    const box = page.getByRole('searchbox', { name: 'Search' });
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('');

    await page.keyboard.type('privacy');
    const results = page.getByRole('list', { name: /results/i });
    await expect(results.getByRole('link').first()).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(results).toBeHidden();
    await expect(sidebarLink).toBeFocused();
  });
}

test('Esc from a focused result also closes and returns focus; the box keeps its text for next time', async ({
  page,
}) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search' });
  await page.keyboard.press('/');
  await page.keyboard.type('security');
  const results = page.getByRole('list', { name: /results/i });
  await expect(results.getByRole('link').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(results.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(results).toBeHidden();
  await expect(box).not.toBeFocused();

  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('security');
  await expect(results.getByRole('link').first()).toBeVisible();
});

test('"/" typed in the search box is a character, not a shortcut', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.click();
  await page.keyboard.type('a/b');
  await expect(box).toHaveValue('a/b');
});
