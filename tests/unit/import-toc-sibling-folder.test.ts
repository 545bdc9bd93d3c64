/**
 * A TOC in a folder of its own lists articles of a sibling folder: OfficeDocs-SkypeForBusiness-pr.ko-KR keeps
 * Skype/SfBServer2019/sfbs2019toc/toc.yml, whose entries are `href: ../migration/migration-phases.md`. The
 * source folder was the TOC's folder, so every article was refused as outside it and nothing was imported
 * (real-folder trial BS). The source folder is the one holding the TOC and the imported articles it lists,
 * never wider than --read-root, and reads stay confined to it after symlinks.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { importCommand } from '../support/run-import.ts';
import { planImport, sourceFolderOf, type SourceFiles } from '../../src/lib/import/convert.ts';
import type { TocEntry } from '../../src/lib/import/toc-yml.ts';
import { tempDir } from '../support/temp-dir.ts';

const FRONT = '---\ntitle: One\nauthor: x\nms.date: 01/02/2020\n---\n\n';

function folder(files: Record<string, string>, links: Record<string, string> = {}): SourceFiles {
  return {
    read: (path) => files[links[path] ?? path],
    exists: (path) => path in files || path in links,
    real: (path) => links[path] ?? (path in files ? path : undefined),
  };
}

// As sfbs2019toc/toc.yml lists the migration folder's articles, from a folder beside it.
const TOC_DIR = '/D/A/atoc';
const ENTRIES: TocEntry[] = [
  { href: '../guide/one.md', name: 'One', group: 'Guide' },
  { href: '../guide/two.md', name: 'Two', group: 'Guide' },
];
const FILES = {
  '/D/A/guide/one.md': `${FRONT}# One\n\nSee [two](two.md).\n`,
  '/D/A/guide/two.md': `${FRONT}# Two\n\nText.\n`,
  '/D/A/other/three.md': `${FRONT}# Three\n\nText.\n`,
  '/D/secret.md': 'secret',
};

describe('sourceFolderOf', () => {
  const hrefs = ENTRIES.map((entry) => entry.href);

  test('a TOC listing a sibling folder: the folder above both', () => {
    assert.equal(sourceFolderOf(['/D/A/guide/one.md'], { dir: TOC_DIR, hrefs }), '/D/A');
  });

  test("a TOC listing its own folder's articles (and one below it): the TOC's folder, as before", () => {
    assert.equal(
      sourceFolderOf(['/D/A/atoc/a.md', '/D/A/atoc/sub/b.md'], {
        dir: TOC_DIR,
        hrefs: ['a.md', 'sub/b.md', '../atoc/a.md'],
      }),
      TOC_DIR,
    );
  });

  test("a file the TOC does not list, or lists from Learn's root or as a URL, widens nothing", () => {
    const toc = { dir: TOC_DIR, hrefs: ['/D/A/other/three.md', 'https://example.com/D/A/other/three.md'] };
    assert.equal(sourceFolderOf(['/D/A/other/three.md'], toc), TOC_DIR);
  });

  test('a listed file outside --read-root widens nothing: never wider than the read root', () => {
    const toc = { dir: TOC_DIR, hrefs: ['../../secret.md', '../guide/one.md'] };
    assert.equal(sourceFolderOf(['/D/secret.md', '/D/A/guide/one.md'], toc, '/D/A'), '/D/A');
    assert.equal(sourceFolderOf(['/D/secret.md'], toc, '/D/A'), TOC_DIR);
  });

  test('a listed file is matched as Learn matches names, without case, ?query and #anchor dropped', () => {
    const toc = { dir: TOC_DIR, hrefs: ['../Guide/One.md?toc=/x/toc.json#top'] };
    assert.equal(sourceFolderOf(['/D/A/guide/one.md'], toc), '/D/A');
  });

  test('without a TOC: the folder holding every file', () => {
    assert.equal(sourceFolderOf(['/D/A/guide/one.md', '/D/A/other/three.md'], undefined), '/D/A');
  });
});

describe('an import with a TOC in a sibling folder', () => {
  test('imports the articles it lists, each at its path below the folder holding both, in TOC order', () => {
    const plan = planImport(
      ['/D/A/guide/two.md', '/D/A/guide/one.md'],
      { toc: { entries: ENTRIES, dir: TOC_DIR, file: `${TOC_DIR}/toc.yml` } },
      folder(FILES),
    );
    assert.deepEqual(plan.refused, []);
    assert.equal(plan.sourceRoot, '/D/A');
    assert.deepEqual(
      plan.pages.map((page) => [page.slug, page.frontMatter.order, page.frontMatter.group]),
      [
        ['guide/one', 1, 'Guide'],
        ['guide/two', 2, 'Guide'],
      ],
    );
  });

  test('an article it does not list, outside that folder, is refused saying so and what to do', () => {
    const plan = planImport(
      ['/D/A/guide/one.md', '/D/B/four.md'],
      { toc: { entries: ENTRIES.slice(0, 1), dir: TOC_DIR, file: `${TOC_DIR}/toc.yml` } },
      folder({ ...FILES, '/D/B/four.md': `${FRONT}# Four\n` }),
    );
    assert.deepEqual(
      plan.refused.map((note) => note.message),
      [
        '"../B/four.md" is outside the source folder: only files inside it are read. The source folder is /D/A, the folder holding the TOC toc.yml and the imported articles it lists, and toc.yml does not list it: list it in toc.yml, or import it with the TOC of its own folder.',
      ],
    );
    assert.deepEqual(
      plan.pages.map((page) => page.slug),
      ['guide/one'],
    );
  });

  test('an article it lists outside --read-root is refused, naming the read root', () => {
    const plan = planImport(
      ['/D/A/guide/one.md', '/D/secret.md'],
      {
        toc: {
          entries: [...ENTRIES.slice(0, 1), { href: '../../secret.md', name: 'Secret' }],
          dir: TOC_DIR,
          file: `${TOC_DIR}/toc.yml`,
        },
        readRoot: '/D/A',
      },
      folder(FILES),
    );
    assert.equal(plan.sourceRoot, '/D/A');
    assert.deepEqual(
      plan.refused.map((note) => note.message),
      [
        '"../secret.md" is outside the source folder: only files inside it are read. The source folder is /D/A, the folder holding the TOC toc.yml and the imported articles it lists inside --read-root /D/A, which does not hold this file: give a --read-root above it, or leave it out.',
      ],
    );
  });

  test('an article it lists that is a symlink out of that folder is not read', () => {
    const plan = planImport(
      ['/D/A/guide/one.md', '/D/A/guide/two.md'],
      { toc: { entries: ENTRIES, dir: TOC_DIR, file: `${TOC_DIR}/toc.yml` } },
      folder(FILES, { '/D/A/guide/two.md': '/D/secret.md' }),
    );
    assert.deepEqual(
      plan.refused.map((note) => [note.file, note.message]),
      [
        [
          '/D/A/guide/two.md',
          '"guide/two.md" is a link to a file outside the source folder: only files inside it are read. The source folder is /D/A, the folder holding the TOC toc.yml and the imported articles it lists.',
        ],
      ],
    );
    assert.ok(plan.pages.every((page) => !page.body.includes('secret')));
  });
});

describe('npm run import -- A/guide/*.md --toc A/atoc/toc.yml', async () => {
  const dir = tempDir('import-toc-sibling-');
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  // As sfbs2019toc/toc.yml: its entries in the folder beside it, one in the folder above, one out of both.
  write(
    'D/A/atoc/toc.yml',
    `- name: Guide
  items:
    - name: Overview
      href: ../overview.md
    - name: Setup
      items:
        - name: One
          href: ../guide/one.md
        - name: Two
          href: ../guide/two.md?toc=/a/toc.json
        - name: Three
          href: ../guide/three.md
    - name: Elsewhere
      href: ../../B/four.md
`,
  );
  write('D/A/guide/one.md', `${FRONT}# One\n\nSee [two](two.md) and [three](three.md).\n`);
  write('D/A/guide/two.md', `${FRONT}# Two\n\nText.\n`);
  const run = await importCommand([
    join(dir, 'D/A/guide/one.md'),
    join(dir, 'D/A/guide/two.md'),
    '--toc',
    join(dir, 'D/A/atoc/toc.yml'),
    '--learn-path',
    'product',
    '--root',
    join(dir, 'site'),
  ]);
  const output = `${run.stdout}\n${run.stderr}`;

  test('imports them below the folder holding the TOC and them, in the order of the TOC', () => {
    assert.equal(run.status, 0, output);
    assert.doesNotMatch(output, /refused/);
    const page = (name: string) => readFileSync(join(dir, 'site/content/guide', name), 'utf8');
    assert.match(page('one.md'), /^order: 1$/m);
    assert.match(page('two.md'), /^order: 2$/m);
    assert.match(page('one.md'), /^source: "product\/guide\/one\.md"$/m);
  });

  test('warns of the entry outside that folder only, as outside the source folder', () => {
    assert.match(
      output,
      /toc\.yml:14: an article outside the source folder, "\.\.\/\.\.\/B\/four\.md" \(line 14\)/,
    );
    assert.doesNotMatch(output, /guide\/(?:one|two)\.md.*outside/);
  });

  test("records the TOC's articles of that folder, so a link to one not imported goes to Learn", () => {
    const folders = JSON.parse(readFileSync(join(dir, 'site/src/data/learn-folder.json'), 'utf8')) as {
      otherFolders: { learnFolder: string; articles: string[] }[];
    };
    assert.deepEqual(folders.otherFolders.find((entry) => entry.learnFolder === 'product')?.articles, [
      'guide/one.md',
      'guide/three.md',
      'guide/two.md',
      'overview.md',
    ]);
    assert.doesNotMatch(output, /three\.md.*neither a page/);
  });
});
