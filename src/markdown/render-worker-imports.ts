/**
 * What a Markdown render worker (render-worker.ts) leaves unloaded of Astro's Markdown package. Its entry
 * (@astrojs/markdown-remark's dist/index.js and processor.js) imports Shiki and Prism for syntax
 * highlighting, MDX's compiler, retext's smartypants and the front matter readers (YAML, TOML), though a
 * worker's processor, with syntax highlighting off, renders Markdown with none of them: each worker loaded
 * and compiled 541 modules for its 322. The package's imports of those are answered, in the worker's own
 * thread, by modules whose exports throw, naming this file.
 */
import { registerHooks } from 'node:module';

/** The modules the package's entry imports but a worker's renderer never runs, by specifier: their exports. */
export const UNUSED_IMPORTS: Readonly<Record<string, readonly string[]>> = {
  './rehype-shiki.js': ['rehypeShiki'],
  './rehype-prism.js': ['rehypePrism'],
  '#mdx-processor': ['createUnifiedMdxProcessor'],
  'remark-smartypants': ['default'],
  '@astrojs/internal-helpers/frontmatter': ['extractFrontmatter', 'isFrontmatterValid', 'parseFrontmatter'],
};

/** The package whose imports are answered so: its entry's folder. */
const PACKAGE_DIST = '/node_modules/@astrojs/markdown-remark/dist/';

/** A module whose `exports` each throw when called, naming what was not loaded. */
function unusedModule(specifier: string, exports: readonly string[]): string {
  const message = JSON.stringify(
    `${specifier} of @astrojs/markdown-remark is not loaded in a Markdown render worker ` +
      '(src/markdown/render-worker-imports.ts): render with syntax highlighting off, or load it there.',
  );
  const lines = exports.map((name) =>
    name === 'default' ? 'export default unused;' : `export const ${name} = unused;`,
  );
  const source = [`const unused = () => { throw new Error(${message}); };`, ...lines].join('\n');
  return `data:text/javascript,${encodeURIComponent(source)}`;
}

/**
 * Answers the package's imports of UNUSED_IMPORTS with modules that throw, in this thread, for a renderer
 * with `syntaxHighlight` (Astro's option) off; with it on, the package loads as it is.
 */
export function skipUnusedMarkdownImports(syntaxHighlight: unknown): void {
  if (syntaxHighlight !== false) return;
  registerHooks({
    resolve(specifier, context, next) {
      const exports = UNUSED_IMPORTS[specifier];
      if (exports === undefined || !context.parentURL?.includes(PACKAGE_DIST))
        return next(specifier, context);
      return { url: unusedModule(specifier, exports), shortCircuit: true };
    },
  });
}
