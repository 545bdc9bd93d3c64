/**
 * Red team 21: a page of more paragraphs, list items or headings than the site builds was refused only once
 * parsed, and the parse of tiny blocks is slow: 30,000 one-letter paragraphs (90 KB) took 10 s to be refused,
 * 330,000 (990 KB, under the page limit) 90 s and 3.3 GB, 30,000 list items 12 s. What the lines surely open
 * is counted before parsing (ParagraphLines' `opens`), so such a page is refused at once, at the line past the
 * limit, with the limit's own message; where a line may be code, HTML, an expression or a tag's end, it counts
 * nothing.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { sourceProblem } from '../../src/markdown/remark-nesting-limit.ts';
import { buildError } from '../support/learn-markdown.ts';
import { tempDir } from '../support/temp-dir.ts';

test('more paragraphs, list items or headings than a page may hold are refused before parsing, at the line past the limit', () => {
  for (const [markdown, line, message] of [
    [
      'a\n\n'.repeat(30_000),
      50_001,
      'This page has more than 25,000 Markdown nodes (paragraphs, runs of text, images, links, code spans, footnotes, definitions…); the site builds pages of at most 25,000 (Learn articles have at most about 2,346). Split it into several pages.',
    ],
    [
      '> a\n>\n'.repeat(26_000),
      50_001,
      'This page has more than 25,000 Markdown nodes (paragraphs, runs of text, images, links, code spans, footnotes, definitions…); the site builds pages of at most 25,000 (Learn articles have at most about 2,346). Split it into several pages.',
    ],
    [
      '- a\n'.repeat(30_000),
      5001,
      'This page has more than 5,000 list items; the site builds pages of at most 5,000 (Learn articles have at most about 192). Split it into several pages.',
    ],
    [
      '## a\n'.repeat(2000),
      1001,
      'This page has more than 1,000 headings; the site builds pages of at most 1,000 (Learn articles have at most about 56). Split it into several pages.',
    ],
  ] as const)
    assert.deepEqual(sourceProblem(markdown), { line, message }, markdown.slice(0, 8));
});

test('what a line may not open counts nothing, and what the limits allow passes', () => {
  for (const markdown of [
    'a\n\n'.repeat(25_000),
    '- a\n'.repeat(5000),
    '# a\n\n'.repeat(1000),
    // One comment, one expression, one indented code block, one fenced block each, however many blank lines.
    `<!--\n\n${'a\n\n'.repeat(30_000)}-->\n`,
    `{\n\n${'a\n\n'.repeat(30_000)}}\n`,
    `Text.\n\n${'    a\n\n'.repeat(30_000)}`,
    `\`\`\`\n${'a\n\n'.repeat(30_000)}\`\`\`\n`,
    // An element's end tag after a blank line ends the element in MDX: no node of its own.
    '<div>\n\n</div>\n\n'.repeat(20_000),
  ])
    assert.equal(sourceProblem(markdown), undefined, markdown.slice(0, 12));
});

test('includes that together open more nodes than a page may hold are refused before the one past the limit is parsed', async () => {
  const project = tempDir('page-limits-source-');
  mkdirSync(join(project, 'content/includes'), { recursive: true });
  writeFileSync(join(project, 'content/includes/many.md'), 'a\n\n'.repeat(10_000));
  const uses = Array.from({ length: 3 }, () => '[!INCLUDE [m](includes/many.md)]').join('\n\n');
  assert.match(
    await buildError(`Intro.\n\n${uses}\n`, join(project, 'content/page.mdx'), pathToFileURL(`${project}/`), [
      'page',
    ]),
    /includes\/many\.md:1: with this include, the page and its includes open more than 25,000 paragraphs, list items, headings and other blocks, each a Markdown node: the site builds pages of at most 25,000 nodes \(Learn articles have at most about 2,346\)\. Include it fewer times, or split the page\./,
  );
});
