/**
 * The import refuses what the build would refuse for its URL (src/lib/page-urls.ts), from the same plan of
 * what the build writes. Red team round 4 imported feed.xml.md, robots.txt.md, sitemap-0.xml.md and
 * llms-full.txt.md as "wrote" with no warning; the build then failed on each.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { planImport, refusedArticles, type SourceFiles } from '../../src/lib/import/convert.ts';
import { slugOfContentPath } from '../../src/lib/navigation.ts';
import {
  buildPlan,
  pageUrlProblems,
  PROJECT,
  projectRoutes,
  routeOfPageFile,
} from '../../src/lib/page-urls.ts';
import { tempDir } from '../support/temp-dir.ts';

function folder(files: Record<string, string>): SourceFiles {
  return { read: (path) => files[path], exists: (path) => path in files };
}

const article = (title: string) =>
  `---\ntitle: ${title}\ndescription: "A page."\nauthor: tester\nms.date: 03/07/2025\n---\n\n# ${title}\n\nText of the page.\n`;

/** The build's own check of a site of this project with `file` (a path under content/) added. */
function buildProblems(file: string): string[] {
  const site = buildPlan(PROJECT, projectRoutes(PROJECT.root));
  return pageUrlProblems({
    ...site,
    pages: [...site.pages, { file: `content/${file}`, slug: slugOfContentPath(file) }],
  });
}

describe('the import refuses a page the build would refuse for its URL', () => {
  const taken: [string, RegExp][] = [
    ['feed.xml', /\/feed\.xml is a file, written by the site's own src\/pages\/feed\.xml\.ts/],
    ['robots.txt', /\/robots\.txt is a file, written by the site's own src\/pages\/robots\.txt\.ts/],
    ['sitemap-0.xml', /\/sitemap-0\.xml is a file, written by the sitemap/],
    ['llms-full.txt', /\/llms-full\.txt is a file, written by the post-build step/],
  ];
  for (const [name, why] of taken) {
    test(`${name}.md is refused with the build's reason and a name to use; the other file is imported`, () => {
      const files = { [`/learn/${name}.md`]: article('Taken'), '/learn/a.md': article('Kept') };
      const plan = planImport([`/learn/${name}.md`, '/learn/a.md'], {}, folder(files));
      assert.deepEqual(
        plan.pages.map((page) => page.slug),
        ['a'],
      );
      assert.equal(plan.refused.length, 1);
      const refused = plan.refused[0];
      assert.ok(refused);
      assert.equal(refused.file, `/learn/${name}.md`);
      assert.equal(refused.line, 1);
      assert.match(
        refused.message,
        new RegExp(`^content/${name.replace('.', '\\.')}\\.md would be the page`),
      );
      assert.match(refused.message, why);
      assert.match(refused.message, new RegExp(`rename it to content/${name.replace('.', '-')}\\.md\\.$`));
      // The build refuses the same page, with the same sentence.
      assert.deepEqual(buildProblems(`${name}.md`), [refused.message]);
    });
  }

  test("a page named like an image the same import publishes, or inside a page's Markdown copy, is refused", () => {
    const files = {
      '/learn/a.md': `${article('Dial')}\n![Dial](media/dial.png)\n`,
      '/learn/media/dial.png': 'png',
      '/learn/media/dial.png.md': article('Dial image page'),
      '/learn/a/index.md.md': article('Copy of a'),
    };
    const plan = planImport(
      ['/learn/a.md', '/learn/media/dial.png.md', '/learn/a/index.md.md'],
      {},
      folder(files),
    );
    assert.deepEqual(
      plan.pages.map((page) => page.slug),
      ['a'],
    );
    assert.deepEqual(
      plan.refused.map((note) => [note.file, note.message.replace(/:.*/, '')]),
      [
        [
          '/learn/a/index.md.md',
          "content/a/index.md.md would be the page /a/index.md/, a name ending in .md, which the site keeps for the pages' Markdown copies (/privacy/index.md is the copy of /privacy/)",
        ],
        [
          '/learn/media/dial.png.md',
          'content/media/dial.png.md would be the page /media/dial.png/, but /media/dial.png is a file, written by the image public/media/dial.png',
        ],
      ],
    );
  });

  test("a folder named like a folder of public/ or the site's images is no longer refused, as the build takes it", () => {
    const files = { '/learn/media/setup.md': article('Setup'), '/learn/docs/links.md': article('Links') };
    const plan = planImport(['/learn/media/setup.md', '/learn/docs/links.md'], {}, folder(files));
    assert.deepEqual(plan.refused, []);
    assert.deepEqual(
      plan.pages.map((page) => page.slug),
      ['media/setup', 'docs/links'],
    );
  });

  test("a page at or under one of the site's own pages (src/pages/) is still refused as the site's own", () => {
    for (const name of ['search', 'whats-new', '404', 'links/setup']) {
      const plan = planImport(
        [`/learn/${name}.md`],
        { sourceRoot: '/learn' },
        folder({ [`/learn/${name}.md`]: article('Own') }),
      );
      assert.deepEqual(plan.pages, [], name);
      assert.match(
        plan.refused[0]?.message ?? '',
        /which is the site's own page\. Rename the file or heading\.$/,
        name,
      );
    }
  });

  test("--root's pages are the ones a page may not take the URL of, not this project's", () => {
    // Red team 27: the site's pages were read from this project's content/ whatever --root said, so privacy/index.md
    // was refused for this project's content/privacy.mdx, and other/index.md beside --root's other.mdx written.
    const root = tempDir('import-root-pages-');
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content/other.mdx'), '---\ntitle: Other\n---\n');
    const files = {
      '/learn/privacy/index.md': article('Privacy'),
      '/learn/other/index.md': article('Other'),
    };
    const plan = planImport(Object.keys(files), { projectRoot: root }, folder(files));
    assert.deepEqual(
      plan.pages.map((page) => page.slug),
      ['privacy/index'],
    );
    assert.deepEqual(
      plan.refused.map((note) => note.file),
      ['/learn/other/index.md'],
    );
    assert.match(plan.refused[0]?.message ?? '', /at \/other\/, which content\/other\.mdx already is/);
    // Its src/pages/ and public/ are this project's while it has none: /search/ is still the site's own.
    const own = planImport(
      ['/learn/search.md'],
      { projectRoot: root },
      folder({ '/learn/search.md': article('S') }),
    );
    assert.match(own.refused[0]?.message ?? '', /which is the site's own page/);
  });

  test('two files whose names differ only in Unicode normalization (café.md, NFC and NFD) are both refused, neither written over the other', () => {
    const [nfc, nfd] = ['/learn/caf\u00e9.md', '/learn/cafe\u0301.md'];
    const plan = planImport([nfc, nfd], {}, folder({ [nfc]: article('One'), [nfd]: article('Two') }));
    assert.deepEqual(plan.pages, []);
    assert.deepEqual(
      plan.refused.map((note) => note.file),
      [nfc, nfd],
    );
    // Named by the letter the name may not hold, "é" is a letter but no ASCII one; NFD's is the accent alone.
    assert.deepEqual(
      plan.refused.map((note) =>
        /has (".") \((U\+[0-9A-F]{4})\), which is none of the ASCII letters/.exec(note.message)?.slice(1),
      ),
      [
        ['"\u00e9"', 'U+00E9'],
        ['"\u0301"', 'U+0301'],
      ],
    );
  });

  test("the folders _astro and pagefind, which the build writes whole, are refused with the build's reason", () => {
    const files = { '/learn/pagefind/x.md': article('X'), '/learn/_astro.md': article('Y') };
    const plan = planImport(['/learn/pagefind/x.md', '/learn/_astro.md'], {}, folder(files));
    assert.deepEqual(plan.pages, []);
    assert.deepEqual(
      plan.refused.map((note) => note.message.replace(/, .*/, '')),
      [
        'content/_astro.md would be the page /_astro/',
        'content/pagefind/x.md would be the page /pagefind/x/',
      ],
    );
  });
});

describe('projectRoutes', () => {
  test("this project's src/pages/ gives the routes Astro resolves (astro:routes:resolved in a build)", () => {
    assert.deepEqual(
      projectRoutes(PROJECT.root)
        .map((route) => `${route.type} ${route.pathname ?? '(parameters)'} ${route.entrypoint}`)
        .sort(),
      [
        'endpoint /.well-known/security.txt src/pages/.well-known/security.txt.ts',
        'endpoint /feed.xml src/pages/feed.xml.ts',
        'endpoint /llms.txt src/pages/llms.txt.ts',
        'endpoint /robots.txt src/pages/robots.txt.ts',
        'page (parameters) src/pages/[...slug].astro',
        'page /404 src/pages/404.astro',
        'page /accessibility src/pages/accessibility.astro',
        'page /links src/pages/links.astro',
        'page /search src/pages/search.astro',
        'page /whats-new src/pages/whats-new.astro',
      ],
    );
  });

  test('a file is routed as Astro routes it: index is its folder, _private and dotfiles are not routes', () => {
    assert.equal(routeOfPageFile('docs/index.astro')?.pathname, '/docs');
    assert.equal(routeOfPageFile('index.astro')?.pathname, '/');
    assert.equal(routeOfPageFile('blog/[id].md')?.pathname, undefined);
    assert.equal(routeOfPageFile('api/data.json.ts')?.type, 'endpoint');
    assert.equal(routeOfPageFile('_partial.astro'), undefined);
    assert.equal(routeOfPageFile('_lib/x.astro'), undefined);
    assert.equal(routeOfPageFile('.hidden/x.astro'), undefined);
    assert.equal(routeOfPageFile('notes.txt'), undefined);
  });
});

test("the build fails when the import's reading of src/pages/ and Astro's routes part", async () => {
  const { routeDrift } = await import('../../src/integrations/page-urls.ts');
  const read = projectRoutes(PROJECT.root);
  const astroInternal = {
    pathname: '/_image',
    type: 'endpoint',
    isPrerendered: false,
    entrypoint: 'astro/assets/endpoint/generic',
  };
  assert.deepEqual(
    routeDrift([...read, astroInternal], read),
    [],
    "Astro's own routes are not the project's",
  );
  const search = read.find((route) => route.entrypoint === 'src/pages/search.astro');
  assert.ok(search);
  const astro = [...read.filter((route) => route !== search), { ...search, pathname: '/find' }];
  assert.deepEqual(routeDrift(astro, read), [
    'Astro routes src/pages/search.astro → /find (page)',
    'the import reads src/pages/search.astro → /search (page)',
  ]);
});

test("the page-URL check waits for Astro's routes: `astro sync` resolves none and is told nothing", async () => {
  const { freePageUrls } = await import('../../src/integrations/page-urls.ts');
  /** Runs the integration's hooks as Astro does for `command`, with `routes` resolved or none; returns its warnings. */
  const run = (command: string, routes: readonly object[] | undefined) => {
    const hooks = freePageUrls().hooks as Record<string, ((options: object) => void) | undefined>;
    const warnings: string[] = [];
    hooks['astro:config:setup']?.({ command });
    if (routes) hooks['astro:routes:resolved']?.({ routes });
    const config = { root: PROJECT.root, publicDir: PROJECT.publicDir, build: { assets: PROJECT.assets } };
    hooks['astro:config:done']?.({ config, logger: { warn: (message: string) => warnings.push(message) } });
    return warnings;
  };
  const read = projectRoutes(PROJECT.root);
  // Before the fix, sync warned that every route of src/pages/ was "the import reads" only.
  assert.deepEqual(run('sync', undefined), []);
  assert.deepEqual(run('dev', read), []);
  const moved = read.map((route) =>
    route.entrypoint === 'src/pages/search.astro' ? { ...route, pathname: '/find' } : route,
  );
  assert.match(run('dev', moved).join('\n'), /Astro routes src\/pages\/search\.astro → \/find/);
});

test("a file refused for its page's URL is none of its folder's articles; one refused for what it holds still is", () => {
  // As red team round 7's folder: Close(method).md and close-method.md are both /close-method/, a(b)(c).md
  // and a(b-c).md both /a-b-c/, `().md` has no name, links.md is the site's Links page; a YamlMime:HowTo
  // page is refused for what it is, and is still on Learn.
  const files = {
    '/learn/Close(method).md': article('Close method'),
    '/learn/close-method.md': article('Close method, again'),
    '/learn/a(b)(c).md': article('ABC'),
    '/learn/A(B-C).md': article('ABC, again'),
    '/learn/().md': article('Nothing'),
    '/learn/links.md': article('Links'),
    '/learn/how-to.yml': '### YamlMime:HowTo\n---\nmetadata:\n  title: How to\n',
  };
  const plan = planImport(Object.keys(files), {}, folder(files));
  assert.deepEqual(
    plan.pages.map((page) => page.slug),
    ['close-method', 'a-b-c'],
  );
  assert.deepEqual(
    plan.refused.map((note) => [note.file, note.pageUrl ?? false]),
    [
      ['/learn/().md', true],
      ['/learn/A(B-C).md', true],
      ['/learn/close-method.md', true],
      ['/learn/how-to.yml', false],
      ['/learn/links.md', true],
    ],
  );
  assert.deepEqual(refusedArticles(plan), ['().md', 'a(b-c).md', 'close-method.md', 'links.md']);
});
