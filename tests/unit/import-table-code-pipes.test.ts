/**
 * A `|` inside inline code in a table row, as Learn's markdig reads it: code before the pipes between cells,
 * so `` | `T | where Predicate` | `` is one cell of code. GFM (remark-gfm, which the site follows) splits the
 * row at every pipe first, so the import writes such a pipe `\|`, which GFM reads back as `|` in the code.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createProcessor } from '@mdx-js/mdx';
import type { Root, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { planImport } from '../../src/lib/import/convert.ts';
import { asMarkdigTables, attributeNotes, toMdxSafe } from '../../src/lib/import/mdx-safe.ts';
import { parseMarkdown } from '../../src/lib/learn/parse-markdown.ts';
import { renderLearn } from '../support/learn-markdown.ts';

/** A cell as markdig shows it: its text, and the value of each inline code in it. */
interface Cell {
  text: string;
  code: string[];
}

/** The rows of each table of `tree`, cell by cell, as many cells as the header row has (the rest is not shown). */
function tables(tree: Root): Cell[][][] {
  const found: Cell[][][] = [];
  visit(tree, 'table', (table) => {
    const columns = table.children[0]?.children.length ?? 0;
    found.push(
      table.children.map((row) =>
        row.children.slice(0, columns).map((cell: TableCell) => {
          const code: string[] = [];
          visit(cell, 'inlineCode', (node) => {
            code.push(node.value);
          });
          return { text: toString(cell).trim(), code };
        }),
      ),
    );
  });
  return found;
}

const mdx = createProcessor({ remarkPlugins: [remarkGfm] });

/**
 * The tables of `markdown` once imported, as the build reads the page: an `.mdx` page by MDX with GFM; an
 * `.md` page (remark with GFM: HTML is text there) has the same cells and code.
 */
function importedTables(markdown: string): Cell[][][] {
  const imported = toMdxSafe(markdown);
  const asMdx = tables(mdx.parse(imported));
  const codeOf = (found: Cell[][][]) => found.map((rows) => rows.map((row) => row.map((cell) => cell.code)));
  assert.deepEqual(codeOf(tables(structuredClone(parseMarkdown(imported)) as Root)), codeOf(asMdx));
  return asMdx;
}

/** MicrosoftDocs/dataexplorer-docs, data-explorer/kql-quick-reference.md (commit 1019519): lines 16-17, 19, 21, 31, 38. */
const KQL_HEADER =
  '| Operator/Function                               | Description                           | Syntax                                           |\n' +
  '| :---------------------------------------------- | :------------------------------------ |:-------------------------------------------------|\n';
const KQL_WHERE =
  '| [where](kusto/query/whereoperator.md)                      | Filters on a specific predicate           | `T | where Predicate`                         |';
const KQL_SEARCH =
  '| [search](kusto/query/searchoperator.md)                    | Searches all columns in the table for the value | `[TabularSource |] search [kind=CaseSensitivity] [in (TableSources)] SearchPredicate` |';
const KQL_PROJECT =
  '| [project](kusto/query/projectoperator.md)                  | Selects the columns to include in the order specified | `T | project ColumnName [= Expression] [, ...]` <br> Or <br> `T | project [ColumnName | (ColumnName[,]) =] Expression [, ...]` |';
const KQL_SORT =
  '| [sort](kusto/query/sortoperator.md)                        | Sorts the rows of the input table by one or more columns in ascending or descending order | `T | sort by expression1 [asc|desc], expression2 [asc|desc], …` |';

/** MicrosoftDocs/dataexplorer-docs, data-explorer/kusto/query/sql-cheat-sheet.md (commit 087ed22): lines 31-32, 34, 36. */
const SQL_HEADER = '| Category | SQL Query | Kusto Query | Learn more |\n|--|--|--|\n';
const SQL_PROJECT =
  '| -- | `SELECT name, resultCode FROM dependencies` | `dependencies | project name, resultCode` | [project](project-operator.md) |';
const SQL_NULL =
  '| Null evaluation | `SELECT * FROM dependencies`<br>`WHERE resultCode IS NOT NULL` | `dependencies`<br>`| where isnotnull(resultCode)` | [isnotnull()](isnotnull-function.md) |';

describe('a pipe in the inline code of a table row is in the code, as on Learn', () => {
  test('GFM alone splits the KQL rows of dataexplorer-docs at the pipe in their code: the Syntax column shows "`T"', () => {
    const [table] = tables(structuredClone(parseMarkdown(`${KQL_HEADER}${KQL_WHERE}\n`)));
    assert.deepEqual(table?.[1]?.[2], { text: '`T', code: [] });
  });

  test('kql-quick-reference.md: three cells a row, the syntax one code, as markdig reads them', () => {
    const [table] = importedTables(
      `${KQL_HEADER}${[KQL_WHERE, KQL_SEARCH, KQL_PROJECT, KQL_SORT].join('\n')}\n`,
    );
    assert.deepEqual(
      table?.slice(1).map((row) => row.map((cell) => (cell.code.length > 0 ? cell.code : cell.text))),
      [
        ['where', 'Filters on a specific predicate', ['T | where Predicate']],
        [
          'search',
          'Searches all columns in the table for the value',
          ['[TabularSource |] search [kind=CaseSensitivity] [in (TableSources)] SearchPredicate'],
        ],
        [
          'project',
          'Selects the columns to include in the order specified',
          [
            'T | project ColumnName [= Expression] [, ...]',
            'T | project [ColumnName | (ColumnName[,]) =] Expression [, ...]',
          ],
        ],
        [
          'sort',
          'Sorts the rows of the input table by one or more columns in ascending or descending order',
          ['T | sort by expression1 [asc|desc], expression2 [asc|desc], …'],
        ],
      ],
    );
  });

  test('sql-cheat-sheet.md: four cells (its delimiter row has three), the Learn more link kept', () => {
    const [table] = importedTables(`${SQL_HEADER}${SQL_PROJECT}\n${SQL_NULL}\n`);
    assert.equal(table?.[0]?.length, 4);
    assert.deepEqual(table[1], [
      { text: '--', code: [] },
      {
        text: 'SELECT name, resultCode FROM dependencies',
        code: ['SELECT name, resultCode FROM dependencies'],
      },
      { text: 'dependencies | project name, resultCode', code: ['dependencies | project name, resultCode'] },
      { text: 'project', code: [] },
    ]);
    assert.deepEqual(table[2]?.[2]?.code, ['dependencies', '| where isnotnull(resultCode)']);
    assert.equal(table[2][3]?.text, 'isnotnull()');
  });

  test('the page the site builds shows the code in one cell', async () => {
    const html = await renderLearn(
      toMdxSafe(`| Operator | Syntax |\n| --- | --- |\n| where | \`T | where Predicate\` |\n`),
    );
    assert.match(html, /<td>where<\/td>\s*<td><code>T \| where Predicate<\/code><\/td>/);
  });

  test('only the pipes in code are escaped; the rest of the row is as written', () => {
    assert.equal(
      toMdxSafe(`${KQL_HEADER}${KQL_SEARCH}\n`),
      `${KQL_HEADER}${KQL_SEARCH.replace('Source |]', 'Source \\|]')}\n`,
    );
  });

  test('a header row with a pipe in its code makes a table of as many columns as markdig reads', () => {
    const [table] = importedTables('| `a|b` | c |\n| --- | --- |\n| 1 | 2 |\n');
    assert.deepEqual(table?.[0], [
      { text: 'a|b', code: ['a|b'] },
      { text: 'c', code: [] },
    ]);
  });

  test('in a quote and in a list item too', () => {
    const quoted = importedTables('> | Syntax | x |\n> | --- | --- |\n> | `T | take 10` | y |\n');
    assert.deepEqual(quoted[0]?.[1]?.[0]?.code, ['T | take 10']);
    const listed = importedTables(
      '1. Run:\n\n   | Syntax | x |\n   | --- | --- |\n   | `T | take 10` | y |\n',
    );
    assert.deepEqual(listed[0]?.[1]?.[0]?.code, ['T | take 10']);
  });

  test('a pair of backticks with pipes inside (``a | `b` | c``) is one span, as CommonMark pairs them', () => {
    const [table] = importedTables('| Code | x |\n| --- | --- |\n| ``a | `b` | c`` | y |\n');
    assert.deepEqual(table?.[1], [
      { text: 'a | `b` | c', code: ['a | `b` | c'] },
      { text: 'y', code: [] },
    ]);
  });

  test('an HTML tag in the code is code, not an element: its attributes are neither left out nor warned of', () => {
    const row = '| x | `<b onclick="go()">a | b</b>` |';
    const markdown = `| A | B |\n| --- | --- |\n${row}\n`;
    const [table] = importedTables(markdown);
    assert.deepEqual(table?.[1]?.[1]?.code, ['<b onclick="go()">a | b</b>']);
    assert.deepEqual(attributeNotes(markdown), []);
  });
});

describe('what stays as written', () => {
  test('read twice, a text reads as once, its lines kept: a pass may read tables so before another does', () => {
    const markdown = `${SQL_HEADER}${SQL_PROJECT}\n${SQL_NULL}\n\nText.\n`;
    const once = asMarkdigTables(markdown);
    assert.notEqual(once, markdown);
    assert.equal(asMarkdigTables(once), once);
    assert.equal(once.split('\n').length, markdown.split('\n').length);
  });

  test('a `\\|` written in code shows `|`, as GFM reads it and its author meant it for GitHub (markdig: `\\|`)', () => {
    // markdig issue #236 (xoofx/markdig): `x \| y` in a table is <code>x \| y</code> on Learn, `x | y` on GitHub.
    const row = '| D         | `x \\| y`          |   Description |';
    const markdown = `|  Category |   Expression      |  Description  |\n|-----------|-------------------|---------------|\n${row}\n`;
    assert.equal(toMdxSafe(markdown), markdown);
    assert.deepEqual(importedTables(markdown)[0]?.[1]?.[1]?.code, ['x | y']);
  });

  test('a pipe after an escaped backslash (`\\\\|`) is escaped, and the code shows both, as markdig does', () => {
    const [table] = importedTables('| A | B |\n| --- | --- |\n| `C:\\\\|x` | y |\n');
    assert.deepEqual(table?.[1]?.[0]?.code, ['C:\\\\|x']);
  });

  test('code outside tables: a paragraph, fenced code, an indented code block', () => {
    for (const markdown of [
      'Sort them: `Get-Process | Sort-Object WorkingSet`.\n',
      '```kusto\n| `T | take 10` | y |\n```\n',
      'Paragraph.\n\n    | `T | take 10` | y |\n',
    ])
      assert.equal(toMdxSafe(markdown), markdown);
  });

  test('a table the escape would unmake (its header then short of the cells of its delimiter row) stays as GFM reads it', () => {
    const markdown = '| `a|b` | c |\n| --- | --- | --- |\n| 1 | 2 | 3 |\n';
    assert.equal(toMdxSafe(markdown), markdown);
    assert.equal(importedTables(markdown)[0]?.[0]?.length, 3);
  });
});

describe("the import's passes before toMdxSafe", () => {
  test('read a table row as markdig does: a URL or tag in code holding a pipe is code, not rewritten', () => {
    const file = '/learn/kql/quick-reference.md';
    const text =
      '---\ntitle: Quick reference\ndescription: Operators.\nauthor: test\nms.date: 01/02/2024\n---\n\n# Quick reference\n\n' +
      '| Task | Example |\n| --- | --- |\n' +
      '| Fetch | `curl http://example.com/a | jq .` |\n' +
      '| Tag | `<a href="http://example.com">x | y</a>` |\n';
    const plan = planImport(
      [file],
      { sourceRoot: '/learn/kql' },
      {
        read: (path) => (path === file ? text : undefined),
        exists: (path) => path === file,
        real: (path) => (path === file || path === '/learn/kql' ? path : undefined),
      },
    );
    const body = plan.pages[0]?.body ?? '';
    assert.match(body, /`curl http:\/\/example\.com\/a \\\| jq \.`/);
    assert.match(body, /`<a href="http:\/\/example\.com">x \\\| y<\/a>`/);
    assert.deepEqual(plan.links.httpsRewrites, []);
  });
});
