/**
 * The real Learn corpus (tests/fixtures/defender-business/, 37 articles) imported into a temporary copy of
 * the project with `npm run import -- --toc TOC.yml --allow-new-hosts …` and built once. The dist is
 * cached under node_modules/.cache/corpus-dist/<hash of the inputs>/, so every test file of a run (and the
 * next run, when nothing changed) shares one build.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_FILES, projectCopy } from './link-dependencies.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CORPUS = join(ROOT, 'tests/fixtures/defender-business');
const CACHE = join(ROOT, 'node_modules/.cache/corpus-dist');

/** The corpus articles the import is given: every `.md` of the folder but its SOURCE.md. */
export function corpusArticles(): string[] {
  return readdirSync(CORPUS)
    .filter((file) => file.endsWith('.md') && file !== 'SOURCE.md')
    .sort()
    .map((file) => join(CORPUS, file));
}

/** Every file under `path` (a file or folder), sorted. */
function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((entry) => join(path, entry))
    .filter((entry) => statSync(entry).isFile())
    .sort();
}

/** A hash of everything the corpus build depends on: the corpus, the project's sources and config. */
function inputsHash(): string {
  const hash = createHash('sha256');
  for (const file of [...PROJECT_FILES.map((entry) => join(ROOT, entry)), CORPUS].flatMap(filesUnder)) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Output of the last import of the corpus (what it printed), kept beside the cached dist. */
export function corpusImportLog(dist: string): string {
  return readFileSync(join(dist, '..', 'import.log'), 'utf8');
}

/** Output of the build of the corpus (what `astro build` printed), kept beside the cached dist. */
export function corpusBuildLog(dist: string): string {
  return readFileSync(join(dist, '..', 'build.log'), 'utf8');
}

/** The folder of the imported project's content/ (the pages as the import wrote them), beside the dist. */
export function corpusContent(dist: string): string {
  return join(dist, '..', 'content');
}

/**
 * Imports the corpus into a copy of the project and builds it, in this process as the build tests' fixtures
 * are (a process each loaded the import's modules, then Astro's, again). Loaded when a build is due, so a
 * run that finds the build cached (the browser tests after the build tests) loads neither.
 */
async function build(target: string): Promise<void> {
  const { importCommand } = await import('./run-import.ts');
  const { buildInProcess } = await import('./build-fixture.ts');
  // Removed when the process exits, as buildWith's copies are: a build in process may leave Astro's data
  // store a save to finish there after it returns.
  const dir = projectCopy('corpus-site-');
  const imported = await importCommand(
    ['--toc', join(CORPUS, 'TOC.yml'), '--allow-new-hosts', ...corpusArticles()],
    dir,
  );
  if (imported.status !== 0) throw new Error(`npm run import of the corpus failed:\n${imported.output}`);
  const built = await buildInProcess(dir, {
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  });
  if (built.status !== 0) throw new Error(`the corpus build failed:\n${built.output}`);
  const staging = `${target}.${process.pid}.tmp`;
  mkdirSync(staging, { recursive: true });
  cpSync(join(dir, 'dist'), join(staging, 'dist'), { recursive: true });
  cpSync(join(dir, 'content'), join(staging, 'content'), { recursive: true });
  cpSync(join(dir, 'src/data'), join(staging, 'data'), { recursive: true });
  writeFileSync(join(staging, 'import.log'), imported.output);
  writeFileSync(join(staging, 'build.log'), built.output);
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
  // Builds of older inputs are of no further use.
  for (const entry of readdirSync(CACHE))
    if (/^[0-9a-f]{16}$/.test(entry) && join(CACHE, entry) !== target)
      rmSync(join(CACHE, entry), { recursive: true, force: true });
}

/**
 * The built corpus site's dist/ folder (an absolute path), building it first when the inputs changed.
 * Concurrent callers (test files run in parallel) wait for one build instead of each making their own.
 */
export async function corpusDist(): Promise<string> {
  const target = join(CACHE, inputsHash());
  const dist = join(target, 'dist');
  const lock = `${target}.lock`;
  mkdirSync(CACHE, { recursive: true });
  for (;;) {
    if (existsSync(join(dist, 'index.html'))) return dist;
    try {
      mkdirSync(lock);
    } catch {
      // Another process builds it: wait, unless its lock is stale (older than 10 minutes).
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 10 * 60_000)
        rmSync(lock, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      if (!existsSync(join(dist, 'index.html'))) await build(target);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
