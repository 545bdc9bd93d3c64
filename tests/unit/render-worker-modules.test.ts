/**
 * What each Markdown render worker (src/markdown/render-pool.ts) loads before its first page: the pipeline's
 * modules, not the page schema's zod and YAML parser, which the main thread validates front matter with and
 * every worker would load and compile again for nothing, nor what Astro's Markdown package imports for
 * syntax highlighting, MDX and smartypants (render-worker-imports.ts).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';

/**
 * The file: URLs of every module importing the render worker's pipeline (src/markdown/pipeline.ts) loads;
 * `asWorker`: after the worker's skipUnusedMarkdownImports, with syntax highlighting off.
 */
function pipelineModules(asWorker = false): string[] {
  const pipeline = new URL('../../src/markdown/pipeline.ts', import.meta.url).href;
  const imports = new URL('../../src/markdown/render-worker-imports.ts', import.meta.url).href;
  const script = `
    import { registerHooks } from 'node:module';
    ${asWorker ? `(await import(${JSON.stringify(imports)})).skipUnusedMarkdownImports(false);` : ''}
    const urls = new Set();
    registerHooks({ resolve(specifier, context, next) { const found = next(specifier, context); urls.add(found.url); return found; } });
    await import(${JSON.stringify(pipeline)});
    process.stdout.write(JSON.stringify([...urls]));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return (JSON.parse(output) as string[]).filter((url) => url.startsWith('file:'));
}

test("a render worker's modules hold neither zod nor the YAML parser", () => {
  const modules = pipelineModules();
  assert.ok(
    modules.some((url) => url.includes('/node_modules/micromark/')),
    'the pipeline was loaded',
  );
  const schemaParsers = modules.filter((url) => /\/node_modules\/(?:zod|yaml)\//.test(url));
  assert.deepEqual(schemaParsers, []);
});

test("a render worker's modules hold no syntax highlighter, MDX compiler or smartypants", () => {
  const unused =
    /\/node_modules\/(?:shiki|@shikijs\/[^/]+|prismjs|@mdx-js\/mdx|remark-smartypants|retext[^/]*|smol-toml)\//;
  assert.ok(
    pipelineModules().some((url) => unused.test(url)),
    "Astro's Markdown package loads them",
  );
  const modules = pipelineModules(true);
  assert.ok(
    modules.some((url) => url.includes('/node_modules/micromark/')),
    'the pipeline was loaded',
  );
  assert.deepEqual(
    modules.filter((url) => unused.test(url)),
    [],
  );
});
