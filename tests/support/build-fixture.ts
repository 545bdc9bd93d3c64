/** Builds a throw-away copy of the project with some files changed, to see how the build reacts. */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Caches under node_modules/ that a build writes. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * Gives the copy in `dir` the project's packages without its caches: each entry of node_modules/ is linked
 * but `.astro` (Astro's content store), `.vite` and `.cache`, so copies built side by side (the test runner
 * runs two files at once) never read each other's pages from a shared store.
 */
export function linkDependencies(dir: string): void {
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (!CACHES.has(entry)) symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
}

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, colours stripped. */
  output: string;
  /** The built files asked for with `read` (`dist/links/index.html`), when they were built. */
  built: Record<string, string>;
  /** Whether the build left any page in dist/ (a failed build must publish nothing). */
  published: boolean;
}

export interface BuildOptions {
  /** More environment for the build, such as NODE_ENV. */
  env?: Record<string, string>;
  /** Files of the built copy to return, relative to it (`dist/links/index.html`). */
  read?: string[];
  /** Looks at the built copy's folder (`dir/dist/…`) before it is removed. */
  inspect?: (dir: string) => void;
}

/**
 * Copies the project, writes `files` (path → content, or null to delete), runs `astro build`;
 * `options.inspect` (if given) reads the built copy's folder before it is removed.
 */
export function buildWith(files: Record<string, string | null>, options: BuildOptions = {}): BuildResult {
  const dir = mkdtempSync(join(tmpdir(), 'docs-fixture-'));
  try {
    for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    linkDependencies(dir);
    for (const [path, content] of Object.entries(files)) {
      if (content === null) unlinkSync(join(dir, path));
      else {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), content);
      }
    }
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    });
    // eslint-disable-next-line no-control-regex
    const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    options.inspect?.(dir);
    const built = Object.fromEntries(
      (options.read ?? [])
        .filter((path) => existsSync(join(dir, path)))
        .map((path) => [path, readFileSync(join(dir, path), 'utf8')]),
    );
    return { status: result.status, output, built, published: existsSync(join(dir, 'dist/index.html')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
