/**
 * The build's finishing steps over the pages Astro wrote, in order: post-build (checks, edits, Markdown
 * copies, search vocabulary), the Pagefind index of the final HTML, then the `.br` and `.gz` copies of
 * every final file and the servers' configuration.
 *
 * `astro build` runs them at its end (`finishedSite`). `npm run build` runs each in a process of its own
 * once Astro's has exited (scripts/finish-build.ts): the build's peak memory is then the largest of the
 * processes' instead of their sum, because a process keeps much of what it allocated until it exits (Astro's
 * its data store; post-build's about 500 MB at 10,000 pages, under Pagefind's 1.4 GB).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

/** Where a finishing step logs its lines. */
export type BuildLog = Pick<AstroIntegrationLogger, 'info'>;

/** The variable `npm run build` sets to "1" so that `astro build` leaves the finishing steps to it. */
export const FINISH_SEPARATELY = 'FINISH_BUILD_SEPARATELY';

type Step = (site: string, deployDir: string, log: BuildLog) => Promise<void>;

/** The finishing steps by name, in the order they run; each loads its modules when it runs. */
export const FINISH_STEPS = {
  'post-build': async (site, _deployDir, log) => {
    await (await import('./post-build.ts')).postBuildSite(site, log);
  },
  'pagefind-index': async (site, _deployDir, log) => {
    await (await import('./pagefind.ts')).indexSite(site, log);
  },
  precompress: async (site, deployDir, log) => {
    await (await import('./precompress.ts')).precompressSite(site, deployDir, log);
  },
} satisfies Record<string, Step>;

export type FinishStep = keyof typeof FINISH_STEPS;

/** Whether `name` is a finishing step's name. */
export function isFinishStep(name: string): name is FinishStep {
  return Object.hasOwn(FINISH_STEPS, name);
}

/**
 * Runs the finishing steps over the built site in `site`, writing the servers' configuration to
 * `deployDir`; each step logs to `log(step)`. `run` runs one step (by default here, in this process).
 * Throws (dist/ removed) when a step finds a problem; the steps after it do not run.
 */
export async function finishBuild(
  site: string,
  deployDir: string,
  log: (step: string) => BuildLog,
  run: (step: FinishStep) => Promise<void> = (step) => FINISH_STEPS[step](site, deployDir, log(step)),
): Promise<void> {
  for (const step of Object.keys(FINISH_STEPS) as FinishStep[]) await run(step);
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
