/**
 * An include's link reference definitions are written from the page's folder, as its inline links are:
 * azure-docs' includes/functions-queue-permissions.md, included by another include, links its roles so.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';

const files: Record<string, string> = {
  '/repo/articles/svc/queue.md':
    '---\ntitle: Queue\ndescription: About queues.\nauthor: a\nms.date: 03/06/2023\n---\n\n# Queue\n\n[!INCLUDE [connections](../../includes/connections.md)]\n',
  '/repo/includes/connections.md':
    '---\nms.topic: include\n---\n\n[!INCLUDE [permissions](./permissions.md)]\n',
  '/repo/includes/permissions.md': [
    '---',
    'ms.topic: include',
    '---',
    '',
    'Management roles like [Owner](../articles/role-based-access-control/built-in-roles.md#owner) are not sufficient.',
    '',
    '| Binding type | Example built-in roles |',
    '|--------------|------------------------|',
    '| Trigger      | [Storage Queue Data Reader] |',
    '',
    '[Storage Queue Data Reader]: ../articles/role-based-access-control/built-in-roles.md#storage-queue-data-reader',
    '',
  ].join('\n'),
};
const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };

test("a nested include's definitions go where its inline links go: from the page's folder", () => {
  const plan = planImport(
    ['/repo/articles/svc/queue.md'],
    { sourceRoot: '/repo/articles', readRoot: '/repo' },
    access,
  );
  const body = plan.pages[0]?.body ?? '';
  assert.match(body, /\[Owner\]\(\.\.\/role-based-access-control\/built-in-roles\.md#owner\)/);
  assert.match(
    body,
    /^\[Storage Queue Data Reader\]: \.\.\/role-based-access-control\/built-in-roles\.md#storage-queue-data-reader$/m,
  );
});
