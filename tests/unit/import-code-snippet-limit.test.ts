/**
 * A page's code snippets bring in at most what a page may be (red team 15): 500 `:::code source="x.cs":::`
 * of a 700 KB file (30 KB of Markdown) ran the import for 193 s to 4.7 GB and out of memory, and one range
 * may name a file's lines again and again (`range="1-100000,1-100000,…"`). The page is refused at the snippet
 * that passes the bound, with what to do; the run's other pages are written.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { selectCode, selectLines } from '../../src/lib/import/code-snippets.ts';
import { MAX_PAGE_CHARACTERS } from '../../src/markdown/remark-nesting-limit.ts';
import { importCommand } from '../support/run-import.ts';
import { tempDir } from '../support/temp-dir.ts';

const FRONT = '---\ntitle: C\ndescription: A page.\nauthor: tester\nms.date: 05/31/2024\n---\n\n# C\n\n';

function temporary(prefix: string): string {
  const dir = tempDir(prefix);
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** `npm run import` of `articles` (file name → Markdown after the front matter) beside `x.cs`, into a new site. */
async function importArticles(articles: Record<string, string>, code: string) {
  const source = temporary('code-limit-src-');
  writeFileSync(join(source, 'x.cs'), code);
  for (const [name, body] of Object.entries(articles)) writeFileSync(join(source, name), `${FRONT}${body}`);
  const dir = temporary('code-limit-root-');
  const { output } = await importCommand([
    ...Object.keys(articles).map((name) => join(source, name)),
    '--root',
    dir,
  ]);
  return { dir, output };
}

test('a range selects as docfx reads it, and nothing past the characters it may bring in', () => {
  const lines = ['a', 'bb', 'ccc', 'dddd'];
  assert.deepEqual(selectLines(lines, '2-3,1,4-'), ['bb', 'ccc', 'a', 'dddd']);
  assert.deepEqual(selectLines(lines, undefined), lines);
  assert.deepEqual(selectLines(lines, '3-9,9-12,0'), ['ccc', 'dddd', 'a']);
  assert.equal(selectLines(lines, '1-4,'.repeat(1000), 100), undefined);
  const many = selectCode('int x;\n'.repeat(10), { range: '1-10,'.repeat(100_000) }, 'csharp', 'x.cs', 1000);
  assert.deepEqual(many, {
    ok: false,
    problem:
      '"x.cs": the lines selected would bring the page\'s code past 1,000 more characters, more than the site builds a page of.',
    tooLong: true,
  });
  const region = selectCode('// <P>\nint x;\n// </P>\n', { region: 'P' }, 'csharp', 'x.cs', 3);
  assert.equal(region.ok, false);
  assert.deepEqual(selectCode('// <P>\nint x;\n// </P>\n', { region: 'P' }, 'csharp', 'x.cs', 7), {
    ok: true,
    lines: ['int x;'],
  });
});

test('npm run import of a page whose snippets bring in more than a page may be: refused at the snippet, the others written', async () => {
  // 20,000 lines of 7 characters (140 KB), shown whole eight times: past 1,000,000 characters.
  const code = 'int x;\n'.repeat(20_000);
  const snippets = Array.from({ length: 8 }, () => ':::code language="csharp" source="x.cs":::').join('\n\n');
  const ranges = `:::code language="csharp" source="x.cs" range="${'1-20000,'.repeat(8)}":::`;
  const { dir, output } = await importArticles(
    {
      'snippets.md': `${snippets}\n`,
      'ranges.md': `${ranges}\n`,
      'ok.md': `${snippets.split('\n\n')[0] ?? ''}\n`,
    },
    code,
  );
  assert.ok(existsSync(join(dir, 'content/ok.md')), output);
  assert.ok(readFileSync(join(dir, 'content/ok.md'), 'utf8').includes('int x;\nint x;'), output);
  assert.ok(!existsSync(join(dir, 'content/snippets.md')), output);
  assert.ok(!existsSync(join(dir, 'content/ranges.md')), output);
  const message = (line: number) =>
    new RegExp(
      `:${String(line)}: :::code::: "x\\.cs": the lines selected would bring the page's code past [\\d,]+ more characters, more than the site builds a page of\\. A page's code snippets bring in at most ${MAX_PAGE_CHARACTERS.toLocaleString('en-US')} characters in all \\(MAX_PAGE_CHARACTERS\\): select the lines to show with id="…" or range="…", or split the page\\.`,
    );
  // The eighth snippet, line 10 + 7 × 2, passes the bound; the range at once.
  assert.match(output, new RegExp(`snippets\\.md${message(24).source}`));
  assert.match(output, new RegExp(`ranges\\.md${message(10).source}`));
});
