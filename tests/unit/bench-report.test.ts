/** The README's Performance figures are generated from bench/results.json, never copied by hand. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  formatResults,
  median,
  README_END,
  README_START,
  replaceReadmeBlock,
  sizeRows,
  type BenchResults,
  type SiteFigures,
} from '../../scripts/bench/report.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const committed = JSON.parse(
  readFileSync(new URL('../../bench/results.json', import.meta.url), 'utf8'),
) as BenchResults;

test("the README's Performance block is what the report makes of bench/results.json", () => {
  assert.equal(replaceReadmeBlock(readme, formatResults(committed)), readme);
  const block = readme.slice(readme.indexOf(README_START), readme.indexOf(README_END));
  assert.ok(block.includes(committed.machine.cpu), 'the block names the machine');
});

/** A site's figures with the given first paints and build times, everything else alike. */
function site(fcpMs: number[], wallMs: number[], fcpFromLinkMs?: number[]): SiteFigures {
  const load = {
    requests: 5,
    bytes: 20_000,
    gzipBytes: 10_240,
    jsBytes: 0,
    jsUsedBytes: 0,
    fcpMs: 0,
    lcpMs: 0,
  };
  return {
    builds: wallMs.map((ms) => ({ wallMs: ms, cpuMs: ms / 2, peakRssMb: 500 })),
    distKb: 1024,
    pagefindKb: 512,
    pagefindFiles: 10,
    pages: [{ path: '/', load, fcpMs, ...(fcpFromLinkMs ? { fcpFromLinkMs } : {}) }],
    search: [],
  };
}

test('each figure shows median (min–max) for both sites and the ratio of the medians', () => {
  const rows = sizeRows({
    size: '5',
    pages: 5,
    site: site([100, 300, 200], [4000, 6000]),
    starlight: site([400, 500, 450], [10_000, 10_000]),
  });
  const paint = rows.find((row) => row.figure === '/: first contentful paint, typed into a new tab');
  assert.deepEqual(paint, {
    figure: '/: first contentful paint, typed into a new tab',
    ours: '200 ms (100–300, 3 runs)',
    theirs: '450 ms (400–500, 3 runs)',
    ratio: '0.44',
  });
  const build = rows.find((row) => row.figure === 'build wall time per page');
  assert.ok(build);
  assert.equal(build.ours, '1000.0 ms');
  assert.equal(build.ratio, '0.50');
});

test('first paint from a link on another site has its own row, when it was measured', () => {
  const rows = sizeRows({
    size: '5',
    pages: 5,
    site: site([300], [4000], [250, 260, 270]),
    starlight: site([200], [4000], [300, 320, 340]),
  });
  assert.deepEqual(
    rows.find((row) => row.figure === '/: first contentful paint, from a link on another site'),
    {
      figure: '/: first contentful paint, from a link on another site',
      ours: '260 ms (250–270, 3 runs)',
      theirs: '320 ms (300–340, 3 runs)',
      ratio: '0.81',
    },
  );
  const before = sizeRows({ size: '5', pages: 5, site: site([300], [4000]), starlight: site([200], [4000]) });
  assert.ok(!before.some((row) => row.figure.includes('from a link')), 'results from before it was measured');
});

test('largest contentful paint from a link has its own row beside first paint, when it was measured', () => {
  const withLcp = (lcpFromLinkMs: number[]): SiteFigures => {
    const figures = site([300], [4000], [100]);
    const [page] = figures.pages;
    assert.ok(page);
    return { ...figures, pages: [{ ...page, lcpFromLinkMs }] };
  };
  const rows = sizeRows({ size: '5', pages: 5, site: withLcp([150, 170]), starlight: withLcp([200, 220]) });
  assert.deepEqual(
    rows.find((row) => row.figure === '/: largest contentful paint, from a link on another site'),
    {
      figure: '/: largest contentful paint, from a link on another site',
      ours: '160 ms (150–170, 2 runs)',
      theirs: '210 ms (200–220, 2 runs)',
      ratio: '0.76',
    },
  );
  const before = sizeRows({
    size: '5',
    pages: 5,
    site: site([300], [4000], [100]),
    starlight: site([200], [4000], [100]),
  });
  assert.ok(!before.some((row) => row.figure.includes('largest')), 'results from before it was measured');
});

test('without Starlight the columns stay empty rather than invented', () => {
  const rows = sizeRows({ size: '5', pages: 5, site: site([100], [4000]) });
  assert.ok(rows.every((row) => row.theirs === '' && row.ratio === ''));
});

test('median of an even count is the mean of the middle two; NaN runs are left out', () => {
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([NaN, 5]), 5);
  assert.ok(Number.isNaN(median([])));
});

test('a README without the markers is an error naming them', () => {
  assert.throws(() => replaceReadmeBlock('# no block', 'x'), /bench:start/);
});
