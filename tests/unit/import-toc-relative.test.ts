/**
 * A TOC.yml's hrefs resolve against the TOC's folder, as on Learn: MicrosoftDocs/cpp-docs writes every
 * entry of docs/cpp/toc.yml as `href: ../cpp/x.md`, out of the folder and back in. And a subgroup's
 * overview page, listed first under the subgroup's own name, is named once in the sidebar.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { importCommand } from '../support/run-import.ts';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { readTocYml, tocArticlePaths, tocNotes } from '../../src/lib/import/toc-yml.ts';
import { tempDir } from '../support/temp-dir.ts';

const FRONT = '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n';

// As cpp-docs' docs/cpp/toc.yml, with one entry that really leaves the folder.
const TOC = `- name: C++ language reference
  items:
    - name: Ref
      items:
        - {name: Alpha, href: ../cpp/a.md}
        - {name: Beta,  href: ../cpp/b.md}
        - {name: Other, href: ../other/x.md}
    - {name: Gamma, href: ../cpp/g.md}
`;
const TOC_FILE = '/r/docs/cpp/toc.yml';

describe('an href out of the TOC\'s folder and back in ("../cpp/a.md" in docs/cpp/)', () => {
  test("is an article of the folder: in the TOC's entries and articles, and no note", () => {
    assert.deepEqual(
      readTocYml(TOC, TOC_FILE).map((entry) => [entry.href, entry.name, entry.group]),
      [
        ['../cpp/a.md', 'Alpha', 'Ref'],
        ['../cpp/b.md', 'Beta', 'Ref'],
        ['../cpp/g.md', 'Gamma', undefined],
      ],
    );
    assert.deepEqual(tocArticlePaths(TOC, TOC_FILE), ['a.md', 'b.md', 'g.md']);
    assert.deepEqual(
      tocNotes(TOC, TOC_FILE).map(({ line, message }) => `${line}: ${message}`),
      [
        `7: an article outside the source folder, "../other/x.md" (line 7): the import takes the articles of the source folder only (the folder holding the TOC and the imported articles it lists), so the sidebar leaves it out (import it too, with a --read-root holding it if one is given, to have it).`,
      ],
    );
  });

  test('gives the page its place and group, with no "not in TOC.yml" warning', () => {
    const files: Record<string, string> = {
      '/r/docs/cpp/a.md': `${FRONT}# Alpha\n\nSee [Beta](b.md).\n`,
      '/r/docs/cpp/b.md': `${FRONT}# Beta\n\nText.\n`,
    };
    const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
    const plan = planImport(
      ['/r/docs/cpp/b.md', '/r/docs/cpp/a.md'],
      { toc: { entries: readTocYml(TOC, TOC_FILE), dir: '/r/docs/cpp' } },
      access,
    );
    assert.deepEqual(
      plan.pages.map((page) => [page.slug, page.frontMatter.order, page.frontMatter.group]),
      [
        ['a', 1, 'Ref'],
        ['b', 2, 'Ref'],
      ],
    );
    assert.deepEqual(
      plan.warnings.filter((warning) => warning.message.includes('placed after the pages it lists')),
      [],
    );
  });

  test('the import records the articles it lists, so a link to one not imported resolves', async () => {
    const dir = tempDir('import-toc-relative-');
    mkdirSync(join(dir, 'docs/cpp'), { recursive: true });
    writeFileSync(join(dir, 'docs/cpp/toc.yml'), TOC);
    writeFileSync(join(dir, 'docs/cpp/a.md'), `${FRONT}# Alpha\n\nSee [Beta](b.md).\n`);
    const run = await importCommand([
      join(dir, 'docs/cpp/a.md'),
      '--toc',
      join(dir, 'docs/cpp/toc.yml'),
      '--learn-path',
      'cpp',
      '--root',
      join(dir, 'site'),
    ]);
    const output = `${run.stdout}\n${run.stderr}`;
    assert.equal(run.status, 0, output);
    assert.doesNotMatch(output, /placed after the pages it lists|articles outside/);
    assert.match(output, /toc\.yml:7: an article outside the source folder, "\.\.\/other\/x\.md"/);
    const folders = JSON.parse(readFileSync(join(dir, 'site/src/data/learn-folder.json'), 'utf8')) as {
      otherFolders: { learnFolder: string; articles: string[] }[];
    };
    assert.deepEqual(folders.otherFolders.find((folder) => folder.learnFolder === 'cpp')?.articles, [
      'a.md',
      'b.md',
      'g.md',
    ]);
  });
});

test("a node's overview page, listed first under the node's own name, is its group's first entry, named once", () => {
  // As cpp-docs' docs/cpp/toc.yml: each node's overview page is its first child, with the node's name.
  const toc = `- name: C++ language reference
  items:
    - name: Operator overloading
      items:
        - name: Operator overloading
          href: operator-overloading.md
        - name: Overloading unary operators
          items:
            - name: Overloading unary operators
              href: overloading-unary-operators.md
            - name: Increment and decrement
              href: increment-and-decrement-operator-overloading-cpp.md
        - name: Binary operators
          href: binary-operators.md
    - name: Classes and structs
      href: classes-and-structs-cpp.md
`;
  const names = (text: string) => readTocYml(text, 'TOC.yml').map((entry) => [entry.name, entry.group]);
  assert.deepEqual(names(toc), [
    ['Operator overloading', 'Operator overloading'],
    ['Overloading unary operators', 'Operator overloading › Overloading unary operators'],
    ['Increment and decrement', 'Operator overloading › Overloading unary operators'],
    ['Binary operators', 'Operator overloading'],
    ['Classes and structs', undefined],
  ]);
});
