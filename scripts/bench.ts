/**
 * The benchmark: builds the site at several sizes (synthetic pages, deterministic) and the real site,
 * serves each build and measures it in Chromium. Prints a table; asserts nothing about time.
 *
 *   npm run bench -- [--sizes real,5,100,1000] [--json bench.json] [--no-browser] [--lighthouse]
 *
 * --lighthouse adds Lighthouse scores (mobile and desktop) of each size's overview page.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.ts';
import { measureLighthouse, type LighthouseFigures } from './bench/lighthouse.ts';
import { measureLoad, measureSearch, type LoadFigures, type SearchFigures } from './bench/measure-browser.ts';
import { runMeasured } from './bench/process-tree.ts';
import { syntheticPages } from './bench/synthetic-pages.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const COPIED = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const REAL_QUERIES = ['trust center', 'privacy', 'zero trust', 'compliance'];
const SYNTHETIC_QUERIES = ['firewall', 'encryption key', 'audit retention', 'trust center'];

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'real,5,100,1000' },
    json: { type: 'string' },
    'no-browser': { type: 'boolean', default: false },
    lighthouse: { type: 'boolean', default: false },
  },
});

interface SizeFigures {
  size: string;
  pages: number;
  buildMs: number;
  peakRssMb: number;
  distKb: number;
  pagefindKb: number;
  pagefindFiles: number;
  load?: LoadFigures;
  search?: SearchFigures[];
  lighthouse?: LighthouseFigures[];
}

/** Bytes and file count under a folder. */
function folderSize(path: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(path, { recursive: true, encoding: 'utf8' })) {
    const stats = statSync(join(path, entry));
    if (stats.isFile()) {
      bytes += stats.size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** A throw-away copy of the project, with `pages` synthetic pages in place of content/ (or the real ones). */
function prepareCopy(size: string): { dir: string; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), `bench-${size}-`));
  for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  if (size === 'real') return { dir, pages: readdirSync(join(dir, 'content')).length };
  rmSync(join(dir, 'content'), { recursive: true });
  mkdirSync(join(dir, 'content'));
  const pages = syntheticPages(Number(size));
  for (const page of pages) writeFileSync(join(dir, 'content', `${page.slug}.mdx`), page.mdx);
  return { dir, pages: pages.length };
}

function serve(dir: string, port: number): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const server = spawn(process.execPath, ['scripts/serve.ts', '--port', String(port)], { cwd: dir });
    server.stdout.once('data', () => {
      resolve(server);
    });
    server.once('error', reject);
    server.once('exit', (code) => {
      reject(new Error(`the server stopped with code ${code}`));
    });
  });
}

async function benchSize(size: string, port: number): Promise<SizeFigures> {
  const { dir, pages } = prepareCopy(size);
  try {
    process.stderr.write(`building ${size} (${pages} pages)… `);
    const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    const build = await runMeasured(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'],
      dir,
      env,
    );
    if (build.code !== 0) throw new Error(`the ${size} build failed:\n${build.output.slice(-3000)}`);
    process.stderr.write(`${(build.wallMs / 1000).toFixed(1)} s\n`);
    const dist = folderSize(join(dir, 'dist'));
    const pagefind = folderSize(join(dir, 'dist', 'pagefind'));
    const figures: SizeFigures = {
      size,
      pages,
      buildMs: Math.round(build.wallMs),
      peakRssMb: Math.round(build.peakRssBytes / 2 ** 20),
      distKb: Math.round(dist.bytes / 1024),
      pagefindKb: Math.round(pagefind.bytes / 1024),
      pagefindFiles: pagefind.files,
    };
    if (values['no-browser']) return figures;

    const server = await serve(dir, port);
    const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
    try {
      const url = `http://localhost:${port}/`;
      figures.load = await measureLoad(browser, url);
      const queries = size === 'real' ? REAL_QUERIES : SYNTHETIC_QUERIES;
      // Keys in a burst (the worst case), then at a fast typist's 100 ms a key.
      figures.search = [
        ...(await measureSearch(browser, url, queries, 0)),
        ...(await measureSearch(browser, url, queries, 100)),
      ];
    } finally {
      await browser.close();
    }
    try {
      if (values.lighthouse)
        figures.lighthouse = await measureLighthouse(`http://localhost:${port}/`, port + 100);
    } finally {
      server.kill();
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : (sorted[Math.floor((sorted.length - 1) / 2)] as number);
};
const max = (list: number[]) => (list.length === 0 ? NaN : Math.max(...list));
const ms = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? '–' : value.toFixed(1);

const results: SizeFigures[] = [];
let port = 4700;
for (const size of values.sizes.split(',').filter(Boolean)) results.push(await benchSize(size, port++));

const rows = results.map((r) => {
  const latencies = (kind: 'cold' | 'warm', keyDelayMs: number) =>
    (r.search ?? []).filter((s) => s.kind === kind && s.keyDelayMs === keyDelayMs).map((s) => s.latencyMs);
  const [cold, warm, coldTyped, warmTyped] = [
    latencies('cold', 0),
    latencies('warm', 0),
    latencies('cold', 100),
    latencies('warm', 100),
  ];
  return {
    size: r.size,
    pages: r.pages,
    'build s': (r.buildMs / 1000).toFixed(1),
    'peak MB': r.peakRssMb,
    'dist KB': r.distKb,
    'index KB': r.pagefindKb,
    'index files': r.pagefindFiles,
    requests: r.load?.requests ?? '–',
    'load KB gz': r.load ? (r.load.gzipBytes / 1024).toFixed(1) : '–',
    'JS run B': r.load ? `${r.load.jsUsedBytes}/${r.load.jsBytes}` : '–',
    'FCP ms': ms(r.load?.fcpMs),
    'LCP ms': ms(r.load?.lcpMs),
    'cold med/max ms': `${ms(median(cold))}/${ms(max(cold))}`,
    'warm med/max ms': `${ms(median(warm))}/${ms(max(warm))}`,
    'typed cold/warm med ms': `${ms(median(coldTyped))}/${ms(median(warmTyped))}`,
  };
});
console.log(
  `\nBenchmark on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString()}`,
);
console.table(rows);
const lighthouseRows = results.flatMap((r) =>
  (r.lighthouse ?? []).map((l) => ({
    size: r.size,
    form: l.formFactor,
    ...l.scores,
    'not passed': l.failed.join(' ') || '–',
  })),
);
if (lighthouseRows.length > 0) console.table(lighthouseRows);
if (values.json) {
  writeFileSync(
    values.json,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
  );
  console.log(`Figures written to ${values.json}`);
}
