/**
 * A picture wider than the page (a 1600 px chart, as Learn articles hold) shrinks to the measure, keeping
 * its shape, and a heading with a word longer than a phone is wide (a Windows constant, as support articles
 * write them) wraps: the page never scrolls sideways, on a desktop and on a phone.
 */
import { expect, test } from '@playwright/test';
import { edgeColours, pixelAt } from '../support/pixel.ts';
import { axeViolations } from '../support/axe.ts';
import { CODE_LINES, LONG_NAME, serveOwnSite, type OwnSite } from '../support/own-site.ts';

/** The fixture site's address (its server's port is the system's) and its wide page. */
let BASE = '';
let PAGE = '';
let site: OwnSite | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  site = await serveOwnSite();
  BASE = site.origin;
  PAGE = `${BASE}/wide/`;
});

test.afterAll(async () => {
  await site?.close();
});

for (const width of [1280, 390, 320]) {
  test(`at ${width} px, each picture fits the text column and keeps its shape; the page does not scroll sideways`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(PAGE);
    const column = await page.locator('article .content').boundingBox();
    for (const name of ['Latency over a day', 'The same chart, as a Learn image.']) {
      const picture = page.getByRole('img', { name });
      await expect(picture).toBeVisible();
      const box = await picture.boundingBox();
      expect(
        box && column && box.width <= column.width + 0.5,
        `${name}: ${box?.width} px in ${column?.width}`,
      ).toBe(true);
      expect(Math.abs((box?.width ?? 0) / (box?.height ?? 1) - 4)).toBeLessThan(0.05);
    }
    for (const name of ['About RT (NTDSCONN_OPT_RODC_TOPOLOGY, 0x00000040)', /^HKEY_LOCAL_MACHINE/]) {
      const box = await page.getByRole('heading', { name }).boundingBox();
      expect(
        box && column && box.x + box.width <= column.x + column.width + 0.5,
        `heading ${String(name)}: ${box?.x} + ${box?.width} px in ${column?.x} + ${column?.width}`,
      ).toBe(true);
    }
    const missing = await page.locator('article .image-missing').boundingBox();
    expect(
      missing && column && missing.x + missing.width <= column.x + column.width + 0.5,
      `the missing image's alt text: ${missing?.x} + ${missing?.width} px in ${column?.x} + ${column?.width}`,
    ).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // An external link's arrow stays on the line of the link's last word, and the comma after it too.
    const apart = await page.locator('article td a[href^="https:"]').evaluateAll((links) =>
      links.flatMap((link) => {
        const icon = link.querySelector('.external-icon')?.getBoundingClientRect();
        // The link's last text the reader sees (not the marker's hidden words).
        const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT, {
          acceptNode: (node) =>
            node.parentElement?.closest('.external-marker') || !node.textContent?.trim()
              ? NodeFilter.FILTER_REJECT
              : NodeFilter.FILTER_ACCEPT,
        });
        let text: Node | null = null;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) text = node;
        const next = link.nextSibling;
        if (!icon || !text?.textContent) return [`${link.textContent}: no icon or text`];
        const range = document.createRange();
        range.setStart(text, text.textContent.length - 1);
        range.setEnd(text, text.textContent.length);
        const last = range.getBoundingClientRect();
        const problems =
          Math.abs(icon.bottom - last.bottom) > last.height / 2
            ? [`${link.textContent}: arrow on its own line`]
            : [];
        if (next?.nodeType === Node.TEXT_NODE && next.textContent?.startsWith(',')) {
          range.setStart(next, 0);
          range.setEnd(next, 1);
          const comma = range.getBoundingClientRect();
          if (Math.abs(comma.bottom - icon.bottom) > last.height / 2)
            problems.push(`${link.textContent}: comma on the next line`);
        }
        return problems;
      }),
    );
    expect(apart).toEqual([]);
  });
}

for (const width of [1280, 390]) {
  test(`at ${width} px, a code block keeps each line on one line and scrolls sideways in its own box, by keyboard too; printed, it wraps`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(PAGE);
    const block = page.locator('article pre');
    // Each line of the output table is one line on screen: the block is as tall as its lines.
    const { lines, height, lineHeight, wider } = await block.evaluate((pre) => {
      const style = getComputedStyle(pre);
      const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
      return {
        lines: pre.textContent.replace(/\n$/, '').split('\n').length,
        height: pre.clientHeight - padding,
        lineHeight: parseFloat(style.lineHeight),
        wider: pre.scrollWidth > pre.clientWidth,
      };
    });
    expect(lines).toBe(CODE_LINES.length);
    expect(Math.round(height / lineHeight)).toBe(CODE_LINES.length);
    expect(wider, 'the 118-column table is wider than the column').toBe(true);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    // The keyboard reaches the block and scrolls it.
    await block.focus();
    await expect(block).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => block.evaluate((pre) => pre.scrollLeft)).toBeGreaterThan(0);
    // Paper cannot scroll: printed, every character is on the page.
    await page.emulateMedia({ media: 'print' });
    expect(await block.evaluate((pre) => pre.scrollWidth <= pre.clientWidth)).toBe(true);
  });
}

test("a code block's bar is mirrored on a right-to-left page; a block whose bar shows nothing, printed or without JavaScript, keeps its own box's top", async ({
  browser,
  page,
}) => {
  await page.goto(PAGE);
  /** How far a page's first bar holds its language's name from the bar's start and its "Copy" from its end. */
  const insets = () =>
    page
      .locator('article .code-bar')
      .first()
      .evaluate((bar) => {
        const [outer, name, copy] = [bar, bar.firstElementChild, bar.lastElementChild].map(
          (element) => element?.getBoundingClientRect() ?? new DOMRect(),
        ) as [DOMRect, DOMRect, DOMRect];
        const rtl = getComputedStyle(bar).direction === 'rtl';
        return {
          name: Math.round(rtl ? outer.right - name.right : name.left - outer.left),
          copy: Math.round(rtl ? copy.left - outer.left : outer.right - copy.right),
        };
      });
  const leftToRight = await insets();
  await page.goto(`${BASE}/linux/rtl/`);
  expect(await insets()).toEqual(leftToRight);
  expect(leftToRight.name).toBeGreaterThan(leftToRight.copy);

  // The block of no language's name: its text as far from its box's top as from its bottom, as any block's.
  const plain = async (view: typeof page) => {
    const block = view.locator('article pre', { hasText: 'Done.' });
    await expect(block).toBeVisible();
    return block.evaluate((pre) => {
      const [box, text] = [
        pre.getBoundingClientRect(),
        pre.querySelector('code')?.getBoundingClientRect() ?? new DOMRect(),
      ];
      return Math.round(text.top - box.top) - Math.round(box.bottom - text.bottom);
    });
  };
  await page.emulateMedia({ media: 'print' });
  expect(await plain(page)).toBe(0);
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const still = await noScript.newPage();
  await still.goto(`${BASE}/linux/rtl/`);
  expect(await plain(still)).toBe(0);
  await noScript.close();
});

for (const width of [1280, 320]) {
  test(`at ${width} px, a long word, a line HTML keeps whole (<nobr>, <listing>, right to left too) and quotes, lists, definitions and callouts nested 24 deep stay in the column, which clips: no text is out of sight`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${BASE}/unwrapped/`);
    const column = page.locator('article .content');
    await expect(column).toContainText('listingend');
    // Each line box of the column's text, as the reader's screen places it, lies where the column paints.
    const outside = await column.evaluate((content) => {
      const margin = parseFloat(getComputedStyle(content).overflowClipMargin) || 0;
      const box = content.getBoundingClientRect();
      const edge = { left: box.left - margin, right: box.right + margin };
      const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      const lines: string[] = [];
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        range.selectNodeContents(text);
        for (const line of range.getClientRects())
          if (line.width > 0 && (line.left < edge.left - 0.5 || line.right > edge.right + 0.5))
            lines.push(
              `${text.parentElement?.tagName ?? ''}: ${Math.round(line.left)} to ${Math.round(line.right)}`,
            );
      }
      return { lines, edge: `${Math.round(edge.left)} to ${Math.round(edge.right)}` };
    });
    expect(outside.lines, `text outside the column (${outside.edge})`).toEqual([]);
  });
}

test('at 390 px, a table wider than the phone gives its description cells a width to read at', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto(PAGE);
  // The Parameters section's (the note after it holds the same table).
  const table = page.locator('article table', { hasText: 'SummarizeParameters' }).first();
  const widths = await table
    .locator('td:last-child')
    .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().width));
  expect(widths).toHaveLength(2);
  // 16rem: about 35 characters a line, where the column shrank to its longest word (about 120 px).
  for (const width of widths) expect(width).toBeGreaterThanOrEqual(250);
  // The short cells keep their own width: the Required column is not widened.
  const required = await table
    .locator('td:nth-child(3)')
    .first()
    .evaluate((cell) => cell.getBoundingClientRect().width);
  expect(required).toBeLessThan(150);
});

test("at 390 px, a wide table in a note is covered at its start in the note's colour, not the page's", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto(PAGE);
  const note = page.locator('article .callout', { hasText: 'In a note' });
  const box = note.locator('.table-scroll');
  expect(await box.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeGreaterThan(40);
  await box.scrollIntoViewIfNeeded();
  const [noteBounds, bounds] = [await note.boundingBox(), await box.boundingBox()];
  if (!noteBounds || !bounds) throw new Error('the note or its table is not shown');
  // The note's own colour, just inside its padding below its border.
  const noteColour = await pixelAt(page, bounds.x + bounds.width / 2, noteBounds.y + 3);
  const edges = await edgeColours(page, bounds);
  expect(edges.start).toEqual(noteColour);
  expect(edges.end, 'the shade').not.toEqual(noteColour);
});

test("a table cell's value (win32's <dl> of one term) starts on its row's first line, beside the row's label", async ({
  page,
}) => {
  await page.goto(`${BASE}/requirements/`);
  const offsets = await page.locator('article td:has(.learn-dl)').evaluateAll((cells) =>
    cells.map((cell) => {
      const label = cell.previousElementSibling?.getBoundingClientRect().top ?? NaN;
      const labelPadding = parseFloat(getComputedStyle(cell.previousElementSibling ?? cell).paddingTop);
      const value = cell.querySelector('.learn-dl > div')?.getBoundingClientRect().top ?? NaN;
      return Math.round(value - (label + labelPadding));
    }),
  );
  expect(offsets).toHaveLength(2);
  for (const offset of offsets) expect(Math.abs(offset)).toBeLessThanOrEqual(2);
});

test('a reference page as win32 writes it, its <dl>s of terms alone, has no WCAG or best-practice violation (definition-list, dlitem)', async ({
  page,
}) => {
  await page.goto(`${BASE}/requirements/`);
  // Each term alone a line of its own; ErrorType's values a list in its definition.
  await expect(page.locator('article .learn-dl > div')).toHaveText([
    'Kernel32.dll',
    'WinBase.h (include Windows.h)',
    'A wide chart',
  ]);
  await expect(page.locator('article dd > dl > dt')).toHaveText('0');
  expect(await axeViolations(page)).toEqual([]);
});

test('at 320 px, a Korean page breaks its lines between words, never inside one (word-break: keep-all)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto(`${BASE}/korean/`);
  const paragraph = page.locator('article .content p', { hasText: 'PowerShell에서' });
  const split = await paragraph.evaluate((p) => {
    const text = p.firstChild;
    if (!text?.textContent) return ['no text'];
    const words = [...text.textContent.matchAll(/\S+/g)];
    const lines = new Set<number>();
    const broken = words.flatMap((word) => {
      const range = document.createRange();
      range.setStart(text, word.index);
      range.setEnd(text, word.index + word[0].length);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
      for (const rect of rects) lines.add(Math.round(rect.top));
      return rects.length > 1 ? [word[0]] : [];
    });
    return lines.size > 2 ? broken : [`only ${String(lines.size)} lines: the test needs a wrapped paragraph`];
  });
  expect(split).toEqual([]);
});

for (const width of [1280, 320]) {
  test(`at ${width} px, a heading's "#" link stays beside it, however long the heading`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(PAGE);
    const name = /^HKEY_LOCAL_MACHINE/;
    const heading = await page.getByRole('heading', { name }).boundingBox();
    const anchor = await page
      .getByRole('link', { name: /^Link to section: HKEY_LOCAL_MACHINE/ })
      .boundingBox();
    // Wrapped below a heading that fills the line, it took a line of its own.
    expect(
      heading && anchor && anchor.y < heading.y + heading.height,
      JSON.stringify({ heading, anchor }),
    ).toBe(true);
  });
}

test("at 320 px, a Japanese table keeps its labels readable beside columns of prose, and its header row's line runs under its empty corner", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 900 });
  await page.goto(`${BASE}/japanese/`);
  // Each row's label: the lines its text takes (one character a line, 6 lines, before).
  const lines = await page.locator('article tbody td:first-child').evaluateAll((cells) =>
    cells.map((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    }),
  );
  expect(lines).toHaveLength(2);
  for (const count of lines) expect(count).toBeLessThanOrEqual(2);
  // The header row's line runs unbroken under its empty corner, a data cell, as under its headers.
  const underlines = await page
    .locator('article thead tr > *')
    .evaluateAll((cells) =>
      cells.map((cell) => `${cell.tagName} ${getComputedStyle(cell).borderBottomColor}`),
    );
  expect(underlines[0]?.startsWith('TD')).toBe(true);
  expect(new Set(underlines.map((line) => line.split(' ').slice(1).join(' '))).size).toBe(1);
});

for (const width of [1280, 390, 320]) {
  test(`at ${width} px, a page name with no place to break wraps wherever it is shown; no page scrolls sideways`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/wide/', '/korean/', '/long-name/']) {
      await page.goto(`${BASE}${path}`);
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(sideways, `${path} scrolls ${sideways} px sideways`).toBeLessThanOrEqual(0);
    }
    // On its own page the name is the heading, a breadcrumb and the sidebar's current link; on /wide/ the "Next" link.
    await expect(page.getByRole('heading', { level: 1, name: LONG_NAME })).toBeVisible();
    await page.goto(PAGE);
    await expect(page.getByRole('link', { name: `Next ${LONG_NAME}` })).toBeVisible();
  });
}
