/**
 * The build's finishing steps over the pages Astro wrote, in order: post-build (checks, edits, Markdown
 * copies, search vocabulary), the Pagefind index of the final HTML, then the `.br` and `.gz` copies of
 * every final file and the servers' configuration.
 *
 * `astro build` runs them at its end (`finishedSite`). `npm run build` runs them in a process of their
 * own once Astro's has exited (scripts/finish-build.ts): the build's peak memory is then the larger of the
 * two processes' instead of their sum, because Astro's process keeps what it allocated until it exits.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { indexSite } from './pagefind.ts';
import { postBuildSite } from './post-build.ts';
import { precompressSite } from './precompress.ts';

/** Where a finishing step logs its lines. */
export type BuildLog = Pick<AstroIntegrationLogger, 'info'>;

/** The variable `npm run build` sets to "1" so that `astro build` leaves the finishing steps to it. */
export const FINISH_SEPARATELY = 'FINISH_BUILD_SEPARATELY';

/**
 * Runs the finishing steps over the built site in `site`, writing the servers' configuration to
 * `deployDir`; each step logs to `log(step)`. Throws (dist/ removed) when a step finds a problem.
 */
export async function finishBuild(
  site: string,
  deployDir: string,
  log: (step: string) => BuildLog,
): Promise<void> {
  await postBuildSite(site, log('post-build'));
  await indexSite(site, log('pagefind-index'));
  await precompressSite(site, deployDir, log('precompress'));
}

/** Where the finishing steps write the servers' configuration for the project in `root`: deploy/. */
export function deployDirOf(root: URL): string {
  return fileURLToPath(new URL('deploy/', root));
}

/**
 * The integration that runs the finishing steps at the end of `astro build`, unless `env` (the build's
 * environment) tells it not to.
 */
export function finishedSite(env: NodeJS.ProcessEnv = process.env): AstroIntegration {
  let deployDir = '';
  return {
    name: 'finish',
    hooks: {
      'astro:config:done': ({ config }) => {
        deployDir = deployDirOf(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (env[FINISH_SEPARATELY] === '1') {
          logger.info('finishing steps left to scripts/finish-build.ts');
          return;
        }
        await finishBuild(fileURLToPath(dir), deployDir, (step) => logger.fork(step));
      },
    },
  };
}
