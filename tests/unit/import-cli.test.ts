/** `npm run import` as a maintainer runs it: the site's five pages from the source article, and no file lost. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = join(ROOT, 'tests/fixtures/security-privacy-compliance.md');
const LEARN = join(ROOT, 'tests/fixtures/learn');

function runImport(...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A page file as a reader sees its article: title, order, sentences (headings, MDX imports and components left out), link targets. */
function readArticle(path: string) {
  const text = readFileSync(path, 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const field = (name: string) => new RegExp(`^${name}: "?(.*?)"?$`, 'm').exec(front)?.[1];
  const prose = body
    .split('\n')
    .filter((line) => !/^\s*(#|<[A-Z]|import\s)/.test(line))
    .join('\n');
  return {
    title: field('title'),
    order: field('order'),
    updated: field('updated'),
    sentences: prose
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^\s*[-*]\s+/gm, '')
      .split(/(?<=[.!?:])\s+|\n+/)
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence !== '')
      .sort(),
    links: [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]).sort(),
  };
}

describe('npm run import -- security-privacy-compliance.md --split h2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-split-'));
  const run = runImport(SOURCE, '--split', 'h2', '--root', dir);
  const sitePages = readdirSync(join(ROOT, 'content')).filter((file) => file.endsWith('.mdx'));

  test('succeeds and says what it wrote', () => {
    assert.equal(run.status, 0, run.output);
    for (const file of sitePages) assert.match(run.output, new RegExp(`wrote\\s+content/${file}`));
  });

  test("makes exactly the site's five pages", () => {
    assert.deepEqual(readdirSync(join(dir, 'content')).sort(), sitePages.sort());
  });

  for (const file of sitePages) {
    test(`content/${file} carries the same title, order, date, article text and links as the site's page`, () => {
      const imported = readArticle(join(dir, 'content', file));
      const site = readArticle(join(ROOT, 'content', file));
      assert.deepEqual(imported, site);
    });
  }
});

describe('the import never loses a file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-keep-'));
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'content/privacy.mdx'), 'hand-edited\n');
  writeFileSync(join(dir, 'content/notes.mdx'), 'not from the article\n');

  test('an existing, different page is kept without --force, and the run says so and fails', () => {
    const run = runImport(SOURCE, '--split', 'h2', '--root', dir);
    assert.equal(run.status, 1);
    assert.match(
      run.output,
      /kept\s+content\/privacy\.mdx: it exists and differs \(pass --force to overwrite it\)/,
    );
    assert.equal(readFileSync(join(dir, 'content/privacy.mdx'), 'utf8'), 'hand-edited\n');
    assert.ok(existsSync(join(dir, 'content/security.mdx')), 'the other pages are written');
  });

  test('--force overwrites it; files the import did not make stay', () => {
    const run = runImport(SOURCE, '--split', 'h2', '--force', '--root', dir);
    assert.equal(run.status, 0, run.output);
    assert.match(readFileSync(join(dir, 'content/privacy.mdx'), 'utf8'), /Privacy at Microsoft/);
    assert.equal(readFileSync(join(dir, 'content/notes.mdx'), 'utf8'), 'not from the article\n');
  });

  test('running it again changes nothing', () => {
    const run = runImport(SOURCE, '--split', 'h2', '--root', dir);
    assert.equal(run.status, 0, run.output);
    assert.doesNotMatch(run.output, /wrote/);
  });
});

describe('npm run import -- <folder files> --toc TOC.yml', () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-folder-'));
  const run = runImport(
    join(LEARN, 'widget-setup.md'),
    join(LEARN, 'widget-overview.md'),
    '--toc',
    join(LEARN, 'TOC.yml'),
    '--root',
    dir,
  );

  test('writes one page per file and copies the images that exist', () => {
    assert.equal(run.status, 0, run.output);
    assert.deepEqual(readdirSync(join(dir, 'content')).sort(), ['widget-overview.mdx', 'widget-setup.mdx']);
    for (const image of [
      'media/widget-setup/dial.svg',
      'media/widget-setup/chart.svg',
      'media/icons/gear.svg',
    ]) {
      assert.ok(existsSync(join(dir, 'public', image)), `public/${image} copied`);
    }
  });

  test('reports the missing image and the zones with file and line', () => {
    assert.match(
      run.output,
      /widget-setup\.md:20: image "media\/widget-setup\/not-drawn-yet\.png" does not exist/,
    );
    assert.match(run.output, /widget-setup\.md:31: zone/);
  });

  test('orders the pages as the TOC does, not as the command line', () => {
    const order = (file: string) =>
      /^order: (\d+)$/m.exec(readFileSync(join(dir, 'content', file), 'utf8'))?.[1];
    assert.equal(order('widget-overview.mdx'), '1');
    assert.equal(order('widget-setup.mdx'), '2');
  });

  test('a file without author or ms.date is still imported: defaults, each a warning with file and line', () => {
    const folder = mkdtempSync(join(tmpdir(), 'import-defaults-'));
    writeFileSync(
      join(folder, 'no-date.md'),
      '---\ntitle: T\ndescription: D\nms.author: msalias\n---\n\n# T\n',
    );
    const result = runImport(join(folder, 'no-date.md'), '--root', folder);
    assert.equal(result.status, 0, result.output);
    assert.match(result.output, /no-date\.md:1: front-matter field "ms\.date" is missing/);
    assert.match(
      result.output,
      /no-date\.md:1: front-matter field "author" is missing \(taken from ms\.author\)/,
    );
    const page = readFileSync(join(folder, 'content/no-date.mdx'), 'utf8');
    assert.match(page, /^author: "msalias"$/m);
    // Not in git: the date is today's.
    assert.match(page, new RegExp(`^updated: ${new Date().toISOString().slice(0, 10)}$`, 'm'));
  });
});
