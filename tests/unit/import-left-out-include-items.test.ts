/**
 * A list item whose only text is an include the import leaves out is left out with it, not shown as an
 * empty bullet. Import trial 34 (MicrosoftDocs/azure-aks-docs articles/kubernetes-fleet): access-fleet-hub-
 * cluster-kubernetes-api.md and use-taints-tolerations.md open their prerequisites with
 * `* [!INCLUDE [free trial note](~/reusable-content/…/quickstarts-free-trial-note.md)]`, a repository Learn's
 * build clones beside the one read; without it the pages showed a bullet with nothing after it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { List, ListItem, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { planImport } from '../../src/lib/import/convert.ts';
import { parseMarkdown } from '../../src/lib/learn/parse-markdown.ts';
import { visit } from '../../src/lib/tree-visit.ts';
import { memoryFolder } from '../support/memory-folder.ts';

const FRONT = '---\ntitle: T\ndescription: D.\nauthor: a\nms.date: 01/02/2024\n---\n\n';

/** Each list of the written page, in a quote too, as the texts of its items. */
function listItems(body: string): string[][] {
  const lists: string[][] = [];
  visit(parseMarkdown(body) as Root, 'list', (list: List) => {
    lists.push(list.children.map((item: ListItem) => toString(item)));
  });
  return lists;
}

test('an item holding only a left-out include goes with it; an item with more text keeps that text', () => {
  const page = [
    `${FRONT}# Page`,
    '',
    '* [!INCLUDE [free trial note](../includes/missing.md)]',
    '* You need a fleet.',
    '',
    'Steps:',
    '',
    '1. First step.',
    '1. [!INCLUDE [gone](../includes/gone.md)]',
    '   More of the second step.',
    '1. Third step.',
    '',
    '> * [!INCLUDE [quoted](../includes/quoted.md)]',
    '> * Quoted item.',
    '',
  ].join('\n');
  const files = { '/repo/docs/page.md': page };
  const plan = planImport(
    ['/repo/docs/page.md'],
    { readRoot: '/repo' },
    memoryFolder(files, ['/repo', '/repo/docs']),
  );
  const body = plan.pages[0]?.body ?? '';
  assert.deepEqual(listItems(body), [
    ['You need a fleet.'],
    ['First step.', 'More of the second step.', 'Third step.'],
    ['Quoted item.'],
  ]);
  assert.doesNotMatch(body, /<!--/, 'nothing of the import’s own marks is written');
  const missing = plan.warnings
    .filter((note) => note.message.startsWith('[!INCLUDE]'))
    .map((note) => note.line);
  assert.deepEqual(missing, [10, 16, 20], 'each left-out include is still said at its line');
});
