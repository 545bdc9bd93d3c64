import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, Root } from 'hast';
import { TABLE_NAME_LENGTH, tableName } from '../../src/markdown/rehype-table-scroll.ts';
import { renderLearn } from '../support/learn-markdown.ts';

test('a table is in a box that scrolls, a region the keyboard reaches, named by the heading above it', async () => {
  const html = await renderLearn('## Ports to open\n\n| Port | Use |\n| --- | --- |\n| 443 | HTTPS |\n');
  assert.match(
    html,
    /<div class="table-scroll" role="region" tabindex="0" aria-label="Table: Ports to open"><table>/,
  );
});

test('a table with a caption is named by it; one before any heading is a "Table"', async () => {
  const { rehypeTableScroll } = await import('../../src/markdown/rehype-table-scroll.ts');
  const table = (children: Element['children']): Element => ({
    type: 'element',
    tagName: 'table',
    properties: {},
    children,
  });
  const caption: Element = {
    type: 'element',
    tagName: 'caption',
    properties: {},
    children: [{ type: 'text', value: 'Supported systems' }],
  };
  const tree: Root = { type: 'root', children: [table([]), table([caption])] };
  rehypeTableScroll()(tree);
  assert.deepEqual(
    tree.children.map((box) => (box as Element).properties['ariaLabel']),
    ['Table', 'Supported systems'],
  );
});

test("a heading inside a tab panel names no table after the tab set; before any heading, the page's title does", async () => {
  const tabs =
    '## Get the report\n\n# [Desktop](#tab/desktop)\n\nOpen the app.\n\n# [Service](#tab/service)\n\nSign in.\n\n---\n\n' +
    '| Column | Meaning |\n| --- | --- |\n| a | b |\n';
  assert.match(await renderLearn(tabs), /aria-label="Table: Get the report"><table>/);

  const { rehypeTableScroll } = await import('../../src/markdown/rehype-table-scroll.ts');
  const tree: Root = {
    type: 'root',
    children: [{ type: 'element', tagName: 'table', properties: {}, children: [] }],
  };
  // As Astro hands a page's front matter to its Markdown and MDX plugins.
  rehypeTableScroll()(tree, { data: { astro: { frontmatter: { title: 'Manage workspaces' } } } });
  assert.equal((tree.children[0] as Element).properties['ariaLabel'], 'Table: Manage workspaces');
});

test('two tables under one heading get boxes of different names: each region is a landmark (axe landmark-unique)', async () => {
  // win32's synchronization-object-security-and-access-rights.md: two tables of access rights, one heading.
  const html = await renderLearn(
    '## Access rights\n\n| Right | Meaning |\n| --- | --- |\n| a | b |\n\nText.\n\n| Right | Meaning |\n| --- | --- |\n| c | d |\n',
  );
  const names = [...html.matchAll(/aria-label="([^"]*)"><table>/g)].map((match) => match[1]);
  assert.deepEqual(names, ['Table: Access rights', 'Table: Access rights (2)']);
});

test('a numbered name never repeats a heading that reads like one ("A", "A", then a heading "A (2)")', async () => {
  const table = '| x | y |\n| --- | --- |\n| 1 | 2 |\n';
  const html = await renderLearn(`## A\n\n${table}\n${table}\n## A (2)\n\n${table}`);
  const names = [...html.matchAll(/aria-label="([^"]*)"><table>/g)].map((match) => match[1]);
  assert.equal(new Set(names).size, 3, names.join(', '));
});

test('a long heading names its tables by its first words, cut with "…": a reader hears the name at each table (red team: a heading of 300,000 characters over 1,000 tables, 70 s and 2.1 GB)', async () => {
  const table = '| a |\n| - |\n';
  // The red-team page's shape: one heading of one long word, then tables under it.
  const html = await renderLearn(`## ${'x'.repeat(300_000)}\n\n${`${table}\n`.repeat(3)}`);
  const names = [...html.matchAll(/aria-label="([^"]*)"><table>/g)].map((match) => match[1]);
  const cut = `Table: ${'x'.repeat(TABLE_NAME_LENGTH)}…`;
  assert.deepEqual(names, [cut, `${cut} (2)`, `${cut} (3)`]);
  // A heading of words is cut at the end of one, its white space one space.
  const words =
    'Configure the retention  policies for\tthe mailboxes of every user in the organization before migrating them to the new tenant';
  assert.match(
    await renderLearn(`Configure\nthe retention  policies\n===\n\n${table}\n## ${words}\n\n${table}`),
    /aria-label="Table: Configure the retention policies"><table>.*aria-label="Table: Configure the retention policies for the mailboxes of every user in the organization before…"><table>/s,
  );
  // A name within the length stays whole; one without spaces (Japanese) is cut at the length, whole characters.
  assert.equal(tableName('Limits of the service '), 'Limits of the service');
  assert.equal(tableName('表'.repeat(150)), `${'表'.repeat(TABLE_NAME_LENGTH)}…`);
  assert.equal(tableName('😀'.repeat(150)), `${'😀'.repeat(TABLE_NAME_LENGTH)}…`);
});
