/**
 * Import trial 21: azure-ai-docs' machine-learning articles show Jupyter notebook cells with
 * `[!notebook-python[](~/azureml-examples-main/….ipynb?name=job)]`, often `[!Notebook-python[] (…)]`.
 * The import read the first form as a link with no text and wrote "[!Notebook-python]" on the page; the
 * second it warned "the build will fail on it", and the page showed the line as text. Both are the cells'
 * code now, as Learn shows them; a notebook the copy lacks is a warning, its code left out, as a code file's.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { selectNotebookCells } from '../../src/lib/import/code-snippets.ts';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';

const NOTEBOOK = JSON.stringify({
  cells: [
    { cell_type: 'markdown', metadata: { name: 'job' }, source: ['# Not code\n'] },
    {
      cell_type: 'code',
      metadata: { name: 'job' },
      source: ['from azure.ai.ml import command\n', 'job = command(code="./src")\n'],
      outputs: [],
    },
    {
      cell_type: 'code',
      metadata: { name: 'submit' },
      source: 'ml_client.jobs.create_or_update(job)',
      outputs: [],
    },
  ],
  nbformat: 4,
});

test('selectNotebookCells takes the code cells of a name, or every code cell', () => {
  assert.deepEqual(selectNotebookCells(NOTEBOOK, 'job', 'n.ipynb'), {
    ok: true,
    lines: ['from azure.ai.ml import command', 'job = command(code="./src")'],
  });
  assert.deepEqual(selectNotebookCells(NOTEBOOK, undefined, 'n.ipynb'), {
    ok: true,
    lines: [
      'from azure.ai.ml import command',
      'job = command(code="./src")',
      '',
      'ml_client.jobs.create_or_update(job)',
    ],
  });
  assert.deepEqual(selectNotebookCells(NOTEBOOK, 'nothing', 'n.ipynb'), {
    ok: false,
    problem: '"n.ipynb" has no code cell named "nothing".',
  });
  assert.equal(selectNotebookCells('{', 'job', 'n.ipynb').ok, false);
  // Cells that are no objects are none, and a notebook that is no object has no cells: problems, not throws.
  assert.deepEqual(
    selectNotebookCells('{"cells":[null,1,{"cell_type":"code","source":"x = 1"}]}', undefined, 'n.ipynb'),
    { ok: true, lines: ['x = 1'] },
  );
  assert.deepEqual(selectNotebookCells('null', undefined, 'n.ipynb'), {
    ok: false,
    problem: '"n.ipynb" is not a Jupyter notebook (no cells).',
  });
});

test('[!notebook-…] lines become fenced code of their cells; a missing notebook is said, its code left out', () => {
  const files: Record<string, string> = {
    '/repo/examples/train.ipynb': NOTEBOOK,
    '/repo/docs/train.md': [
      '---',
      'title: Train',
      'description: Train a model.',
      'author: a',
      'ms.date: 01/01/2024',
      '---',
      '',
      '# Train',
      '',
      '[!Notebook-python[](~/examples/train.ipynb?name=job)]',
      '',
      '1. Submit it.',
      '',
      '    [!notebook-python[] (~/examples/train.ipynb?name=submit)]',
      '',
      '[!notebook-python[] (~/other-repo/missing.ipynb?name=x)]',
      '',
    ].join('\n'),
  };
  const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
  const plan = planImport(['/repo/docs/train.md'], { readRoot: '/repo' }, access);
  const body = plan.pages[0]?.body ?? '';
  assert.match(body, /```python\nfrom azure\.ai\.ml import command\njob = command\(code="\.\/src"\)\n```/);
  assert.match(
    body,
    /1\. Submit it\.\n\n {4}```python\n {4}ml_client\.jobs\.create_or_update\(job\)\n {4}```/,
  );
  assert.doesNotMatch(body, /notebook/i);
  assert.deepEqual(
    plan.warnings.map((warning) => [warning.line, warning.message]),
    [
      [
        16,
        '[!notebook-python] "~/other-repo/missing.ipynb" does not exist. The code is left out of the page.',
      ],
    ],
  );
});
