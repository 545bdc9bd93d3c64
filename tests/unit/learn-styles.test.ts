/**
 * The styles of Learn constructs (src/styles/learn.css) as Chromium renders them: the pipeline's HTML with
 * the site's tokens, global styles and learn.css, in both themes, on a phone and a desktop.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { renderLearn } from '../support/learn-markdown.ts';
import { sharedChromium } from '../support/search-site.ts';

const CSS = ['tokens.css', 'global.css', 'learn.css']
  .map((name) => readFileSync(new URL(`../../src/styles/${name}`, import.meta.url), 'utf8'))
  .join('\n');

/** WCAG 2.2 contrast of two computed `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r = 0, g = 0, bl = 0] = (color.match(/[\d.]+/g) ?? []).map(Number).map((value) => {
      const channel = value / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('next steps ([!div class="nextstepaction"])', () => {
  const markdown =
    '> [!div class="nextstepaction"]\n> [Set up multifactor authentication](https://learn.microsoft.com/entra/mfa)\n> [Protect your devices](privacy.md)\n> [Train your users](https://learn.microsoft.com/train)\n';

  for (const theme of ['light', 'dark'] as const) {
    for (const width of [360, 1280]) {
      test(`${theme}, ${width} px: each link is a call to action on its own line, readable, with a visible focus`, async () => {
        const html = await renderLearn(markdown, { sitePages: ['page', 'privacy'] });
        const page = await (await sharedChromium()).newPage({ viewport: { width, height: 800 } });
        try {
          await page.setContent(
            `<!doctype html><html data-theme="${theme}"><head><style>${CSS}</style></head><body><main>${html}</main></body></html>`,
          );
          const links = page.locator('.learn-div-nextstepaction a');
          assert.equal(await links.count(), 3);
          const boxes = await links.evaluateAll((elements) =>
            elements.map((element) => {
              const box = element.getBoundingClientRect();
              const style = getComputedStyle(element);
              const pageBackground = getComputedStyle(document.body).backgroundColor;
              return {
                top: box.top,
                bottom: box.bottom,
                height: box.height,
                right: box.right,
                color: style.color,
                background: style.backgroundColor,
                pageBackground,
              };
            }),
          );
          boxes.forEach((box, index) => {
            const previous = boxes[index - 1];
            if (previous) assert.ok(box.top >= previous.bottom, `link ${index + 1} is below the one before`);
            assert.ok(box.height >= 24, `link ${index + 1} is ${box.height} px tall`);
            assert.ok(box.right <= width, `link ${index + 1} fits the screen`);
            const ratio = contrast(box.color, box.background);
            assert.ok(
              ratio >= 4.5,
              `link ${index + 1}: ${box.color} on ${box.background} is ${ratio.toFixed(2)}:1`,
            );
            assert.notEqual(box.background, box.pageBackground, 'a button, set off from the page');
          });

          // Hovered, still readable.
          await links.first().hover();
          const hovered = await links
            .first()
            .evaluate((element) => [
              getComputedStyle(element).color,
              getComputedStyle(element).backgroundColor,
            ]);
          assert.ok(contrast(hovered[0] ?? '', hovered[1] ?? '') >= 4.5, `hovered: ${hovered.join(' on ')}`);

          // From the keyboard, the focus ring shows and stands out from the page (3:1).
          await page.keyboard.press('Tab');
          const ring = await links.first().evaluate((element) => {
            const style = getComputedStyle(element);
            return {
              focused: document.activeElement === element,
              style: style.outlineStyle,
              width: parseFloat(style.outlineWidth),
              color: style.outlineColor,
              page: getComputedStyle(document.body).backgroundColor,
            };
          });
          assert.ok(ring.focused, 'Tab reaches the first link');
          assert.notEqual(ring.style, 'none');
          assert.ok(ring.width >= 2, `the ring is ${ring.width} px`);
          assert.ok(contrast(ring.color, ring.page) >= 3, `the ring: ${ring.color} on ${ring.page}`);
        } finally {
          await page.close();
        }
      });
    }
  }
});

describe('checklist ([!div class="checklist"])', () => {
  const markdown =
    '> [!div class="checklist"]\n> * Onboard devices\n> * Set up policies\n>   - Next-generation protection\n\n[!div class="checklist"]\n- Review incidents\n';

  for (const theme of ['light', 'dark'] as const) {
    test(`${theme}: each item is marked with a check mark that stands out from the page, a nested list keeps its bullets`, async () => {
      const html = await renderLearn(markdown);
      const page = await (await sharedChromium()).newPage();
      try {
        await page.setContent(
          `<!doctype html><html data-theme="${theme}"><head><style>${CSS}</style></head><body><main>${html}</main></body></html>`,
        );
        const markers = await page.locator('li').evaluateAll((items) =>
          items.map((item) => ({
            text: item.firstChild?.textContent?.trim(),
            type: getComputedStyle(item).listStyleType,
            color: getComputedStyle(item, '::marker').color,
            page: getComputedStyle(document.body).backgroundColor,
          })),
        );
        assert.deepEqual(
          markers.map(({ text, type }) => [text, type.includes('✓')]),
          [
            ['Onboard devices', true],
            ['Set up policies', true],
            ['Next-generation protection', false],
            ['Review incidents', true],
          ],
        );
        for (const marker of markers.filter(({ type }) => type.includes('✓'))) {
          const ratio = contrast(marker.color, marker.page);
          assert.ok(
            ratio >= 3,
            `${marker.text ?? ''}: ${marker.color} on ${marker.page} is ${ratio.toFixed(2)}:1`,
          );
        }
      } finally {
        await page.close();
      }
    });
  }
});
