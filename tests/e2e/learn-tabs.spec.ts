/**
 * Learn's tabs across a page, as on Learn: a page shaped like MicrosoftDocs/sql-docs docs/linux
 * (tests/fixtures/learn-tabs/install.mdx: three tab sets with the ids ubuntu/rhel/sles, the last without
 * sles; a heading and an `<a id>` inside the second tab) built into a copy of the site and served on its own
 * port. A link to an anchor in a hidden tab shows that tab, `?tabs=<id>` chooses tabs, and tabs with the
 * same id switch together and are kept in the URL.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { serveOwnSite, type OwnSite } from '../support/own-site.ts';

/** The fixture site's address (its server's port is the system's) and its page of tab sets. */
let BASE = '';
let PAGE = '';

let site: OwnSite | undefined;

// One server for the file.
test.describe.configure({ mode: 'serial' });
// Without smooth scrolling, a target is in view once and for all, not while scrolling past it.
test.use({ reducedMotion: 'reduce' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  site = await serveOwnSite();
  BASE = site.origin;
  PAGE = `${BASE}/linux/install/`;
});

test.afterAll(async () => {
  await site?.close();
});

/** The tablist of the page's tab set `index` (0: the first). */
const tablist = (page: Page, index: number) => page.getByRole('tablist').nth(index);

/** The label of the selected tab in each tab set, in page order. */
async function selectedTabs(page: Page): Promise<string[]> {
  const sets = await page.getByRole('tablist').all();
  return Promise.all(sets.map((set) => set.getByRole('tab', { selected: true }).innerText()));
}

const UBUNTU = 'Ubuntu';
const RHEL = 'Red Hat Enterprise Linux';
const SLES = 'SUSE Linux Enterprise Server';

test('opened at an anchor inside a hidden tab, the page shows that tab and scrolls to the anchor', async ({
  page,
}) => {
  await page.goto(`${PAGE}#check-the-red-hat-packages`);
  const heading = page.getByRole('heading', { name: 'Check the Red Hat packages' });
  await expect(heading).toBeVisible();
  await expect(heading).toBeInViewport();
  await expect(tablist(page, 1).getByRole('tab', { name: RHEL })).toHaveAttribute('aria-selected', 'true');

  await page.goto(`${PAGE}#rhel-repository`);
  await expect(page.getByText('Add the Red Hat repository first')).toBeInViewport();
});

test('"On this page", an in-page link and a changed fragment show the tab holding their target', async ({
  page,
}) => {
  await page.goto(PAGE);
  const heading = page.getByRole('heading', { name: 'Check the Red Hat packages' });
  await expect(heading).toBeHidden();

  await page
    .getByRole('navigation', { name: 'On this page' })
    .getByRole('link', { name: 'Check the Red Hat packages' })
    .click();
  await expect(heading).toBeInViewport();
  await expect(page).toHaveURL(/#check-the-red-hat-packages$/);

  // Tab labels name panels, not sections: "On this page" leaves them out. A link to a label's own
  // anchor still lands with the tabs in view, that tab chosen.
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link', { name: RHEL })).toHaveCount(0);
  await expect(toc.getByRole('link', { name: UBUNTU })).toHaveCount(0);
  await tablist(page, 1).getByRole('tab', { name: UBUNTU }).click();
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    location.hash = '#tabset-2-tab-2';
  });
  await expect(tablist(page, 1)).toBeInViewport({ ratio: 1 });
  await expect(tablist(page, 1).getByRole('tab', { name: RHEL })).toHaveAttribute('aria-selected', 'true');

  await tablist(page, 1).getByRole('tab', { name: UBUNTU }).click();
  await page.getByRole('link', { name: 'the Red Hat repository' }).click();
  await expect(page.getByText('Add the Red Hat repository first')).toBeInViewport();

  await tablist(page, 1).getByRole('tab', { name: SLES }).click();
  await page.evaluate(() => {
    location.hash = '#check-the-red-hat-packages';
  });
  await expect(heading).toBeInViewport();
});

test('?tabs=<id> chooses that tab in every set that has one', async ({ page }) => {
  await page.goto(`${PAGE}?tabs=rhel`);
  await expect.poll(() => selectedTabs(page)).toEqual([RHEL, RHEL, RHEL]);
  // The last set has no sles: it keeps its first tab. Learn's ids are matched without case.
  await page.goto(`${PAGE}?tabs=SLES`);
  await expect.poll(() => selectedTabs(page)).toEqual([SLES, SLES, UBUNTU]);

  // A fragment that is no anchor at all (a malformed %-escape) leaves the chosen tabs be.
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${PAGE}?tabs=rhel#%E0%A4%A`);
  await expect.poll(() => selectedTabs(page)).toEqual([RHEL, RHEL, RHEL]);
  expect(errors).toEqual([]);
});

test('choosing a tab chooses it in every set, keeps it in the URL and keeps the tabs in place', async ({
  page,
}) => {
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(BASE)) elsewhere.push(request.url());
  });
  await page.goto(PAGE);
  await expect.poll(() => selectedTabs(page)).toEqual([UBUNTU, UBUNTU, UBUNTU]);

  // The first set's Red Hat panel is longer: the third set's tabs stay under the pointer all the same.
  const last = tablist(page, 2);
  await last.scrollIntoViewIfNeeded();
  const before = await last.boundingBox();
  await last.getByRole('tab', { name: RHEL }).click();
  await expect.poll(() => selectedTabs(page)).toEqual([RHEL, RHEL, RHEL]);
  const after = await last.boundingBox();
  expect(Math.abs((after?.y ?? 0) - (before?.y ?? 0))).toBeLessThan(2);
  await expect(page).toHaveURL(`${PAGE}?tabs=rhel`);

  // The keys choose as the pointer does; a set without the tab keeps its own.
  await tablist(page, 1).getByRole('tab', { name: RHEL }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tablist(page, 1).getByRole('tab', { name: SLES })).toBeFocused();
  await expect.poll(() => selectedTabs(page)).toEqual([SLES, SLES, RHEL]);
  await expect(page).toHaveURL(`${PAGE}?tabs=sles`);

  await page.reload();
  await expect.poll(() => selectedTabs(page)).toEqual([SLES, SLES, UBUNTU]);
  expect(elsewhere).toEqual([]);
});

test('two tabs of one set sharing an id each show their own panel', async ({ page }) => {
  await page.goto(`${BASE}/linux/portal/`);
  const tabs = page.getByRole('tablist').getByRole('tab');
  await tabs.nth(1).click();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Open the Microsoft Defender portal.')).toBeVisible();
  await expect(page.getByText('Open the Microsoft 365 admin center.')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Open the standalone portal.')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.nth(1)).toBeFocused();
  await expect(page.getByText('Open the Microsoft Defender portal.')).toBeVisible();
});

test('on a right-to-left page, the left arrow goes to the next tab and the right arrow to the previous one', async ({
  page,
}) => {
  // WAI-ARIA's tabs pattern: the arrows follow the tabs as laid out, and right to left the next tab is on the left.
  await page.goto(`${BASE}/linux/rtl/`);
  const tabs = page.getByRole('tablist').getByRole('tab');
  const [first, second] = [await tabs.nth(0).boundingBox(), await tabs.nth(1).boundingBox()];
  expect((second?.x ?? 0) + (second?.width ?? 0)).toBeLessThanOrEqual((first?.x ?? 0) + 1);
  await tabs.nth(0).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.nth(1)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('النص الثاني.')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(2)).toBeFocused();
  await expect(page.getByText('النص الثالث.')).toBeVisible();
});

test('the page paints as the tabs script leaves it: nothing moves when the script runs', async ({ page }) => {
  /** Where the page's text sits: the first tab's words, the next tab set's title, the tabs themselves. */
  const layout = async () =>
    Promise.all(
      [
        page.getByText('Ubuntu is first'),
        page.getByRole('heading', { name: 'Install the packages' }),
        page.getByRole('tab', { name: RHEL }).first(),
      ].map(async (locator) => (await locator.boundingBox())?.y),
    );
  await page.goto(PAGE);
  await expect(page.locator('.learn-tabs-ready').first()).toBeAttached();
  const ran = await layout();

  // The same page before its tabs script has run (the script taken out of the HTML, with a parser).
  await page.route(PAGE, async (route) => {
    const response = await route.fetch();
    const tree: Root = fromHtml(await response.text());
    visit(tree, 'element', (element: Element, index, parent) => {
      if (element.tagName !== 'script' || !toString(element).includes('learn-tabs') || index === undefined)
        return undefined;
      parent?.children.splice(index, 1);
      return [SKIP, index];
    });
    await route.fulfill({ response, body: toHtml(tree) });
  });
  await page.goto(PAGE);
  await expect(page.locator('.learn-tabs-ready')).toHaveCount(0);
  await expect(page.getByRole('tab', { name: UBUNTU }).first()).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Red Hat Enterprise Linux takes the same steps')).toBeHidden();
  expect(await layout()).toEqual(ran);
});

test('dependent tabs follow the tab they depend on, keeping the version chosen; ?tabs= may name both', async ({
  page,
}) => {
  await page.goto(`${BASE}/linux/queue/`);
  expect(await selectedTabs(page)).toEqual(['In-process', 'Extension 5.x+ (In-process)']);
  await expect(page.getByText('Five, in-process.')).toBeVisible();

  await tablist(page, 1).getByRole('tab', { name: 'Extension 2.x+ (In-process)' }).click();
  await tablist(page, 0).getByRole('tab', { name: 'Isolated process' }).click();
  expect(await selectedTabs(page)).toEqual(['Isolated process', 'Extension 2.x+ (Isolated process)']);
  await expect(page.getByText('Two, isolated.')).toBeVisible();

  // A dependent tab is chosen by its own button, which names its condition; the set above stays as chosen.
  await tablist(page, 1).getByRole('tab', { name: 'Extension 5.x+ (In-process)' }).click();
  expect(await selectedTabs(page)).toEqual(['Isolated process', 'Extension 5.x+ (In-process)']);
  await expect(page.getByText('Five, in-process.')).toBeVisible();
  await expect(page).toHaveURL(/\?tabs=extensionv5$/);

  await page.goto(`${BASE}/linux/queue/?tabs=isolated-process,extensionv2`);
  expect(await selectedTabs(page)).toEqual(['Isolated process', 'Extension 2.x+ (Isolated process)']);
});

test('a tab set the build did not make (forged in the HTML) is left alone, and the real sets keep working', async ({
  page,
}) => {
  // Red team round 4's page: forged sets without a button per panel, before the real ones. The build now
  // refuses their classes in content (remark-learn-tabs.ts); the script must not fail on them either.
  const forged = fromHtml(
    [
      '<div class="learn-tabs"><div role="tablist"></div><section role="tabpanel" class="learn-tab" data-tab="rhel" id="fake-panel" hidden>Forged hidden text</section><section data-tab="y">second</section></div>',
      '<div class="learn-tabs"></div>',
      '<div class="learn-tabs"><p>only one</p></div>',
      '<div class="learn-tabs"><div role="tablist"><button type="button">One</button><button type="button">Two</button></div><section class="learn-tab" data-tab="sles" hidden>Forged two</section></div>',
    ].join(''),
    { fragment: true },
  ).children;
  await page.route(
    (url) => url.pathname === new URL(PAGE).pathname,
    async (route) => {
      const response = await route.fetch();
      const tree: Root = fromHtml(await response.text());
      let done = false;
      visit(tree, 'element', (element: Element, index, parent) => {
        const classes = element.properties['className'];
        if (done || index === undefined || !Array.isArray(classes) || !classes.includes('learn-tabs'))
          return undefined;
        parent?.children.splice(index, 0, ...(forged as Element[]));
        done = true;
        return [SKIP, index + forged.length + 1];
      });
      await route.fulfill({ response, body: toHtml(tree) });
    },
  );
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const real = page.locator('.learn-tabs-ready > [role=tablist]');
  const selected = async () =>
    Promise.all((await real.all()).map((set) => set.getByRole('tab', { selected: true }).innerText()));

  await page.goto(PAGE);
  await expect(page.getByText('Forged hidden text')).toBeAttached();
  await expect(real).toHaveCount(3);
  // Those without a button per panel (the one of no panel and no button has nothing to run).
  await expect(page.locator('.learn-tabs:not(.learn-tabs-ready)')).toHaveCount(3);
  await expect.poll(selected).toEqual([UBUNTU, UBUNTU, UBUNTU]);

  await real.nth(2).getByRole('tab', { name: RHEL }).click();
  await expect.poll(selected).toEqual([RHEL, RHEL, RHEL]);
  await expect(page).toHaveURL(`${PAGE}?tabs=rhel`);
  await real.nth(1).getByRole('tab', { name: RHEL }).focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(selected).toEqual([SLES, SLES, RHEL]);

  // A fragment into a forged panel, and ?tabs= naming the forged sets' ids: the real sets choose, nothing throws.
  await page.goto(`${PAGE}?tabs=rhel#fake-panel`);
  await expect.poll(selected).toEqual([RHEL, RHEL, RHEL]);
  await expect(page.getByText('Forged hidden text')).toBeHidden();
  await page.evaluate(() => {
    location.hash = '#check-the-red-hat-packages';
  });
  await expect(page.getByRole('heading', { name: 'Check the Red Hat packages' })).toBeInViewport();
  expect(errors).toEqual([]);
});
