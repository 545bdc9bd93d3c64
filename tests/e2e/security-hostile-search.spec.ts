/** The search query is untrusted: hostile, huge or unusual text is shown as text and breaks nothing. */
import { MAX_QUERY_LENGTH } from '../../src/search/query.ts';
import { expect, test } from '../support/security-watch.ts';

const HOSTILE = ['<img src=x onerror=alert(1)>', '"><script>window.__pwned=1</script>'];

/** Types `query` into the search box and waits until the page has answered it (search reads its first MAX_QUERY_LENGTH characters). */
async function search(page: import('@playwright/test').Page, query: string): Promise<void> {
  await page.goto('/privacy/');
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill(query);
  await expect(box).toHaveValue(query);
  await expect(page.locator('body')).toContainText(query.slice(0, MAX_QUERY_LENGTH).trim());
}

for (const query of HOSTILE) {
  test(`the query ${query} is shown as text and never runs`, async ({ page, watch }) => {
    await search(page, query);
    expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
    await expect(
      page.locator('img[src="x"], body script:not([src]):not([type])').filter({ hasText: 'pwned' }),
    ).toHaveCount(0);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(watch.dialogs).toEqual([]);
  });
}

test('a 2,000-character query does not break the page', async ({ page }) => {
  const query = 'trust center '.repeat(154).slice(0, 2000);
  expect(query).toHaveLength(2000);
  await search(page, query);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
});

test('a query of emoji and right-to-left text is kept as typed', async ({ page }) => {
  const query = '🔒🛡️ خصوصية البيانات פרטיות 👩🏽‍💻';
  await search(page, query);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
});

/**
 * Whether `element` is drawn with an edge of its own on every side: a border the page's text is not, so its
 * words are seen as one piece, whatever marks they hold.
 */
function boxed(element: Element): boolean {
  const style = getComputedStyle(element);
  return ['Top', 'Right', 'Bottom', 'Left'].every(
    (side) =>
      style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
      Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0,
  );
}

test('a query from a URL is shown in a box of its own, which a quotation mark in it cannot close', async ({
  page,
}) => {
  // Red team 32: the closing mark ended the site's quotes, and the rest read as the site's own sentence.
  const query = 'zz” is not a page here. Your licence has expired: call 555-0100. “zz';
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  const status = page.locator('#search-status');
  await expect(status).toContainText(query);
  const words = status.getByText(query, { exact: true });
  expect(await words.evaluate(boxed)).toBe(true);
  expect(await status.evaluate(boxed)).toBe(false);

  // The header's drop-down says the same sentence under the box.
  await page.goto('/privacy/');
  await page.getByRole('searchbox', { name: 'Search' }).fill(query);
  const message = page.locator('#search-panel').getByText(query, { exact: true });
  await expect(message).toBeVisible();
  expect(await message.evaluate(boxed)).toBe(true);
});
