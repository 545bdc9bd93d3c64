/**
 * A `|` in a table row's link, image, autolink or HTML tag, as Learn's markdig reads it: before the pipes
 * between cells (its PipeTableSpecs, rules 8 and 9), so `|[link a | b](…)|second|` is two cells, the link
 * whole. GFM (remark-gfm, which the site follows) splits the row at every pipe, showing `[link a` and
 * `b](…)` and dropping the cells past the header's: the import escapes such a pipe. Emphasis is no such span
 * (markdig splits `**VT_BOOL|VT_BREF**` too); a row left with more cells than its header is warned of.
 * Real-folder trial BR (office-developer-client-docs.ru-RU, docs/outlook/auxiliary).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile, createProcessor } from '@mdx-js/mdx';
import type { Root, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { pageFile, planImport } from '../../src/lib/import/convert.ts';
import { asMarkdigTables, attributeNotes, toMdxSafe } from '../../src/lib/import/mdx-safe.ts';
import { parseMarkdown } from '../../src/lib/learn/parse-markdown.ts';
import { memoryFolder } from '../support/memory-folder.ts';

/**
 * A cell as the page shows it: its text, the URLs of its links and images (a reference's label in brackets), the
 * titles of its HTML elements.
 */
interface Cell {
  text: string;
  urls?: string[];
  titles?: string[];
}

/** The cells of the first table of `tree`, row by row, all of them (the page shows as many as the header has). */
function cells(tree: Root): Cell[][] {
  const rows: Cell[][] = [];
  visit(tree, 'table', (table) => {
    for (const row of table.children)
      rows.push(
        row.children.map((cell: TableCell) => {
          const urls: string[] = [];
          const titles: string[] = [];
          visit(cell, (node) => {
            if (node.type === 'link' || node.type === 'image') urls.push(node.url);
            if (node.type === 'linkReference') urls.push(`[${node.label ?? ''}]`);
            if (node.type === 'mdxJsxTextElement')
              for (const attribute of node.attributes)
                if (
                  attribute.type === 'mdxJsxAttribute' &&
                  attribute.name === 'title' &&
                  typeof attribute.value === 'string'
                )
                  titles.push(attribute.value);
          });
          return {
            text: toString(cell).trim(),
            ...(urls.length > 0 ? { urls } : {}),
            ...(titles.length > 0 ? { titles } : {}),
          };
        }),
      );
    return false;
  });
  return rows;
}

const mdx = createProcessor({ remarkPlugins: [remarkGfm] });

/**
 * The table of `learn` once imported, as the build reads the page (MDX with GFM, which compiles it), its body
 * rows; a page without HTML, which is written `.md`, has the same cells read as Markdown.
 */
async function importedRows(learn: string): Promise<Cell[][]> {
  const imported = toMdxSafe(learn);
  await compile(imported, { remarkPlugins: [remarkGfm] });
  const rows = cells(mdx.parse(imported));
  if (!pageFile({ slug: 'a', body: imported }).endsWith('.mdx')) {
    const asMarkdown = cells(structuredClone(parseMarkdown(imported)));
    assert.deepEqual(asMarkdown, rows);
  }
  return rows.slice(1);
}

const HEADER = '|A|B|\n|-|-|\n';
const URL = 'https://learn.microsoft.com/office/client-developer/outlook/auxiliary/x';

describe('a pipe markdig reads in a link, image, autolink or tag of a table row is in it, as on Learn', () => {
  test("trial BR's link: GFM alone shows '[link a' and 'b](…)', and drops 'second', past the header's cells", () => {
    const row = `|[link a | b](${URL})|second|`;
    assert.deepEqual(cells(structuredClone(parseMarkdown(`${HEADER}${row}\n`)) as Root)[1], [
      { text: '[link a' },
      { text: `b](${URL})`, urls: [URL] },
      { text: 'second' },
    ]);
  });

  test("trial BR's link: two cells, the link whole", async () => {
    assert.deepEqual(await importedRows(`${HEADER}|[link a | b](${URL})|second|\n`), [
      [{ text: 'link a | b', urls: [URL] }, { text: 'second' }],
    ]);
  });

  test("trial BR's <abbr> whose title holds a pipe: one cell, its title and end tag kept, on a page MDX checks", async () => {
    const learn = `${HEADER}|html <abbr title="x|y">Z</abbr> tag|second3|\n`;
    assert.deepEqual(await importedRows(learn), [
      [{ text: 'html Z tag', titles: ['x|y'] }, { text: 'second3' }],
    ]);
    assert.match(toMdxSafe(learn), /<abbr title="x&#124;y">Z<\/abbr>/);
    assert.equal(pageFile({ slug: 'a', body: toMdxSafe(learn) }), 'a.mdx');
  });

  test("a link's destination and title, an image's alt, an autolink, a full reference's text", async () => {
    const learn =
      HEADER +
      `|[a](${URL}?q=1|2 "t|u")|1|\n` +
      `|![alt a|b](media/x.png)|2|\n` +
      `|<${URL}?q=1|2>|3|\n` +
      `|[r | s][ref]|4|\n\n[ref]: ${URL}\n`;
    assert.deepEqual(await importedRows(learn), [
      [{ text: 'a', urls: [`${URL}?q=1|2`] }, { text: '1' }],
      [{ text: 'alt a|b', urls: ['media/x.png'] }, { text: '2' }],
      [{ text: `${URL}?q=1|2`, urls: [`${URL}?q=1|2`] }, { text: '3' }],
      [{ text: 'r | s', urls: ['[ref]'] }, { text: '4' }],
    ]);
  });

  test("a tag in a link's text, and an attribute value written without quotes", async () => {
    assert.deepEqual(
      await importedRows(`${HEADER}|[<b title="p|q">in</b> | z](${URL})|1|\n|<abbr title=x|y>U</abbr>|2|\n`),
      [
        [{ text: 'in | z', urls: [URL], titles: ['p|q'] }, { text: '1' }],
        [{ text: 'U', titles: ['x|y'] }, { text: '2' }],
      ],
    );
  });

  test("a header row's link: a table of the columns markdig reads (GFM alone made a paragraph of it)", () => {
    const learn = `|[Get-A | Set-A](${URL})|B|\n|-|-|\n|1|2|\n`;
    assert.equal(cells(structuredClone(parseMarkdown(learn)) as Root).length, 0);
    const imported = toMdxSafe(learn);
    assert.deepEqual(cells(mdx.parse(imported))[0], [{ text: 'Get-A | Set-A', urls: [URL] }, { text: 'B' }]);
  });

  test('in a quote and in a list item too', async () => {
    assert.deepEqual(await importedRows(`> |A|B|\n> |-|-|\n> |[a | b](${URL})|c|\n`), [
      [{ text: 'a | b', urls: [URL] }, { text: 'c' }],
    ]);
    assert.deepEqual(await importedRows(`1. Step:\n\n   |A|B|\n   |-|-|\n   |[a | b](${URL})|c|\n`), [
      [{ text: 'a | b', urls: [URL] }, { text: 'c' }],
    ]);
  });
});

describe('what stays as written', () => {
  test('emphasis: markdig splits `**VT_BOOL|VT_BREF**` too', () => {
    const learn = `${HEADER}|**VT_BOOL|VT_BREF**|b|\n`;
    assert.equal(toMdxSafe(learn), learn);
  });

  test("a pipe escaped already, as trial BR's abbr.md writes `[Get-A \\| Set-A](…)`", () => {
    const learn = `${HEADER}|[Get-A \\| Set-A](${URL})|escaped|\n|<abbr title="x\\|y">Z</abbr>|b|\n`;
    assert.equal(toMdxSafe(learn), learn);
  });

  test('outside a table: a paragraph, code, a line of pipes that makes no table', () => {
    for (const learn of [
      `See [a | b](${URL}) and <abbr title="x|y">Z</abbr>.\n`,
      '```md\n|[a | b](x.md)|c|\n```\n',
      `|[a | b](${URL})|c|\n\nNo delimiter row.\n`,
    ])
      assert.equal(toMdxSafe(learn), learn);
  });

  test('a reference whose label holds the pipe: escaped, it would be another label, which no definition has', () => {
    const learn = `${HEADER}|[a|b]|c|\n\n[a|b]: ${URL}\n`;
    assert.equal(asMarkdigTables(learn), learn);
  });

  test('read twice, a text reads as once, its lines kept', () => {
    const learn = `${HEADER}|[a | b](${URL}) <abbr title="x|y">Z</abbr> \`c|d\`|e|\n\nText.\n`;
    const once = asMarkdigTables(learn);
    assert.notEqual(once, learn);
    assert.equal(asMarkdigTables(once), once);
    assert.equal(once.split('\n').length, learn.split('\n').length);
  });
});

describe('a row with more cells than its header is warned of, with its line', () => {
  /** Trial BR's pipes.md, as written (its front matter aside). */
  const PIPES =
    '# Pipes in tables\n\n' +
    '|**A**|**B**|\n|:-----|:-----|\n' +
    '|code `VT_BOOL|VT_BREF` here|second|\n' +
    `|[link a | b](${URL})|second2|\n` +
    '|html <abbr title="x|y">Z</abbr> tag|second3|\n' +
    '|bold **X|Y** tail|second4|third4|\n';

  test("pipes.md: its emphasis row, whose 'third4' neither Learn nor the site shows; its other rows not", () => {
    const notes = attributeNotes(PIPES);
    assert.deepEqual(
      notes.map((note) => note.index),
      [7],
    );
    assert.match(notes[0]?.message ?? '', /4 cells, its header 2/);
    assert.match(notes[0]?.message ?? '', /"second4\|third4"/);
    assert.match(notes[0]?.message ?? '', /write it \\\|\./);
  });

  test('an empty cell after the last (`|a|b||`) shows nothing lost: no warning', () => {
    assert.deepEqual(attributeNotes(`${HEADER}|a|b||\n`), []);
  });

  test("the import: the warning names the file and line; a cell's link is read as a link by the passes before", () => {
    const files: Record<string, string> = {
      '/learn/aux/pipes.md':
        '---\ntitle: Pipes\ndescription: Pipes.\nauthor: test\nms.date: 03/09/2015\n---\n\n' +
        PIPES +
        '|[Get-A | Set-A](http://www.codeproject.com/x)|x|\n',
    };
    const plan = planImport(
      Object.keys(files),
      { sourceRoot: '/learn/aux' },
      memoryFolder(files, ['/learn/aux']),
    );
    const warnings = plan.warnings.filter((found) => /cells, its header/.test(found.message));
    assert.deepEqual(
      warnings.map(({ file, line }) => ({ file, line })),
      [{ file: '/learn/aux/pipes.md', line: 15 }],
    );
    // The link pass reads the escaped row: it writes the http link https, and the row keeps its escape.
    assert.deepEqual(
      plan.links.httpsRewrites.map(({ line, from }) => ({ line, from })),
      [{ line: 16, from: 'http://www.codeproject.com/x' }],
    );
    assert.match(
      plan.pages[0]?.body ?? '',
      /^\|\[Get-A \\\| Set-A\]\(https:\/\/www\.codeproject\.com\/x\)\|x\|$/m,
    );
  });
});
