/** A page's Markdown copy is made from a copy of its tree: the other post-build stages read the same tree. */
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import {
  MARKDOWN_TABLE_CELLS,
  MarkdownCopyTooLarge,
  pageMarkdown,
  tableGridCells,
} from '../../src/lib/page-markdown.ts';
import { findElement } from '../../src/lib/hast-walk.ts';
import { externalLinkHtml } from '../../src/markdown/external-links.ts';
import { markdownStage } from '../../src/lib/post-build/markdown.ts';
import { parsePage } from '../../src/lib/post-build/stage.ts';
import { tempDir } from '../support/temp-dir.ts';

const PAGE =
  '<html><body><article><h1>Privacy</h1><h2 id="x">Data <a class="heading-anchor" href="#x" data-markdown-ignore>#</a></h2>' +
  '<div class="callout"><p class="callout-title"><svg aria-hidden="true"></svg>Note</p><p>Read <a href="../security/">this</a>.</p></div>' +
  '<nav class="toc" data-markdown-ignore><a href="#a">On this page</a></nav><p>Text <img src="a.png" alt="A"></p></article></body></html>';

test('leaves the page’s tree as it was, and makes the same Markdown again', () => {
  const tree = fromHtml(PAGE);
  const before = structuredClone(tree);
  const first = pageMarkdown(tree, 'https://example.org/privacy/');
  assert.deepEqual(tree, before);
  assert.equal(pageMarkdown(tree, 'https://example.org/privacy/').markdown, first.markdown);
});

test('clones nothing more: the copy markdownCopy makes is the tree hast-util-to-mdast converts', () => {
  // A link around blocks is split, each part a copy of the link (hast-util-to-mdast's wrap).
  const html = `<html><body><article><h1>T</h1><div><a href="/a/"><p>One <em>x</em></p><p>Two</p></a></div>${PAGE}</article></body></html>`;
  const tree = fromHtml(html);
  const before = structuredClone(tree);
  const clone = globalThis.structuredClone;
  let clones = 0;
  globalThis.structuredClone = (value, options) => {
    clones++;
    return clone(value, options);
  };
  let markdown: string;
  try {
    markdown = pageMarkdown(tree, 'https://example.org/t/').markdown;
  } finally {
    globalThis.structuredClone = clone;
  }
  assert.equal(clones, 0);
  assert.deepEqual(tree, before);
  assert.match(
    markdown,
    /^\[One \*x\*]\(https:\/\/example\.org\/a\/\)\n\n\[Two]\(https:\/\/example\.org\/a\/\)$/m,
  );
  assert.match(markdown, /^> Read \[this\]\(https:\/\/example\.org\/security\/\)\.$/m);
});

test('a callout is a quote led by its label in bold; links and images are absolute; the chrome is left out', () => {
  const { title, markdown } = pageMarkdown(fromHtml(PAGE), 'https://example.org/privacy/');
  assert.equal(title, 'Privacy');
  assert.match(markdown, /^## Data$/m);
  assert.match(markdown, /^> \*\*Note\*\*$/m);
  assert.match(markdown, /^> Read \[this\]\(https:\/\/example\.org\/security\/\)\.$/m);
  assert.match(markdown, /!\[A\]\(https:\/\/example\.org\/privacy\/a\.png\)/);
  assert.doesNotMatch(markdown, /On this page/);
});

test("a bookmark (<a id>, Learn's <a name>) is no link in the copy: its text stays, nothing else", () => {
  // microsoft-365-docs-pr.de-DE: `## <a name="before-you-begin"></a>Bevor Sie beginnen` was `## []()Bevor Sie beginnen`.
  const html =
    '<html><body><article><h1>Benutzer</h1><h2 id="bevor-sie-beginnen"><a id="before-you-begin"></a>Bevor Sie beginnen</h2>' +
    '<p>Siehe <a name="x">hier</a> und <a href="../a/">dort</a>.</p></article></body></html>';
  const { markdown } = pageMarkdown(fromHtml(html), 'https://example.org/de/');
  assert.match(markdown, /^## Bevor Sie beginnen$/m);
  assert.match(markdown, /^Siehe hier und \[dort\]\(https:\/\/example\.org\/a\/\)\.$/m);
  assert.doesNotMatch(markdown, /\[\]\(\)/);
});

test('a page whose footer credits another Learn article credits it in its Markdown too', () => {
  const url = 'https://learn.microsoft.com/en-us/contoso/kb/kb-start';
  const html =
    '<html><body><main><article><h1>Start</h1><p>Text.</p></article></main>' +
    `<footer><p data-source-article>Adapted from <a href="${url}">${externalLinkHtml('Start')}</a> (${url}).</p></footer></body></html>`;
  const { markdown } = pageMarkdown(html, 'https://example.org/kb-start/');
  assert.match(
    markdown,
    /^> Adapted from \[Start\]\(https:\/\/learn\.microsoft\.com\/en-us\/contoso\/kb\/kb-start\), © Microsoft/m,
  );
  assert.doesNotMatch(markdown, /split into pages/);
  const seed = pageMarkdown(
    '<html><body><main><article><h1>Privacy</h1></article></main></body></html>',
    'https://example.org/privacy/',
  );
  assert.match(seed.markdown, /The article is split into pages here/);
});

test("only the page's footer names the article its copy credits: content that writes the footer's mark does not", () => {
  // Red team 19: an MDX page's <div data-source-article="yes">[Some other article](https://learn…)</div>.
  const other = 'https://learn.microsoft.com/en-us/defender-endpoint/';
  const html =
    `<html><body><main><article><h1>Credit forger</h1><div class="content"><p>Text.</p>` +
    `<div data-source-article="yes"><a href="${other}">Some other article</a></div></div></article></main>` +
    '<footer class="attribution"><p>Adapted from the article.</p></footer></body></html>';
  const { markdown } = pageMarkdown(html, 'https://example.org/credit/');
  assert.match(
    markdown,
    /^> Adapted from \[Security, privacy, and compliance in Microsoft Defender for Business\]/m,
  );
  assert.match(markdown, /The article is split into pages here/);
  assert.doesNotMatch(markdown, /^> Adapted from \[Some other article\]/m);
});

test("a page's text is in its copy whatever marks of the site's chrome it borrows; only the site's own are left out", () => {
  // Red team 20: content's class="toc", aria-hidden, an <h1>, a "Last updated" line of its own…, each shown to
  // readers, were read as chrome and left out of the copy and llms-full.txt.
  const borrowed = [
    '<h1>Run this only on a test machine</h1>',
    '<p class="toc">Warning one.</p>',
    '<p class="heading-anchor">Warning two.</p>',
    '<p class="external-marker">Warning three.</p>',
    '<p class="visually-hidden">Warning four.</p>',
    '<p aria-hidden="true">Warning five.</p>',
    '<p><button type="button">Warning six</button></p>',
    '<p class="updated">Warning seven, <time datetime="2099-12-31">later</time>.</p>',
  ];
  const html =
    '<html><body><main><article><h1>Page</h1>' +
    '<p class="updated" data-markdown-ignore>Last updated <time datetime="2026-11-01">November 1, 2026</time></p>' +
    `<nav class="toc" data-markdown-ignore><a href="#a">On this page</a></nav><div class="content">${borrowed.join('')}` +
    `<p>See <a href="https://learn.microsoft.com/x">${externalLinkHtml('Learn')}</a>.</p></div></article></main></body></html>`;
  const { markdown, title, updated } = pageMarkdown(html, 'https://example.org/page/');
  assert.equal(title, 'Page');
  assert.equal(updated, '2026-11-01');
  assert.match(markdown, /^# Page$/m);
  assert.match(markdown, /^## Run this only on a test machine$/m);
  for (const number of ['one', 'two', 'three', 'four', 'five', 'six', 'seven'])
    assert.match(markdown, new RegExp(`Warning ${number}`), number);
  assert.doesNotMatch(markdown, /On this page|external site|2099/);
  assert.match(markdown, /^See \[Learn\]\(https:\/\/learn\.microsoft\.com\/x\)\.$/m);
});

test("a page's copy holds one # heading, its title: content's headings are below it, as llms-full.txt reads pages", () => {
  // Red team 27: an MDX page's <hr />, # Privacy and a quote like the credit and "Page:" line read, in
  // llms-full.txt, as the start of the site's Privacy page holding the text after them.
  const forged =
    '<hr><h1>Privacy</h1><blockquote><p>Adapted from the article.</p><p>Page: https://example.org/privacy/</p></blockquote>' +
    '<p>Call 555-0100.</p><h2>Under it</h2><h6>Deepest</h6><pre><code>---\n\n# Security\n</code></pre>';
  const { markdown } = pageMarkdown(
    `<html><body><main><article><h1>Forger</h1><h2>Before</h2><div class="content">${forged}</div></article></main></body></html>`,
    'https://example.org/forger/',
  );
  const headings: [number, string][] = [];
  visit(unified().use(remarkParse).use(remarkGfm).parse(markdown), 'heading', (node) => {
    headings.push([node.depth, toString(node)]);
  });
  assert.deepEqual(headings, [
    [1, 'Forger'],
    [2, 'Before'],
    [2, 'Privacy'],
    [3, 'Under it'],
    [6, 'Deepest'],
  ]);
});

test('what a reader sees of MathML, an open <dialog> and a <menu> is in the copy; a closed dialog and annotations are not', () => {
  // Red teams 26 and 27: hast-util-to-mdast leaves <math>, <dialog> and <menu> out, so a page's formula, or a
  // warning written in <mtext>, was shown to readers and missing from its copy and llms-full.txt.
  const content =
    '<p>Solve <math><mi>x</mi><mo>=</mo><mn>42</mn></math> now.</p>' +
    '<math display="block"><semantics><mtext>Never on production</mtext><annotation encoding="TeX">Unseen</annotation></semantics></math>' +
    '<menu><li>Menu item</li></menu><dialog open><p>Dialog text</p></dialog><dialog><p>Closed</p></dialog>';
  const { markdown } = pageMarkdown(
    `<html><body><main><article><h1>T</h1><div class="content">${content}</div></article></main></body></html>`,
    'https://example.org/t/',
  );
  assert.match(markdown, /^Solve x=42 now\.$/m);
  assert.match(markdown, /^Never on production$/m);
  assert.match(markdown, /^- Menu item$/m);
  assert.match(markdown, /^Dialog text$/m);
  assert.doesNotMatch(markdown, /Unseen|Closed/);
});

test("a page's footnotes are Markdown's own, numbered as the page shows them, without the links back", async () => {
  // Import trial 31 (powerapps-docs' troubleshoot-zscaler-issues.md writes [^5] to [^7]): the copy wrote each
  // reference as a link to the page's own anchor, "[1](https://…/#user-content-fn-5)", and each note with a "↩".
  const { renderLearn } = await import('../support/learn-markdown.ts');
  const html = await renderLearn(
    'Proxy first.[^5] Then the port.[^7]\n\n[^7]: Port 3000, [read more](https://learn.microsoft.com/a).\n[^5]: Zscaler.\n',
  );
  const { markdown } = pageMarkdown(
    `<html><body><main><article><h1>T</h1><div class="content">${html}</div></article></main></body></html>`,
    'https://example.org/t/',
  );
  assert.match(markdown, /^Proxy first\.\[\^1\] Then the port\.\[\^2\]$/m);
  assert.match(markdown, /^\[\^1\]: Zscaler\.$/m);
  assert.match(markdown, /^\[\^2\]: Port 3000, \[read more\]\(https:\/\/learn\.microsoft\.com\/a\)\.$/m);
  assert.doesNotMatch(markdown, /↩|user-content|Footnotes/);
  // A link content marks as a reference, its text no number, stays a link.
  const forged = pageMarkdown(
    '<html><body><article><h1>T</h1><p>See<sup><a href="#x" data-footnote-ref>a]](https://evil.example)</a></sup></p></article></body></html>',
    'https://example.org/t/',
  ).markdown;
  assert.doesNotMatch(forged, /\[\^/);
});

test("MathML's scripts, fractions and roots are written as a formula in a line, not their letters run together", () => {
  // a12fb62 wrote a formula's text alone: E=mc² read "E=mc2" and (-b)/(2a) read "-b2a" in the copy.
  const content =
    '<p>Energy: <math><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math>.</p>' +
    '<math display="block">\n  <mrow>\n    <mi>x</mi>\n    <mo>=</mo>\n    <mfrac><mrow><mo>-</mo><mi>b</mi></mrow>' +
    '<mrow><mn>2</mn><mi>a</mi></mrow></mfrac>\n  </mrow>\n</math>' +
    '<p><math><msqrt><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mn>1</mn></msqrt><mo>,</mo>' +
    '<msub><mi>a</mi><mi>i</mi></msub><mtext> for all </mtext><mi>i</mi></math></p>';
  const { markdown } = pageMarkdown(
    `<html><body><main><article><h1>T</h1><div class="content">${content}</div></article></main></body></html>`,
    'https://example.org/t/',
  );
  assert.match(markdown, /^Energy: E=mc\^2\.$/m);
  assert.match(markdown, /^x=\(-b\)\/\(2a\)$/m);
  assert.match(markdown, /^√\(x\^2\+1\),a\\?_i for all i$/m);
});

test('the title and the credited article are text in the copy, whatever they hold', () => {
  // The red-team title (newlines, a link, HTML), as the layout writes it into the H1 and the footer's credit.
  const title = 'Hi\n\n[Click me](https://evil.example/title)\n\n<img src=x onerror=alert(1)>';
  const escaped = title.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  const credit = 'https://learn.microsoft.com/en-us/contoso/kb/kb-start';
  const html =
    `<html><body><main><article><h1>${escaped}</h1><p>Text.</p></article></main>` +
    `<footer><p data-source-article>Adapted from <a href="${credit}">${escaped} ](https://evil.example/credit)</a>.</p></footer></body></html>`;
  const { markdown } = pageMarkdown(html, 'https://example.org/a/[x](https:/evil.example/path)/');
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const [heading] = tree.children;
  assert.equal(heading?.type, 'heading');
  assert.equal(toString(heading), title.replace(/\s+/g, ' '));
  const links: string[] = [];
  const kinds = new Set<string>();
  visit(tree, (node) => {
    kinds.add(node.type);
    // GFM links a bare URL whatever escapes it (remark-gfm does): shown as itself, it hides nothing.
    if (node.type === 'link' && toString(node) !== node.url) links.push(node.url);
  });
  assert.ok(!kinds.has('html'), markdown);
  assert.ok(
    !links.some((url) => url.includes('evil.example') && !url.startsWith('https://example.org/')),
    links.join(' '),
  );
  assert.ok(links.includes(credit));
  assert.equal(tree.children.filter((node) => node.type === 'heading').length, 1, markdown);
});

/** A cell's text as a browser shows it: each `<br>` a line break, read here as a space. */
const cellText = (cell: TableCell) =>
  cell.children
    .map((child) => (child.type === 'html' ? ' ' : toString(child)))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

const words = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];

describe('a table whose cells hold lists, paragraphs, line breaks and code', () => {
  // As the build renders Learn's tables: a GFM row of get-defender-business.md
  // (`|…|Use the Microsoft 365 admin center to: <br/>- Add or remove users.<br/>- Assign user licenses.<br/><br/>To learn more, see […](…).|`),
  // one of mdb-review-remediation-actions.md (`|…|<ul></li>Contain a device</li><li>…</ul></li>|`), and an
  // HTML table as Azure DevOps' define-features-epics.md writes it
  // (`<td>The area of customer value … Values include:<br/><ul>\n<li><b>Architectural</b> &mdash;…</li>`).
  const page =
    '<html><body><article><h1>Fields</h1><p>The following table lists the portals.</p>' +
    '<div class="table-scroll"><table><thead><tr><th>Portal</th><th>What it does</th></tr></thead><tbody>' +
    '<tr><td>The <a href="https://admin.microsoft.com/">Microsoft 365 admin center</a></td>' +
    '<td>Use the Microsoft 365 admin center to: <br>- Add or remove users.<br>- Assign user licenses.<br><br>To learn more, see <a href="../admin/">Overview</a>.</td></tr>' +
    '<tr><td>Automatic attack disruption</td><td><ul><li>Contain a device</li><li>Disable a user account</li></ul></td></tr>' +
    '</tbody></table></div>' +
    '<table><caption>Backlog <em>fields</em></caption><tr><th>Field</th><th>Use</th></tr>\n<tr>\n<td>Value Area</td>\n' +
    '<td>The area of customer value addressed by the epic. Values include:<br><ul>\n' +
    '<li><b>Architectural</b> —technical services to implement business features </li>\n' +
    '<li><b>Business</b> (Default) —services that fulfill customers or stakeholder needs</li>\n</ul>\n</td>\n</tr>\n' +
    '<tr><td>Effort<br>Story Points<br>Size</td><td>\n<p>Provide a relative estimate.</p>\n<p>Use any numeric unit.</p>\n</td></tr>\n' +
    '<tr><td>Install</td><td><ol start="2"><li>Run:<pre><code>sudo apt-get update\nsudo apt-get install mssql | tee log\n</code></pre></li></ol></td></tr>\n' +
    '<tr><td>Levels</td><td><table><tr><th>Level</th><th>Meaning</th></tr><tr><td>1</td><td><p>Low</p><p>Rare</p></td></tr></table></td></tr>\n' +
    '</table><p>The paragraph after the tables.</p></article></body></html>';
  const { markdown } = pageMarkdown(page, 'https://example.org/fields/');
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const tables = tree.children.filter((node) => node.type === 'table');
  const html = fromHtml(page);
  const htmlCells: string[][] = [];
  visit(html, 'element', (node: Element) => {
    if (node.tagName !== 'table') return undefined;
    const cells: string[] = [];
    visit(node, 'element', (cell: Element) => {
      if (cell.tagName !== 'td' && cell.tagName !== 'th') return undefined;
      cells.push(toText(cell).replace(/\s+/g, ' ').trim());
      return SKIP;
    });
    htmlCells.push(cells);
    return SKIP;
  });

  test('each is a table of the Markdown, with every cell’s words in its cell, in order', () => {
    assert.equal(tables.length, 2, markdown);
    const copyCells = tables.map((table) => table.children.flatMap((row) => row.children.map(cellText)));
    assert.equal(copyCells.flat().length, htmlCells.flat().length, markdown);
    htmlCells.flat().forEach((cell, index) => {
      // The copy adds list markers (`- `, `2. `) and, in a table in a cell, "; " between its cells.
      const copy = words(copyCells.flat()[index] ?? '');
      let at = 0;
      for (const word of words(cell)) {
        at = copy.indexOf(word, at) + 1;
        assert.ok(at > 0, `${word} of "${cell}" is not in its cell:\n\n${markdown}`);
      }
    });
  });

  test('what follows the table is still there, as itself', () => {
    const last = tree.children.at(-1);
    assert.equal(last?.type === 'paragraph' && toString(last), 'The paragraph after the tables.', markdown);
    assert.ok(!tree.children.some((node) => node.type === 'code' || node.type === 'list'), markdown);
  });

  test('a cell’s blocks, list items and line breaks are its lines, joined with <br>', () => {
    for (const line of [
      '| Use the Microsoft 365 admin center to:<br>- Add or remove users.<br>- Assign user licenses.<br>To learn more, see [Overview](https://example.org/admin/). |',
      '| - Contain a device<br>- Disable a user account |',
      '| The area of customer value addressed by the epic. Values include:<br>- **Architectural** —technical services to implement business features<br>- **Business** (Default) —services that fulfill customers or stakeholder needs |',
      '| Effort<br>Story Points<br>Size | Provide a relative estimate.<br>Use any numeric unit. |',
      '| 2. Run:<br>`sudo apt-get update`<br>`sudo apt-get install mssql \\| tee log` |',
      '| Level; Meaning<br>1; Low<br>Rare |',
    ])
      assert.ok(markdown.replace(/ {2,}/g, ' ').includes(line), `${line}\n\n${markdown}`);
  });

  test('a table’s caption is a paragraph before it', () => {
    const index = tree.children.findIndex((node) => node === tables[1]);
    const caption = tree.children[index - 1];
    assert.equal(caption?.type === 'paragraph' && toString(caption), 'Backlog fields');
  });
});

test('a long table’s rows are as long as their own cells, not padded to the longest', () => {
  const long = 'A sentence of a long cell. '.repeat(40);
  const rows = Array.from({ length: 200 }, (_, index) => `<tr><td>Row ${index}</td><td>Yes</td></tr>`);
  const html = `<html><body><article><h1>T</h1><table><tr><th>Name</th><th>Note</th></tr><tr><td>First</td><td>${long}</td></tr>${rows.join('')}</table></article></body></html>`;
  const { markdown } = pageMarkdown(html, 'https://example.org/t/');
  assert.match(markdown, /^\| Row 199 \| Yes \|$/m);
  assert.ok(markdown.length < 2 * long.length + 200 * 20 + 1000, String(markdown.length));
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const table = tree.children.find((node) => node.type === 'table');
  assert.equal(table?.children.length, 202);
});

describe('a copy stays the size of its page, whatever the page’s HTML spans or nests (red team 19)', () => {
  const article = (body: string) => `<html><body><article><h1>T</h1>${body}</article></body></html>`;

  test('a cell spans at most the 1,000 columns a browser gives it', () => {
    // Read as written, hast-util-to-mdast wrote 100,000 empty cells (10,000,000: 80 MB and 85 s).
    const html = article('<table><tr><th>a</th><th>b</th></tr><tr><td colspan="100000">x</td></tr></table>');
    const { markdown } = pageMarkdown(html, 'https://example.org/t/');
    assert.ok(markdown.length < 20_000, String(markdown.length));
    assert.match(markdown, /^\| a \| b \|/m);
    assert.match(markdown, /^\| x \|/m);
  });

  test('a table whose rows padded to its widest pass the cells a page may hold is a line a row', () => {
    const wide = `<tr>${Array.from({ length: 300 }, (_, index) => `<td>w${index}</td>`).join('')}</tr>`;
    const tall = Array.from({ length: 300 }, (_, index) => `<tr><td>t${index}</td></tr>`).join('');
    const html = article(`<table>${wide}${tall}</table><p>After.</p>`);
    const { markdown } = pageMarkdown(html, 'https://example.org/t/');
    const table = findElement(fromHtml(html), (node) => node.tagName === 'table');
    assert.ok(table && tableGridCells(table) > MARKDOWN_TABLE_CELLS);
    // As a GFM table, 90,600 cells (270 KB); the page is 8 KB.
    assert.ok(markdown.length < html.length, `${markdown.length} characters`);
    assert.ok(markdown.includes('w0; w1; w2'), markdown.slice(0, 2000));
    assert.match(markdown, /^t299$/m);
    assert.match(markdown, /^After\.$/m);
  });

  test('a page whose lines the copy would indent by more than a page may hold is refused', () => {
    // 31 HTML lists, each item numbered 100000000000000000000 (23 columns), around 5,000 lines of code:
    // 3.6 MB of indents from 10 KB of code (800 KB of MDX made a copy of 286 MB).
    const open = '<ol start="100000000000000000000"><li>'.repeat(31);
    const html = article(`${open}<pre><code>${'x\n'.repeat(5000)}</code></pre>${'</li></ol>'.repeat(31)}`);
    assert.throws(
      () => pageMarkdown(fromHtml(html), 'https://example.org/t/'),
      (error: Error) =>
        error instanceof MarkdownCopyTooLarge &&
        /more than the 1,000,000 a page may hold.*Nest fewer lists or quotes/s.test(error.message),
    );
    // The same code in lists of small numbers, three deep, as real pages nest it, is copied.
    const shallow = `${'<ol><li>'.repeat(3)}<pre><code>${'x\n'.repeat(5000)}</code></pre>${'</li></ol>'.repeat(3)}`;
    assert.match(pageMarkdown(article(shallow), 'https://example.org/t/').markdown, /^ {9}x$/m);
  });

  test("the build's Markdown stage names the page's source and writes no copy", () => {
    const content = tempDir('markdown-copy-');
    const site = tempDir('markdown-site-');
    writeFileSync(join(content, 'deep.mdx'), '---\ntitle: T\n---\n');
    const open = '<blockquote>'.repeat(60);
    const html =
      '<html><head><link rel="alternate" type="text/markdown" href="/deep/index.md"></head><body>' +
      `<article><h1>T</h1>${open}<pre><code>${'x\n'.repeat(10_000)}</code></pre></article></body></html>`;
    const problems = markdownStage(content).derive?.(parsePage('deep/index.html', html), site) ?? [];
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? '', /^\(content\/deep\.mdx\) its Markdown copy would indent/);
    assert.ok(!existsSync(join(site, 'deep/index.md')));
  });
});
