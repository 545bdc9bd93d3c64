/**
 * Warnings the bundler gives of Astro's own code, which say nothing of the site's: left out of the
 * build's log, so that a warning about the content is seen. Each says why it is harmless.
 */
import type { AstroIntegration } from 'astro';
import type { BuildEnvironmentOptions } from 'vite';

type OnLog = NonNullable<NonNullable<BuildEnvironmentOptions['rolldownOptions']>['onLog']>;

/** A warning of Vite's bundler (rolldown), as its `onLog` gets it. */
export interface BundlerWarning {
  code?: string;
  message: string;
}

/** Whether `warning` is one the build leaves out of its log. */
export function isKnownWarning(warning: BundlerWarning): boolean {
  // Astro starts each .mdx page's module with its `"use astro:head-inject"` directive, a marker for its
  // own plugins, which have read it before the bundler runs; rolldown warns once per .mdx page that it may
  // not keep it (withastro/astro#18087), ten boxed warnings for this site, thousands for an imported folder.
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');
}

/** Passes on every log of the bundler but the known warnings. */
const onLog: OnLog = (level, log, handle) => {
  if (level !== 'warn' || !isKnownWarning(log)) handle(level, log);
};

export function quietKnownWarnings(): AstroIntegration {
  return {
    name: 'known-warnings',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: {
              rolldownOptions: { onLog },
            },
          },
        });
      },
    },
  };
}
