/** What Chromium sees of a served page: requests, bytes, JS run at load, paint timings, search latency. */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright';

export interface LoadFigures {
  requests: number;
  bytes: number;
  gzipBytes: number;
  jsBytes: number;
  jsUsedBytes: number;
  fcpMs: number;
  lcpMs: number;
}

export interface SearchFigures {
  query: string;
  kind: 'cold' | 'warm';
  /** Time between keystrokes: 0 is a burst (nothing of the query is ready before its last key); 100 is a fast typist. */
  keyDelayMs: number;
  latencyMs: number;
  /** Bytes fetched from the intent (focus) to the painted results: the search UI, Pagefind, its index. */
  fetchedBytes: number;
  fetchedFiles: number;
}

/** Loads `url` in a fresh context and reports what it cost until the network is idle. */
export async function measureLoad(browser: Browser, url: string): Promise<LoadFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Promise<Buffer | null>[] = [];
  page.on('response', (response) => bodies.push(response.body().catch(() => null)));
  await page.coverage.startJSCoverage({ resetOnNavigation: false });
  await page.goto(url, { waitUntil: 'networkidle' });
  const coverage = await page.coverage.stopJSCoverage();
  const paints = await page.evaluate(
    () =>
      new Promise<{ fcp: number; lcp: number }>((resolve) => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve({ fcp, lcp: entries.at(-1)?.startTime ?? NaN });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => { resolve({ fcp, lcp: NaN }); }, 1000);
      }),
  );
  const received = (await Promise.all(bodies)).filter((body): body is Buffer => body !== null);
  let jsBytes = 0;
  let jsUsedBytes = 0;
  for (const entry of coverage) {
    const size = entry.source?.length ?? 0;
    jsBytes += size;
    // Block coverage: ranges run zero times are code that was loaded but not executed.
    const unused = entry.functions
      .flatMap((fn) => fn.ranges)
      .filter((range) => range.count === 0)
      .reduce((total, range) => total + (range.endOffset - range.startOffset), 0);
    jsUsedBytes += Math.max(0, size - unused);
  }
  await context.close();
  return {
    requests: received.length,
    bytes: received.reduce((total, body) => total + body.length, 0),
    gzipBytes: received.reduce((total, body) => total + gzipSync(body).length, 0),
    jsBytes,
    jsUsedBytes,
    fcpMs: paints.fcp,
    lcpMs: paints.lcp,
  };
}

/** Records, in the page, the last keydown and the paint after the last DOM change. */
function watchPaints(): void {
  const w = window as unknown as { __bench: { lastKey: number; lastPaint: number } };
  w.__bench = { lastKey: 0, lastPaint: 0 };
  document.addEventListener('keydown', () => (w.__bench.lastKey = performance.now()), true);
  new MutationObserver(() => {
    // The frame after a change paints it; a task queued from that frame's rAF runs once it is painted.
    // (A second rAF would add a whole frame, ~16 ms, that the reader does not wait for.)
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (w.__bench.lastPaint = performance.now());
      channel.port2.postMessage(null);
    });
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

/** Types `query` into the search box and reads keystroke-to-paint; the first fill is the reader's intent. */
/**
 * Types `query` and times last keystroke to painted results. Cold: the box is clicked and typed into at
 * once, so loading Pagefind on that intent is inside the figure (the worst case: a reader types slower).
 */
async function typeAndTime(page: Page, query: string, cold: boolean, keyDelayMs: number): Promise<Omit<SearchFigures, 'query' | 'kind'>> {
  const box = page.getByRole('searchbox', { name: 'Search' }).or(page.getByRole('combobox', { name: 'Search' })).first();
  const bodies: Promise<number>[] = [];
  const onResponse = (response: { body: () => Promise<Buffer> }) => bodies.push(response.body().then((body) => body.length, () => 0));
  page.on('response', onResponse);
  if (cold) {
    await box.click();
  } else {
    await box.fill('');
    await page.waitForTimeout(300);
  }
  await box.pressSequentially(query, { delay: keyDelayMs });
  await page.getByRole('list', { name: /results/i }).getByRole('link').first().waitFor();
  // Let the last debounced search land and paint before reading the clock.
  await page.waitForTimeout(600);
  page.off('response', onResponse);
  const sizes = await Promise.all(bodies);
  const latencyMs = await page.evaluate(() => {
    const w = window as unknown as { __bench: { lastKey: number; lastPaint: number } };
    return w.__bench.lastPaint - w.__bench.lastKey;
  });
  return { keyDelayMs, latencyMs, fetchedBytes: sizes.reduce((total, size) => total + size, 0), fetchedFiles: sizes.length };
}

/** Keystroke-to-painted-results for each query, keys `keyDelayMs` apart: the first on a fresh page is cold, the rest warm. */
export async function measureSearch(browser: Browser, url: string, queries: readonly string[], keyDelayMs: number): Promise<SearchFigures[]> {
  const figures: SearchFigures[] = [];
  for (const cold of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(watchPaints);
    await page.goto(url, { waitUntil: 'networkidle' });
    figures.push({ query: cold, kind: 'cold', ...(await typeAndTime(page, cold, true, keyDelayMs)) });
    for (const warm of queries.filter((query) => query !== cold)) {
      figures.push({ query: warm, kind: 'warm', ...(await typeAndTime(page, warm, false, keyDelayMs)) });
    }
    await context.close();
  }
  return figures;
}
