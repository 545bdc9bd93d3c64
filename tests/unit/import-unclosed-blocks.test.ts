/**
 * Import trial 24: azure-ai-docs' question-answering/how-to/troubleshooting.md opens a <details> for its last
 * question and never closes it, so "## Data storage" and its own <details> are inside it: the page shows
 * them only once a reader opens that question, on Learn as here (a browser closes it at the page's end,
 * and so does the import), while "On this page" lists "Data storage". The import said nothing of it. It
 * now names the line of the element never closed and what to do.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attributeNotes, toMdxSafe } from '../../src/lib/import/mdx-safe.ts';

const TROUBLESHOOTING = [
  '<details>',
  '<summary><b>Can two or more client applications share a project?</b></summary>',
  '',
  'Yes, the project can be queried from any number of clients.',
  '',
  '</details>',
  '',
  '<details>',
  '<summary><b>How do I embed custom question answering in my website?</b></summary>',
  '',
  '1. Create your FAQ bot.',
  '',
  '## Data storage',
  '',
  '<details>',
  '<summary><b>What data is stored and where is it stored?</b></summary>',
  '',
  'Your projects and log files are stored in this region.',
  '',
  '</details>',
  '',
].join('\n');

test('a <details> never closed is said at its line, with what it hides and what to do', () => {
  const notes = attributeNotes(TROUBLESHOOTING);
  assert.deepEqual(
    notes.map((note) => note.index),
    [7],
  );
  assert.match(
    notes[0]?.message ?? '',
    /^<details> is never closed: .*hidden, headings and all.*Close it \(<\/details>\)/,
  );
  // The page is written as before: the element closed at its end, as a browser reads it.
  assert.match(toMdxSafe(TROUBLESHOOTING), /<\/details>\n+<\/details>\s*$/);
});

test('another element never closed is said too; closed ones are not', () => {
  const notes = attributeNotes('Intro.\n\n<div class="x">\n\nA.\n\n## Later\n');
  assert.deepEqual(
    notes.map((note) => [note.index, note.message]),
    [
      [
        2,
        '<div> is never closed: as a browser reads it, it holds the rest of the page. Close it (</div>) where it ends.',
      ],
    ],
  );
  assert.deepEqual(
    attributeNotes('<div>\n\nA.\n\n</div>\n\n<details><summary>S</summary>\n\nB.\n\n</details>\n'),
    [],
  );
});
