/**
 * First paint of several built sites side by side: serves each folder on its own port from one server and
 * loads the same path in each, alternating, in one Chromium. For measuring a change against the build before it.
 * Its options: USAGE below (`--help`).
 */
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/chromium.ts';
import { measurePaint, serveLinkPage, type Paints } from './measure-browser.ts';
import { median } from './report.ts';
import { commandLine, readCommandLine } from '../cli.ts';
import { closeSite, serveSite } from '../serve.ts';

const USAGE = `usage: node scripts/bench/compare-builds.ts [--path /security/] [--runs 20] [--port 4760] [--from-link] distA distB…
--from-link reaches each page by a link on another site, as the benchmark's first figure does.`;

/** This script's options. */
export const COMMAND_LINE = commandLine(
  {
    allowPositionals: true,
    options: {
      path: { type: 'string', default: '/' },
      runs: { type: 'string', default: '20' },
      port: { type: 'string', default: '4760' },
      'from-link': { type: 'boolean', default: false },
    },
  },
  USAGE,
);

if (import.meta.main) {
  const { values, positionals } = readCommandLine(COMMAND_LINE);
  const servers = await Promise.all(positionals.map((dir, i) => serveSite(dir, Number(values.port) + i)));
  const linkPage = values['from-link']
    ? await serveLinkPage(Number(values.port) + positionals.length)
    : undefined;
  const browser = await chromium.launch({
    executablePath: findChromium({ purpose: 'measure' }),
    args: CHROMIUM_ARGS,
  });
  const paints = positionals.map(() => [] as Paints[]);
  try {
    for (let run = 0; run < Number(values.runs); run++) {
      const order = positionals.map((_, i) => i);
      if (run % 2 === 1) order.reverse();
      for (const i of order) {
        const url = `http://localhost:${Number(values.port) + i}${values.path}`;
        paints[i]?.push(await measurePaint(browser, url, linkPage?.url));
      }
    }
  } finally {
    await browser.close();
    await Promise.all([...servers, ...(linkPage ? [linkPage.server] : [])].map(closeSite));
  }
  for (const [i, dir] of positionals.entries()) {
    const list = paints[i] ?? [];
    const figure = (name: string, values: number[]) =>
      `${name} median ${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;
    console.log(
      `${dir} ${values.path}: ${figure(
        'FCP',
        list.map((p) => p.fcpMs),
      )}, ${figure(
        'LCP',
        list.map((p) => p.lcpMs),
      )}, ${list.length} runs`,
    );
  }
}
