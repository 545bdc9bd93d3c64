/**
 * First paint of several built sites side by side: serves each folder on its own port from one server and
 * loads the same path in each, alternating, in one Chromium. For measuring a change against the build before it.
 *
 *   node scripts/bench/compare-builds.ts --path /security/ --runs 20 distA distB…
 */
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/chromium.ts';
import { measurePaint } from './measure-browser.ts';
import { median } from './report.ts';
import { closeSite, serveSite } from '../serve.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    path: { type: 'string', default: '/' },
    runs: { type: 'string', default: '20' },
    port: { type: 'string', default: '4760' },
  },
});
const servers = await Promise.all(positionals.map((dir, i) => serveSite(dir, Number(values.port) + i)));
const browser = await chromium.launch({ executablePath: findChromium({ purpose: 'measure' }), args: CHROMIUM_ARGS });
const paints = positionals.map(() => [] as number[]);
try {
  for (let run = 0; run < Number(values.runs); run++) {
    const order = positionals.map((_, i) => i);
    if (run % 2 === 1) order.reverse();
    for (const i of order) {
      paints[i]?.push(await measurePaint(browser, `http://localhost:${Number(values.port) + i}${values.path}`));
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map(closeSite));
}
for (const [i, dir] of positionals.entries()) {
  const list = paints[i] ?? [];
  console.log(
    `${dir} ${values.path}: FCP median ${median(list).toFixed(0)} ms (${Math.min(...list).toFixed(0)}–${Math.max(...list).toFixed(0)}, ${list.length} runs)`,
  );
}
