/**
 * A page whose lines keep leaving lists, quotes and footnotes is refused before it is parsed (red team 15):
 * micromark reads again all it has read so far at each such line, so `> x⏎⏎y⏎⏎` written 4,000 times (31 KB)
 * took 12 s to parse, `- x⏎⏎y⏎⏎` 18 s, 2,000 lines of 60 quote marks each followed by a paragraph (250 KB)
 * 5.4 minutes, and a page of 1,000 KB so would have taken hours before any limit on its tree said a word.
 * The results are asserted here, not the time.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { mdxNestingLimit } from '../../src/integrations/mdx-nesting.ts';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import {
  MAX_PARSE_COST,
  readLines,
  sourceParseCost,
  sourceProblem,
} from '../../src/markdown/remark-nesting-limit.ts';
import { buildError } from '../support/learn-markdown.ts';
import { importCommand } from '../support/run-import.ts';
import { tempDir } from '../support/temp-dir.ts';

const project = tempDir('parse-cost-limit-');
const content = join(project, 'content');
mkdirSync(join(content, 'includes'), { recursive: true });
const pagePath = join(content, 'page.mdx');
const build = (markdown: string) =>
  buildError(markdown, pagePath, pathToFileURL(`${project}/`), ['page', 'privacy']);

test('quotes, list items and footnotes each followed by a paragraph, thousands of times, are refused at the line past the bound', () => {
  for (const block of [
    '> x\n\ny\n\n',
    '- x\n\ny\n\n',
    '1. x\n\n   z\n\ny\n\n',
    '[^a]: x\n\ny\n\n',
    '> x\n\n',
  ]) {
    const problem = sourceProblem(`Intro.\n\n${block.repeat(4000)}`);
    assert.ok(problem, `not refused: ${JSON.stringify(block)} × 4,000`);
    assert.match(
      problem.message,
      /^This Markdown opens 4,000 lists, quotes and footnote definitions \(counting each level\) in \d+ KB; the Markdown parser's time grows with the two multiplied, and the site builds at most 20 million \(this is \d+ million; real Learn articles come to at most about 2 million\)\. From this line on, merge neighbouring lists and quotes into one, or split the page into several\.$/,
    );
    // The line where the blocks opened so far pass what the page's length allows.
    const length = `Intro.\n\n${block.repeat(4000)}`.length;
    const lines = block.split('\n').length - 1;
    assert.equal(problem.line, 2 + Math.floor(MAX_PARSE_COST / length) * lines + 1);
  }
  // Each level a line opens counts: 60 quote marks, 300 times (38 KB), are 18,000 quotes.
  assert.match(
    sourceProblem(`${'> '.repeat(60)}x\n\ny\n\n`.repeat(300))?.message ?? '',
    /opens 18,000 lists/,
  );
});

test('closing brackets by the thousand in one paragraph are refused at the line past the bound (red team 17: `]` on 40,000 lines, 80 KB, parsed in 11 s)', () => {
  const pages = {
    lines: `Intro.\n\n${']\n'.repeat(40_000)}`,
    nested: `Intro.\n\n${'['.repeat(40_000)}x${']'.repeat(40_000)}`,
    unclosed: `Intro.\n\n${'[x]('.repeat(20_000)}`,
    quoted: `Intro.\n\n${'> ]\n'.repeat(40_000)}`,
  };
  for (const [name, page] of Object.entries(pages)) {
    const problem = sourceProblem(page);
    assert.ok(problem, `${name}: not refused`);
    assert.match(
      problem.message,
      /^This Markdown closes brackets \(`\]`\) so often in long paragraphs that the Markdown parser's time, which grows with each `\]` times the paragraph before it, passes what the site builds \([\d,]+ million in \d+ KB, at most 20 million; real Learn articles come to at most about 0\.3 million\)\. By this line, split the paragraph with blank lines, or write the brackets that are text as `\\\]`\.$/,
      name,
    );
  }
  assert.equal(sourceProblem(pages.lines)?.line, 3 + 4472);
  // Paragraphs apart, escaped brackets and links as a page has them are no cost.
  assert.equal(sourceProblem(']\n\n'.repeat(20_000)), undefined);
  assert.equal(sourceProblem('\\]\n'.repeat(40_000)), undefined);
  assert.equal(sourceProblem('- [a](b) and [c][d]\n'.repeat(5000)), undefined);
  assert.equal(
    sourceParseCost('[a] b\n\n[c]').brackets,
    2 + 3,
    'each `]` by the paragraph before it, from its blank line',
  );
});

test('setext headings and runs of *, _ or ~ by the thousand are refused at the line past the bound (red team 17: `a⏎=⏎` 20,000 times, 80 KB, parsed in 6 minutes; `*a_` 20,000 times in 33 s)', () => {
  for (const [page, words, line] of [
    [
      `Intro.\n\n${'a\n=\n'.repeat(3000)}`,
      /^This Markdown has so many setext headings \(a line of text underlined with === or ---\)/,
      2002,
    ],
    [`Intro.\n\n${'a\n---\n'.repeat(3000)}`, /^This Markdown has so many setext headings/, 2002],
    [
      `Intro.\n\n${'*a_'.repeat(10_000)}`,
      /^This Markdown has so many runs of \*, _ or ~ in one paragraph .* write the \*, _ and ~ that are text as \\\*, \\_ and \\~ or in `code`\.$/,
      3,
    ],
    [
      `Intro.\n\n${'**a* '.repeat(10_000)}`,
      /^This Markdown has so many runs of \*, _ or ~ in one paragraph/,
      3,
    ],
    // Red team 20: `*_` is two runs, not one (20,000 times, 40 KB: 75 s to parse), and GFM's `~` is resolved
    // as emphasis is (`~a` 20,000 times, 40 KB: 45 s; `~~a` 15,000 times: 12 s).
    [`Intro.\n\n${'*_'.repeat(20_000)}`, /^This Markdown has so many runs of \*, _ or ~ in one paragraph/, 3],
    [`Intro.\n\n${'~a'.repeat(20_000)}`, /^This Markdown has so many runs of \*, _ or ~ in one paragraph/, 3],
    [
      `Intro.\n\n${'~~a'.repeat(15_000)}`,
      /^This Markdown has so many runs of \*, _ or ~ in one paragraph/,
      3,
    ],
  ] as const) {
    const problem = sourceProblem(page);
    assert.match(problem?.message ?? '', words);
    assert.equal(problem?.line, line);
  }
  // Headings and emphasis as pages write them: 1,000 setext headings, 200 below 2,000 lines of prose, a
  // paragraph of 1,000 snake_case names and the same runs in paragraphs apart.
  assert.equal(sourceProblem('a\n=\n'.repeat(1000)), undefined);
  assert.equal(
    sourceProblem('Lorem ipsum dolor.\n\n'.repeat(1000) + 'Heading\n=======\n\n'.repeat(200)),
    undefined,
  );
  assert.equal(sourceProblem('IORING_REF_KIND and **bold** '.repeat(500)), undefined);
  assert.equal(sourceProblem('*a_\n\n'.repeat(10_000)), undefined);
  assert.equal(sourceProblem('~~struck~~ and ~/path, **bold**\n\n'.repeat(10_000)), undefined);
});

test("a large table's rows and a long code block are what the parser reads them as: each row apart, code not at all", () => {
  // Learn's reference pages hold tables of hundreds of rows (Azure Policy's built-in definitions, two links a
  // row; Win32's constants, a bold snake_case name a row) and scripts of hundreds of lines: the parser reads a
  // table cell by cell and a code block's lines not at all. Counted as one paragraph, 300 rows of links (75 KB)
  // came to 22 million, past the bound, and 500 constants or 1,000 lines of PowerShell too.
  const links = (row: number) =>
    `| [Policy ${String(row)}](https://portal.azure.com/#blade/${String(row)}) | Audit machines without recovery ${String(row)}. | [1.0.0](https://github.com/Azure/azure-policy/blob/master/${String(row)}.json) |`;
  const pages = [
    `Intro.\n\n| Name | Description | Version |\n|---|:--|--:|\n${Array.from({ length: 1000 }, (_, row) => links(row)).join('\n')}\n`,
    `> | Constant | Value |\n> | --- | --- |\n${'> | **FILE_ATTRIBUTE_X** | 0x1 |\n'.repeat(1000)}`,
    `1. Run:\n\n   \`\`\`powershell\n${'   [Parameter(Mandatory)][string]$Name_X = $env:USER_NAME\n'.repeat(1000)}   \`\`\`\n`,
    // The same script in a step indented by 4 (Markdown: a fence in the item; if no item, indented code), and
    // in a sublist's step by 6.
    `1. Run:\n\n    \`\`\`powershell\n${'    [Parameter(Mandatory)][string]$Name_X = $env:USER_NAME\n'.repeat(1000)}    \`\`\`\n\n2. Next.\n`,
    `- Run:\n  - Sub:\n\n      \`\`\`powershell\n${'      [Parameter(Mandatory)][string]$Name_X = $env:USER_NAME\n'.repeat(1000)}      \`\`\`\n`,
    `~~~json\n${'{ "a": [1, 2], "b_c": [[3]] },\n'.repeat(3000)}~~~\n`,
    // GFM's other ways of writing the same table: no \`|\` at the ends of its rows, right under a sentence.
    `Intro.\n\nName | Description | Version\n---|:--|--:\n${Array.from({ length: 1000 }, (_, row) => links(row).slice(2, -2)).join('\n')}\n`,
    `The built-in definitions:\n| Name | Description | Version |\n|---|:--|--:|\n${Array.from({ length: 1000 }, (_, row) => links(row)).join('\n')}\n`,
  ];
  for (const markdown of pages) assert.equal(sourceProblem(markdown), undefined, markdown.slice(0, 80));
});

test('what only looks like a table or a code block to a quick read is counted as the paragraph the parser reads', () => {
  // Each parses in seconds (10,000 such lines: 2.6 to 9.6 s), as one paragraph: the count must not stop there.
  const lines = (line: string) => line.repeat(40_000);
  for (const markdown of [
    `| a |\n|---|\n| b |\n${lines(']\n')}`, // lines without | after a table: counted on
    `<!--\n\n| a |\n|---|\n| -->\n${lines('| ]\n')}`, // a "table" inside a comment, its rows past its end
    `<div>\n>\n\`\`\`\n\n${lines(']\n')}`, // a "fence" in an HTML block, which the blank line ends
    `\`\`\` a\`b\n${lines(']\n')}`, // a backtick in a backtick fence's info: inline code, not a fence
    `> | a |\n> |---|\n${lines('| ]\n')}`, // rows outside the quote: no lazy table rows
    `| a | b |\n|---|\n${lines('| ]\n')}`, // a delimiter row of another number of cells
    `> \`\`\`\n${lines(']\n')}`, // lines outside the quote a fence opened in
    `- x\n\n  \`\`\`\n${lines(']\n')}`, // lines left of the list item's fence
    // A quote line in a fence is its code, and the next fence closes it: 20,000 lines after parsed in 15 s.
    `\`\`\`\n> q\n\`\`\`\n${lines(']\n')}`,
    `{\n\`\`\`\n}\n\n${lines(']\n')}`, // in MDX, a "fence" in an expression, which its brace ends
    `- x\n[a] | b\n--|--\n${lines('[c] | ]\n')}`, // a list item's lazy lines, which no table interrupts
    `| a | b |\n|---|---|\n    | c | d |\n${lines('| ] | b |\n')}`, // a row indented into code ends the table
  ])
    assert.match(
      sourceProblem(markdown)?.message ?? '',
      /closes brackets \(`\]`\) so often in long paragraphs/,
      markdown.slice(0, 40),
    );
});

test('readLines takes a line for a table row or a code block only where micromark reads it so, in Markdown and in MDX', () => {
  // 700 pages of 3 to 12 lines drawn from the shapes that decide it (headers, delimiter rows, rows with and without
  // pipes, fences of each kind and length, quotes, lists, lazy lines, indented lines, HTML, JSX, expressions,
  // ESM), with a fixed seed: each line readLines takes for a row must be a row of its own to the parser, each it
  // takes for code inside a code block. A line the count takes for neither is counted, as a paragraph's.
  const shapes = [
    '',
    'text [a](b)',
    '| a | b |',
    '|---|---|',
    'a | b',
    '--|--',
    '| a |',
    '|---|',
    ':--|--:',
    'x | y',
    '[x] | y',
    '# h | x',
    '- x | y',
    '1. x | y',
    '    x | y',
    '  x | y',
    '> | a | b |',
    '> |---|---|',
    '> x | y',
    '>',
    '```',
    '~~~',
    '```js',
    '````',
    '    ```',
    '  ```',
    '<div>',
    '<!--',
    '-->',
    '---',
    '===',
    '[a]: b',
    '\\| a',
    '`a|b` | c',
    '- | a | b |',
    '  |---|---|',
    '  | x | y |',
    '- item',
    'lazy',
    '  --|--',
    '| a | b ||',
    '|---|---||',
    '**b** | c',
    '{',
    '}',
    'text {',
    'export const b = {',
    '<X',
    '/>',
    '<X a="',
    '" />',
    '1. Step',
    '   ```',
    '    ```powershell',
    '       ```',
    '    [x] ]',
    '     text',
    '        code',
    '> ```',
  ];
  const markdown = unified().use(remarkParse).use(remarkGfm);
  const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  let seed = 7;
  const next = (below: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return Math.floor((seed / 2 ** 31) * below);
  };
  interface Node {
    type: string;
    position?: { start: { line: number }; end: { line: number } };
    children?: Node[];
  }
  /** The nodes holding 1-based `line`, outermost first. */
  const holding = (tree: Node, line: number): Node[] => {
    const found: Node[] = [];
    for (let node: Node | undefined = tree; node !== undefined;) {
      node = node.children?.find(
        ({ position }) => position && position.start.line <= line && position.end.line >= line,
      );
      if (node) found.push(node);
    }
    return found;
  };
  let checked = 0;
  for (let page = 0; page < 700; page++) {
    const text = Array.from({ length: 3 + next(10) }, () => shapes[next(shapes.length)]).join('\n');
    const lines = [...readLines(text)];
    for (const processor of [markdown, mdx]) {
      let tree: Node;
      try {
        tree = processor.parse(text) as Node;
      } catch {
        continue; // MDX that does not parse builds no page
      }
      lines.forEach(({ isRow, inFence }, at) => {
        if (!isRow && !inFence) return;
        checked++;
        const nodes = holding(tree, at + 1);
        const ok = isRow
          ? nodes.some(
              ({ type, position }) => type === 'tableRow' && position?.start.line === position?.end.line,
            )
          : nodes.some(({ type }) => type === 'code') || (lines[at]?.text.trim() ?? '') === '';
        assert.ok(
          ok,
          `line ${String(at + 1)} taken for a ${isRow ? 'row' : "code block's"}, read as ${nodes.map(({ type }) => type).join(' > ') || 'nothing'}:\n${text}`,
        );
      });
    }
  }
  assert.ok(checked > 500, `only ${String(checked)} lines taken for rows or code`);
});

test('one long list, a quote over many lines and lists apart are what they are: one block each', () => {
  assert.equal(sourceParseCost('- a\n- b\n  - c\n- d\n').opened, 1);
  assert.equal(sourceParseCost('> a\n> b\n>\n> - c\n').opened, 2);
  assert.equal(sourceParseCost('- a\n\nText.\n\n1. b\n\n> c\n').opened, 3);
  assert.equal(sourceParseCost('[^1]: a\n\n[^2]: b\n').opened, 2);
  // 5,000 list items in one list (the most the site builds) are one list: they parse in a second.
  assert.equal(sourceProblem('- item\n'.repeat(5000)), undefined);
});

test('every real Learn article and page of this site is far under the bound', () => {
  const files = [
    ...readdirSync(new URL('../fixtures/', import.meta.url), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .map((name) => new URL(`../fixtures/${name}`, import.meta.url)),
    ...readdirSync(new URL('../../content/', import.meta.url), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.mdx?$/.test(name))
      .map((name) => new URL(`../../content/${name}`, import.meta.url)),
  ];
  assert.ok(files.length > 40);
  for (const file of files) {
    const { cost } = sourceParseCost(readFileSync(file, 'utf8'));
    assert.ok(cost < MAX_PARSE_COST / 5, `${file.pathname}: ${String(cost)}`);
  }
});

test('the build refuses such an .mdx page before MDX parses it, naming the file and line', () => {
  let plugin: Plugin | undefined;
  const integration = mdxNestingLimit();
  const setup = integration.hooks['astro:config:setup'] as unknown as (options: {
    updateConfig: (config: { vite: { plugins: Plugin[] } }) => void;
  }) => void;
  setup({ updateConfig: (config) => (plugin = config.vite.plugins[0]) });
  const transform = plugin?.transform as unknown as (this: unknown, code: string, id: string) => void;
  const context = {
    error(error: { message: string }) {
      throw new Error(error.message);
    },
  };
  assert.throws(() => {
    transform.call(context, `---\ntitle: Q\n---\n\n${'> x\n\ny\n\n'.repeat(4000)}`, pagePath);
  }, /page\.mdx:\d+:1: This Markdown opens 4,000 lists, quotes and footnote definitions/);
});

test('npm run import of such an article: refused at its line with what to do, the others written', async () => {
  const source = tempDir('parse-cost-import-');
  const front = '---\ntitle: Q\ndescription: A page.\nauthor: tester\nms.date: 05/31/2024\n---\n\n# Q\n\n';
  writeFileSync(join(source, 'quotes.md'), `${front}${'> x\n\ny\n\n'.repeat(4000)}`);
  writeFileSync(join(source, 'ok.md'), front.replace(/\bQ\b/g, 'Ok'));
  const dir = tempDir('parse-cost-import-root-');
  const { output } = await importCommand([join(source, 'quotes.md'), join(source, 'ok.md'), '--root', dir]);
  assert.ok(existsSync(join(dir, 'content/ok.md')), output);
  assert.match(output, /quotes\.md:\d+: This Markdown opens 4,000 lists, quotes and footnote definitions/);
});

test('an include is held to the bound, and so are the page and its includes together', async () => {
  writeFileSync(join(content, 'includes/quotes.md'), '> x\n\ny\n\n'.repeat(4000));
  assert.match(
    await build('Intro.\n\n[!INCLUDE [q](includes/quotes.md)]\n'),
    /includes\/quotes\.md:\d+: This Markdown opens 4,000 lists, quotes and footnote definitions .*\(included at .*page\.mdx:3\)/,
  );
  // Each under the bound alone (700 quotes in 5.6 KB, 3.9 million), 60 uses within the page's 1,000 KB.
  writeFileSync(join(content, 'includes/some.md'), '> x\n\ny\n\n'.repeat(700));
  assert.equal(sourceProblem('> x\n\ny\n\n'.repeat(700)), undefined);
  const uses = Array.from({ length: 60 }, () => '[!INCLUDE [s](includes/some.md)]').join('\n\n');
  assert.match(
    await build(`Intro.\n\n${uses}\n`),
    /includes\/some\.md:1: with this include, the page and its includes open so many lists, quotes and footnote definitions for their length that the Markdown parser's time passes what the site builds \(2\d million, at most 20 million: see MAX_PARSE_COST\)\./,
  );
  assert.equal(await build(`Intro.\n\n${uses.split('\n\n').slice(0, 3).join('\n\n')}\n`), '');
});
