/** A page nested thousands deep fails with its line and what to do, before any walk of the tree overflows. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Node } from 'unist';
import { VFile } from 'vfile';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';
import {
  MAX_NESTING,
  MAX_PAGE_CHARACTERS,
  NODE_LIMIT,
  PAGE_LIMITS,
  measurePage,
  sourceNestingProblem,
  sourceProblem,
} from '../../src/markdown/remark-nesting-limit.ts';

/** Renders `markdown` as the build renders a content/*.md page, with the site's whole pipeline. */
function renderPage(markdown: string) {
  const pipeline = markdownPipeline({
    root: new URL('../../', import.meta.url),
    sitePages: ['page'],
    strictLinks: false,
  });
  return unified()
    .use(remarkParse)
    .use(pipeline.remarkPlugins)
    .use(remarkRehype)
    .use(pipeline.rehypePlugins)
    .use(rehypeStringify)
    .process(new VFile({ value: markdown, path: 'content/page.md', cwd: process.cwd() }));
}

test('lists or quotes nested thousands deep (a red-team page) are found in the source, before parsing', () => {
  assert.deepEqual(sourceNestingProblem(`Intro.\n\n${'- '.repeat(3000)}x\n`), {
    line: 3,
    message:
      'This page nests lists, quotes or elements 3000 levels deep here; the site renders at most 64 (Learn articles nest at most about 11). Flatten the nesting.',
  });
  assert.equal(sourceNestingProblem(`${'> '.repeat(5000)}x`)?.line, 1);
  assert.equal(sourceNestingProblem(`1. a\n   1) b\n${'  - '.repeat(65)}c`)?.line, 3);
  assert.equal(sourceNestingProblem(`${'- '.repeat(64)}x\n---\n***\n-not a list`), undefined);
});

test('list items nested by indentation, each line one item deeper (red team 17: a tab staircase 400 deep, 81 KB, took 8 s to import, 1,400 deep minutes), are found in the source', () => {
  const staircase = (depth: number, indent: (level: number) => string, prefix = '') =>
    Array.from({ length: depth }, (_, level) => `${prefix}${indent(level)}- x`).join('\n');
  const tabs = sourceProblem(`Intro.\n\n${staircase(1400, (level) => '\t'.repeat(level))}\n`);
  assert.deepEqual(tabs, {
    line: 67,
    message:
      'This page nests lists, quotes or elements 65 levels deep here; the site renders at most 64 (Learn articles nest at most about 11). Flatten the nesting.',
  });
  assert.equal(sourceNestingProblem(staircase(65, (level) => '  '.repeat(level)))?.line, 65);
  assert.equal(sourceNestingProblem(staircase(65, (level) => '   '.repeat(level), '> '))?.line, 64);
  assert.equal(sourceNestingProblem(staircase(63, (level) => '  '.repeat(level), '> > '))?.line, 63);
  // As deep as the parser reads them: 64 levels, and a page that returns to its outer items, are rendered.
  assert.equal(sourceNestingProblem(staircase(64, (level) => '  '.repeat(level))), undefined);
  assert.equal(
    sourceNestingProblem(
      Array.from({ length: 40 }, () => `${staircase(40, (level) => '  '.repeat(level))}\n\nText.\n`).join(
        '\n',
      ),
    ),
    undefined,
  );
  assert.equal(
    sourceNestingProblem(
      Array.from(
        { length: 100 },
        () => '1. Step\n\n   More of it.\n\n   ```yaml\n   - a:\n       - b\n   ```\n',
      ).join(''),
    ),
    undefined,
  );
});

test('lines end where CommonMark ends them, at a lone carriage return too (red team: "a\\r" then 200,000 `>` stalled the build)', () => {
  assert.deepEqual(sourceProblem(`a\r${'>'.repeat(200_000)} x`), {
    line: 2,
    message:
      'This page nests lists, quotes or elements 200000 levels deep here; the site renders at most 64 (Learn articles nest at most about 11). Flatten the nesting.',
  });
  assert.equal(sourceNestingProblem(`a\r\nb\r\r${'- '.repeat(65)}x`)?.line, 4);
  assert.equal(sourceNestingProblem(`a\r\n${'> '.repeat(64)}x\r${'- '.repeat(64)}y`), undefined);
});

test('a tree nested deeper than the bound fails with the line, before the other plugins walk it', async () => {
  const deep = `<div>${'<span>'.repeat(70)}x${'</span>'.repeat(70)}</div>`;
  await assert.rejects(
    renderPage(`Intro.\n\n${'> '.repeat(40)}${'- '.repeat(30)}x\n\n${deep}\n`),
    /content\/page\.md:3:\d+: This page nests lists, quotes or elements \d+ levels deep here; the site renders at most 64/,
  );
});

test('nesting as deep as real articles (11 levels) and well beyond renders', async () => {
  const html = String(await renderPage(`${'- '.repeat(15)}deep item\n`));
  assert.match(html, /deep item/);
  assert.equal(measurePage({ type: 'root', children: [] } as never).deepest.depth, 0);
  assert.ok(MAX_NESTING >= 4 * 11);
});

test('a page larger than the site builds (a red-team page of 10 MB) is refused before parsing, saying to split it', () => {
  const huge = `Intro.\n\n\`\`\`\n${'x'.repeat(MAX_PAGE_CHARACTERS)}\n\`\`\`\n`;
  assert.deepEqual(sourceProblem(huge), {
    line: 1,
    message:
      'This page is 1001 KB of Markdown; the site builds pages of at most 1000 KB (the largest Learn article seen is 70 KB). Split it into several pages.',
  });
  // 4,000 lines of text in paragraphs of ten (one paragraph of 4,000 lines is refused: parse-cost-inline.test.ts).
  assert.equal(sourceProblem('Intro.\n\n' + `${'A line of text.\n'.repeat(10)}\n`.repeat(400)), undefined);
  assert.equal(sourceProblem(`${'- '.repeat(100)}x`)?.line, 1, 'nesting is checked too');
});

test('a page of more headings, links or table cells than the site builds (red-team pages of 50,000 headings, 60,000 links, 15,000 columns, each under 1 MB) fails at the first one past the limit, saying to split it', async () => {
  const most = (what: string) => PAGE_LIMITS.find((limit) => limit.what === what)?.most ?? 0;
  const headings = most('headings');
  await assert.rejects(
    renderPage(
      `Intro.\n\n${Array.from({ length: headings + 1 }, (_, index) => `## Part ${String(index)}\n`).join('\n')}`,
    ),
    new RegExp(
      `content/page\\.md:${String(3 + 2 * headings)}:1: This page has more than 1,000 headings; the site builds pages of at most 1,000 \\(Learn articles have at most about 56\\)\\. Split it into several pages\\.`,
    ),
  );
  const links = most('links');
  await assert.rejects(
    renderPage(`${'[a](/page/) '.repeat(links)}\n\n[the one too many](/page/)\n`),
    /content\/page\.md:3:1: This page has more than 5,000 links;/,
  );
  // Columns over two rows one cell past the limit, counted at the table's first line (red team: 15,000 columns).
  const columns = Math.floor(most('table cells') / 2) + 1;
  await assert.rejects(
    renderPage(
      `Intro.\n\n|${' a |'.repeat(columns)}\n|${' - |'.repeat(columns)}\n|${' b |'.repeat(columns)}\n`,
    ),
    /content\/page\.md:3:1: This page has more than 20,000 table cells; the site builds pages of at most 20,000 \(Learn articles have at most about 402\)\. A Markdown table shows every row with as many cells as its header row has, empty ones added to a shorter row: split the table or the page\./,
  );
  // Written as elements in MDX, they count the same.
  const jsx = (name: string) => ({ type: 'mdxJsxTextElement', name, attributes: [], children: [] });
  const elements = Array.from({ length: links + 1 }, () => jsx('a'));
  const root = (children: unknown[]): Node => ({ type: 'root', children }) as Node;
  assert.match(measurePage(root(elements)).pastLimit?.message ?? '', /more than 5,000 links/);
  assert.equal(measurePage(root(elements.slice(1))).pastLimit, undefined);
  const cells = Array.from({ length: most('table cells') + 1 }, () => jsx('td'));
  assert.match(measurePage(root(cells)).pastLimit?.message ?? '', /more than 20,000 table cells/);
});

test('a page as large as the limits allow builds', async () => {
  const headings = Array.from(
    { length: 1000 },
    (_, index) => `## Part ${String(index)}\n\n[a](/page/) text.\n`,
  );
  const html = String(await renderPage(headings.join('\n')));
  assert.equal(html.match(/<h2/g)?.length, 1000);
  for (const limit of PAGE_LIMITS)
    assert.ok(limit.most >= (limit === NODE_LIMIT ? 10 : 15) * limit.seen, limit.what);
});

/** The Markdown tree of `markdown`, GFM as the site parses it, for measurePage. */
const parsed = (markdown: string): Node => unified().use(remarkParse).use(remarkGfm).parse(markdown);

test("a table counts its cells as the page shows them, every row padded to the header's columns (red team: 1,000 columns over 2,000 rows of `a`, 13 KB, built 2,000,000 cells in 2 min 17 s and 4.9 GB)", async () => {
  // The red-team page's shape: a header row of 1,000 cells, its delimiter row, then rows of one cell.
  const table = (rows: number) => `|${'a|'.repeat(1000)}\n|${'-|'.repeat(1000)}\n${'a\n'.repeat(rows)}`;
  await assert.rejects(
    renderPage(`Intro.\n\n${table(20)}`),
    /content\/page\.md:3:1: This page has more than 20,000 table cells; the site builds pages of at most 20,000 \(Learn articles have at most about 402\)\. A Markdown table shows every row with as many cells as its header row has, empty ones added to a shorter row: split the table or the page\./,
  );
  // Cells a row writes past the header's columns are not shown (mdast-util-to-hast drops them): not counted.
  const wide = `| a | b |\n| - | - |\n${'| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 |\n'.repeat(1000)}`;
  assert.equal(measurePage(parsed(wide)).pastLimit, undefined);
  // As large as real tables get (about 30 columns, a few hundred rows), several on a page.
  const real = `|${' h |'.repeat(30)}\n|${' - |'.repeat(30)}\n${`|${' c |'.repeat(30)}\n`.repeat(300)}`;
  assert.equal(measurePage(parsed(`## Limits\n\n${real}`)).pastLimit, undefined);
});

test('what a reference repeats of its definition counts toward the page (red team: a 300,000-character URL or title used 1,000 times, 300 KB, took 20 to 24 s and 2.4 to 2.9 GB)', async () => {
  const message =
    /content\/page\.md:[34]:\d+: This page has more than 1,000,000 characters that references repeat \(a link or image written `\[text\]\[name\]` repeats its definition's URL and title each time\); the site builds pages of at most 1,000,000 \(Learn articles have at most about 4,017\)\. Shorten the URL or title of the definitions it repeats \(a Learn URL is under 2,000 characters\), or split the page\./;
  // The red-team pages, scaled down: 40 uses of 30,000 characters are 1.2 MB.
  await assert.rejects(renderPage(`[a]: /page/?${'q'.repeat(30_000)}\n\n${'[a] '.repeat(40)}\n`), message);
  await assert.rejects(renderPage(`[a]: /page/ "${'t'.repeat(30_000)}"\n\n${'[a] '.repeat(40)}\n`), message);
  // Images too, and a definition matched as the HTML step matches it: case-insensitive, the first of a label.
  await assert.rejects(
    renderPage(`[A]: /page/?${'q'.repeat(30_000)}\n[a]: /page/\n\n${'![x][a] '.repeat(40)}\n`),
    message,
  );
  assert.equal(
    measurePage(parsed(`[a]: /page/\n[a]: /page/?${'q'.repeat(30_000)}\n\n${'[a] '.repeat(40)}\n`)).pastLimit,
    undefined,
  );
  // A real page's references: hundreds of uses of Learn-length URLs and titles.
  const definitions = Array.from(
    { length: 50 },
    (_, n) =>
      `[d${String(n)}]: https://learn.microsoft.com/${'path/'.repeat(30)}${String(n)} "A title of a link"`,
  );
  const uses = Array.from({ length: 263 }, (_, n) => `[use][d${String(n % 50)}]`).join(' ');
  assert.equal(measurePage(parsed(`${uses}\n\n${definitions.join('\n')}\n`)).pastLimit, undefined);
});
