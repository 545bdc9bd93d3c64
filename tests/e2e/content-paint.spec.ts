/**
 * A page's content paints inside its own column (red team 15): an inline SVG with overflow="visible" and a
 * rect at x="-3000", or an SVG moved by transform=, covered the header, the sidebar and the page's title
 * with whatever it drew ("This site has moved"), as the style= the build refuses would. (A filter flooding a
 * region far outside its SVG was clipped by Chromium already; it stays as a guard.) The reader's clicks on
 * the site's own links reach them.
 */
import { expect, test } from '@playwright/test';
import { DIALOG_PAGE, OVERLAYS, serveOwnSite, type OwnSite } from '../support/own-site.ts';
import { pixelAt } from '../support/pixel.ts';

/** The fixture site's address: its server's port is the system's. */
let BASE = '';

let site: OwnSite | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  site = await serveOwnSite();
  BASE = site.origin;
});

test.afterAll(async () => {
  await site?.close();
});

for (const name of Object.keys(OVERLAYS)) {
  test(`an SVG that paints outside its box by ${name}= stays in the content column: the header, sidebar and title show`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${BASE}/${name}/`);
    await expect(page.getByRole('img', { name: 'Overlay' })).toBeAttached();
    for (const target of [
      page.getByRole('heading', { level: 1 }),
      page.locator('header a').first(),
      page.locator('nav a').first(),
    ]) {
      const box = await target.boundingBox();
      expect(box).not.toBeNull();
      if (!box) continue;
      // What a click at the element's centre reaches, as the reader would click it.
      const reached = await page.evaluate(
        ([x, y]) => {
          const element = document.elementFromPoint(x ?? 0, y ?? 0);
          return element?.closest('svg') ? 'the SVG' : (element?.tagName ?? 'nothing');
        },
        [box.x + box.width / 2, box.y + box.height / 2],
      );
      expect(reached, await target.evaluate((element) => element.outerHTML.slice(0, 80))).not.toBe('the SVG');
    }
    // Nor is it painted there: the page's top left corner (the header) keeps the site's background.
    expect(await pixelAt(page, 2, 2)).not.toEqual([204, 0, 0]);
  });

  // Red team 34: inside the column it covered the page's own text around it, which search and the Markdown copy
  // still hold (a <dialog open>, placed by the browser, covered the text after it with its box too).
  test(`an SVG that paints outside its box by ${name}= leaves the page's text around it in sight`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${BASE}/${name}/`);
    const content = page.locator('.content');
    for (const target of [content.getByText('Intro.'), content.getByRole('link', { name: 'Privacy' })]) {
      const box = await target.boundingBox();
      expect(box).not.toBeNull();
      const reached = await page.evaluate(
        ([x, y]) => {
          const element = document.elementFromPoint(x ?? 0, y ?? 0);
          return element?.closest('svg, dialog') ? 'the overlay' : (element?.tagName ?? 'nothing');
        },
        [(box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2],
      );
      expect(reached, await target.evaluate((element) => element.outerHTML.slice(0, 80))).not.toBe(
        'the overlay',
      );
    }
  });
}

test("a <dialog open> stands in the page's text, not over the text after it", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${BASE}/dialog-text/`);
  const dialog = await page.getByText(DIALOG_PAGE.notice).boundingBox();
  const after = await page.getByText(DIALOG_PAGE.after).boundingBox();
  expect(dialog).not.toBeNull();
  expect(after).not.toBeNull();
  // The browser placed it out of the flow (position: absolute), its box over the paragraph after it.
  expect((dialog?.y ?? 0) + (dialog?.height ?? 0)).toBeLessThanOrEqual(after?.y ?? 0);
});

/**
 * Text an inline SVG draws is in the page's text colour, whatever fill=, stroke= or opacity= it or its group has, in
 * the light and the dark theme (red team 35: "#eeeeee" text, SVG's default black and a group at opacity 0.1 were
 * unreadable on one background or the other; axe does not read SVG text's contrast).
 */
for (const scheme of ['light', 'dark'] as const)
  test(`an SVG's text is drawn in the page's text colour, fully opaque, in the ${scheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${BASE}/svg-text/`);
    const drawn = await page.evaluate(() => {
      const text = getComputedStyle(document.querySelector('.content p') ?? document.body).color;
      return [...document.querySelectorAll('.content svg text')].map((label) => {
        let opacity = 1;
        for (let node: Element | null = label; node && node.tagName !== 'svg'; node = node.parentElement)
          opacity *= Number(getComputedStyle(node).opacity);
        const svg = label.closest('svg');
        if (svg) opacity *= Number(getComputedStyle(svg).opacity);
        const style = getComputedStyle(label);
        return { label: label.textContent, sameColour: style.fill === text, stroke: style.stroke, opacity };
      });
    });
    expect(drawn).toEqual(
      ['Faint label', 'Black label', 'Stroked label'].map((label) => ({
        label,
        sameColour: true,
        stroke: 'none',
        opacity: 1,
      })),
    );
  });
