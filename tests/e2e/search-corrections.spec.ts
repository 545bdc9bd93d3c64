/** What search does for a slip of the keyboard, a question, an excerpt and a touch screen. */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/security-watch.ts';

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search' });
const resultTitles = (page: Page) => page.locator('[data-search-results] .search-result-title');

/** What a sighted reader sees of <main>: its text, less that of elements drawn in a box of a pixel or less. */
function shownInMain(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return '';
    const seen = (node: Node) => {
      for (let element = node.parentElement; element && element !== main; element = element.parentElement) {
        const box = element.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) return false;
      }
      return true;
    };
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (seen(node)) text += node.textContent ?? '';
    return text;
  });
}

test('a one-letter slip is corrected, said so, and "Search instead for" searches the words as typed', async ({
  page,
}) => {
  await page.goto('/');
  await searchBox(page).click();
  await searchBox(page).pressSequentially('complience');
  const correction = page.locator('.correction');
  await expect(correction).toHaveText('Showing results for compliance · Search instead for complience');
  await expect(resultTitles(page).filter({ hasText: /^Compliance$/ })).toHaveCount(1);
  await expect(page.locator('#search-status')).toHaveText(
    /^\d+ results? for “complience”\. Showing results for “compliance”\.$/,
  );

  await correction.getByRole('button', { name: 'Search instead for complience' }).click();
  await expect(page.locator('#search-status')).toHaveText('No results for “complience”.');
  await expect(correction).toBeHidden();
  await expect(searchBox(page)).toBeFocused();
});

test('on the search page a correction and a word left out are shown once, and the status says both', async ({
  page,
}) => {
  await page.goto('/search/?q=complience+kubernetes');
  const correction = page.locator('.correction');
  await expect(correction).toContainText('Showing results for compliance');
  await expect(correction).toContainText('No page has kubernetes: showing results without it.');
  await expect(page.locator('#search-status')).toHaveText(
    /^\d+ results? for “complience kubernetes”\. Showing results for “compliance kubernetes”\. No page has kubernetes: showing results without it\.$/,
  );
  const shown = await shownInMain(page);
  expect(shown.split('Showing results for').length - 1).toBe(1);
  expect(shown.split('No page has').length - 1).toBe(1);
});

test('on the search page a query with no result says so once, then suggests the section pages', async ({
  page,
}) => {
  await page.goto('/search/?q=kubernetes');
  await expect(page.locator('#search-status')).toHaveText('No results for “kubernetes”.');
  await expect(page.getByText('Try a section page:')).toBeVisible();
  expect((await shownInMain(page)).split('No results for').length - 1).toBe(1);
});

test('another form of a word the pages use is found as typed, not "corrected" to a word it is not', async ({
  page,
}) => {
  await page.goto('/');
  await searchBox(page).click();
  // The pages say "protect" and "protection"; Pagefind finds "protecting" by their stem.
  await searchBox(page).pressSequentially('protecting');
  await expect(resultTitles(page).first()).toBeVisible();
  await expect(page.locator('#search-status')).toHaveText(/^\d+ results? for “protecting”\.$/);
  await expect(page.locator('.correction')).toBeHidden();
});

test('a word no page holds is left out, and the reader is told', async ({ page }) => {
  await page.goto('/');
  await searchBox(page).fill('trust center kubernetes');
  await expect(resultTitles(page).first()).toBeVisible();
  await expect(page.locator('.correction')).toHaveText('No page has kubernetes: showing results without it.');
  await expect(page.locator('#search-status')).toHaveText(
    /^\d+ results? for “trust center kubernetes”\. No page has kubernetes: showing results without it\.$/,
  );
  await searchBox(page).fill('kubernetes');
  await expect(page.locator('#search-status')).toHaveText('No results for “kubernetes”.');
  await expect(page.locator('.correction')).toBeHidden();
});

test('a question finds pages by its words even when no page holds every word of it', async ({ page }) => {
  await page.goto('/');
  await searchBox(page).fill('how do I find the trust center for my tenant');
  await expect(resultTitles(page).first()).toBeVisible();
  await expect(page.locator('#search-status')).toHaveText(/^\d+ results? for/);
});

test('excerpts begin with the words of the page, not its title again', async ({ page }) => {
  await page.goto('/');
  await searchBox(page).fill('privacy');
  await expect(resultTitles(page).first()).toBeVisible();
  const results = await page.locator('[data-search-results] > li').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('.search-result-title')?.textContent.trim() ?? '',
      excerpt: item.querySelector('.search-excerpt')?.textContent.trim() ?? '',
    })),
  );
  expect(results.length).toBeGreaterThan(1);
  for (const { title, excerpt } of results) {
    expect(excerpt.length, `${title} has an excerpt`).toBeGreaterThan(0);
    expect(excerpt.toLowerCase().startsWith(title.toLowerCase()), `excerpt of ${title}: ${excerpt}`).toBe(
      false,
    );
  }
});

test('the "/" key hint shows where there is a keyboard', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('form[data-search] .hint')).toBeVisible();
});

test.describe('on a touch-only screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 1280, height: 800 } });

  test('the "/" key hint is not shown', async ({ page }) => {
    await page.goto('/');
    expect(await page.evaluate(() => matchMedia('(hover: none) and (pointer: coarse)').matches)).toBe(true);
    await expect(searchBox(page)).toBeVisible();
    await expect(page.locator('form[data-search] .hint')).toBeHidden();
  });
});
