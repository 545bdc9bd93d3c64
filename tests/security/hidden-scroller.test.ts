/**
 * A box the site's stylesheet makes scroll is one Chromium's keyboard reaches (keyboard-focusable
 * scrollers), with no tabindex. Red-team round 13: `<div aria-hidden="true" className="table-scroll">`
 * around a wide `<nobr>` built, and Tab in Chromium focused the hidden box. The finished-page check
 * (hidden-focus.ts) reads which elements the page's own stylesheets make scroll boxes, and refuses one
 * hidden so, whoever wrote it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { hiddenFocus } from '../../src/lib/post-build/hidden-focus.ts';
import { parsePage } from '../../src/lib/post-build/stage.ts';
import { renderLearn } from '../support/learn-markdown.ts';
import { sharedChromium } from '../support/search-site.ts';

/** The site's base stylesheet, which makes `.table-scroll` scroll sideways. */
const SITE_CSS = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');

/** The red-team page's box: hidden, of the site's scroll class, holding text wider than any screen. */
const HIDDEN_SCROLLER = `<div aria-hidden="true" className="table-scroll"><nobr>${'word '.repeat(300)}</nobr></div>\n\nAfter.\n`;

/** A finished page of `body` (HTML), with `css` inlined as the site inlines its stylesheets. */
const finished = (body: string, css: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>T</title><style>${css}</style></head><body><main>${body}</main></body></html>`;

describe('a hidden scroll box', () => {
  test("one of the site's scroll class is refused, with the class the stylesheet scrolls", async () => {
    const html = await renderLearn(HIDDEN_SCROLLER);
    const problems = hiddenFocus(parsePage('a/index.html', finished(html, SITE_CSS)));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(
      problems[0] ?? '',
      /^aria-hidden="true" on <div> hides a scroll box \(<div>, which the site's stylesheet lets scroll as \.table-scroll\) from screen readers that the keyboard still reaches/,
    );
  });

  test('what a stylesheet scrolls is read from it: any rule, in a media query, scoped, on either axis', () => {
    const css = `
      @media (min-width: 40rem) { .wide { overflow-x: scroll } }
      .header .panel[data-astro-cid-x] { overflow-y: auto }
      .clip { overflow: hidden }
      .note::before { overflow: auto }
      .logical { overflow-block: auto }
      .variable { overflow-x: var(--how) }`;
    const page = (markup: string) => hiddenFocus(parsePage('a/index.html', finished(markup, css)));
    for (const markup of [
      '<div aria-hidden="true"><div class="wide">x</div></div>',
      '<section aria-hidden="true"><div class="panel" data-astro-cid-x>x</div></section>',
      '<div aria-hidden="true" class="logical">x</div>',
      '<div aria-hidden="true" class="variable">x</div>',
    ])
      assert.match(page(markup).join('\n'), /hides a scroll box/, markup);
    for (const markup of [
      '<div aria-hidden="true" class="clip">x</div>',
      '<div aria-hidden="true" class="note">x</div>',
      '<div aria-hidden="true"><div class="panel">x</div></div>',
      '<div aria-hidden="true"><pre class="wide" tabindex="-1">x</pre></div>',
      '<div class="wide">x</div>',
    ])
      assert.deepEqual(page(markup), [], markup);
  });

  test('without a stylesheet that scrolls it, the class is no scroll box', async () => {
    const html = await renderLearn(HIDDEN_SCROLLER);
    assert.deepEqual(hiddenFocus(parsePage('a/index.html', finished(html, 'p { margin: 0 }'))), []);
  });

  test("Chromium: Tab stops at the hidden box with the site's stylesheet, and not without it", async () => {
    const html = await renderLearn(HIDDEN_SCROLLER);
    const page = await (await sharedChromium()).newPage({ viewport: { width: 800, height: 600 } });
    try {
      const reached = async (css: string): Promise<string[]> => {
        await page.setContent(finished(`<a href="#top">Start</a>${html}<a href="#end">End</a>`, css));
        const focused: string[] = [];
        for (let press = 0; press < 3; press++) {
          await page.keyboard.press('Tab');
          focused.push(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 60) ?? ''));
        }
        return focused;
      };
      // With the site's stylesheet the hidden box is a stop of its own, between the two links.
      const styled = await reached(SITE_CSS);
      assert.match(styled[1] ?? '', /^<div aria-hidden="true" class="table-scroll">/, styled.join('\n'));
      // Without it there is none, and the check says nothing either (the test above).
      const plain = await reached('p { margin: 0 }');
      assert.match(plain[1] ?? '', /^<a href="#end">/, plain.join('\n'));
    } finally {
      await page.close();
    }
  });
});
