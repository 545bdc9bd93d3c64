/**
 * The real Learn corpus (tests/fixtures/defender-business/, 37 articles) imported into a temporary copy of
 * the project with `npm run import -- --toc TOC.yml --allow-new-hosts …` and built once. The dist is
 * cached under node_modules/.cache/corpus-dist/<hash of the inputs>/, so every test file of a run (and the
 * next run, when nothing changed) shares one build.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedBuild } from './build-cache.ts';
import { projectCopy } from './link-dependencies.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CORPUS = join(ROOT, 'tests/fixtures/defender-business');

/** The corpus articles the import is given: every `.md` of the folder but its SOURCE.md. */
export function corpusArticles(): string[] {
  return readdirSync(CORPUS)
    .filter((file) => file.endsWith('.md') && file !== 'SOURCE.md')
    .sort()
    .map((file) => join(CORPUS, file));
}

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
}

/**
 * The built corpus site's dist/ folder (an absolute path), building it first when the corpus, the project's
 * sources or config changed (tests/support/build-cache.ts: test files run in parallel wait for one build).
 */
export async function corpusDist(): Promise<string> {
  return join(await cachedBuild('corpus-dist', { inputs: [CORPUS], done: 'dist/index.html' }, build), 'dist');
}
