/**
 * The post-build step: one integration that reads the built pages of dist/ one at a time (never all at
 * once), each parsed as a browser parses it, and runs the stages in code order:
 *   1. leftovers: Learn syntax that was not rendered;
 *   2. inert: no event handlers, code URLs, refresh or <base>, whoever wrote them;
 *   3. csp: inline code allowed by hashes, one policy for every page, `_headers`.
 * A stage's problems fail the build and remove dist/. Pages are rewritten (parsed tree serialized back)
 * only by stages that edit them. Must come before the Pagefind integration, which indexes the final HTML;
 * integrations that work on the final pages (copies, compression) come after it.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspStage } from '../lib/post-build/csp.ts';
import { inertStage } from '../lib/post-build/inert.ts';
import { leftoversStage } from '../lib/post-build/leftovers.ts';
import { listHtmlFiles, parsePage, serializePage, type Stage } from '../lib/post-build/stage.ts';

/** The stages, in the order they run. */
export function defaultStages(): Stage[] {
  return [leftoversStage(), inertStage(), cspStage()];
}

/** Runs `stages` over the built site in `site`; returns log lines, or throws (dist/ removed) on problems. */
export function runPostBuild(site: string, stages: readonly Stage[]): string[] {
  const files = listHtmlFiles(site);
  const problems = new Map<Stage, string[]>(stages.map((stage) => [stage, []]));
  for (const file of files) {
    const page = parsePage(file, readFileSync(join(site, file), 'utf8'));
    for (const stage of stages) {
      for (const problem of stage.inspect?.(page) ?? [])
        problems.get(stage)?.push(`dist/${file}: ${problem}`);
    }
  }
  for (const stage of stages) problems.get(stage)?.push(...(stage.settle?.() ?? []));
  const failed = stages.filter((stage) => (problems.get(stage) ?? []).length > 0);
  if (failed.length > 0) {
    // A site that shows raw syntax, runs code or breaks under its own policy must not be published.
    rmSync(site, { recursive: true, force: true });
    throw new Error(
      failed
        .map((stage) => `${stage.failure} (dist/ removed):\n${(problems.get(stage) ?? []).join('\n')}`)
        .join('\n\n'),
    );
  }
  const rewriting = stages.filter((stage) => stage.rewrite);
  if (rewriting.length > 0) {
    for (const file of files) {
      const page = parsePage(file, readFileSync(join(site, file), 'utf8'));
      for (const stage of rewriting) stage.rewrite?.(page);
      writeFileSync(join(site, file), serializePage(page.tree));
    }
  }
  return stages.flatMap((stage) => stage.finish?.(site) ?? []);
}

/** The integration; `stages` defaults to the site's own (see the file comment). */
export function postBuild(stages: () => Stage[] = defaultStages): AstroIntegration {
  return {
    name: 'post-build',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        for (const line of runPostBuild(fileURLToPath(dir), stages())) logger.info(line);
      },
    },
  };
}
