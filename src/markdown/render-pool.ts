/**
 * Markdown rendered on every core during a build. Astro's glob loader renders each page on the build's
 * one thread while it syncs content (at 10,000 pages, about half a minute); `globRenderingInWorkers` hands
 * those renders to worker threads, each with the site's processor (`markdownProcessor`, the one
 * astro.config.mjs gives Astro), and gives the loader their results, so the data store holds the same
 * entries. In `astro dev`, and for a small site, the loader renders in process, as Astro does. Either way
 * a page's lines are counted as in its file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroConfig } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { unified } from '@astrojs/markdown-remark';
import { isContentPage } from '../lib/navigation.ts';
import { impossibleDays } from '../lib/page-schema.ts';
import { renderDependencies } from '../lib/render-dependencies.ts';
import { LINE_ENDING, sourceProblem } from './remark-nesting-limit.ts';
import { workerThreads } from '../lib/worker-threads.ts';

/** What Astro's Markdown renderer takes besides the plugins (structured-cloneable config values). */
export type RenderShared = Parameters<ReturnType<typeof unified>['createRenderer']>[0];

/** A page for a worker: its Markdown, front matter and absolute path. */
export interface RenderRequest {
  id: number;
  body: string;
  data: Record<string, unknown>;
  filePath?: string | undefined;
}

/** A rendered page as Astro's data store keeps it. */
export interface Rendered {
  html: string;
  metadata: Record<string, unknown>;
}

/** A worker's answer to one request. */
export type RenderReply = { id: number; rendered: Rendered } | { id: number; error: string };

type Settle = { resolve: (rendered: Rendered) => void; reject: (error: Error) => void };

/** Worker threads that render Markdown; each request goes to the one with the fewest waiting. */
export class RenderPool {
  readonly #workers: { worker: Worker; waiting: Map<number, Settle> }[];
  #next = 0;

  constructor(root: URL, shared: RenderShared, count: number) {
    this.#workers = Array.from({ length: count }, () => {
      const worker = new Worker(new URL('./render-worker.ts', import.meta.url), {
        workerData: { root: root.href, shared },
        // Measured at 1000 pages, cold content cache, peak memory of Astro's part of the build: 840-868 MB
        // with a 32 MB young generation, 904-969 MB with V8's default, 961-976 MB with 16 MB; no slower.
        resourceLimits: { maxYoungGenerationSizeMb: 32 },
      });
      const waiting = new Map<number, Settle>();
      worker.on('message', (reply: RenderReply) => {
        const settle = waiting.get(reply.id);
        waiting.delete(reply.id);
        if ('error' in reply) settle?.reject(new Error(reply.error));
        else settle?.resolve(reply.rendered);
      });
      const fail = (error: Error) => {
        for (const settle of waiting.values()) settle.reject(error);
        waiting.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => {
        fail(new Error(`a Markdown render worker stopped (exit code ${code})`));
      });
      return { worker, waiting };
    });
  }

  /** Renders one page's Markdown `body` with its front matter `data`, from the file at `filePath`. */
  render(body: string, data: Record<string, unknown>, filePath?: string): Promise<Rendered> {
    const id = this.#next++;
    const target = this.#workers.reduce((least, candidate) =>
      candidate.waiting.size < least.waiting.size ? candidate : least,
    );
    return new Promise((resolve, reject) => {
      target.waiting.set(id, { resolve, reject });
      target.worker.postMessage({ id, body, data, filePath } satisfies RenderRequest);
    });
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
  }
}

/** How many render workers for `pages` Markdown pages; 0 (render in process) when fewer than two would do. */
export function renderWorkerCount(pages: number, cores?: number): number {
  const count = workerThreads(pages, cores);
  return count >= 2 ? count : 0;
}

/** Astro's Markdown entry type, as far as this module uses it (the loader context carries it). */
interface EntryType {
  getEntryInfo?: (input: { contents: string; fileUrl: URL }) => unknown;
  getRenderFunction?: (config: AstroConfig) => Promise<RenderFunction>;
}

/**
 * The front matter Astro reads from a page file, by the rule of @astrojs/internal-helpers' frontmatter.js
 * (what Astro's Markdown and MDX entry types parse with; Astro's dependency, not the site's): `---` or
 * `+++` (TOML) at the start, after a byte order mark or after blank lines, to the next line starting with
 * either. The site's own FRONT_MATTER (src/lib/learn/syntax.ts) reads only `---` on the first line.
 */
const ASTRO_FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(---|\+\+\+)/d;

/** Line endings in `text`, as the Markdown parser counts them. */
const lineEndings = (text: string) => text.split(LINE_ENDING).length - 1;

/**
 * The front matter Astro reads from `contents`: its text (from the rest of the opening line), the 0-based
 * line of the opening, the delimiters, and the offset just past the closing; undefined when it reads none.
 */
export function astroFrontMatter(
  contents: string,
): { text: string; line: number; opening: string; closing: string; end: number } | undefined {
  const found = ASTRO_FRONT_MATTER.exec(contents);
  const [, opening, text, closing] = found ?? [];
  const start = found?.indices?.[1]?.[0];
  if (!found || opening === undefined || text === undefined || closing === undefined || start === undefined)
    return undefined;
  return {
    text,
    line: lineEndings(contents.slice(0, start)),
    opening,
    closing,
    end: found.index + found[0].length,
  };
}

/**
 * What is wrong with the front matter Astro reads from a page file (`contents`), with its 1-based line; or
 * undefined. A day its month does not have (`updated: 2024-02-30`), since YAML reads it as another day
 * (March 1) and the schema only sees that (page-schema.ts, impossibleDays); read where Astro reads it, so
 * blank lines before `---` hide none. Front matter in TOML (`+++`), whose reader takes 2024-02-30 as March 1
 * too and which the site's checks do not read, is refused.
 */
export function frontMatterProblem(contents: string): { line: number; message: string } | undefined {
  const found = astroFrontMatter(contents);
  if (found === undefined) return undefined;
  if (found.opening !== '---' || found.closing !== '---')
    return {
      line: found.line + 1,
      message:
        `the front matter is written between ${found.opening} and ${found.closing} lines; the site's pages write ` +
        "YAML between --- lines (title: …), which its checks read (TOML's reader takes 2024-02-30 for March 1): write it so.",
    };
  const [problem] = impossibleDays(found.text);
  return problem && { line: found.line + problem.line, message: problem.message };
}

/**
 * `type` reading each page's front matter as text first (frontMatterProblem): a day its month does not
 * have, or front matter the site's checks cannot read, fails with file and line. With `lines`, it also
 * counts each page's `linesBeforeBody` there, by its path, for its render (`withFileLines`).
 */
function checkingDays(type: EntryType, lines?: FileLines): EntryType {
  const read = type.getEntryInfo;
  if (read === undefined) return type;
  return {
    ...type,
    getEntryInfo: (input) => {
      const problem = frontMatterProblem(input.contents);
      const path = fileURLToPath(input.fileUrl);
      if (problem !== undefined) {
        throw new Error(`${relative(process.cwd(), path)}:${String(problem.line)}: ${problem.message}`);
      }
      lines?.set(path, linesBeforeBody(input.contents));
      return read.call(type, input);
    },
  };
}

type RenderFunction = (entry: { body?: string; data: object; filePath?: string }) => Promise<Rendered>;

/**
 * How many lines of a page file come before the Markdown Astro renders: its front matter as Astro reads it
 * (blank lines before it too) and the blank lines after it, which Astro trims off the body.
 */
export function linesBeforeBody(contents: string): number {
  const end = astroFrontMatter(contents)?.end ?? 0;
  const blank = /^\s*/.exec(contents.slice(end))?.[0] ?? '';
  return lineEndings(contents.slice(0, end) + blank);
}

/** Each page's `linesBeforeBody`, by its file's path, from when Astro reads the page until it renders. */
type FileLines = Map<string, number>;

/**
 * `render` given each body with blank lines for those `linesBeforeBody` counts, so the line a plugin
 * reports (a refused link, a missing include) is the line of the file, as in an `.mdx` page. The count is
 * taken from `lines`, made from the text Astro read (`checkingDays`); a page not there is read again.
 */
function withFileLines(render: RenderFunction, root: URL, lines: FileLines): RenderFunction {
  const linesBefore = (filePath: string) => {
    const counted = lines.get(filePath);
    if (counted !== undefined) {
      lines.delete(filePath);
      return counted;
    }
    try {
      return linesBeforeBody(readFileSync(new URL(filePath, root), 'utf8'));
    } catch {
      return 0; // Gone since Astro read it: its lines count from the body, as Astro's own do.
    }
  };
  return (entry) => {
    if (entry.filePath === undefined || entry.body === undefined) return render(entry);
    const before = linesBefore(entry.filePath);
    // Before the parser, whose recursion a page nested thousands deep overflows, and which a page of
    // megabytes keeps for minutes.
    const nesting = sourceProblem(entry.body);
    if (nesting)
      return Promise.reject(
        new Error(`${entry.filePath}:${String(before + nesting.line)}:1: ${nesting.message}`),
      );
    return render({ ...entry, body: '\n'.repeat(before) + entry.body });
  };
}

/** Where the loader keeps the fingerprint of what the stored renderings depended on (render-dependencies.ts). */
const DEPENDENCIES_KEY = 'render-dependencies';

/**
 * Astro's glob loader with `options`, its `.md` pages rendered by a RenderPool during a build. The pages
 * Astro's content cache holds are rendered again when an include, a snippet or the site's code changed. The glob
 * loader renders through the entry type its context gives it; this gives it one whose renderer is the
 * pool, started at the first page that needs rendering (none when the content cache has them all).
 * `workers` gives the number of worker threads for a number of `.md` pages (0: render in process). In
 * either, and in `astro dev`, each page's lines are counted as in its file (`withFileLines`).
 */
export function globRenderingInWorkers(
  options: Parameters<typeof glob>[0],
  workers: (pages: number) => number = renderWorkerCount,
): Loader {
  const inner = glob(options);
  return {
    ...inner,
    load: async (context: LoaderContext) => {
      const entryTypes = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
      const markdown = entryTypes?.get('.md');
      if (!entryTypes || markdown?.getRenderFunction === undefined) {
        await inner.load({
          ...context,
          ...(entryTypes
            ? { entryTypes: new Map([...entryTypes].map(([ext, type]) => [ext, checkingDays(type)])) }
            : {}),
        });
        return;
      }
      // Pages rendered before an include, a snippet or the site's code changed are rendered again.
      const dependencies = renderDependencies(
        context.config.root,
        new URL(options.base ?? '.', context.config.root),
      );
      if (context.meta.get(DEPENDENCIES_KEY) !== dependencies) context.store.clear();
      const astroRenderer = markdown.getRenderFunction.bind(markdown);
      let pool: RenderPool | undefined;
      /** Astro's own renderer in `astro dev` and for a small site, else the pool's. */
      const renderer = async (config: AstroConfig): Promise<RenderFunction> => {
        if (context.watcher !== undefined) return astroRenderer(config);
        // Counted when a page first needs rendering: a build whose content cache holds every page
        // walks content/ no second time.
        const base = new URL(options.base ?? '.', config.root);
        const pages = readdirSync(base, { recursive: true, encoding: 'utf8' }).filter(
          (file) => isContentPage(file) && file.endsWith('.md'),
        ).length;
        const count = workers(pages);
        if (count === 0) return astroRenderer(config);
        // The options Astro's own Markdown entry type passes (astro/dist/vite-plugin-markdown), but
        // its deprecated gfm and smartypants, which markdownProcessor sets on the processor.
        const shared = {
          image: config.image,
          syntaxHighlight: config.markdown.syntaxHighlight,
          shikiConfig: config.markdown.shikiConfig,
        } as RenderShared;
        pool ??= new RenderPool(config.root, shared, count);
        const started = pool;
        return (entry) => started.render(entry.body ?? '', { ...entry.data }, entry.filePath);
      };
      // Counted as Astro reads a page, taken as it renders (a page the content cache holds is not).
      const lines: FileLines = new Map();
      const pooled: EntryType = {
        ...markdown,
        getRenderFunction: async (config) => withFileLines(await renderer(config), config.root, lines),
      };
      try {
        await inner.load({
          ...context,
          entryTypes: new Map(
            [...entryTypes, ['.md', pooled] as const].map(([ext, type]) => [
              ext,
              checkingDays(type, type === pooled ? lines : undefined),
            ]),
          ),
        } as LoaderContext);
        context.meta.set(DEPENDENCIES_KEY, dependencies);
      } finally {
        lines.clear();
        await pool?.close();
      }
    },
  };
}
