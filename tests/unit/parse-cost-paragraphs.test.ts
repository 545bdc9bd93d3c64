/**
 * Red team 18: lines that only look like a list item, a quote or a quote's fence to a quick read, and setext
 * headings inside quotes and footnotes, are counted toward a page's parse cost as the parser reads them (see
 * sourceParseCost). Each page below was accepted, and took the parser the time given, before any limit on its
 * tree could speak; the results are asserted here, not the time.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node, Parent } from 'unist';
import {
  ParagraphLines,
  readLines,
  sourceParseCost,
  sourceProblem,
} from '../../src/markdown/remark-nesting-limit.ts';

const refusal = (markdown: string) => {
  const problem = sourceProblem(markdown);
  return problem?.message ?? '';
};

test('a paragraph whose lines only look like list items or quotes is one paragraph to the count', () => {
  const brackets = /closes brackets \(`\]`\) so often in long paragraphs/;
  for (const [markdown, words] of [
    // Indented 4 columns under a paragraph, `- ]` is its text (indented code cannot interrupt a paragraph):
    // 10,000 lines (80 KB) took 3.4 s to parse, 40,000 would take about a minute.
    [`x\n${'    - ]\n'.repeat(10_000)}`, brackets],
    // The same with runs of * and _: 10,000 lines (100 KB) took 12 s.
    [`x\n${'    - *a_\n'.repeat(10_000)}`, /so many runs of \*, _ or ~ in one paragraph/],
    // Nor is `    > ` a quote whose fence would hide the lines below: 10,000 lines took 5.7 s.
    [`x\n    > \`\`\`\n${'    > ]\n'.repeat(10_000)}`, brackets],
    // After a blank line `    > \`\`\`` is indented code, and the quote below it no fence's: 3.3 s for 10,000.
    [`Intro.\n\n    > \`\`\`\n${'> ]\n'.repeat(10_000)}`, brackets],
    // A list item on a line that may be code (a fence opens there or not, as the MDX expression left open
    // above may end before it) is none to remember: its column let the paragraph below (`  y`, then
    // `    - ]` 10,000 times) end at each line, 4 s to parse.
    [`x {\n\n\`\`\`\n- a\n  \`\`\`\n  y\n${'    - ]\n'.repeat(10_000)}`, brackets],
    // Nor is an item without text on its line, which a blank line ends (`-⏎⏎  foo`: 8 s for 10,000 lines).
    [`-\n\n  foo\n${'    - ]\n'.repeat(10_000)}`, brackets],
  ] as const)
    assert.match(refusal(markdown), words, markdown.slice(0, 30));
});

test('setext headings in a quote or a footnote count as those at the margin do', () => {
  const setext = /so many setext headings/;
  // `> a⏎> =⏎` 5,000 times (40 KB) took 29 s to parse; a footnote's 6,000 headings (72 KB) 52 s.
  assert.match(refusal('> a\n> =\n'.repeat(5000)), setext);
  assert.match(refusal(`[^1]: a\n    =\n${'    b\n    =\n'.repeat(6000)}`), setext);
  assert.match(refusal(`1.  a\n    ---\n${'    b\n    ---\n'.repeat(6000)}`), setext);
});

test('HTML tags, comments and processing instructions left open in one paragraph are refused', () => {
  // The parser reads from each to its end, or through the paragraph, and tries again from the next: `x <!--`
  // on 10,000 lines (70 KB) took 39 s to parse, `x <?` 41 s, `x <!A` 30 s, `x <![CDATA[` 36 s; `x <a` on
  // 40,000 lines (200 KB) 24 s. A tag or comment its line closes costs only itself: 10,000 `<span>` pass.
  for (const [opener, lines] of [
    ['<!--', 10_000],
    ['<?', 10_000],
    ['<!A', 10_000],
    ['<![CDATA[', 10_000],
    ['<a', 40_000],
    ['</a', 40_000],
    // A `>` in a quote ends no tag: each reads on to the next line's `'` (40,000 lines, 440 KB: 17.5 s).
    [`<a b='">`, 40_000],
  ] as const)
    assert.match(
      refusal(`x ${opener}\n`.repeat(lines)),
      /^This Markdown opens so many HTML tags, comments, declarations or processing instructions .* By this line, close each tag or comment on its line \(> or -->\), write the < that is text as \\< or &lt;, or split the paragraph with blank lines\.$/,
      opener,
    );
  // Tags and comments closed in a paragraph, comments on lines of their own, paragraphs apart, and an escaped
  // `<` pass.
  assert.equal(sourceProblem('See <!-- a note --> this, <b>bold</b> and <br/>.\n'.repeat(200)), undefined);
  assert.equal(sourceProblem('<!--\nx\n-->\n\nText.\n\n'.repeat(2000)), undefined);
  assert.equal(sourceProblem('x <!--\n\n'.repeat(10_000)), undefined);
  // An escaped `<` opens nothing (its lines' pieces of text are counted apart: parse-cost-inline.test.ts).
  assert.equal(sourceParseCost('x \\<!--\n'.repeat(10_000)).html, 0);
  // The check itself reads a line once: 20,000 openers on one line, none closed (`<a<a…`, `x <!--<!--…`).
  assert.equal(refusal(`${'<a'.repeat(20_000)}\n`), '');
  assert.match(refusal(`x ${'<!--'.repeat(20_000)}\n`), /opens so many HTML tags/);
  assert.equal(
    sourceProblem(`${'<span title="a > b">'.repeat(5000)}x${'</span>'.repeat(5000)}\n`),
    undefined,
  );
});

test('list items, quotes and headings as Learn writes them still pass', () => {
  // Nested items 4 columns into their list item, under a numbered step, and notes in steps.
  const links = (row: number) => `[Item ${String(row)}](item-${String(row)}.md)`;
  for (const markdown of [
    `- ${links(0)}\n${Array.from({ length: 2000 }, (_, row) => `    - ${links(row)} and ${links(row + 1)}`).join('\n')}\n`,
    `1. Step\n${Array.from({ length: 2000 }, (_, row) => `    - ${links(row)} *${String(row)}*`).join('\n')}\n`,
    `1. Step\n\n    > [!NOTE]\n${'    > See [this](a.md) and [that][b].\n    >\n'.repeat(500)}`,
    `> [!TIP]\n${'> Heading\n> =======\n>\n'.repeat(300)}`,
  ])
    assert.equal(sourceProblem(markdown), undefined, markdown.slice(0, 40));
});

test('a paragraph ends for the count only where micromark ends it, in Markdown and in MDX', () => {
  // 300 pages of 3 to 11 lines drawn from the shapes that decide it (list markers and quote marks at each
  // indentation, items without text, ordered items, fences, HTML, expressions, rules, setext underlines, table
  // rows), with a fixed seed: no line ParagraphLines says ends a paragraph may be inside one the parser reads (the
  // count before it, a line of quote marks or a bullet after them at any indentation, failed on 107 of 1,000).
  const shapes = ['', '', 'x', '  x', '    x', '- a', '-', '  - a', '    - a', '      - a', '1. a', '2. a'];
  shapes.push(
    '   1. a',
    '    1. a',
    '> a',
    '>',
    '    > a',
    '  > - a',
    '> - a',
    '>   - a',
    '```',
    '  ```',
    '~~~',
  );
  shapes.push(
    '<div>',
    'x <b>',
    '{',
    '}',
    '* * *',
    '- - -',
    '---',
    '===',
    '| a |',
    '|---|',
    '[^1]: a',
    '\t- a',
  );
  shapes.push('-\ta', '- ```', '<!--', '-->', '+ a', '   - a', '     - a', '1) a', '10. a');
  let seed = 7;
  const next = (below: number) =>
    Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * below);
  const markdown = unified().use(remarkParse).use(remarkGfm);
  const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  /** The lines of each paragraph of `tree` (not inside headings or table cells, which hold none). */
  const paragraphs = (tree: Node): [number, number][] =>
    tree.type === 'paragraph' && tree.position
      ? [[tree.position.start.line, tree.position.end.line]]
      : ((tree as Partial<Parent>).children ?? []).flatMap(paragraphs);
  for (let page = 0; page < 300; page++) {
    const text = Array.from({ length: 3 + next(9) }, () => shapes[next(shapes.length)]).join('\n');
    const lines = new ParagraphLines();
    const breaks = [...readLines(text)].map((line) => lines.read(line).breaks || line.isRow || line.inFence);
    for (const processor of [markdown, mdx]) {
      let tree: Node;
      try {
        tree = processor.parse(text);
      } catch {
        continue; // MDX that does not parse builds no page
      }
      for (const [start, end] of paragraphs(tree))
        for (let line = start + 1; line <= end; line++)
          assert.ok(!breaks[line - 1], `line ${String(line)} ends no paragraph:\n${text}`);
    }
  }
});
