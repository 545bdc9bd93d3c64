/**
 * The Markdown copy of every page of the real Learn fixtures (tests/fixtures/defender-business, learn) has
 * every word the page shows, each table as a GFM table with the same cells, and no code block the page
 * has not: imported (planImport) and rendered with the site's pipeline, as the build does, without a build.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, mock, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { compile } from '@mdx-js/mdx';
import type { Element, ElementContent, Properties, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { readTocYml } from '../../src/lib/import/toc-yml.ts';
import { pageMarkdown } from '../../src/lib/page-markdown.ts';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';
import { CODE_BAR_CLASS } from '../../src/markdown/rehype-code-bar.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const FOLDERS = ['defender-business', 'learn'];

const disk: SourceFiles = {
  read: (path) => (existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined),
  exists: (path) => existsSync(path),
  real: (path) => (existsSync(path) ? realpathSync(path) : undefined),
};

/** The folder's articles as the import writes them (its TOC's order), each with its page's slug. */
function importedPages(folder: string): { slug: string; body: string }[] {
  const dir = join(FIXTURES, folder);
  const toc = { entries: readTocYml(readFileSync(join(dir, 'TOC.yml'), 'utf8'), 'TOC.yml'), dir };
  const files = toc.entries.flatMap((entry) => {
    const file = entry.href ? join(dir, entry.href) : '';
    return file.endsWith('.md') && existsSync(file) ? [file] : [];
  });
  return planImport(files, { toc, today: '2024-01-01' }, disk).pages;
}

/**
 * The page's `<article>` as the build renders its body (@mdx-js/mdx with the site's plugin list), an HTML
 * tag written in the Markdown (`<ul>` in a cell, and the `<li>`s in it) as the element Astro makes of it.
 */
async function renderedArticle(body: string, slug: string, sitePages: string[]): Promise<Root> {
  const file = new VFile({ path: `/site/content/${slug}.mdx`, value: body });
  const pipeline = markdownPipeline({
    root: new URL('file:///nonexistent-project/'),
    sitePages,
    strictLinks: false,
  });
  const keepTree = () => (tree: Root) => void (file.data['hast'] = structuredClone(tree));
  await compile(file, { ...pipeline, rehypePlugins: [...pipeline.rehypePlugins, keepTree] });
  const tree = file.data['hast'] as Root;
  visit(tree, (node, index, parent) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
    if (!parent || index === undefined) return undefined;
    const properties: Properties = {};
    for (const attribute of node.attributes)
      if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value !== 'object')
        properties[attribute.name] = attribute.value ?? '';
    const { children } = node;
    parent.children[index] = { type: 'element', tagName: node.name ?? 'div', properties, children };
    // The element's children are visited next: a tag inside a tag is an element too.
    return index;
  });
  const h1: Element = {
    type: 'element',
    tagName: 'h1',
    properties: {},
    children: [{ type: 'text', value: slug }],
  };
  const article: Element = {
    type: 'element',
    tagName: 'article',
    properties: {},
    children: [h1, ...(tree.children as ElementContent[])],
  };
  return { type: 'root', children: [article] };
}

const classes = (node: Element) =>
  Array.isArray(node.properties['className']) ? node.properties['className'].map(String) : [];

/** The article as a reader sees it: screen-reader-only text, hidden parts and controls left out. */
function visibleArticle(page: Root): Root {
  const copy = structuredClone(page);
  visit(copy, 'element', (node: Element, index, parent) => {
    const hidden =
      ['svg', 'script', 'style', 'template', 'button'].includes(node.tagName) ||
      node.properties['ariaHidden'] === 'true' ||
      classes(node).includes('visually-hidden') ||
      // A code block's bar, the site's: its language's name is the copy's fence.
      classes(node).includes(CODE_BAR_CLASS);
    if (!hidden || !parent || index === undefined) return undefined;
    parent.children.splice(index, 1);
    return index;
  });
  return copy;
}

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** How many of each word `text` has. */
function wordCounts(list: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of list) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Each table (not one in a cell) as the words of its cells that have any, cell by cell. */
function htmlTables(page: Root): string[][] {
  const tables: string[][] = [];
  visit(page, 'element', (node: Element) => {
    if (node.tagName !== 'table') return undefined;
    const cells: string[] = [];
    visit(node, 'element', (cell: Element) => {
      if (cell.tagName !== 'td' && cell.tagName !== 'th') return undefined;
      cells.push(words(toText(cell)).join(' '));
      return SKIP;
    });
    tables.push(cells.filter((cell) => cell !== ''));
    return SKIP;
  });
  return tables;
}

/** A Markdown node's text, its inline HTML (a cell's `<br>`) read as a space, as a browser shows it. */
function markdownText(node: MdastNodes): string {
  if (node.type === 'html') return ' ';
  if ('value' in node) return node.value;
  return 'children' in node ? node.children.map(markdownText).join('') : '';
}

function markdownTables(tree: MdastRoot): string[][] {
  const tables: string[][] = [];
  visit(tree, 'table', (table) => {
    const cells: string[] = [];
    visit(table, 'tableCell', (cell) => {
      cells.push(words(markdownText(cell)).join(' '));
    });
    tables.push(cells.filter((cell) => cell !== ''));
  });
  return tables;
}

/** The text of each `<pre>` (not one in a table, whose copy is code spans in its cell). */
function htmlCode(page: Root): string[] {
  const blocks: string[] = [];
  visit(page, 'element', (node: Element) => {
    if (node.tagName === 'table') return SKIP;
    if (node.tagName !== 'pre') return undefined;
    blocks.push(words(toText(node)).join(' '));
    return SKIP;
  });
  return blocks;
}

for (const folder of FOLDERS) {
  describe(`the Markdown copies of tests/fixtures/${folder}`, () => {
    const pages = importedPages(folder);
    const slugs = pages.map((page) => page.slug);
    const rendered = new Map<string, Root>();
    before(async () => {
      // Link and image warnings of the fixtures are the import's and build's tests' business.
      mock.method(console, 'warn', () => undefined);
      for (const page of pages) rendered.set(page.slug, await renderedArticle(page.body, page.slug, slugs));
      mock.restoreAll();
    });

    test('the fixtures are imported', () => {
      assert.ok(pages.length > 0, folder);
    });

    for (const { slug } of pages) {
      test(`${slug}: every word, every table cell and only the page's code blocks`, () => {
        const page = rendered.get(slug);
        assert.ok(page, slug);
        const { markdown } = pageMarkdown(page, `https://example.org/${slug}/`);
        const copy = unified().use(remarkParse).use(remarkGfm).parse(markdown);
        const copyWords: string[] = [];
        visit(copy, (node) => {
          if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code')
            copyWords.push(...words(node.value));
        });
        const have = wordCounts(copyWords);
        const visible = visibleArticle(page);
        const missing = [...wordCounts(words(toText(visible)))].filter(
          ([word, count]) => (have.get(word) ?? 0) < count,
        );
        assert.deepEqual(missing, []);
        assert.deepEqual(markdownTables(copy), htmlTables(visible));
        const code: string[] = [];
        visit(copy, 'code', (node) => void code.push(words(node.value).join(' ')));
        assert.deepEqual(code, htmlCode(visible));
      });
    }
  });
}
