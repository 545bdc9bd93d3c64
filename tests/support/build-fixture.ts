/** Builds a throw-away copy of the project with some files changed, to see how the build reacts. */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { registerHooks } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'astro';
import { captured } from './captured.ts';
import { projectCopy } from './link-dependencies.ts';

export interface BuildResult {
  status: number;
  /** stdout and stderr together, colours stripped. */
  output: string;
  /** The built files asked for with `read` (`dist/links/index.html`), when they were built. */
  built: Record<string, string>;
  /** Whether the build left any page in dist/ (a failed build must publish nothing). */
  published: boolean;
  /** The built copy's dist/, kept until the process exits: to serve or read after the build. */
  dist: string;
}

export interface BuildOptions {
  /** More environment for the build, such as NODE_ENV. */
  env?: Record<string, string>;
  /** Files of the built copy to return, relative to it (`dist/links/index.html`). */
  read?: string[];
  /** Looks at the built copy's folder (`dir/dist/…`, its sources) once it is built. */
  inspect?: (dir: string) => void;
}

/**
 * What `astro build` prints when a build throws, done the way its command line does (astro/dist/cli/throw-and-exit.js):
 * a config error has been printed already; any other is printed with its metadata. These are Astro's own
 * modules, named by path because its package exports neither.
 */
async function printBuildError(error: unknown): Promise<void> {
  const { isAstroConfigZodError } = await import('../../node_modules/astro/dist/core/errors/errors.js');
  if (isAstroConfigZodError(error)) return;
  const { collectErrorMetadata } = await import('../../node_modules/astro/dist/core/errors/dev/index.js');
  const { createSafeError } = await import('../../node_modules/astro/dist/core/errors/index.js');
  const { formatErrorMessage } = await import('../../node_modules/astro/dist/core/messages/runtime.js');
  console.error(formatErrorMessage(collectErrorMetadata(createSafeError(error)), true));
}

/** The copy being built in this process (its folder's file URL, ending in /) and how many builds ran. */
const building = { root: '', builds: 0 };

/**
 * A build's modules of its copy (its config's imports of src/, and what Astro bundled into dist/.prerender/ and
 * imports to render the pages) are loaded for that build, as in an `astro build` process of its own: each
 * build's URLs get a query of their own. Node keeps a module by its URL for the life of the process, so a
 * second build of one copy would render its pages with the first build's bundle, which holds the first
 * build's content store (Astro imports its prerender entry by path, the same name for the same code).
 */
registerHooks({
  resolve(specifier, context, next) {
    const resolved = next(specifier, context);
    const { root, builds } = building;
    if (root === '' || !resolved.url.startsWith(root) || resolved.url.startsWith(`${root}node_modules/`))
      return resolved;
    const url = new URL(resolved.url);
    url.searchParams.set('build', String(builds));
    return { ...resolved, url: url.href };
  },
});

/**
 * Runs `astro build` on the copy in `dir` in this process, as `astro build` run in `dir` with `env` added would:
 * its status and what it printed. In process, a test file's second build and later reuse the modules the
 * first loaded (about 2.5 s of CPU each instead of 7 for a build in a process of its own). Each copy's own
 * modules (src/, the config) are loaded from its own folder, so builds share no state of the site's code.
 */
export async function buildInProcess(
  dir: string,
  env: Record<string, string>,
): Promise<{ status: number; output: string }> {
  const { value, stdout, stderr } = await captured(async () => {
    const environment = { ...process.env };
    Object.assign(process.env, env);
    building.root = pathToFileURL(join(dir, '/')).href;
    building.builds += 1;
    try {
      await build({ root: dir });
      return 0;
    } catch (error) {
      await printBuildError(error);
      return 1;
    } finally {
      building.root = '';
      for (const key of Object.keys(process.env))
        if (!(key in environment)) Reflect.deleteProperty(process.env, key);
      Object.assign(process.env, environment);
    }
  }, dir);
  return { status: value, output: `${stdout}\n${stderr}` };
}

/**
 * Copies the project, writes `files` (path → content, or null to delete), runs `astro build`;
 * `options.inspect` (if given) reads the built copy's folder.
 */
export async function buildWith(
  files: Record<string, string | null>,
  options: BuildOptions = {},
): Promise<BuildResult> {
  // Removed when the process exits, not after the build: a build that failed leaves Astro's data store a save
  // to finish (half a second later) in the copy's node_modules/.astro/, which must still be there.
  const dir = projectCopy('docs-fixture-');
  for (const [path, content] of Object.entries(files)) {
    if (content === null) unlinkSync(join(dir, path));
    else {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
  }
  const result = await buildInProcess(dir, {
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...options.env,
  });
  // eslint-disable-next-line no-control-regex
  const output = result.output.replace(/\x1b\[[0-9;]*m/g, '');
  options.inspect?.(dir);
  const built = Object.fromEntries(
    (options.read ?? [])
      .filter((path) => existsSync(join(dir, path)))
      .map((path) => [path, readFileSync(join(dir, path), 'utf8')]),
  );
  const dist = join(dir, 'dist');
  return { status: result.status, output, built, published: existsSync(join(dist, 'index.html')), dist };
}

/** Every file under `dir`, as path (relative to it) → text: a folder written by the import, for `buildWith`. */
export function readTree(dir: string, under = dir): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory()
        ? Object.entries(readTree(path, under))
        : [[relative(under, path), readFileSync(path, 'utf8')]];
    }),
  );
}
