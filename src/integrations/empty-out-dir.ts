/**
 * Empties dist/ of everything but `.git` before `astro build` writes into it, as Astro means to. Astro 7.3
 * keeps `new Set(".git")` (core/build/static-build.js), a set of the letters ".", "g", "i" and "t": a
 * folder dist/t/ of the build before stayed when its page content/t.mdx was deleted, published and
 * indexed by Pagefind, while `.git` went. Astro's emptying is turned off (Vite's `build.emptyOutDir`, which
 * Astro reads only for it) and this one runs instead, unless the project turned it off itself.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** What emptying the build's folder keeps: a deploy repository's `.git`. */
const KEPT = new Set(['.git']);

/** Removes everything in the folder `dir` but KEPT (symbolic links as links); nothing when there is no `dir`. */
export async function emptyBuildFolder(dir: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  await Promise.all(
    entries
      .filter((name) => !KEPT.has(name))
      .map((name) => rm(join(dir, name), { recursive: true, force: true, maxRetries: 3 })),
  );
}

/** The integration: empties the output folder at `astro:build:start` instead of Astro. */
export function emptiedOutDir(): AstroIntegration {
  let enabled = false;
  let outDir = '';
  return {
    name: 'empty-out-dir',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        enabled = command === 'build' && config.vite.build?.emptyOutDir !== false;
        if (enabled) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async () => {
        if (enabled) await emptyBuildFolder(outDir);
      },
    },
  };
}
