/**
 * Markdown rendered in worker threads during a build (src/markdown/render-pool.ts): Astro's glob loader,
 * given the pool, stores the same entries as when it renders in process, and a page's error is the same.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { LoaderContext } from 'astro/loaders';
import { syntheticPages } from '../../scripts/bench/synthetic-pages.ts';
import { markdownProcessor } from '../../src/markdown/pipeline.ts';
import {
  frontMatterProblem,
  globRenderingInWorkers,
  linesBeforeBody,
  renderWorkerCount,
  type Rendered,
  type RenderShared,
} from '../../src/markdown/render-pool.ts';
import { tempDir } from '../support/temp-dir.ts';

const SHARED = { syntaxHighlight: false } as RenderShared;

/** A project with `pages` (slug → Markdown file) under content/, and an empty public/. */
function project(pages: Record<string, string>): URL {
  const dir = tempDir('render-pool-');
  mkdirSync(join(dir, 'content'));
  mkdirSync(join(dir, 'public'));
  for (const [slug, text] of Object.entries(pages)) writeFileSync(join(dir, 'content', `${slug}.md`), text);
  return pathToFileURL(`${dir}/`);
}

/**
 * Runs the loader over the project in `root` with `workers` render threads (0: in process) and a stand-in
 * for Astro's Markdown entry type that renders in process with the site's processor, as Astro's does.
 * `afterRead` is called with each page's file as the stand-in reads the text Astro read. Returns the
 * stored entries, the pages the stand-in rendered and the errors logged.
 */
async function load(root: URL, workers: number, afterRead?: (file: URL) => void) {
  const stored = new Map<string, { id: string; rendered?: Rendered }>();
  const errors: string[] = [];
  let renderedInProcess = 0;
  const markdown = {
    extensions: ['.md'],
    getEntryInfo: ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => {
      afterRead?.(fileUrl);
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(contents) ?? [];
      const title = /^title: (.*)$/m.exec(front)?.[1] ?? '';
      return { data: { title }, body: body.trim(), slug: undefined, rawData: front };
    },
    getRenderFunction: async () => {
      const renderer = await markdownProcessor(root).createRenderer(SHARED);
      return async (entry: { body?: string; data: Record<string, unknown>; filePath?: string }) => {
        renderedInProcess += 1;
        const options = entry.filePath === undefined ? {} : { fileURL: pathToFileURL(entry.filePath) };
        const { code, metadata } = await renderer.render(entry.body ?? '', {
          frontmatter: entry.data,
          ...options,
        });
        return {
          html: code,
          metadata: { ...metadata, imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths] },
        };
      };
    },
  };
  const store = {
    get: (id: string) => stored.get(id),
    set: (entry: { id: string; rendered?: Rendered }) => stored.set(entry.id, entry),
    keys: () => stored.keys(),
    delete: (id: string) => stored.delete(id),
    clear: () => {
      stored.clear();
    },
    addModuleImport: () => undefined,
    addAssetImports: () => undefined,
  };
  const logger = { error: (line: string) => errors.push(line), warn: () => undefined, info: () => undefined };
  const context = {
    collection: 'pages',
    config: {
      root,
      srcDir: new URL('src/', root),
      image: {},
      markdown: SHARED,
      prerenderConflictBehavior: 'error',
    },
    logger,
    store,
    meta: new Map<string, string>(),
    parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve(data),
    generateDigest: (text: string) => String(text.length) + text.slice(0, 64),
    entryTypes: new Map([['.md', markdown]]),
  } as unknown as LoaderContext;
  await globRenderingInWorkers({ pattern: '**/*.md', base: './content' }, () => workers).load(context);
  return { stored, errors, renderedInProcess };
}

/** The synthetic pages the loader renders (and one broken page): enough to give both threads some. */
const PAGES = 10;

describe('globRenderingInWorkers', () => {
  const pages = Object.fromEntries(syntheticPages(PAGES).map((page) => [page.slug, page.mdx]));
  pages['broken'] =
    '---\ntitle: Broken\n---\n\n# Broken\n\nSee [the plain page](http://example.com/plain).\n';
  const root = project(pages);
  // Both tests read the same two loads: the site rendered in process, then in two worker threads.
  let inProcess: Awaited<ReturnType<typeof load>>;
  let inWorkers: Awaited<ReturnType<typeof load>>;
  before(async () => {
    inProcess = await load(root, 0);
    inWorkers = await load(root, 2);
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
  });

  test('worker threads render every page as the site processor does in process', () => {
    assert.equal(inProcess.renderedInProcess, PAGES + 1);
    assert.equal(inWorkers.renderedInProcess, 0, 'the workers rendered, not the build thread');
    assert.equal(inWorkers.stored.size, PAGES + 1);
    for (const [id, entry] of inProcess.stored) {
      assert.deepEqual(inWorkers.stored.get(id)?.rendered, entry.rendered, id);
    }
    assert.match(inWorkers.stored.get('page-2')?.rendered?.html ?? '', /<h2 id="[a-z0-9-]+"/);
  });

  test("a page's error is logged for that page, in the same words, and the others still render", () => {
    assert.equal(inWorkers.errors.length, 1, inWorkers.errors.join('\n'));
    assert.match(inWorkers.errors[0] ?? '', /broken\.md[\s\S]*http:\/\/example\.com\/plain/);
    assert.deepEqual(inWorkers.errors, inProcess.errors);
    assert.equal(inWorkers.stored.get('broken')?.rendered, undefined);
    assert.ok(inWorkers.stored.get('index')?.rendered?.html);
  });

  test('threads only for a site large enough to repay starting them: one per core, at most four', () => {
    assert.equal(renderWorkerCount(40, 2), 0);
    assert.equal(renderWorkerCount(199, 2), 0);
    assert.equal(renderWorkerCount(1000, 2), 2);
    assert.equal(renderWorkerCount(1000, 1), 0);
    assert.equal(renderWorkerCount(10_000, 16), 4);
  });
});

describe('front matter read where Astro reads it (red team round 9: a blank line before ---, or TOML, hid 2024-02-30)', () => {
  const impossible = 'front-matter field "updated" is 2024-02-30, a day its month does not have';

  test('a day its month does not have is found after blank lines too, at its line of the file', () => {
    assert.match(
      frontMatterProblem('---\ntitle: T\nupdated: 2024-02-30\n---\n\nBody.\n')?.message ?? '',
      new RegExp(impossible),
    );
    assert.equal(frontMatterProblem('---\ntitle: T\nupdated: 2024-02-30\n---\n')?.line, 3);
    assert.equal(frontMatterProblem('\n---\ntitle: T\nupdated: 2024-02-30\n---\n\nBody.\n')?.line, 4);
    assert.equal(frontMatterProblem('\r\n \r\n--- \r\ntitle: T\r\nupdated: 2024-02-30\r\n---\r\n')?.line, 5);
    assert.equal(frontMatterProblem('\n---\ntitle: T\nupdated: 2024-02-29\n---\n'), undefined);
    assert.equal(frontMatterProblem('No front matter.\n\n---\n\nupdated: 2024-02-30\n'), undefined);
  });

  test('TOML front matter (+++), which the checks do not read, is refused at its first line', () => {
    assert.deepEqual(frontMatterProblem('+++\ntitle = "T"\nupdated = 2024-02-30\n+++\n\nBody.\n'), {
      line: 1,
      message:
        "the front matter is written between +++ and +++ lines; the site's pages write YAML between --- lines (title: …), which its checks read (TOML's reader takes 2024-02-30 for March 1): write it so.",
    });
    assert.equal(frontMatterProblem('\n\n+++\ntitle = "T"\n---\n')?.line, 3);
  });

  test("a page's lines are counted from where Astro's body starts, blank lines before the front matter too", () => {
    assert.equal(linesBeforeBody('---\ntitle: T\n---\n\nBody.\n'), 4);
    assert.equal(linesBeforeBody('\n\n---\ntitle: T\n---\n\nBody.\n'), 6);
    assert.equal(linesBeforeBody('---\r\ntitle: T\r\n---\r\n\r\nBody.\n'), 4);
    assert.equal(linesBeforeBody('\n\nBody.\n'), 2);
  });

  test("a page's lines are counted in the text Astro read, not in its file read again", async () => {
    const root = project({
      moved: '---\ntitle: Moved\n---\n\nSee [a plain page](http://example.com/plain).\n',
    });
    try {
      // Three lines put before the page once Astro has read it: the problem is still at line 5.
      const { errors } = await load(root, 0, (file) => {
        writeFileSync(file, `\n\n\n${readFileSync(file, 'utf8')}`);
      });
      assert.equal(errors.length, 1, errors.join('\n'));
      assert.match(errors[0] ?? '', /moved\.md:5:/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('the loader stops at such a page, naming its file and line', async () => {
    const root = project({
      blank: '\n---\ntitle: Blank\nupdated: 2024-02-30\n---\n\nBody.\n',
      toml: '+++\ntitle = "Toml"\nupdated = 2024-02-30\n+++\n\nBody.\n',
    });
    const expected = {
      blank: new RegExp(`content/blank\\.md:4: ${impossible}`),
      toml: /content\/toml\.md:1: the front matter is written between \+\+\+ and \+\+\+ lines/,
    };
    try {
      // The loader reads the pages in no set order: it stops at one, then, that one removed, at the other.
      const first = String(
        await load(root, 0).then(
          () => '',
          (error: unknown) => error,
        ),
      );
      const stopped = expected.blank.test(first) ? 'blank' : 'toml';
      assert.match(first, expected[stopped]);
      rmSync(new URL(`content/${stopped}.md`, root));
      await assert.rejects(load(root, 0), expected[stopped === 'blank' ? 'toml' : 'blank']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
