/**
 * A TOC that names another TOC, as docfx nests them: MicrosoftDocs/cpp-docs.it-it docs/parallel/amp/TOC.md
 * ends with `# [Riferimento](reference/toc.md)` (its file reference/TOC.md), and TOC.yml files write
 * `href: reference/toc.yml`. The named TOC's entries sit under the node naming it, their hrefs from its own
 * folder, its articles the folder's; it is read confined to the read root, once per place, within
 * NESTED_TOC_LIMITS.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { importCommand } from '../support/run-import.ts';
import { confinedTocReader } from '../../src/lib/import/toc-reader.ts';
import {
  NESTED_TOC_LIMITS,
  readToc,
  readTocYml,
  tocArticlePaths,
  tocNotes,
  tocTitle,
  type TocTree,
} from '../../src/lib/import/toc-yml.ts';
import { tempDir } from '../support/temp-dir.ts';

const FRONT = '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n';

/** A folder on disk holding `files` (path: text), its real path. */
function folder(files: Record<string, string>): string {
  const dir = realpathSync(tempDir('nested-toc-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The TOC `toc` of `dir` read with the TOCs it names, confined to `root` (default `dir`). */
function treeOf(dir: string, toc: string, root = dir): TocTree {
  const file = join(dir, toc);
  const reader = confinedTocReader(root, {
    real: (path) => (existsSync(path) ? realpathSync(path) : undefined),
    read: (path) => readFileSync(path, 'utf8'),
    list: (at) => (existsSync(at) ? readdirSync(at) : undefined),
  });
  return readToc(readFileSync(file, 'utf8'), file, reader);
}

const notesOf = (tree: TocTree, file: string, dir: string) =>
  tocNotes(tree, file).map((note) => `${note.file.slice(dir.length + 1)}:${note.line}: ${note.message}`);

describe('a TOC naming another TOC', () => {
  test('a TOC.md: the named TOC.md (its name in another case) is read, its entries under the node naming it', () => {
    // cpp-docs.it-it docs/parallel/amp: `# [Riferimento](reference/toc.md)`, the file reference/TOC.md.
    const dir = folder({
      'a/TOC.md': '# [Overview](overview.md)\n# [Guide](guide.md)\n# [R](ref/toc.md)\n',
      'a/ref/TOC.md': '# [X](x.md)\n# [Z](z.md)\n## [Deeper](../deeper.md)\n',
    });
    const file = join(dir, 'a/TOC.md');
    const tree = treeOf(dir, 'a/TOC.md');
    assert.deepEqual(readTocYml(tree, file), [
      { href: 'overview.md', name: 'Overview' },
      { href: 'guide.md', name: 'Guide' },
      { href: 'ref/x.md', name: 'X', group: 'R' },
      { href: 'ref/z.md', name: 'Z', group: 'R › Z' },
      { href: 'deeper.md', name: 'Deeper', group: 'R › Z' },
    ]);
    // Its articles are the folder's: a link from ref/y.md to z.md goes to a page listed.
    assert.deepEqual(tocArticlePaths(tree, file), [
      'overview.md',
      'guide.md',
      'ref/x.md',
      'ref/z.md',
      'deeper.md',
    ]);
    assert.deepEqual(notesOf(tree, file, dir), []);
    assert.deepEqual(tree.files, [join(dir, 'a/TOC.md'), join(dir, 'a/ref/TOC.md')]);
  });

  test('a TOC.yml: the named TOC whose one top node repeats the name adds no level; uid entries as the top TOC', () => {
    const dir = folder({
      'docs/TOC.yml':
        '- name: Docs\n  items:\n  - name: Intro\n    href: intro.md\n  - name: Reference\n    href: ref/toc.yml\n',
      'docs/ref/toc.yml':
        '- name: Reference\n  href: index.md\n  items:\n  - name: Get-Thing\n    uid: Module.Get-Thing\n  - name: Set\n    href: set.md\n',
    });
    const file = join(dir, 'docs/TOC.yml');
    const tree = treeOf(dir, 'docs/TOC.yml');
    const uids = new Map([['module.get-thing', 'ref/get-thing.md']]);
    assert.deepEqual(readTocYml(tree, file, undefined, uids), [
      { href: 'intro.md', name: 'Intro' },
      { href: 'ref/index.md', name: 'Reference', group: 'Reference' },
      { href: 'ref/get-thing.md', name: 'Get-Thing', group: 'Reference' },
      { href: 'ref/set.md', name: 'Set', group: 'Reference' },
    ]);
    assert.deepEqual(tocArticlePaths(tree, file, uids), [
      'intro.md',
      'ref/index.md',
      'ref/get-thing.md',
      'ref/set.md',
    ]);
    assert.equal(tocTitle(tree, file), 'Docs');
    assert.deepEqual(tocNotes(tree, file, uids), []);
  });

  test("the named TOC's notes name its file and line, an article listed in both where it was first", () => {
    const dir = folder({
      'docs/TOC.yml': '- name: Intro\n  href: intro.md\n- name: Reference\n  href: ref/toc.yml\n',
      'docs/ref/toc.yml': '- name: Again\n  href: ../intro.md\n- name: Out\n  href: ../../x.md\n',
    });
    const file = join(dir, 'docs/TOC.yml');
    assert.deepEqual(notesOf(treeOf(dir, 'docs/TOC.yml'), file, dir), [
      'docs/ref/toc.yml:2: href "../intro.md" lists an article listed before (TOC.yml, line 2): the sidebar shows a page once, under its first entry, so this entry is left out.',
      `docs/ref/toc.yml:4: an article outside the source folder, "../../x.md" (line 4): the import takes the articles of the source folder only (the folder holding the TOC and the imported articles it lists), so the sidebar leaves it out (import it too, with a --read-root holding it if one is given, to have it).`,
    ]);
  });

  test('a TOC naming itself or a TOC it is in is read once, said at the line naming it', () => {
    const dir = folder({
      'docs/TOC.yml':
        '- name: A\n  href: a.md\n- name: Self\n  href: ./TOC.yml\n- name: Sub\n  href: sub/TOC.yml\n',
      'docs/sub/TOC.yml': '- name: B\n  href: b.md\n- name: Up\n  href: ../toc.yml\n',
    });
    const file = join(dir, 'docs/TOC.yml');
    const tree = treeOf(dir, 'docs/TOC.yml');
    assert.deepEqual(tocArticlePaths(tree, file), ['a.md', 'sub/b.md']);
    assert.deepEqual(notesOf(tree, file, dir), [
      'docs/TOC.yml:4: href "./TOC.yml" names a TOC that is not read: it is this TOC itself, so reading it would never end. Remove the entry. Its entries are left out of the sidebar.',
      'docs/sub/TOC.yml:4: href "../toc.yml" names a TOC that is not read: it is a TOC this one is in, so reading it would never end. Remove the entry. Its entries are left out of the sidebar.',
    ]);
  });

  test('a TOC outside the read root, or through a hidden folder, is refused, said at its file and line', () => {
    const dir = folder({
      'docs/TOC.yml': '- name: Other\n  href: ../other/toc.yml\n- name: Git\n  href: .git/toc.yml\n',
      'other/toc.yml': '- name: Secret\n  href: secret.md\n',
      'docs/.git/toc.yml': '- name: Secret\n  href: secret.md\n',
    });
    const file = join(dir, 'docs/TOC.yml');
    const tree = treeOf(dir, 'docs/TOC.yml', join(dir, 'docs'));
    assert.deepEqual(tocArticlePaths(tree, file), []);
    assert.deepEqual(notesOf(tree, file, dir), [
      'docs/TOC.yml:2: href "../other/toc.yml" names a TOC that is not read: "../other/toc.yml" is outside the source folder: only files inside it are read. Its entries are left out of the sidebar.',
      'docs/TOC.yml:4: href ".git/toc.yml" names a TOC that is not read: ".git/toc.yml" is in .git, a hidden folder (version control, keys, settings): hidden files are never read. Copy what the page shows to a file outside it. Its entries are left out of the sidebar.',
    ]);
    // With the read root above it, it is read: its articles are outside the source folder.
    const wider = treeOf(dir, 'docs/TOC.yml', dir);
    assert.match(
      notesOf(wider, file, dir).join('\n'),
      /^other\/toc\.yml:2: an article outside the source folder, "secret\.md"/m,
    );
  });

  test('TOCs that multiply (each naming the next many times) or nest too deep stop at the limits', () => {
    const many = Array.from({ length: 40 }, (_, index) => `- name: N${index}\n  href: next/toc.yml\n`).join(
      '',
    );
    const dir = folder({
      'TOC.yml': many,
      'next/toc.yml': many,
      'next/next/toc.yml': '- name: Leaf\n  href: leaf.md\n',
    });
    const tree = treeOf(dir, 'TOC.yml');
    const notes = notesOf(tree, join(dir, 'TOC.yml'), dir);
    assert.ok(tocArticlePaths(tree, join(dir, 'TOC.yml')).length <= NESTED_TOC_LIMITS.tocs);
    assert.match(
      notes.join('\n'),
      /names a TOC that is not read: the TOC would read more than 1,000 TOCs, the most one import reads/,
    );

    const chain: Record<string, string> = {};
    let path = '';
    for (let depth = 0; depth <= NESTED_TOC_LIMITS.depth + 1; depth++, path += 'd/')
      chain[`${path}toc.yml`] = `- name: L${depth}\n  href: a${depth}.md\n- name: Down\n  href: d/toc.yml\n`;
    const deep = folder(chain);
    const deepNotes = notesOf(treeOf(deep, 'toc.yml'), join(deep, 'toc.yml'), deep);
    assert.equal(deepNotes.length, 1);
    assert.match(
      deepNotes[0] ?? '',
      /: href "d\/toc\.yml" names a TOC that is not read: it is more than 10 TOCs deep/,
    );
  });

  test('read alone, a TOC names the TOCs it does not read', () => {
    assert.deepEqual(
      tocNotes('- name: Sub\n  href: sub/toc.yml\n', 'docs/TOC.yml').map((note) => note.message),
      [
        'another TOC, "sub/toc.yml" (line 2): its entries are not read: the TOC was read without the TOCs it names.',
      ],
    );
  });
});

describe('npm run import', () => {
  test('the named TOC gives its pages their group, and a link to an article only it lists goes to Learn', async () => {
    // The minimal reproduction of the trial: a/ref/y.md links z.md, which only a/ref/TOC.md lists.
    const dir = folder({
      'a/TOC.md': '# [Overview](overview.md)\n# [R](ref/toc.md)\n',
      'a/ref/TOC.md': '# [X](x.md)\n# [Y](y.md)\n# [Z](z.md)\n',
      'a/overview.md': `${FRONT}# Overview\n\nText of the page.\n`,
      'a/ref/x.md': `${FRONT}# X\n\nText of the page.\n`,
      'a/ref/y.md': `${FRONT}# Y\n\nSee [z](z.md).\n`,
    });
    const run = await importCommand([
      join(dir, 'a/overview.md'),
      join(dir, 'a/ref/x.md'),
      join(dir, 'a/ref/y.md'),
      join(dir, 'a/ref/TOC.md'),
      '--toc',
      join(dir, 'a/TOC.md'),
      '--root',
      join(dir, 'site'),
    ]);
    const output = `${run.stdout}\n${run.stderr}`;
    assert.doesNotMatch(output, /another TOC|table of contents, not an article|y\.md:\d+:/, output);
    // Its TOC lists z.md, which the import was not given: said once, at the TOC's line.
    assert.match(output, /ref\/TOC\.md:3: an article not among the files imported, "z\.md" \(line 3\)/);
    assert.match(readFileSync(join(dir, 'site/content/ref/x.md'), 'utf8'), /^group: "R"$/m);
    // z.md is an article of the folder, so the build sends the link to it on to Learn.
    const record = JSON.parse(readFileSync(join(dir, 'site/src/data/learn-folder.json'), 'utf8')) as {
      articles: string[];
    };
    assert.ok(record.articles.includes('ref/z.md'), record.articles.join(', '));
  });
});
