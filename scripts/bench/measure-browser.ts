/** What Chromium sees of a served page: requests, bytes, JS run at load, paint timings, search latency. */
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { Browser, Locator, Page } from 'playwright';

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
        setTimeout(() => {
          resolve({ fcp, lcp: NaN });
        }, 1000);
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

/**
 * A page on another site with one link (`#go`), for paints as readers arrive: from a search engine or
 * another docs site. Another loopback address is another site to the browser, which then gives the
 * linked page a new renderer, as it does for a reader; a new tab's first page may keep the blank
 * tab's renderer, except when the page's Cross-Origin-Opener-Policy asks for a new one.
 */
export function serveLinkPage(port: number, host = '127.0.0.2'): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(
      '<!doctype html><html lang="en"><title>Elsewhere</title><a id="go" href="/">Read the docs</a></html>',
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      resolve({ url: `http://${host}:${port}/`, server });
    });
  });
}

/** Opens `from` (serveLinkPage's URL) in `page` and follows its link to `url`, until `url` has loaded. */
export async function arriveByLink(page: Page, from: string, url: string): Promise<void> {
  await page.goto(from);
  await page.locator('#go').evaluate((link, href) => {
    link.setAttribute('href', href);
  }, url);
  await Promise.all([page.waitForURL(url, { waitUntil: 'load' }), page.locator('#go').click()]);
}

/** A page's first contentful paint and largest contentful paint, in ms from navigation start. */
export interface Paints {
  fcpMs: number;
  /**
   * When the largest text or image painted: the article's text, where first paint may be only a header
   * (a page whose parser waits on a stylesheet in its body paints what comes before it first).
   */
  lcpMs: number;
}

/**
 * First and largest contentful paint of `url` in a fresh context (nothing cached): typed into a new tab,
 * or, with `from` (serveLinkPage's URL), reached by a click on a link there. The browser reports a paint
 * once the frame is shown, so the largest is read a moment after the first has been reported and the
 * page has loaded (the times are the paints' own, whenever they are read).
 */
export async function measurePaint(browser: Browser, url: string, from?: string): Promise<Paints> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if (from === undefined) await page.goto(url, { waitUntil: 'load' });
    else await arriveByLink(page, from, url);
    return await page.evaluate(
      () =>
        new Promise<Paints>((resolve) => {
          const largest = (fcpMs: number) => {
            new PerformanceObserver((list) => {
              resolve({ fcpMs, lcpMs: list.getEntries().at(-1)?.startTime ?? NaN });
            }).observe({ type: 'largest-contentful-paint', buffered: true });
          };
          new PerformanceObserver((list) => {
            const fcp = list.getEntriesByName('first-contentful-paint')[0];
            if (fcp)
              setTimeout(() => {
                largest(fcp.startTime);
              }, 100);
          }).observe({ type: 'paint', buffered: true });
          setTimeout(() => {
            resolve({ fcpMs: NaN, lcpMs: NaN });
          }, 5000);
        }),
    );
  } finally {
    await context.close();
  }
}

/** How a site's search is reached: the box to type in once the reader shows intent, and its first result. */
export interface SearchUi {
  /** Shows intent (a click) and returns the box to type in. */
  open: (page: Page) => Promise<Locator>;
  firstResult: (page: Page) => Locator;
  /** What the UI says once it shows the results of all of `query` (not of a prefix typed before it). */
  settled: (page: Page, query: string) => Locator;
}

/** This site's search: a box in the header; results in a list named "… results". */
export const SITE_SEARCH: SearchUi = {
  open: async (page) => {
    const box = page
      .getByRole('searchbox', { name: 'Search' })
      .or(page.getByRole('combobox', { name: 'Search' }))
      .first();
    await box.click();
    return box;
  },
  firstResult: (page) =>
    page
      .getByRole('list', { name: /results/i })
      .getByRole('link')
      .first(),
  // The live region: "6 results for “query”".
  settled: (page, query) => page.locator('[data-search-status]', { hasText: `“${query}”` }).first(),
};

/** Starlight's search: a Search button opens a dialog holding Pagefind's default UI. */
export const STARLIGHT_SEARCH: SearchUi = {
  open: async (page) => {
    await page.getByRole('button', { name: 'Search' }).first().click();
    const box = page.locator('dialog .pagefind-ui__search-input');
    await box.click();
    return box;
  },
  firstResult: (page) => page.locator('.pagefind-ui__result-link').first(),
  // Pagefind's default UI: "6 results for query".
  settled: (page, query) => page.locator('.pagefind-ui__message', { hasText: query }),
};

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

/**
 * Types `query` and times last keystroke to painted results. Cold: the box is opened and typed into at
 * once, so loading search on that intent is inside the figure (the worst case: a reader types slower).
 */
async function typeAndTime(
  page: Page,
  ui: SearchUi,
  box: Locator | undefined,
  query: string,
  keyDelayMs: number,
): Promise<{ box: Locator; figures: Omit<SearchFigures, 'query' | 'kind'> }> {
  const bodies: Promise<number>[] = [];
  const onResponse = (response: { body: () => Promise<Buffer> }) =>
    bodies.push(
      response.body().then(
        (body) => body.length,
        () => 0,
      ),
    );
  page.on('response', onResponse);
  let input = box;
  if (input === undefined) {
    input = await ui.open(page);
  } else {
    await input.fill('');
    await page.waitForTimeout(300);
  }
  await input.pressSequentially(query, { delay: keyDelayMs });
  await ui.firstResult(page).waitFor();
  // The last key's search has shown its results, then no change for 300 ms (a later step of it, such as
  // excerpts, paints before the clock is read). A fixed wait ended before a cold search painted on a busy
  // machine (load 16 to 32), and the figure read was an earlier key's paint: understated, even negative.
  await ui.settled(page, query).waitFor({ state: 'attached' });
  await page.waitForFunction(() => {
    const w = window as unknown as { __bench: { lastKey: number; lastPaint: number } };
    return w.__bench.lastPaint > w.__bench.lastKey && performance.now() - w.__bench.lastPaint > 300;
  });
  page.off('response', onResponse);
  const sizes = await Promise.all(bodies);
  const latencyMs = await page.evaluate(() => {
    const w = window as unknown as { __bench: { lastKey: number; lastPaint: number } };
    return w.__bench.lastPaint - w.__bench.lastKey;
  });
  const fetchedBytes = sizes.reduce((total, size) => total + size, 0);
  return { box: input, figures: { keyDelayMs, latencyMs, fetchedBytes, fetchedFiles: sizes.length } };
}

/** Keystroke-to-painted-results for each query, keys `keyDelayMs` apart: the first on a fresh page is cold, the rest warm. */
export async function measureSearch(
  browser: Browser,
  url: string,
  queries: readonly string[],
  keyDelayMs: number,
  ui: SearchUi = SITE_SEARCH,
): Promise<SearchFigures[]> {
  const figures: SearchFigures[] = [];
  for (const cold of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(watchPaints);
    await page.goto(url, { waitUntil: 'networkidle' });
    const first = await typeAndTime(page, ui, undefined, cold, keyDelayMs);
    figures.push({ query: cold, kind: 'cold', ...first.figures });
    for (const warm of queries.filter((query) => query !== cold)) {
      const next = await typeAndTime(page, ui, first.box, warm, keyDelayMs);
      figures.push({ query: warm, kind: 'warm', ...next.figures });
    }
    await context.close();
  }
  return figures;
}
