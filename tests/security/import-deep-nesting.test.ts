/**
 * One article nested thousands of levels deep no longer aborts the whole import. Red-team round 13: an HTML
 * block of `<div>` and 7,000 `<p>x` (28 KB, src3/q6.md) failed the import with "import failed: RangeError:
 * Maximum call stack size exceeded", naming no file, and the run's other articles were not written: the
 * link preview walked the page's tree by recursion (unsaidCompileError) outside the per-file refusal. At
 * 5,000 levels the import took 1 GB. The page is now said with its line and what to do, the others written.
 */
import assert from 'node:assert/strict';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { importCommand } from '../support/run-import.ts';
import { pathToFileURL } from 'node:url';
import { anchorFixes, brokenAnchors, refusedLinks } from '../../src/lib/import/link-preview.ts';
import { tempDir } from '../support/temp-dir.ts';

const FOLDERS = { learnFolder: 'zz', articles: [] };

/** A temporary folder, removed after the tests. */
function temporary(prefix: string): string {
  const dir = tempDir(prefix);
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/**
 * `<div>` `depth` times around a word, each closed. (The red team wrote `<div>` and 7,000 `<p>x`, which the
 * import now reads as a browser does since 8716b68: each `<p>` closes the one before, nothing deep.)
 */
const deepBlock = (depth: number) => `${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}`;

describe('the link preview of a page nested thousands deep', () => {
  // As the import writes it: an .mdx page, each element closed (balanceHtml).
  const deep = {
    file: 'q6.mdx',
    text: `---\ntitle: Qsix\n---\n\nIntro.\n\n<div>${'<p>x'.repeat(7000)}${'</p>'.repeat(7000)}</div>\n`,
  };
  const other = {
    file: 'ok.md',
    text: '---\ntitle: Ok\n---\n\n## Setup\n\nSee [setup](#setup) and [gone](#nowhere).\n',
  };
  const root = pathToFileURL(`${temporary('import-deep-')}/`);

  test('the anchor check says the page is too deep, at its line, and still checks the other page', async () => {
    const problems = await brokenAnchors([deep, other], root, ['q6', 'ok'], FOLDERS);
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(
      problems[0] ?? '',
      /^content\/q6\.mdx:7: the build cannot compile this page: This page nests lists, quotes or elements 700\d levels deep here; the site renders at most 64 .*Flatten the nesting\.$/,
    );
    assert.match(problems[1] ?? '', /content\/ok\.md:7.*#nowhere/);
  });

  test('the case fix of anchors and the refused-link check pass over it', async () => {
    assert.deepEqual(await anchorFixes([deep, other], root, ['q6', 'ok'], FOLDERS), []);
    assert.deepEqual(refusedLinks([deep], FOLDERS, new Set(['q6']), 'https://learn.microsoft.com/en-us'), []);
  });

  test('elements 20,000 deep, which a recursive walk overflows on, are said the same way', async () => {
    const page = {
      file: 'd.mdx',
      text: `---\ntitle: D\n---\n\n${'<div>'.repeat(20_000)}x${'</div>'.repeat(20_000)}\n`,
    };
    const [problem] = await brokenAnchors([page], root, ['d'], FOLDERS);
    assert.match(problem ?? '', /^content\/d\.mdx:5: .*nests lists, quotes or elements 2000\d levels deep/);
  });
});

test('npm run import of the deep article and another: the other is written, the deep one named with its line', async () => {
  const source = temporary('import-deep-src-');
  const front = (title: string) =>
    `---\ntitle: ${title}\ndescription: A page.\nauthor: tester\nms.date: 05/31/2024\n---\n\n# ${title}\n\n`;
  writeFileSync(join(source, 'q6.md'), `${front('Qsix')}Intro.\n\n${deepBlock(7000)}\n`);
  writeFileSync(join(source, 'ok.md'), `${front('Ok')}Text.\n`);
  const dir = temporary('import-deep-root-');
  const run = await importCommand([join(source, 'q6.md'), join(source, 'ok.md'), '--root', dir]);
  const output = `${run.stdout}\n${run.stderr}`;
  assert.doesNotMatch(output, /import failed|Maximum call stack/);
  assert.ok(existsSync(join(dir, 'content/ok.md')), output);
  assert.match(
    output,
    /content\/q6\.mdx:\d+: the build cannot compile this page: This page nests lists, quotes or elements 700\d levels deep here.*Flatten the nesting/,
  );
});

test('npm run import of a list nested 3,000 deep: refused at its line with what to do, not a stack overflow', async () => {
  const source = temporary('import-deep-list-');
  const front = '---\ntitle: L\ndescription: A page.\nauthor: tester\nms.date: 05/31/2024\n---\n\n# L\n\n';
  writeFileSync(join(source, 'l3k.md'), `${front}${'- '.repeat(3000)}x\n`);
  writeFileSync(join(source, 'ok.md'), front.replace(/\bL\b/g, 'Ok'));
  const dir = temporary('import-deep-list-root-');
  const run = await importCommand([join(source, 'l3k.md'), join(source, 'ok.md'), '--root', dir]);
  const output = `${run.stdout}\n${run.stderr}`;
  assert.doesNotMatch(output, /Maximum call stack/);
  assert.ok(existsSync(join(dir, 'content/ok.md')), output);
  assert.match(
    output,
    /l3k\.md:10: This page nests lists, quotes or elements 3000 levels deep here.*Flatten the nesting/,
  );
});
