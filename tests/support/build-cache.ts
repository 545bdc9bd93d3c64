/**
 * A site built once for every test process that asks for it (Playwright's workers, the build tests' process)
 * and kept under node_modules/.cache/<cache>/<hash of its inputs>/, so a later run whose inputs did not change
 * builds nothing. Concurrent callers wait for one build instead of each making their own.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_FILES } from './link-dependencies.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every file under `path` (a file or folder), sorted. */
function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((entry) => join(path, entry))
    .filter((entry) => statSync(entry).isFile())
    .sort();
}

/** A hash of the project's sources and config (what a copy of it builds from), the files under `more` and `add`'s. */
function inputsHash(more: readonly string[], add: (hash: Hash) => void): string {
  const hash = createHash('sha256');
  for (const file of [...PROJECT_FILES.map((entry) => join(ROOT, entry)), ...more].flatMap(filesUnder)) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  add(hash);
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The folder of the cached build of `cache` (an absolute path), made first by `build` (which writes it, and
 * `done` in it, last) when the project, the files under `inputs` or what `add` hashes changed. Builds of older
 * inputs are removed.
 */
export async function cachedBuild(
  cache: string,
  {
    inputs = [],
    add = () => undefined,
    done,
  }: { inputs?: string[]; add?: (hash: Hash) => void; done: string },
  build: (target: string) => Promise<void>,
): Promise<string> {
  const dir = join(ROOT, 'node_modules/.cache', cache);
  const target = join(dir, inputsHash(inputs, add));
  const lock = `${target}.lock`;
  mkdirSync(dir, { recursive: true });
  for (;;) {
    if (existsSync(join(target, done))) return target;
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
      if (!existsSync(join(target, done))) {
        await build(target);
        for (const entry of readdirSync(dir))
          if (/^[0-9a-f]{16}$/.test(entry) && join(dir, entry) !== target)
            rmSync(join(dir, entry), { recursive: true, force: true });
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
