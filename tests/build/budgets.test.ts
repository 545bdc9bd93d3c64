/**
 * Byte budgets for every built page, gzipped: bytes are deterministic, so these are tests, not benchmarks.
 * The site's own pages (dist/), and the JavaScript budget on imported Learn content too: the real corpus
 * (tests/support/corpus-site.ts, built once per change and shared), whose tab sets load a script of their own.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DIST } from '../support/built-site.ts';
import { corpusDist } from '../support/corpus-site.ts';
import { listDistPages } from '../support/dist-pages.ts';
import { findElements } from '../support/html.ts';
import { JS_BUDGET, weighPage, type PageWeight } from '../support/page-weight.ts';

const KB = 1024;
/** The first network round trip carries about 14 KB: a page that fits shows at once. */
const FIRST_PAINT_BUDGET = 14 * KB;
const TOTAL_BUDGET = 20 * KB;

const dist = fileURLToPath(DIST).replace(/\/$/, '');
const pages = listDistPages(DIST);

const describeAssets = (weight: PageWeight) =>
  weight.assets
    .map(
      (asset) =>
        `  ${asset.name} (${asset.kind}${asset.renderBlocking ? ', blocking' : ''}): ${asset.gzipBytes} B`,
    )
    .join('\n');

test('the budgets cover the whole site', () => {
  assert.ok(pages.includes('/') && pages.length >= 5, `pages found: ${pages.join(', ')}`);
});

for (const page of pages) {
  describe(page, () => {
    const weight = weighPage(dist, page);

    test(`HTML and render-blocking CSS/JS fit in ${FIRST_PAINT_BUDGET / KB} KB gzipped`, () => {
      assert.ok(
        weight.firstPaintBytes <= FIRST_PAINT_BUDGET,
        `${page}: ${weight.firstPaintBytes} B before first paint\n${describeAssets(weight)}`,
      );
    });

    test(`everything loaded until idle fits in ${TOTAL_BUDGET / KB} KB gzipped`, () => {
      assert.ok(
        weight.totalBytes <= TOTAL_BUDGET,
        `${page}: ${weight.totalBytes} B at load\n${describeAssets(weight)}`,
      );
    });

    test(`JavaScript run at load fits in ${JS_BUDGET / KB} KB gzipped`, () => {
      assert.ok(
        weight.jsBytes <= JS_BUDGET,
        `${page}: ${weight.jsBytes} B of JS at load\n${describeAssets(weight)}`,
      );
    });

    test('no web fonts and no images outside the content', () => {
      const extras = weight.assets.filter((asset) => asset.kind === 'font' || asset.kind === 'image');
      assert.deepEqual(
        extras.map((asset) => asset.name),
        [],
      );
    });
  });
}

describe('imported Learn content (the corpus)', () => {
  let weights: (PageWeight & { tabs: boolean })[] = [];
  before(async () => {
    const corpus = await corpusDist();
    weights = listDistPages(corpus).map((page) => ({
      ...weighPage(corpus, page),
      tabs:
        findElements(
          readFileSync(`${corpus}${page.endsWith('.html') ? page : `${page}index.html`}`, 'utf8'),
          (element) => element.properties['role'] === 'tablist',
        ).length > 0,
    }));
  });
  /** Pages with tab sets (or without) over the JavaScript budget, each with what it runs. */
  const overJsBudget = (tabs: boolean) =>
    weights
      .filter((weight) => weight.tabs === tabs && weight.jsBytes > JS_BUDGET)
      .map((weight) => `${weight.page}: ${weight.jsBytes} B of JS at load\n${describeAssets(weight)}`);

  test('the corpus has pages with and without Learn tab sets', () => {
    assert.ok(weights.some((weight) => weight.tabs) && weights.some((weight) => !weight.tabs));
  });

  test(`pages without tab sets run at most ${JS_BUDGET / KB} KB gzipped of JavaScript at load`, () => {
    assert.deepEqual(overJsBudget(false), []);
  });

  // Their tab script comes on top of what every page runs.
  test(`pages with tab sets run at most ${JS_BUDGET / KB} KB gzipped of JavaScript at load too`, () => {
    assert.deepEqual(overJsBudget(true), []);
  });
});
