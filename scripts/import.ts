/**
 * `npm run import -- <file.md>... [--split h2] [--force] [--toc TOC.yml] [--root dir]`: Learn Markdown files
 * into content/*.mdx pages (and their images into public/media/), printing what it did. Never deletes;
 * never overwrites an existing file without --force.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { planImport, renderPage, type ImportPlan, type SourceFiles } from '../src/lib/import/convert.ts';
import { readTocYml } from '../src/lib/import/toc-yml.ts';

const USAGE =
  'usage: npm run import -- <file.md>... [--split h2] [--force] [--toc path/TOC.yml] [--root project-dir]';

const disk: SourceFiles = {
  read: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
  exists: (path) => existsSync(path),
};

/** Writes `content` to `path` unless a different file is there and `force` is off; says what happened. */
function write(
  path: string,
  content: string | Buffer,
  force: boolean,
  root: string,
): 'written' | 'unchanged' | 'kept' {
  const shown = relative(root, path);
  if (existsSync(path)) {
    if (readFileSync(path).equals(Buffer.from(content))) {
      console.log(`  unchanged ${shown}`);
      return 'unchanged';
    }
    if (!force) {
      console.log(`  kept      ${shown}: it exists and differs (pass --force to overwrite it)`);
      return 'kept';
    }
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  console.log(`  wrote     ${shown}`);
  return 'written';
}

/** One after the highest `order:` among the site's pages that this import does not replace. */
function nextOrder(contentDir: string, replaced: ReadonlySet<string>): number {
  if (!existsSync(contentDir)) return 1;
  const orders = readdirSync(contentDir)
    .filter((file) => file.endsWith('.mdx') && !replaced.has(file.replace(/\.mdx$/, '')))
    .map((file) =>
      Number(/^order:\s*(\d+)\s*$/m.exec(readFileSync(join(contentDir, file), 'utf8'))?.[1] ?? 0),
    );
  return Math.max(0, ...orders) + 1;
}

function report(plan: ImportPlan, root: string): void {
  for (const { file, keys } of plan.dropped) {
    console.log(
      `  note      ${relative(root, file)}: front-matter keys the site does not keep: ${keys.join(', ')}`,
    );
  }
  for (const warning of plan.warnings)
    console.warn(`  warning   ${relative(root, warning.file)}:${warning.line}: ${warning.message}`);
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      split: { type: 'string' },
      force: { type: 'boolean', default: false },
      toc: { type: 'string' },
      root: { type: 'string', default: process.cwd() },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.split !== undefined && values.split !== 'h2')
    throw new Error(`--split ${values.split}: only "--split h2" is supported.`);
  const root = resolve(values.root);
  const files = positionals.map((file) => resolve(file));
  const tocPath = values.toc === undefined ? undefined : resolve(values.toc);
  const toc =
    tocPath === undefined
      ? undefined
      : { entries: readTocYml(readFileSync(tocPath, 'utf8'), tocPath), dir: dirname(tocPath) };

  const split = values.split === 'h2' ? 'h2' : undefined;
  // Planned twice: first to learn which pages it writes, then numbered after the pages it leaves alone.
  const slugs = new Set(planImport(files, { split, toc }, disk).pages.map((page) => page.slug));
  const plan = planImport(files, { split, toc, firstOrder: nextOrder(join(root, 'content'), slugs) }, disk);
  console.log(`Importing ${files.length} Learn file(s) into ${root}:`);
  report(plan, process.cwd());
  const results = [
    ...plan.pages.map((page) =>
      write(join(root, 'content', `${page.slug}.mdx`), renderPage(page), values.force, root),
    ),
    ...plan.copies.map((copy) => write(join(root, copy.to), readFileSync(copy.from), values.force, root)),
  ];
  const kept = results.filter((result) => result === 'kept').length;
  console.log(
    `${plan.pages.length} page(s), ${plan.copies.length} image(s), ${plan.warnings.length} warning(s)${kept ? `, ${kept} existing file(s) kept` : ''}.`,
  );
  return kept > 0 ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`import failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
