/**
 * The real Learn corpus as built by tests/support/corpus-site.ts (cached: the build tests made it), served
 * by each browser worker that runs its tests, on a port the system gives: Learn's tabs work as WAI-ARIA tabs
 * and read without JavaScript and in print; every page is axe-clean with no CSP violation, and none scrolls
 * sideways on a phone. Its tables read as tables on a desktop and a phone: no cell breaks a word in the
 * middle ("Setti/ng"), and a table wider than the page scrolls in its own box, which the keyboard reaches,
 * never the page.
 */
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { axeViolations, preloadAxe } from '../support/axe.ts';
import { corpusArticles, corpusDist } from '../support/corpus-site.ts';
import { edgeColours, pixelAt } from '../support/pixel.ts';
import { closeSite, serveSite } from '../../scripts/serve.ts';

const TABS_PAGE = '/mdb-offboard-devices/';
/** Every article of the corpus, at its URL (tables, tabs, callouts, a video link, missing images, a FAQ…). */
const CORPUS_PAGES = corpusArticles().map((article) => `/${basename(article, '.md')}/`);
/** The axe walk is cut into this many tests, every SHARDS-th page each, so both workers share it. */
const SHARDS = 4;

/** `corpus`: the corpus site's address, served by each worker that runs a test of this file on a free port. */
const test = base.extend<object, { corpus: string }>({
  corpus: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern.
    async ({}, use) => {
      const server = await serveSite(await corpusDist(), 0);
      await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      await closeSite(server);
    },
    // The first use may build the corpus.
    { scope: 'worker', timeout: 600_000 },
  ],
});

test('a tab set is a WAI-ARIA tablist: one panel shown, arrows and Home/End move between tabs', async ({
  page,
  corpus,
}) => {
  await page.goto(`${corpus}${TABS_PAGE}`);
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
  // Tab goes on to the panel, then to a link the reader sees, none inside the label's visually hidden heading.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tabpanel')).toBeFocused();
  await page.keyboard.press('Tab');
  const shown = await page.evaluate(() => {
    for (let element = document.activeElement; element; element = element.parentElement)
      if (element.getBoundingClientRect().width <= 1) return false;
    return true;
  });
  expect(shown, 'the focus after the tab panel is in sight').toBe(true);

  // In forced colours (Windows High Contrast) the chosen tab alone has an edge, the others none.
  await page.emulateMedia({ forcedColors: 'active' });
  const edges = await tabs.evaluateAll((elements) =>
    elements.map((element) => {
      const style = getComputedStyle(element);
      const page = getComputedStyle(document.body).backgroundColor;
      return [style.borderBlockStartColor, style.borderBlockEndColor].some((color) => color !== page);
    }),
  );
  expect(edges).toEqual([false, false, true, false]);
});

test('without JavaScript every tab reads as a section with its heading, one after another', async ({
  browser,
  corpus,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${corpus}${TABS_PAGE}`);
  await expect(page.getByRole('tablist')).toHaveCount(0);
  for (const label of ['Windows 10 or 11', 'Mac', 'Servers', 'Mobile devices'])
    await expect(page.getByRole('heading', { name: label, exact: true }).first()).toBeVisible();
  await context.close();
});

test('printed, every panel of a tab set is on paper, each under its heading, and a link says where it goes once', async ({
  page,
  corpus,
}) => {
  await page.goto(`${corpus}${TABS_PAGE}`);
  await expect(page.getByRole('tablist').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const label of ['Windows 10 or 11', 'Mac', 'Servers', 'Mobile devices'])
    await expect(page.getByRole('heading', { name: label, exact: true }).first()).toBeVisible();
  await expect(page.locator('.learn-tab[hidden]').first()).toBeVisible();

  // A link written as its URL does not print it again after itself ("https://x (https://x)"); the others do.
  const printedAfter = (name: string) =>
    page
      .getByRole('main')
      .getByRole('link', { name })
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(await printedAfter('https://security.microsoft.com')).toBe('none');
  expect(await printedAfter('Uninstall')).toContain('https://learn.microsoft.com/en-us/defender-endpoint/');
});

test('a long "On this page" beside the article scrolls in its own box: its last entry is in reach mid-article', async ({
  page,
  corpus,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  // The corpus's longest list of sections, taller than the window.
  await page.goto(`${corpus}/mdb-onboard-devices/`);
  const toc = page.getByRole('complementary', { name: 'Table of contents' });
  await page.evaluate(() => {
    // At once: the site scrolls smoothly, and the place is read right after.
    window.scrollTo({ top: document.documentElement.scrollHeight / 3, behavior: 'instant' });
  });
  const scrolled = await page.evaluate(() => window.scrollY);
  const last = toc.getByRole('link').last();
  await last.evaluate((link) => {
    link.scrollIntoView({ block: 'nearest' });
  });
  expect(await page.evaluate(() => window.scrollY), 'the article stays where it was').toBe(scrolled);
  await expect(last).toBeInViewport();
});

test('in forced colours a code block keeps an edge, where its background is gone', async ({
  page,
  corpus,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  // Its detection test command runs past the block's right edge.
  await page.goto(`${corpus}/mdb-onboard-devices/`);
  const edges = await page.locator('main pre').evaluateAll((blocks) =>
    blocks.map((block) => {
      const style = getComputedStyle(block);
      const page = getComputedStyle(document.body).backgroundColor;
      return (
        style.borderTopStyle !== 'none' && style.borderTopColor !== page && style.backgroundColor === page
      );
    }),
  );
  expect(edges.length).toBeGreaterThan(0);
  expect(edges.every(Boolean), String(edges)).toBe(true);
});

test('a code block\'s bar names its language, and its "Copy" button copies the code and says so; without JavaScript only the name shows', async ({
  browser,
  corpus,
}) => {
  // Two JSON samples, the second inside a list item.
  const url = `${corpus}/mdb-streaming-api/`;
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(url);
  const blocks = page.locator('main pre');
  const buttons = page.getByRole('button', { name: 'Copy', exact: true });
  expect(await blocks.count()).toBeGreaterThan(1);
  await expect(buttons).toHaveCount(await blocks.count());
  await expect(page.locator('main .code-bar')).toHaveText(Array(await blocks.count()).fill('JSONCopy'));
  // Its name changes once used: found by the build's mark, not by "Copy".
  const used = page.locator('main .code-bar button').nth(1);
  await used.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveText('Copied the code.');
  await expect(used).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await blocks.nth(1).textContent());
  expect(copied).toContain('"tenantId"');
  await expect(used).toHaveText('Copy', { timeout: 5000 });
  await context.close();

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const still = await noScript.newPage();
  await still.goto(url);
  await expect(still.locator('main pre').first()).toBeVisible();
  await expect(still.getByRole('button', { name: 'Copy', exact: true })).toHaveCount(0);
  for (const bar of await still.locator('main .code-bar').all())
    await expect(bar).toHaveText('JSON', { useInnerText: true });
  await expect(still.locator('main .code-bar').first()).toBeVisible();
  await noScript.close();
});

test('a code block\'s "Copy" used again within its two seconds of "Copied" reads so two seconds from then', async ({
  browser,
  corpus,
}) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  // The page's timers on a clock the test moves: loaded as usual, then paused.
  await page.clock.install({ time: new Date('2026-01-01T08:00:00') });
  await page.goto(`${corpus}/mdb-streaming-api/`);
  await page.clock.pauseAt(new Date('2026-01-01T09:00:00'));
  const button = page.locator('main .code-bar button').first();
  await button.click();
  await expect(button).toHaveText('Copied');
  await page.clock.runFor(1500);
  await button.click();
  await page.clock.runFor(1000);
  await expect(button, '2.5 s after the first use, 1 s after the second').toHaveText('Copied');
  await page.clock.runFor(1100);
  await expect(button).toHaveText('Copy');
  await context.close();
});

test("on a phone the Links page's written-out URLs wrap between their parts, not inside a word", async ({
  page,
  corpus,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${corpus}/links/`);
  const broken = await page.locator('main .url code').evaluateAll((codes) =>
    codes.flatMap((code) => {
      // Each character of the URL, the top of the line it is drawn on, and whether a <wbr> is before it.
      const drawn: { char: string; top: number; allowed: boolean }[] = [];
      const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let at = 0; at < text.length; at++) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const top = Math.round(range.getBoundingClientRect().top);
          drawn.push({ char: text.charAt(at), top, allowed: at === 0 });
        }
      }
      const url = drawn.map(({ char }) => char).join('');
      return drawn.flatMap(({ char, top, allowed }, at) => {
        const before = drawn[at - 1];
        const inWord = before !== undefined && !allowed && /[\p{L}\p{N}]{2}/u.test(before.char + char);
        return inWord && top !== before.top ? [`${url.slice(0, at)}|${url.slice(at)}`] : [];
      });
    }),
  );
  expect(broken).toEqual([]);
});

/**
 * Headings of the page whose box does not fill its wrapper with the "#" link (`.heading`), which spaces every
 * level: an h4 keeping its own margins inside it stood twice as far from the text around it as an h3.
 */
function headingSpacingProblems(page: Page): Promise<string[]> {
  return page.locator('main .heading').evaluateAll((wrappers) =>
    wrappers.flatMap((wrapper) => {
      const heading = wrapper.querySelector(':scope > :is(h1, h2, h3, h4, h5, h6)');
      if (!heading?.checkVisibility()) return [];
      const outer = wrapper.getBoundingClientRect();
      const inner = heading.getBoundingClientRect();
      const gap = Math.round(inner.top - outer.top + (outer.bottom - inner.bottom));
      // Up to half a line comes of aligning the heading's baseline with its "#" link's.
      return gap > parseFloat(getComputedStyle(heading).fontSize) / 2
        ? [`${heading.tagName} "${heading.textContent}" has ${String(gap)} px around it`]
        : [];
    }),
  );
}

/**
 * What is wrong with the tables of the page as shown: a word of 12 letters or fewer (no URL, no command) broken
 * across lines in a cell, or a table wider than the page in a box the keyboard cannot reach; and how many
 * tables it has.
 */
function tableProblems(page: Page): Promise<{ count: number; problems: string[] }> {
  return page.locator('main table').evaluateAll((elements) => {
    const problems: string[] = [];
    for (const table of elements) {
      const box = table.parentElement;
      if (box?.scrollWidth !== box?.clientWidth && box?.tabIndex !== 0)
        problems.push('a table scrolls in a box the keyboard cannot reach');
      const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of (node.textContent ?? '').matchAll(/[\p{L}\p{N}]{2,12}/gu)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) problems.push(`"${word[0]}" broken across lines`);
        }
      }
    }
    return { count: elements.length, problems };
  });
}

/**
 * The breadcrumb's crumbs that start a line of their own (past its first) and the problems of those: a crumb whose
 * line begins with something before its name (the "›" between crumbs, which belongs at the end of the line above).
 */
function breadcrumbProblems(page: Page): Promise<{ wrapped: number; problems: string[] }> {
  return page.locator('nav[aria-label="Breadcrumb"] ol').evaluate((list) => {
    const start = (box: DOMRect) => (getComputedStyle(list).direction === 'rtl' ? -box.right : box.left);
    const lineStart = start(list.getBoundingClientRect());
    const crumbs = [...list.children];
    const starting = crumbs.filter(
      (crumb, at) =>
        at > 0 && crumb.getBoundingClientRect().top > (crumbs[at - 1]?.getBoundingClientRect().top ?? 0),
    );
    return {
      wrapped: starting.length,
      problems: starting.flatMap((crumb) => {
        const name = crumb.firstElementChild?.getBoundingClientRect();
        return name && Math.round(start(name) - lineStart) > 1
          ? [
              `the breadcrumb's line starting with "${crumb.textContent.trim()}" begins with something before it`,
            ]
          : [];
      }),
    };
  });
}

// One tab walks every page for each width: with a test and a tab of their own for each page this file took
// 84 s of CPU, and 51 s so. Every page is still checked: a failure lists each page's problems.
test.describe('at 320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  // Real articles hold commands longer than a phone is wide, and tables wider than it.
  test('no page of the corpus scrolls sideways, its tables keep their words whole, its headings their spacing, its breadcrumb lines start with a name', async ({
    page,
    corpus,
  }) => {
    test.setTimeout(120_000);
    const found: string[] = [];
    let tables = 0;
    let wrappedCrumbs = 0;
    for (const path of CORPUS_PAGES) {
      await page.goto(`${corpus}${path}`);
      const [scroll, width] = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        window.innerWidth,
      ]);
      if (scroll !== width) found.push(`${path}: ${scroll} px wide`);
      const { count, problems } = await tableProblems(page);
      tables += count;
      const crumbs = await breadcrumbProblems(page);
      wrappedCrumbs += crumbs.wrapped;
      found.push(
        ...[...problems, ...(await headingSpacingProblems(page)), ...crumbs.problems].map(
          (problem) => `${path}: ${problem}`,
        ),
      );
    }
    expect(tables, 'the corpus has tables to check').toBeGreaterThan(5);
    expect(wrappedCrumbs, 'the corpus has breadcrumbs over several lines').toBeGreaterThan(5);
    expect(found).toEqual([]);
  });

  test('a row of Learn tabs wider than the page stays one row that scrolls; the focused tab shows, outline and all', async ({
    page,
    corpus,
  }) => {
    await page.goto(`${corpus}${TABS_PAGE}`);
    const tabs = page.getByRole('tablist').first().getByRole('tab');
    const tops = await tabs.evaluateAll((elements) =>
      elements.map((element) => Math.round(element.getBoundingClientRect().top)),
    );
    expect(new Set(tops).size, 'rows of tabs').toBe(1);
    // Each tab the arrow keys reach, its box and its focus outline, is inside what the row shows.
    const shown = () =>
      page.evaluate(() => {
        const tab = document.activeElement;
        if (!tab) return false;
        const row = tab.parentElement?.getBoundingClientRect();
        const box = tab.getBoundingClientRect();
        const style = getComputedStyle(tab);
        const out = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
        return (
          row !== undefined &&
          style.outlineStyle !== 'none' &&
          box.left - out >= row.left &&
          box.right + out <= row.right &&
          box.top - out >= row.top &&
          box.bottom + out <= row.bottom
        );
      });
    await tabs.first().focus();
    for (const tab of await tabs.all()) {
      await expect(tab).toBeFocused();
      expect(await shown(), `${await tab.innerText()} and its outline in sight`).toBe(true);
      await page.keyboard.press('ArrowRight');
    }
  });

  test('a table wider than the page shows a shade at each side where more of it is out of sight', async ({
    page,
    corpus,
  }) => {
    await page.goto(`${corpus}/mdb-partners/`);
    const box = page.locator('.table-scroll').first();
    expect(await box.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeGreaterThan(40);
    await box.scrollIntoViewIfNeeded();
    const bounds = await box.boundingBox();
    if (!bounds) throw new Error('the table box is not shown');
    const background = await pixelAt(page, bounds.x + bounds.width / 2, bounds.y - 4);
    const atStart = await edgeColours(page, bounds);
    expect(atStart.start, 'nothing before the table').toEqual(background);
    expect(atStart.end, 'more of the table after the edge').not.toEqual(background);
    await box.evaluate((element) => {
      element.scrollTo({ left: element.scrollWidth, behavior: 'instant' });
    });
    const atEnd = await edgeColours(page, bounds);
    expect(atEnd.start, 'more of the table before the edge').not.toEqual(background);
    expect(atEnd.end, 'nothing after the table').toEqual(background);
  });
});

for (let shard = 0; shard < SHARDS; shard++) {
  const pages = CORPUS_PAGES.filter((_, index) => index % SHARDS === shard);
  test(`every page of the corpus is axe-clean, with no CSP violation, and its tables keep their words whole (${shard + 1} of ${SHARDS}: ${pages.length} pages)`, async ({
    page,
    corpus,
  }) => {
    test.setTimeout(300_000);
    await preloadAxe(page);
    let path = '';
    const found: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text()))
        found.push(`${path}: ${message.text()}`);
    });
    for (path of pages) {
      await page.goto(`${corpus}${path}`, { waitUntil: 'load' });
      for (const violation of await axeViolations(page)) found.push(`${path}: ${violation}`);
      for (const problem of (await tableProblems(page)).problems) found.push(`${path}: ${problem}`);
    }
    expect(found).toEqual([]);
  });
}
