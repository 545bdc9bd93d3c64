/**
 * Why first paint waits: loads a URL in Chromium with a performance trace and prints, in order, what the
 * main thread and the network did from navigation to first contentful paint.
 *
 *   node scripts/bench/paint-trace.ts http://localhost:4321/security/ [runs]
 */
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/chromium.ts';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: {
    data?: { url?: string; frame?: string; documentLoaderURL?: string };
    should_swap_browsing_instances_result?: { result?: string };
  };
}

/** Main-thread tasks and network steps that can hold the first paint back. */
const WATCHED = new Set([
  'ParseHTML',
  'EvaluateScript',
  'v8.compile',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'ParseAuthorStyleSheet',
  'ResourceSendRequest',
  'ResourceReceiveResponse',
  'ResourceFinish',
  'firstContentfulPaint',
  'navigationStart',
  'PrePaint',
  'Commit',
  // Browser side: whether the response makes Chromium switch browsing-context group (a COOP header does),
  // a renderer process launched for it, and the commit into the renderer.
  'RenderFrameHostManager::GetSiteInstanceForNavigation_ShouldSwapResult',
  'RenderProcessHostImpl::Init',
  'RenderFrameImpl::CommitNavigation',
]);

const [url = 'http://localhost:4321/', runsText = '3'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  for (let run = 0; run < Number(runsText); run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'blink.user_timing',
        'loading',
        'v8',
        'disabled-by-default-devtools.timeline',
        'navigation',
        'content',
        'browser',
      ],
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    const events = trace.traceEvents.filter((e) => WATCHED.has(e.name));
    // The navigation to `url` (the tab's about:blank documents start navigations of their own).
    const start =
      events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url)?.ts ??
      events[0]?.ts ??
      0;
    const fcp = events.find((e) => e.name === 'firstContentfulPaint');
    console.log(`\nrun ${run + 1}: FCP at ${fcp ? ((fcp.ts - start) / 1000).toFixed(1) : '?'} ms`);
    for (const e of events) {
      if (e.ts < start || (fcp && e.ts > fcp.ts)) continue;
      const at = ((e.ts - start) / 1000).toFixed(1).padStart(7);
      const dur = e.dur ? ` ${(e.dur / 1000).toFixed(1)} ms` : '';
      const swap = e.args?.should_swap_browsing_instances_result?.result;
      const what = e.args?.data?.url
        ? ` ${e.args.data.url.replace(/^https?:\/\/[^/]+/, '')}`
        : swap
          ? ` ${swap}`
          : '';
      if (e.dur !== undefined && e.dur < 500 && !e.name.startsWith('Resource')) continue;
      console.log(`${at} ${e.name}${dur}${what}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
}
