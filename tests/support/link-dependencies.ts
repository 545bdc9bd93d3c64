/**
 * A throw-away copy of the project gets the project's packages, not its caches: each entry of node_modules/ is
 * linked but `.astro` (Astro's content store, which a build reads again from its file as its pages render),
 * `.vite` and `.cache`. Copies built side by side (the test runner runs two files at once; two benchmark runs
 * on other ports; a build in the project itself) then never read each other's pages from a shared store: with
 * node_modules/ linked whole, a build beside another rendered the other's pages (trial CE).
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './temp-dir.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Caches under node_modules/ that a build writes. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/** Links the project's packages into the copy in `dir` (its node_modules/), leaving out CACHES. */
export function linkDependencies(dir: string): void {
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (!CACHES.has(entry)) symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
}

/** What a copy of the project needs to import, build, serve or run `astro dev` on its site. */
export const PROJECT_FILES = [
  'src',
  'content',
  'public',
  'scripts',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
];

/**
 * A throw-away copy of the project in a new temporary folder named `prefix`, its packages linked. Tests build
 * and serve there, never in the project itself, where `npm test` type-checks and lints over `.astro/` meanwhile.
 */
export function projectCopy(prefix: string): string {
  const dir = tempDir(prefix);
  for (const entry of PROJECT_FILES) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  linkDependencies(dir);
  return dir;
}
