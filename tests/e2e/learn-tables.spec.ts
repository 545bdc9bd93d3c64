/**
 * Tables of the real Learn corpus (tests/support/corpus-site.ts) read as tables, on a desktop and a phone:
 * no cell breaks a word in the middle ("Setti/ng"), and a table wider than the page scrolls in its own box,
 * which the keyboard reaches, never the page.
 */
import { expect, test } from '@playwright/test';
import { basename } from 'node:path';
import { corpusArticles, serveCorpus } from '../support/corpus-site.ts';

const PORT = Number(process.env['E2E_PORT'] ?? 4391) + 70;
const BASE = `http://localhost:${PORT}`;

let stop: (() => void) | undefined;

// One server for the file: its tests run one after another in one worker.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  ({ stop } = await serveCorpus(PORT));
});

test.afterAll(() => {
  stop?.();
});

for (const width of [1280, 390]) {
  test(`at ${String(width)} px, table cells keep their words whole and the page does not scroll sideways`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    const broken: string[] = [];
    let tables = 0;
    for (const article of corpusArticles()) {
      const path = `/${basename(article, '.md')}/`;
      await page.goto(`${BASE}${path}`);
      const found = await page.locator('main table').evaluateAll((elements) => {
        const problems: string[] = [];
        if (document.documentElement.scrollWidth > window.innerWidth)
          problems.push('the page scrolls sideways');
        for (const table of elements) {
          // A table wider than the page scrolls in its own box, which a keyboard reaches.
          const box = table.parentElement;
          if (box?.scrollWidth !== box?.clientWidth && box?.tabIndex !== 0)
            problems.push('a table scrolls in a box the keyboard cannot reach');
          const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            // Each word of 12 letters or fewer (no URL, no command) sits on one line.
            for (const word of text.matchAll(/[\p{L}\p{N}]{2,12}/gu)) {
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
      tables += found.count;
      broken.push(...found.problems.map((problem) => `${path}: ${problem}`));
    }
    expect(tables, 'the corpus has tables to check').toBeGreaterThan(5);
    expect(broken).toEqual([]);
  });
}
