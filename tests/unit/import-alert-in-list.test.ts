/**
 * A Learn alert whose quote opens a list item (sql-docs' create-an-availability-group-transact-sql.md:
 * `3.  > [!NOTE]`) is a callout in that item, on Learn and here: the import says nothing of it, while an
 * alert outside any quote is still said to fail the build.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { renderLearn } from '../support/learn-markdown.ts';

const FILE = '/docs/create-an-availability-group-transact-sql.md';

function warningsOf(body: string): string[] {
  const source = `---\ntitle: Create an availability group\ndescription: With Transact-SQL.\nauthor: a\nms.date: 01/02/2024\n---\n\n# Create an availability group\n\n${body}`;
  const files: SourceFiles = {
    read: (path) => (path === FILE ? source : undefined),
    exists: (path) => path === FILE,
  };
  return planImport([FILE], { today: '2026-01-01' }, files).warnings.map((note) => note.message);
}

const IN_LIST = [
  '2.  Create an endpoint on the server instance.',
  '',
  '3.  > [!NOTE]  ',
  '    >  If the service accounts run under the same domain account, this step is unnecessary.',
  '',
  '- > [!TIP]',
  '  > > [!WARNING]',
  '  > > Nested.',
  '',
].join('\n');

test('an alert in a quote that opens a list item is no problem for the import', () => {
  assert.deepEqual(
    warningsOf(IN_LIST).filter((message) => message.includes('outside a "> " quote')),
    [],
  );
});

test('the build renders it as a callout in the item', async () => {
  const html = await renderLearn(IN_LIST);
  assert.match(html, /<li>\s*<div class="callout callout-note" role="note"[\s\S]*?this step is unnecessary/);
  assert.doesNotMatch(html, /\[!NOTE\]/);
});

test('an alert outside any quote is still said to fail the build', () => {
  assert.ok(warningsOf('[!NOTE]\nText.\n').some((message) => message.includes('outside a "> " quote')));
});
