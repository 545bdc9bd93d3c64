/**
 * The real Learn corpus as built by tests/support/corpus-site.ts (cached: the build tests made it), served
 * on its own port: Learn's tabs work as WAI-ARIA tabs and read without JavaScript and in print; every page
 * is axe-clean with no CSP violation, and none scrolls sideways on a phone.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { basename } from 'node:path';
import { corpusArticles, serveCorpus } from '../support/corpus-site.ts';

const PORT = Number(process.env['E2E_PORT'] ?? 4391) + 50;
const BASE = `http://localhost:${PORT}`;
const TABS_PAGE = '/mdb-offboard-devices/';
/** Every article of the corpus, at its URL (tables, tabs, callouts, a video link, missing images, a FAQ…). */
const CORPUS_PAGES = corpusArticles().map((article) => `/${basename(article, '.md')}/`);

let stop: (() => void) | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  ({ stop } = await serveCorpus(PORT));
});

test.afterAll(() => {
  stop?.();
});

test('a tab set is a WAI-ARIA tablist: one panel shown, arrows and Home/End move between tabs', async ({
  page,
}) => {
  await page.goto(`${BASE}${TABS_PAGE}`);
  const tablist = page.getByRole('tablist').first();
  const tabs = tablist.getByRole('tab');
  await expect(tabs).toHaveText(['Windows 10 or 11', 'Mac', 'Servers', 'Mobile devices']);
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toHaveCount(1);
  await expect(page.getByRole('tabpanel')).toHaveAccessibleName('Windows 10 or 11');

  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(1)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toHaveAccessibleName('Mac');
  await page.keyboard.press('End');
  await expect(page.getByRole('tabpanel')).toHaveAccessibleName('Mobile devices');
  await page.keyboard.press('ArrowRight');
  await expect(tabs.first()).toBeFocused();
  await tabs.nth(2).click();
  await expect(page.getByRole('tabpanel')).toHaveAccessibleName('Servers');
});

test('without JavaScript every tab reads as a section with its heading, one after another', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${BASE}${TABS_PAGE}`);
  await expect(page.getByRole('tablist')).toHaveCount(0);
  for (const label of ['Windows 10 or 11', 'Mac', 'Servers', 'Mobile devices'])
    await expect(page.getByRole('heading', { name: label, exact: true }).first()).toBeVisible();
  await context.close();
});

test('printed, every panel of a tab set is on paper, each under its heading', async ({ page }) => {
  await page.goto(`${BASE}${TABS_PAGE}`);
  await expect(page.getByRole('tablist').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const label of ['Windows 10 or 11', 'Mac', 'Servers', 'Mobile devices'])
    await expect(page.getByRole('heading', { name: label, exact: true }).first()).toBeVisible();
  await expect(page.locator('.learn-tab[hidden]').first()).toBeVisible();
});

test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  // Real articles hold commands longer than a phone is wide: every page of the corpus, one walk.
  test('no page of the corpus scrolls sideways', async ({ page }) => {
    const wide: string[] = [];
    for (const path of CORPUS_PAGES) {
      await page.goto(`${BASE}${path}`);
      const [scroll, width] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      if (scroll !== width) wide.push(`${path}: ${scroll} px wide`);
    }
    expect(wide).toEqual([]);
  });
});

// One tab walks every page, as the check at 320 px does: with a test and a tab of their own for each page this
// file took 84 s of CPU, and 51 s so. Every page is still checked: the failure lists each page's violations.
test('every page of the corpus is axe-clean, with no CSP violation', async ({ page }) => {
  test.setTimeout(300_000);
  let path = '';
  const found: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) found.push(`${path}: ${message.text()}`);
  });
  for (path of CORPUS_PAGES) {
    await page.goto(`${BASE}${path}`, { waitUntil: 'load' });
    for (const violation of await axeViolations(page)) found.push(`${path}: ${violation}`);
  }
  expect(found).toEqual([]);
});
