/**
 * Stops `astro build` before it writes anything when a page of content/ would take a URL the build writes
 * something else at (src/lib/page-urls.ts): the site's own routes as Astro resolves them, public/'s files,
 * Astro's bundle folder (`build.assets`), the search index and the finishing steps' files. `astro dev`
 * warns instead.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { isContentPage, slugOfContentPath } from '../lib/navigation.ts';
import {
  FINISHING_FILES,
  FINISHING_FOLDERS,
  pageUrlProblems,
  routeOutputs,
  type BuildPlan,
  type SiteRoute,
} from '../lib/page-urls.ts';

/** The files under `folder` (symbolic links as files), as paths relative to it with `/`; none if it is missing. */
function filesUnder(folder: URL): string[] {
  try {
    return readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => !entry.isDirectory())
      .map((entry) =>
        relative(fileURLToPath(folder), join(entry.parentPath, entry.name)).replace(/\\/g, '/'),
      );
  } catch {
    return [];
  }
}

/** What the build of the project `config` describes will write, with the site's `routes`. */
export function buildPlan(config: AstroConfig, routes: readonly SiteRoute[]): BuildPlan {
  const pages = filesUnder(new URL('content/', config.root))
    .filter((file) => isContentPage(file))
    .map((file) => ({ file: `content/${file}`, slug: slugOfContentPath(file) }));
  const files = [
    ...routes.flatMap(routeOutputs),
    ...filesUnder(config.publicDir).map((path) => ({ path, by: `public/${path}` })),
    ...FINISHING_FILES,
  ];
  const assets = config.build.assets.replace(/^\/+|\/+$/g, '');
  const folders = [
    { path: assets, by: `Astro's bundled scripts and styles (build.assets)` },
    ...FINISHING_FOLDERS,
  ];
  return { pages, files, folders };
}

/** The integration; first in the list, so a page name is judged before the other integrations run. */
export function freePageUrls(): AstroIntegration {
  let command = '';
  let routes: SiteRoute[] = [];
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
        const problems = pageUrlProblems(buildPlan(config, routes));
        if (problems.length === 0) return;
        const message = `A page's URL is taken by a file the build writes:\n${problems.join('\n')}`;
        if (command !== 'build') {
          logger.warn(message);
          return;
        }
        throw new Error(message);
      },
    },
  };
}
