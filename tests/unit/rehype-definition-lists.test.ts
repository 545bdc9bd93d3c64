/**
 * Definition lists that define nothing are blocks (src/markdown/rehype-definition-lists.ts): the pipeline's
 * HTML of win32's reference markup, read as a browser reads it, and checked by axe in Chromium.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { rehypeDefinitionLists } from '../../src/markdown/rehype-definition-lists.ts';
import { renderLearn } from '../support/learn-markdown.ts';
import { sharedChromium } from '../support/search-site.ts';

// As the import writes MicrosoftDocs/win32-pr.zh-tw's desktop-src/BEvtColProv pages (translated back):
// the Requirements table's values, each a <dl> of one term (control-checkpoint.md)…
const REQUIREMENTS =
  '## Requirements\n\n| Requirement | Value |\n|-|-|\n| Minimum supported client<br /> | Windows 10 \\[desktop apps only\\]<br /> |\n' +
  '| MOF<br />                      | <dl> <dt>BootEventCollectorWMI.mof</dt> </dl> |\n' +
  '| DLL<br />                      | <dl> <dt>BEvtCol.exe</dt> </dl>               |\n';
// …See also, a <dl> of links…
const SEE_ALSO = '## See also\n\n<dl>\n<dt>\n\n[**Control**](control.md)\n</dt>\n\n</dl>\n';
// …a property's Data type, Access type and Qualifiers, a <dl> of terms in its <dd> (targetforwarding.md)…
const PROPERTIES =
  '### Properties\n\n<dl>\n<dt>\n\n**CollectorEndpoint**\n</dt>\n\n<dd>\n<dl>\n<dt>\n\nData type: **string**\n</dt>\n\n' +
  '<dt>\n\nAccess type: Read-only\n</dt>\n\n<dt>\n\nQualifiers: [**Fixed**](https://learn.microsoft.com/windows/win32/wmisdk/standard-wmi-qualifiers)\n</dt>\n\n</dl>\n\n' +
  'The endpoint information of the collector server.\n\n</dd>\n\n</dl>\n';
// …and a parameter's values, terms with definitions written in its own <dd> (control-checkpoint.md).
const PARAMETERS =
  '## Parameters\n\n<dl>\n<dt>\n\n*OldTimestampLow* \\[in\\]\n</dt>\n\n<dd>\n\nThe low part of a FILETIME.\n\n</dd>\n\n' +
  '<dt>\n\n*ErrorType* \\[out\\]\n</dt>\n\n<dd>\n\nThe type of the error.\n\n<dt>\n\n0\n</dt>\n\n<dd>\n\nSuccess.\n\n</dd>\n\n' +
  '<dt>\n\n1\n</dt>\n\n<dd>\n\nBad argument format\n\n</dd>\n\n</dd>\n\n</dl>\n';

const render = (markdown: string) => renderLearn(markdown, { sitePages: ['page', 'control'] });

/** The page's body as a browser reads the HTML (parse5): a `<dt>` in a `<dd>` would close it. */
function parsed(html: string): Root {
  return fromHtml(html, { fragment: true });
}

/**
 * What axe's definition-list and dlitem rules find (structured-dlitems, only-dlitems, dlitem), on a tree a
 * browser made: a `<dl>` of more than white space without a `<dt>` followed by a `<dd>`, or holding other
 * than `<dt>`, `<dd>` and `<div>`s of them; a `<dt>` or `<dd>` not in a `<dl>` (or a `<div>` in one).
 */
function definitionListProblems(tree: Root): string[] {
  const problems: string[] = [];
  const name = (node: Root['children'][number] | undefined) =>
    node?.type === 'element'
      ? node.tagName
      : node?.type === 'text' && node.value.trim() !== ''
        ? '#text'
        : '';
  visit(tree, 'element', (element: Element, _index, parent) => {
    if (element.tagName === 'dl') {
      const children = element.children.map(name).filter((child) => child !== '');
      const firstTerm = children.indexOf('dt');
      if (children.length > 0 && (firstTerm === -1 || !children.slice(firstTerm).includes('dd')))
        problems.push(`<dl> without a <dt> then a <dd>: ${toHtml(element).slice(0, 80)}`);
      const items = element.children.flatMap((child) =>
        child.type === 'element' && child.tagName === 'div' ? child.children : [child],
      );
      for (const item of items.map(name))
        if (item !== '' && item !== 'dt' && item !== 'dd') problems.push(`<${item}> in a <dl>`);
    }
    if (element.tagName === 'dt' || element.tagName === 'dd') {
      const holder = parent?.type === 'element' ? parent.tagName : 'root';
      if (holder !== 'dl' && holder !== 'div') problems.push(`<${element.tagName}> in <${holder}>`);
    }
  });
  return problems;
}

test('a Requirements value (<dl> <dt>BEvtCol.exe</dt> </dl>) is a block in its cell, not a list of a term defining nothing', async () => {
  const html = await render(REQUIREMENTS);
  assert.match(html, /<td><div class="learn-dl"> <div>BEvtCol\.exe<\/div> <\/div><\/td>/);
  assert.match(html, /<td><div class="learn-dl"> <div>BootEventCollectorWMI\.mof<\/div> <\/div><\/td>/);
  assert.doesNotMatch(html, /<d[ltd][\s>]/);
  assert.deepEqual(definitionListProblems(parsed(html)), []);
});

test('See also, a <dl> of links, is a block of lines, each link on a line of its own', async () => {
  const html = await render(
    `${SEE_ALSO}\n<dl> <dt>\n\n[Checkpoint](control.md)\n</dt> <dt>\n\n[Flush](control.md)\n</dt> </dl>\n`,
  );
  assert.match(
    html,
    /<div class="learn-dl"><div><p><a href="\/control\/"><strong>Control<\/strong><\/a><\/p><\/div><\/div>/,
  );
  assert.match(
    html,
    /<div class="learn-dl"><div><p><a[^>]*>Checkpoint<\/a><\/p><\/div><div><p><a[^>]*>Flush<\/a><\/p><\/div><\/div>/,
  );
  assert.deepEqual(definitionListProblems(parsed(html)), []);
});

test("a property's Data type, Access type and Qualifiers are lines in its definition, which stays one", async () => {
  const html = await render(PROPERTIES);
  assert.match(
    html,
    /^<dl><dt><p><strong>CollectorEndpoint<\/strong><\/p><\/dt><dd><div class="learn-dl"><div><p>Data type: <strong>string<\/strong><\/p><\/div><div><p>Access type: Read-only<\/p><\/div><div><p>Qualifiers: <a /m,
  );
  assert.match(html, /<\/div><\/div><p>The endpoint information of the collector server\.<\/p><\/dd><\/dl>/);
  assert.deepEqual(definitionListProblems(parsed(html)), []);
});

test("a parameter's values, terms and definitions in its <dd>, are a list in it, where a browser had moved them out", async () => {
  const html = await render(PARAMETERS);
  assert.match(
    html,
    /<dd><p>The type of the error\.<\/p><dl><dt><p>0<\/p><\/dt><dd><p>Success\.<\/p><\/dd><dt><p>1<\/p><\/dt><dd><p>Bad argument format<\/p><\/dd><\/dl><\/dd><\/dl>/,
  );
  // The outer list, well-formed, stays as written.
  assert.match(
    html,
    /<dl><dt><p><em>OldTimestampLow<\/em> \[in\]<\/p><\/dt><dd><p>The low part of a FILETIME\.<\/p><\/dd><dt>/,
  );
  const tree = parsed(html);
  assert.deepEqual(definitionListProblems(tree), []);
  // Read by a browser, the values are still in ErrorType's definition.
  let nested = 0;
  visit(tree, 'element', (element: Element, _index, parent) => {
    if (element.tagName === 'dl' && parent?.type === 'element' && parent.tagName === 'dd') nested += 1;
  });
  assert.equal(nested, 1);
});

test('well-formed lists stay as written: groups of terms then definitions, in <div>s too, and an empty one', async () => {
  const markdown =
    '<dl>\n<dt>Term</dt>\n<dt>Synonym</dt>\n<dd>Definition.</dd>\n<dd>Another.</dd>\n<dt>Next</dt>\n<dd>Its definition.</dd>\n</dl>\n\n' +
    '<dl>\n<div>\n<dt>In a group</dt>\n<dd>Defined.</dd>\n</div>\n<div>\n<dt>Second</dt>\n<dd>Too.</dd>\n</div>\n</dl>\n\n<dl></dl>\n';
  const html = await render(markdown);
  assert.equal(
    html,
    '<dl><dt>Term</dt><dt>Synonym</dt><dd>Definition.</dd><dd>Another.</dd><dt>Next</dt><dd>Its definition.</dd></dl>\n' +
      '<dl><div><dt>In a group</dt><dd>Defined.</dd></div><div><dt>Second</dt><dd>Too.</dd></div></dl>\n<dl></dl>',
  );
});

test('a list with other than groups of terms then definitions is blocks, a definition indented as one', async () => {
  const cases: [string, string][] = [
    // A definition alone (an indent, as old HTML wrote one).
    ['<dl><dd>Indented.</dd></dl>', '<div class="learn-dl"><div class="learn-dd">Indented.</div></div>'],
    // A term after the last definition.
    [
      '<dl><dt>A</dt><dd>Defined.</dd><dt>B</dt></dl>',
      '<div class="learn-dl"><div>A</div><div class="learn-dd">Defined.</div><div>B</div></div>',
    ],
    // Text among the items.
    [
      '<dl>\n<dt>A</dt>\n\nLoose text.\n\n<dd>Defined.</dd>\n</dl>',
      '<div class="learn-dl"><div>A</div><p>Loose text.</p><div class="learn-dd">Defined.</div></div>',
    ],
    // A <div> of two groups, and the list's own class and id kept.
    [
      '<dl class="terms" id="x"><div><dt>A</dt><dd>1.</dd><dt>B</dt><dd>2.</dd></div></dl>',
      '<div class="terms learn-dl" id="x"><div><div>A</div><div class="learn-dd">1.</div><div>B</div><div class="learn-dd">2.</div></div></div>',
    ],
  ];
  for (const [markdown, expected] of cases) {
    const html = await render(`${markdown}\n`);
    assert.equal(html, expected, markdown);
    assert.deepEqual(definitionListProblems(parsed(html)), [], markdown);
  }
});

test('a list with a role is left to its author, and a term outside any list gets one', async () => {
  assert.equal(await render('<dl role="group"><dt>A</dt></dl>\n'), '<dl role="group"><dt>A</dt></dl>');
  assert.equal(
    await render('<div>\n<dt>Term</dt>\n<dd>Defined.</dd>\n</div>\n'),
    '<div><dl><dt>Term</dt><dd>Defined.</dd></dl></div>',
  );
  assert.equal(
    await render('<div><dt>Alone</dt></div>\n'),
    '<div><div class="learn-dl"><div>Alone</div></div></div>',
  );
});

test("HTML elements (not an MDX page's JSX) are made blocks alike", () => {
  const tree = fromHtml('<dl> <dt>Kernel32.dll</dt> </dl><dd>Stray.</dd>', { fragment: true });
  rehypeDefinitionLists()(tree);
  assert.equal(
    toHtml(tree),
    '<div class="learn-dl"> <div>Kernel32.dll</div> </div><div class="learn-dl"><div class="learn-dd">Stray.</div></div>',
  );
});

const CSS = ['tokens.css', 'global.css', 'learn.css']
  .map((name) => readFileSync(new URL(`../../src/styles/${name}`, import.meta.url), 'utf8'))
  .join('\n');

test('in Chromium, axe finds no definition list problem, and every word is where the <dl> showed it', async () => {
  const html = await render([REQUIREMENTS, PROPERTIES, PARAMETERS, SEE_ALSO].join('\n'));
  const page = await (await sharedChromium()).newPage({ viewport: { width: 1024, height: 800 } });
  try {
    await page.setContent(
      `<!doctype html><html lang="en"><head><title>T</title><style>${CSS}</style></head><body><main class="content">${html}</main></body></html>`,
    );
    const rules = ['definition-list', 'dlitem', 'list', 'listitem'];
    const violations = async () =>
      (await new AxeBuilder({ page }).withRules(rules).setLegacyMode(true).analyze()).violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(', ')}`,
      );
    assert.deepEqual(await violations(), []);

    // Each text's place on the page, then the same with the blocks made the <dl>s they were (as Learn serves them).
    const places = () =>
      page.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(
          document.querySelector('main') as Node,
          NodeFilter.SHOW_TEXT,
        );
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if ((node.textContent ?? '').trim() === '') continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          const box = range.getBoundingClientRect();
          found.push(`${(node.textContent ?? '').trim()} @ ${Math.round(box.left)},${Math.round(box.top)}`);
        }
        return found;
      });
    const now = await places();
    await page.evaluate(() => {
      const rename = (element: globalThis.Element, name: string) => {
        const renamed = document.createElement(name);
        renamed.append(...element.childNodes);
        element.replaceWith(renamed);
      };
      for (const list of document.querySelectorAll('.learn-dl')) {
        for (const item of [...list.children])
          rename(item, item.classList.contains('learn-dd') ? 'dd' : 'dt');
        rename(list, 'dl');
      }
    });
    assert.deepEqual(now, await places());
    // As Learn serves them, they are what axe reports.
    assert.ok((await violations()).some((violation) => violation.startsWith('definition-list')));
  } finally {
    await page.close();
  }
});
