/**
 * Red team 21: one long paragraph of short lines, or one line of many inline marks, passed every bound and took
 * the parser time growing faster than its length squared: once a paragraph's inline content is read, micromark
 * splices the paragraph's whole token list at each run of text tokens, and GFM's literal autolinks start a
 * token at each word. Each page below was accepted, and took the parser the time given, before any limit on its
 * tree could speak; the results are asserted here, not the time.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sourceParseCost, sourceProblem } from '../../src/markdown/remark-nesting-limit.ts';

const INLINE =
  /^This Markdown has paragraphs so long, their text cut so often by line ends and inline marks \(brackets, `, <, \\, &, \*, _, ~, addresses\), that the Markdown parser's time, which grows with each paragraph's pieces of text times its length, passes what the site builds \([\d,]+ million in [\d,]+ KB, at most 100 million; real Learn articles come to at most about 0\.2 million\)\. By this line, split the paragraph with blank lines\.$/;

test('a paragraph of many lines or inline marks is refused before it is parsed, at the line past the bound', () => {
  for (const [markdown, line] of [
    // One paragraph of 30,000 lines (120 KB): 4 s to parse; 60,000 lines (240 KB) 118 s.
    ['a b\n'.repeat(30_000), 5001],
    // One line, 90 KB: 36 s; a backslash escape, HTML, a line break escaped, an address: 31 to 44 s.
    ['[^a'.repeat(30_000), 1],
    ['\\!^a'.repeat(30_000), 1],
    ['<a>^a'.repeat(30_000), 1],
    ['a\\\n^a'.repeat(30_000), 4473],
    ['x www.a.b '.repeat(30_000), 1],
    // An escaped `<` then `!--` on 20,000 lines (160 KB): 14 s.
    ['x \\<!--\n'.repeat(10_000), 3536],
    // A line of tags alone that is no block's (`<b></b>`) does not end a Markdown paragraph.
    ['a b\n<b></b>\n'.repeat(30_000), 5774],
  ] as const) {
    const problem = sourceProblem(markdown);
    assert.match(problem?.message ?? '(not refused)', INLINE, markdown.slice(0, 12));
    assert.equal(problem?.line, line, markdown.slice(0, 12));
  }
});

test('paragraphs apart, and HTML tables whose rows end them, are no long paragraph', () => {
  const row =
    '<tr>\n<td>A cell with a [link](https://learn.microsoft.com/x), `code` and *words*</td>\n</tr>\n';
  for (const markdown of [
    'a b\n\n'.repeat(20_000),
    // A word a line, or escaped brackets, are one piece of text between line ends: no run to merge.
    'a\n'.repeat(40_000),
    '\\]\n'.repeat(40_000),
    `<table>\n${row.repeat(2000)}</table>\n`,
    `Text.\n${'a b\n<tr></tr>\n'.repeat(30_000)}`,
  ])
    assert.equal(sourceProblem(markdown), undefined, markdown.slice(0, 12));
  assert.ok(sourceParseCost(`<table>\n${row.repeat(2000)}</table>\n`).inline < 5_000_000);
});
