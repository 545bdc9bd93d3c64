/**
 * The same synthetic pages built with Astro Starlight, for `npm run bench -- --compare starlight`.
 * Starlight is installed at pinned versions into a temporary folder from the npm registry, once per run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SyntheticPage } from './synthetic-pages.ts';

/** Exact versions: Starlight 0.42 and the Astro release this site builds with (Starlight's peer range ^7.2.10). */
export const STARLIGHT_PACKAGES = {
  '@astrojs/starlight': '0.42.4',
  '@astrojs/markdown-remark': '7.3.1',
  astro: '7.3.5',
} as const;

/** Installs Starlight into `dir`/node_modules; returns why it could not, or undefined when it did. */
export function installStarlight(dir: string): string | undefined {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'bench-starlight', private: true, type: 'module', dependencies: STARLIGHT_PACKAGES }, null, 2)}\n`,
  );
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  if (install.error) return `npm install could not run: ${install.error.message}`;
  if (install.status !== 0)
    return `npm install failed (exit ${install.status}):\n${install.stderr.slice(-1500)}`;
  return undefined;
}

/** One Markdown file as Starlight reads it: its front matter, then the same body as this site's page. */
function starlightPage(page: SyntheticPage): string {
  return (
    `---\ntitle: ${page.title}\ndescription: ${page.description}\nsidebar:\n  order: ${page.order}\n---\n\n` +
    page.body
  );
}

/** The sidebar as this site shows it: the overview, then one group per `group`, pages in order. */
function starlightSidebar(pages: readonly SyntheticPage[]): unknown[] {
  const top: unknown[] = [];
  const groups = new Map<string, string[]>();
  for (const page of pages) {
    const slug = page.slug === 'index' ? '' : page.slug;
    if (page.group === undefined) top.push({ slug });
    else groups.set(page.group, [...(groups.get(page.group) ?? []), slug]);
  }
  for (const [label, items] of groups) top.push({ label, items, collapsed: true });
  return top;
}

/**
 * A Starlight project in `dir` with `pages`. `dir` must lie inside the folder Starlight was installed in,
 * so Node finds its packages by walking up (through a symlinked node_modules Vite externalizes Starlight).
 */
export function writeStarlightSite(dir: string, pages: readonly SyntheticPage[]): void {
  mkdirSync(join(dir, 'src', 'content', 'docs'), { recursive: true });
  // Astro bundles the packages listed here that build on Astro (Starlight's virtual modules need that).
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'bench-starlight-site', private: true, type: 'module', dependencies: STARLIGHT_PACKAGES })}\n`,
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import starlight from '@astrojs/starlight';\nimport { defineConfig } from 'astro/config';\n` +
      `export default defineConfig({ site: 'https://example.com', integrations: [starlight(${JSON.stringify({
        title: 'Bench',
        sidebar: starlightSidebar(pages),
      })})] });\n`,
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n` +
      `import { docsSchema } from '@astrojs/starlight/schema';\n` +
      `export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  for (const page of pages)
    writeFileSync(join(dir, 'src', 'content', 'docs', `${page.slug}.md`), starlightPage(page));
}
