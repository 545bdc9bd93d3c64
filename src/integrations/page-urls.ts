/**
 * Stops `astro build` before it reads a page when a file of content/ or public/ is a symbolic link out of its
 * folder (linksOutside), when two files it publishes differ only in case (caseTwinFiles), or when a page of
 * content/ would take a URL the build writes something else at (src/lib/page-urls.ts): the site's own routes
 * as Astro resolves them, public/'s files, Astro's bundle folder (`build.assets`), the search index and the
 * finishing steps' files. `astro dev` warns instead. The import plans the same build without Astro, reading
 * src/pages/ as Astro routes it (projectRoutes): the build fails when that reading and Astro's routes part, so
 * the two cannot drift.
 */
import type { AstroIntegration } from 'astro';
import {
  buildPlan,
  caseTwinFiles,
  unbuiltPages,
  linksOutside,
  pageUrlProblems,
  projectRoutes,
  type SiteRoute,
} from '../lib/page-urls.ts';

/** A route of src/pages/ as one line: its file and URL (or that it has parameters) and type. */
function describe(route: SiteRoute): string {
  return `${route.entrypoint} → ${route.pathname ?? '(parameters)'} (${route.type})`;
}

/**
 * The routes of src/pages/ that Astro and the import's reading (`read`) do not both have, one line each;
 * Astro's own routes (from its packages) are not the project's.
 */
export function routeDrift(astro: readonly SiteRoute[], read: readonly SiteRoute[]): string[] {
  const ours = (routes: readonly SiteRoute[]) =>
    new Set(routes.filter((route) => route.entrypoint.startsWith('src/pages/')).map(describe));
  const [byAstro, byImport] = [ours(astro), ours(read)];
  return [
    ...[...byAstro].filter((line) => !byImport.has(line)).map((line) => `Astro routes ${line}`),
    ...[...byImport].filter((line) => !byAstro.has(line)).map((line) => `the import reads ${line}`),
  ];
}

/** The integration; first in the list, so a page name is judged before the other integrations run. */
export function freePageUrls(): AstroIntegration {
  let command = '';
  // Unset until Astro resolves the routes, which `astro sync` (run by `astro check` and `npm run sync`) never does.
  let routes: SiteRoute[] | undefined;
  return {
    name: 'page-urls',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:routes:resolved': (options) => {
        routes = options.routes;
      },
      'astro:config:done': ({ config, logger }) => {
        // Nothing to compare without Astro's routes: each route would be told apart as "only the import reads".
        if (routes === undefined) return;
        // Pages Astro's glob skips: said, not refused (a hidden folder of notes is no page of the site).
        for (const hidden of unbuiltPages(new URL('content/', config.root))) logger.warn(hidden);
        const project = { root: config.root, publicDir: config.publicDir, assets: config.build.assets };
        const drift = routeDrift(routes, projectRoutes(config.root));
        const plan = buildPlan(project, routes);
        const problems = pageUrlProblems(plan);
        const twins = caseTwinFiles(plan.files);
        const links = [
          ...linksOutside(new URL('content/', config.root), 'content'),
          ...linksOutside(config.publicDir, 'public'),
        ];
        const messages = [
          ...(links.length === 0
            ? []
            : [`A file the build reads is a link out of its folder:\n${links.join('\n')}`]),
          ...(drift.length === 0
            ? []
            : [
                `src/pages/ as the import reads it (routeOfPageFile in src/lib/page-urls.ts) is not as Astro routes it; make routeOfPageFile read it as Astro does:\n${drift.join('\n')}`,
              ]),
          ...(twins.length === 0
            ? []
            : [
                `Two files the build publishes differ only in case (each line says which):\n${twins.join('\n')}`,
              ]),
          ...(problems.length === 0
            ? []
            : [`A page cannot have its URL (each line says why and what to do):\n${problems.join('\n')}`]),
        ];
        if (messages.length === 0) return;
        if (command !== 'build') {
          for (const message of messages) logger.warn(message);
          return;
        }
        throw new Error(messages.join('\n'));
      },
    },
  };
}
