import type { Page } from '@playwright/test';
import { expect, test } from '../support/security-watch.ts';

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search' });
const resultsList = (page: Page) => page.getByRole('list', { name: /results/i });
/** The title link of each page result, in order. */
const resultTitles = (page: Page) => resultsList(page).locator('.search-result-title');

test('typing "trust center" lists the pages that mention it, with marked excerpts, and a result opens its page', async ({
  page,
}) => {
  await page.goto('/');
  await searchBox(page).click();
  await searchBox(page).pressSequentially('trust center');

  await expect(resultTitles(page).filter({ hasText: /^Compliance$/ })).toHaveCount(1);
  await expect(resultTitles(page).filter({ hasText: /^Privacy$/ })).toHaveCount(1);
  const privacy = resultsList(page).getByRole('link', { name: 'Privacy', exact: true });
  await expect(privacy).toHaveAttribute('href', /^\/privacy\/\?/);
  await expect(resultsList(page).locator('.search-excerpt mark').first()).toHaveText(/trust|center/i);
  await expect(page.locator('#search-status')).toHaveText(/^\d+ results? for “trust center”\.$/);

  await resultsList(page).getByRole('link', { name: 'Compliance', exact: true }).click();
  await expect(page).toHaveURL(/\/compliance\/\?highlight=trust&highlight=center$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compliance');
  await expect(page.locator('article mark.pagefind-highlight').first()).toHaveText(/Trust/);
});

test('a heading sub-result opens its page at that heading, scrolled to it, with the words highlighted', async ({
  page,
}) => {
  await page.setViewportSize({ width: 900, height: 420 });
  await page.goto('/privacy/');
  await searchBox(page).fill('best practices');
  const heading = resultsList(page)
    .locator('.search-headings')
    .getByRole('link', { name: 'Service-level security' });
  await expect(heading).toHaveAttribute(
    'href',
    '/security/?highlight=best&highlight=practices#service-level-security',
  );
  const further = resultsList(page)
    .locator('.search-headings')
    .getByRole('link', { name: 'Further reading' });
  await further.click();

  await expect(page).toHaveURL('/security/?highlight=best&highlight=practices#further-reading');
  await expect(page.locator('#further-reading')).toBeInViewport();
  const marks = page.locator('article mark.pagefind-highlight');
  await expect(marks.first()).toBeVisible();
  expect(await marks.allTextContents()).toEqual(expect.arrayContaining(['best', 'practices']));
  // Only the article is highlighted: the header and the table of contents are left alone.
  await expect(page.locator('header mark, nav mark, footer mark')).toHaveCount(0);
});

test('the highlight script is fetched only when the URL asks for a highlight', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/security/#further-reading');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  await expect(page.locator('mark')).toHaveCount(0);
});

test('arrow keys move through results and headings, Enter opens the focused one', async ({ page }) => {
  await page.goto('/');
  await searchBox(page).click();
  await page.keyboard.type('security');
  await expect(resultsList(page).locator('.search-headings a').first()).toBeVisible();

  const links = resultsList(page).getByRole('link');
  const names = await links.allTextContents();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const target = await links.nth(1).getAttribute('href');
  expect(names[1]).toBeTruthy();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(target ?? '');
});

test('Enter in the box opens the first result', async ({ page }) => {
  await page.goto('/');
  await searchBox(page).fill('compliance');
  const first = resultTitles(page).first();
  await expect(first).toBeVisible();
  const href = await first.getAttribute('href');
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL(href ?? '');
});

test('a section filter narrows the results and shows a count for each section', async ({ page }) => {
  await page.goto('/');
  await searchBox(page).fill('trust');
  const filters = page.getByRole('group', { name: 'Filter by section' });
  const privacy = filters.getByRole('button', { name: /^Privacy \(\d+\)$/ });
  await expect(privacy).toHaveAttribute('aria-pressed', 'false');
  await expect(filters.getByRole('button', { name: 'Security (1)' })).toBeVisible();
  const before = await resultTitles(page).count();
  expect(before).toBeGreaterThan(1);

  await privacy.click();
  await expect(privacy).toHaveAttribute('aria-pressed', 'true');
  await expect(resultTitles(page)).toHaveText(['Privacy']);
  await expect(page.locator('#search-status')).toHaveText('1 result for “trust” in Privacy.');

  await privacy.click();
  await expect(resultTitles(page)).toHaveCount(before);
});

test('a search for a word on no page says so, with the query, and suggests the section pages', async ({
  page,
}) => {
  await page.goto('/privacy/');
  await searchBox(page).fill('kubernetes');
  await expect(page.locator('#search-status')).toHaveText('No results for “kubernetes”.');
  const panel = page.locator('#search-panel');
  await expect(panel.getByText('No results for “kubernetes”.')).toBeVisible();
  const sections: [string, string][] = [
    ['Security', '/security/'],
    ['Privacy', '/privacy/'],
    ['Compliance', '/compliance/'],
    ['Related resources', '/related-resources/'],
  ];
  for (const [name, href] of sections) {
    await expect(panel.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
  }
});

test('words only in the footer find nothing', async ({ page }) => {
  await page.goto('/');
  // Only the footer says these; tests/build/search-index.test.ts checks the whole index.
  for (const query of ['affiliated', 'endorsed', 'creative commons']) {
    await searchBox(page).fill(query);
    await expect(page.locator('#search-status')).toHaveText(`No results for “${query}”.`);
  }
});

test('what the panel hides stays hidden: no "see all" link, filters or message without a reason', async ({
  page,
}) => {
  await page.goto('/');
  await searchBox(page).fill('kubernetes');
  await expect(page.locator('#search-status')).toHaveText('No results for “kubernetes”.');
  await expect(page.locator('#search-panel').getByRole('link', { name: /See all/ })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Filter by section' })).toBeHidden();
  await searchBox(page).fill('privacy');
  await expect(page.locator('#search-panel').getByText('Try a section page:')).toBeHidden();
});

test('a landing page without a heading in the URL brings the first highlighted word into view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 900, height: 360 });
  await page.goto('/security/?highlight=configuration');
  const mark = page.locator('article mark.pagefind-highlight').first();
  await expect(mark).toHaveText('configuration');
  await expect(mark).toBeInViewport();
});

test("a page's title finds that page, not also the overview for listing it among the sections", async ({
  page,
}) => {
  await page.goto('/');
  await searchBox(page).click();
  await searchBox(page).pressSequentially('related resources');
  await expect(resultTitles(page).first()).toHaveText('Related resources');
  await expect(page.locator('#search-status')).toHaveText(/^\d+ results? for “related resources”\.$/);
  await expect(resultTitles(page).filter({ hasText: /^Security, privacy, and compliance/ })).toHaveCount(0);
});
