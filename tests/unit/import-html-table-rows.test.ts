/**
 * A table row written without a leading pipe whose first cell is only a tag the balancing drops keeps that
 * cell: `</a> | x |` (the end tag of a link the row above opened) became ` | x |`, which GFM reads with a
 * leading pipe, so x moved to the first column (red-team round 7, learn/repo/ml/ml.md).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createProcessor } from '@mdx-js/mdx';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { planImport } from '../../src/lib/import/convert.ts';
import { toMdxSafe } from '../../src/lib/import/mdx-safe.ts';

/** The cells' text of each row of the tables of `mdx`, as the build's MDX (with GFM) reads them. */
function rows(mdx: string): string[][] {
  const found: string[][] = [];
  visit(createProcessor({ remarkPlugins: [remarkGfm] }).parse(mdx), 'tableRow', (row) => {
    found.push(row.children.map((cell) => toString(cell).trim()));
  });
  return found;
}

describe('a row whose first cell the balancing empties keeps it', () => {
  test("ml.md's table: a link whose </a> is on the next row; Learn shows an empty cell, then x", () => {
    // The table of the red team's learn/repo/ml/ml.md, imported as a whole (links.ts ends the link at its cell).
    const files: Record<string, string> = {
      '/learn/ml.md': [
        '---',
        'title: Multi line',
        'description: Multi-line links.',
        '---',
        '',
        '# Multi line',
        '',
        '| a | b |',
        '|---|---|',
        '| <a href="https://learn.microsoft.com/cell">cell',
        '</a> | x |',
        '',
      ].join('\n'),
    };
    const plan = planImport(
      ['/learn/ml.md'],
      {},
      { read: (path) => files[path], exists: (path) => path in files },
    );
    assert.deepEqual(rows(plan.pages[0]?.body ?? ''), [['a', 'b'], ['cell'], ['', 'x']]);
  });

  for (const [shape, learn] of [
    ['with a trailing pipe', '| a | b |\n|---|---|\n</a> | x |\n'],
    ['without a trailing pipe', 'a | b\n---|---\n</b> | x\n'],
    ['in a quote', '> | a | b |\n> |---|---|\n> </a> | x |\n'],
    ['in a list item', '- Item:\n\n  | a | b |\n  |---|---|\n  </a> | x |\n'],
  ] as const) {
    test(`${shape}: the row's cells stay in their columns`, () => {
      assert.deepEqual(rows(toMdxSafe(learn)), [
        ['a', 'b'],
        ['', 'x'],
      ]);
    });
  }

  test('a row with a leading pipe, or whose first cell keeps text, is written as before', () => {
    assert.equal(toMdxSafe('| a | b |\n|---|---|\n| </a> | x |\n'), '| a | b |\n|---|---|\n|  | x |\n');
    assert.equal(toMdxSafe('a | b\n---|---\n</b> y | z\n'), 'a | b\n---|---\n y | z\n');
  });
});
