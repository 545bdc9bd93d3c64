/**
 * The benchmark: builds the site at several sizes (synthetic pages, deterministic) and the real site,
 * serves each build and measures it in Chromium; with `--compare starlight`, builds the same pages with
 * Astro Starlight and measures both side by side, alternating. Prints tables; asserts nothing about time.
 * Its options: USAGE below (`npm run bench -- --help`).
 *
 * --port is the first of the ports the builds are served on (two per size; the other site readers arrive
 * from is served on 127.0.0.2 at --port + 50), so two runs can share a machine.
 *
 * First paint is measured twice in each run: reached by a link on another site, as readers arrive (the
 * browser gives the page a new renderer), and typed into a new tab (which may keep the blank tab's). The
 * largest contentful paint, from the link, says when the article's text painted: a first paint may hold
 * only the header.
 *
 * --write-readme writes the figures to bench/results.json (and to --json's file, if named) and regenerates
 * the README's Performance block from it; --report-only regenerates that block from the committed bench/results.json without measuring.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import type { Server } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.ts';
import { linkDependencies, PROJECT_FILES } from '../tests/support/link-dependencies.ts';
import { benchRelevance } from './bench/relevance.ts';
import {
  measureLoad,
  measurePaint,
  serveLinkPage,
  measureSearch,
  SITE_SEARCH,
  STARLIGHT_SEARCH,
  type SearchUi,
} from './bench/measure-browser.ts';
import { runMeasured } from './bench/process-tree.ts';
import {
  formatResults,
  replaceReadmeBlock,
  type BenchResults,
  type BuildFigures,
  type SiteFigures,
  type SizeResult,
} from './bench/report.ts';
import { installStarlight, STARLIGHT_PACKAGES, writeStarlightSite } from './bench/starlight.ts';
import { commandLine, readCommandLine } from './cli.ts';
import { closeSite, serveSite } from './serve.ts';
import { syntheticPages } from './bench/synthetic-pages.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const RESULTS_FILE = join(ROOT, 'bench', 'results.json');
const README = join(ROOT, 'README.md');
const REAL_QUERIES = ['trust center', 'privacy', 'zero trust', 'compliance'];
const SYNTHETIC_QUERIES = ['firewall', 'encryption key', 'audit retention', 'trust center'];
/** Pages whose load and first paint are measured: the overview (its list grows with the site) and an article. */
const REAL_PATHS = ['/', '/security/'];
const SYNTHETIC_PATHS = ['/', '/page-2/'];

const USAGE = `usage: npm run bench -- [--sizes real,5,100,1000] [--runs 20] [--build-runs 2] [--compare starlight]
                     [--json bench.json] [--write-readme] [--report-only] [--no-browser] [--lighthouse]
                     [--relevance] [--port 4700]
(what each option and figure is: README.md, "Performance")`;

const { values } = readCommandLine(
  commandLine(
    {
      options: {
        sizes: { type: 'string', default: 'real,5,100,1000' },
        runs: { type: 'string', default: '20' },
        'build-runs': { type: 'string', default: '2' },
        compare: { type: 'string' },
        json: { type: 'string' },
        'write-readme': { type: 'boolean', default: false },
        'report-only': { type: 'boolean', default: false },
        'no-browser': { type: 'boolean', default: false },
        lighthouse: { type: 'boolean', default: false },
        relevance: { type: 'boolean', default: false },
        port: { type: 'string', default: '4700' },
      },
    },
    USAGE,
  ),
);
const runs = Number(values.runs);
const buildRuns = Number(values['build-runs']);
if (values.compare !== undefined && values.compare !== 'starlight') {
  throw new Error(`--compare ${values.compare}: the benchmark compares with "starlight" only.`);
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

/**
 * The `name` script of the package.json in `dir` as npm runs it (a shell, node_modules/.bin first on the
 * PATH), without npm's own process, whose memory is not the build's.
 */
function npmScript(dir: string, name: string): [string, ...string[]] {
  const { scripts } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const script = scripts[name];
  if (script === undefined) throw new Error(`${dir}/package.json has no "${name}" script.`);
  return [
    '/usr/bin/env',
    `PATH=${join(dir, 'node_modules', '.bin')}:${process.env.PATH ?? ''}`,
    '/bin/sh',
    '-c',
    script,
  ];
}

/** A throw-away copy of the project, with `size` synthetic pages in place of content/ (or the real ones). */
function prepareCopy(size: string): { dir: string; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), `bench-${size}-`));
  for (const entry of PROJECT_FILES) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  linkDependencies(dir);
  if (size === 'real') return { dir, pages: readdirSync(join(dir, 'content')).length };
  rmSync(join(dir, 'content'), { recursive: true });
  mkdirSync(join(dir, 'content'));
  const pages = syntheticPages(Number(size));
  for (const page of pages) writeFileSync(join(dir, 'content', `${page.slug}.md`), page.mdx);
  return { dir, pages: pages.length };
}

async function build({ name, dir, command }: Contender): Promise<BuildFigures> {
  process.stderr.write(`  building ${name}… `);
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const result = await runMeasured(command[0], command.slice(1), dir, env);
  if (result.code !== 0) throw new Error(`the ${name} build failed:\n${result.output.slice(-3000)}`);
  const figures = {
    wallMs: Math.round(result.wallMs),
    cpuMs: Math.round(result.cpuMs),
    peakRssMb: Math.round(result.peakRssBytes / 2 ** 20),
  };
  process.stderr.write(
    `${(figures.wallMs / 1000).toFixed(1)} s (CPU ${(figures.cpuMs / 1000).toFixed(1)} s), ${figures.peakRssMb} MB\n`,
  );
  return figures;
}

/** What a finished build holds; pages and search are measured next. */
function builtFigures(dir: string, builds: BuildFigures[]): SiteFigures {
  const dist = folderSize(join(dir, 'dist'));
  const pagefind = folderSize(join(dir, 'dist', 'pagefind'));
  return {
    builds,
    distKb: Math.round(dist.bytes / 1024),
    pagefindKb: Math.round(pagefind.bytes / 1024),
    pagefindFiles: pagefind.files,
    pages: [],
    search: [],
  };
}

interface Contender {
  name: string;
  dir: string;
  /** The command that builds it, as its package.json's `build` script runs, without npm's process. */
  command: [string, ...string[]];
  figures: SiteFigures;
  ui: SearchUi;
  port: number;
  server?: Server;
}

/** Bytes at load, first paint (runs alternating between the contenders) and search of every contender. */
async function measureInBrowser(
  browser: Browser,
  contenders: Contender[],
  paths: string[],
  queries: string[],
  linkPage: string,
) {
  for (const path of paths) {
    for (const c of contenders)
      c.figures.pages.push({
        path,
        load: await measureLoad(browser, `http://localhost:${c.port}${path}`),
        fcpMs: [],
        fcpFromLinkMs: [],
        lcpFromLinkMs: [],
      });
    for (let run = 0; run < runs; run++) {
      // Alternate which site goes first, so neither always meets a warmer browser.
      const order = run % 2 === 0 ? contenders : [...contenders].reverse();
      for (const c of order) {
        const page = c.figures.pages.at(-1);
        const url = `http://localhost:${c.port}${path}`;
        const fromLink = await measurePaint(browser, url, linkPage);
        page?.fcpFromLinkMs?.push(fromLink.fcpMs);
        page?.lcpFromLinkMs?.push(fromLink.lcpMs);
        page?.fcpMs.push((await measurePaint(browser, url)).fcpMs);
      }
    }
    process.stderr.write(`  measured ${path}\n`);
  }
  for (const keyDelayMs of [0, 100]) {
    for (const c of contenders) {
      const url = `http://localhost:${c.port}/`;
      c.figures.search.push(...(await measureSearch(browser, url, queries, keyDelayMs, c.ui)));
    }
  }
  process.stderr.write('  measured search\n');
}

async function benchSize(size: string, port: number, starlightDir: string | undefined): Promise<SizeResult> {
  const { dir, pages } = prepareCopy(size);
  const unmeasured: SiteFigures = {
    builds: [],
    distKb: 0,
    pagefindKb: 0,
    pagefindFiles: 0,
    pages: [],
    search: [],
  };
  const contenders: Contender[] = [
    {
      name: 'this site',
      dir,
      command: npmScript(dir, 'build'),
      figures: unmeasured,
      ui: SITE_SEARCH,
      port,
    },
  ];
  if (starlightDir !== undefined && size !== 'real') {
    const siteDir = join(starlightDir, `site-${size}`);
    writeStarlightSite(siteDir, syntheticPages(Number(size)));
    contenders.push({
      name: 'Starlight',
      dir: siteDir,
      // Starlight's starter builds with `astro build`, the integration indexing for search in it.
      command: [process.execPath, join(starlightDir, 'node_modules/astro/bin/astro.mjs'), 'build'],
      figures: unmeasured,
      ui: STARLIGHT_SEARCH,
      port: port + 1,
    });
  }
  try {
    process.stderr.write(`${size} (${pages} pages)\n`);
    const builds = new Map<Contender, BuildFigures[]>(contenders.map((c) => [c, []]));
    for (let run = 0; run < buildRuns; run++) {
      const order = run % 2 === 0 ? contenders : [...contenders].reverse();
      for (const c of order) builds.get(c)?.push(await build(c));
    }
    for (const c of contenders) c.figures = builtFigures(c.dir, builds.get(c) ?? []);

    if (!values['no-browser']) {
      for (const c of contenders) c.server = await serveSite(join(c.dir, 'dist'), c.port);
      const linkPage = await serveLinkPage(port + 50);
      const browser = await chromium.launch({
        executablePath: findChromium({ purpose: 'measure' }),
        args: CHROMIUM_ARGS,
      });
      try {
        const real = size === 'real';
        await measureInBrowser(
          browser,
          contenders,
          real ? REAL_PATHS : SYNTHETIC_PATHS,
          real ? REAL_QUERIES : SYNTHETIC_QUERIES,
          linkPage.url,
        );
      } finally {
        await browser.close();
        await closeSite(linkPage.server);
      }
      const site = contenders[0];
      if (values.lighthouse && site) {
        // Imported only when asked for: Lighthouse takes seconds of CPU to load (even for --help).
        const { measureLighthouse } = await import('./bench/lighthouse.ts');
        site.figures.lighthouse = await measureLighthouse(`http://localhost:${site.port}/`, port + 100);
      }
    }
    const [site, starlight] = contenders;
    if (!site) throw new Error('no site measured');
    return { size, pages, site: site.figures, ...(starlight ? { starlight: starlight.figures } : {}) };
  } finally {
    for (const c of contenders) if (c.server) await closeSite(c.server);
    rmSync(dir, { recursive: true, force: true });
    if (contenders[1]) rmSync(contenders[1].dir, { recursive: true, force: true });
  }
}

/** The README's Performance block, regenerated from `results`. */
function writeReadme(results: BenchResults): void {
  writeFileSync(README, replaceReadmeBlock(readFileSync(README, 'utf8'), formatResults(results)));
  console.log('README.md Performance figures regenerated from bench/results.json');
}

if (values['report-only']) {
  writeReadme(JSON.parse(readFileSync(values.json ?? RESULTS_FILE, 'utf8')) as BenchResults);
} else {
  let starlightDir: string | undefined;
  let starlight: BenchResults['starlight'];
  if (values.compare === 'starlight') {
    starlightDir = mkdtempSync(join(tmpdir(), 'bench-starlight-'));
    process.stderr.write(
      `installing Starlight ${STARLIGHT_PACKAGES['@astrojs/starlight']} from the npm registry… `,
    );
    const failure = installStarlight(starlightDir);
    if (failure === undefined) {
      process.stderr.write('done\n');
      starlight = { version: STARLIGHT_PACKAGES['@astrojs/starlight'] };
    } else {
      process.stderr.write(`\nStarlight is not compared: ${failure}\n`);
      starlight = { skipped: failure.split('\n')[0] ?? failure };
      rmSync(starlightDir, { recursive: true, force: true });
      starlightDir = undefined;
    }
  }
  const browserVersion = values['no-browser']
    ? 'no browser'
    : await chromium
        .launch({ executablePath: findChromium({ purpose: 'measure' }), args: CHROMIUM_ARGS })
        .then(async (browser) => {
          const version = `Chromium ${browser.version()}`;
          await browser.close();
          return version;
        });
  const sizes: SizeResult[] = [];
  // --write-readme's figures are the committed file's, whatever --json also names: the README is made from it.
  const jsonFiles = [
    ...(values['write-readme'] ? [RESULTS_FILE] : []),
    ...(values.json === undefined ? [] : [values.json]),
  ];
  const collect = (): BenchResults => ({
    date: new Date().toISOString(),
    machine: {
      cpu: (cpus()[0]?.model ?? 'CPU').trim(),
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      chromium: browserVersion,
    },
    runs,
    buildRuns,
    ...(starlight ? { starlight } : {}),
    sizes,
  });
  let port = Number(values.port);
  try {
    for (const size of values.sizes.split(',').filter(Boolean)) {
      sizes.push(await benchSize(size, port, starlightDir));
      port += 2;
      // Each finished size is written at once, so a run cut short keeps what it measured.
      for (const jsonFile of jsonFiles) {
        mkdirSync(join(jsonFile, '..'), { recursive: true });
        writeFileSync(jsonFile, `${JSON.stringify(collect(), null, 2)}\n`);
      }
    }
  } finally {
    if (starlightDir) rmSync(starlightDir, { recursive: true, force: true });
  }
  const results = collect();
  console.log(`\n${formatResults(results)}`);
  // Search relevance on the real Learn corpus (the judged queries of the relevance suite).
  if (values.relevance)
    console.log(`\nSearch relevance, Defender for Business corpus:\n${(await benchRelevance()).table}`);
  if (jsonFiles.length > 0) console.log(`Figures written to ${jsonFiles.join(' and ')}`);
  if (values['write-readme']) writeReadme(results);
}
