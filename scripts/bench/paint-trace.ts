/**
 * Why first paint waits: loads a URL in Chromium with a performance trace and prints, in order, what the
 * browser, the main thread and the network did from navigation to first contentful paint, and the tiles
 * rasterized for that first frame.
 * Its options: USAGE below (`--help`).
 */
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/chromium.ts';
import { commandLine, readCommandLine } from '../cli.ts';
import { arriveByLink, serveLinkPage } from './measure-browser.ts';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, which a busy machine inflates less than `dur`. */
  tdur?: number;
  tid: number;
  pid: number;
  args?: {
    data?: { url?: string; frame?: string; documentLoaderURL?: string };
    beginData?: { totalObjects?: number };
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
  // Tiles rasterized (off the main thread) before the first frame can be shown.
  'RasterTask',
]);

/** Flow events (arrows between tasks in a trace viewer) repeat the name of the task they leave or enter. */
const FLOW_PHASES = new Set(['s', 't', 'f']);

const USAGE = `usage: node scripts/bench/paint-trace.ts [url, http://localhost:4321/] [runs, 3] [--from-link]
--from-link reaches the page by a link on another site, as the benchmark's first figure does.`;

/** This script's options. */
export const COMMAND_LINE = commandLine(
  { allowPositionals: true, options: { 'from-link': { type: 'boolean', default: false } } },
  USAGE,
);

if (import.meta.main) {
  const { values, positionals } = readCommandLine(COMMAND_LINE);
  const [url = 'http://localhost:4321/', runsText = '3'] = positionals;
  const linkPage = values['from-link'] ? await serveLinkPage(4399) : undefined;
  const browser = await chromium.launch({
    executablePath: findChromium({ purpose: 'measure' }),
    args: CHROMIUM_ARGS,
  });
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
      if (linkPage) await arriveByLink(page, linkPage.url, url);
      else await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
      // Processes write their events separately: put them in time order.
      const events = trace.traceEvents
        .filter((e) => WATCHED.has(e.name) && !FLOW_PHASES.has(e.ph))
        .sort((a, b) => a.ts - b.ts);
      // The navigation to `url` (the tab's about:blank documents start navigations of their own).
      const start =
        events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url)?.ts ??
        events[0]?.ts ??
        0;
      // The page's own paint: from a link, the other site's page painted first.
      const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.ts > start);
      console.log(`\nrun ${run + 1}: FCP at ${fcp ? ((fcp.ts - start) / 1000).toFixed(1) : '?'} ms`);
      for (const e of events) {
        if (e.ts < start || (fcp && e.ts > fcp.ts)) continue;
        const at = ((e.ts - start) / 1000).toFixed(1).padStart(7);
        const dur = e.dur ? ` ${(e.dur / 1000).toFixed(1)} ms` : '';
        const swap = e.args?.should_swap_browsing_instances_result?.result;
        const objects = e.args?.beginData?.totalObjects;
        const what = e.args?.data?.url
          ? ` ${e.args.data.url.replace(/^https?:\/\/[^/]+/, '')}`
          : swap
            ? ` ${swap}`
            : objects !== undefined
              ? ` ${objects} layout objects`
              : '';
        if (e.name === 'RasterTask') continue;
        if (e.dur !== undefined && e.dur < 500 && !e.name.startsWith('Resource')) continue;
        console.log(`${at} ${e.name}${dur}${what}`);
      }
      // A first frame that holds the whole page rasterizes every tile in view before it is shown.
      const rasters = events.filter(
        (e) => e.name === 'RasterTask' && e.pid === fcp?.pid && e.ts >= start && e.ts < fcp.ts,
      );
      const rasterCpu = rasters.reduce((total, e) => total + (e.tdur ?? e.dur ?? 0), 0) / 1000;
      console.log(`        ${rasters.length} tiles rasterized before FCP, ${rasterCpu.toFixed(1)} ms CPU`);
      await context.close();
    }
  } finally {
    await browser.close();
    linkPage?.server.close();
  }
}
