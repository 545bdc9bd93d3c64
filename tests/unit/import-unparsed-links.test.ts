/** Link syntax CommonMark reads as text (`[t]((a.md)`, `[t](a b.md)`) is warned of with its line; links and code are not. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { unparsedLinkNotes } from '../../src/lib/import/unparsed-links.ts';
import { assertLinear, slicedCharacters } from '../support/work-count.ts';

/** The import's warnings for `body`, an article of a folder of its own. */
function warningsOf(body: string): { line?: number; message: string }[] {
  const text = `---\ntitle: "Type conversion functions (VBA)"\ndescription: Conversions.\nauthor: o365devx\nms.date: 12/21/2018\n---\n${body}`;
  const files: SourceFiles = {
    read: (path) => (path === '/learn/type-conversion-functions.md' ? text : undefined),
    exists: (path) => path === '/learn/type-conversion-functions.md',
  };
  return planImport(['/learn/type-conversion-functions.md'], { today: '2026-01-02' }, files).warnings;
}

test('a link whose destination is a balanced "(…)" then text is warned of at its line, quoted from its "["', () => {
  // Trial CA: VBA-Docs' Language/Concepts/Getting-Started/type-conversion-functions.md. The reader saw
  // "[Fix and Int functions]((../../Reference/…)" as text, on Learn and here, and the import said nothing.
  const body = [
    '# Type conversion functions',
    '',
    'Each function coerces an expression to a specific data type.',
    '',
    '**CInt** and **CLng** differ from the [**Fix** and **Int** functions]((../../Reference/User-Interface-Help/int-fix-functions.md), which truncate.',
    '',
  ].join('\n');
  const notes = warningsOf(body).filter((w) => w.message.includes('is no link'));
  assert.equal(notes.length, 1);
  const [note] = notes;
  assert.ok(note);
  assert.equal(note.line, 11);
  assert.match(
    note.message,
    /^"\[\*\*Fix\*\* and \*\*Int\*\* functions\]\(\(\.\.\/\.\.\/Reference\/User-Interface-Help\/int-fix-functions\.md\)" is no link: .*Learn's markdig.*\[text\]\(destination\)/,
  );
});

test('a destination with a space is warned of; a link beside it, code and escaped brackets are not', () => {
  const body = [
    '# T',
    '',
    'See [the guide](guide.md) and [the other guide](other guide.md) for more.',
    '',
    'Write `[text](a b.md)` in code, or \\[text\\](a b) escaped.',
    '',
    '```md',
    '[text](a b.md)',
    '```',
    '',
    '| Link | Note |',
    '| --- | --- |',
    '| [ok](a.md) | [bad]( a b ) |',
    '',
  ].join('\n');
  const notes = warningsOf(body).filter((w) => w.message.includes('is no link'));
  assert.deepEqual(
    notes.map((w) => [w.line, w.message.slice(0, w.message.indexOf(' is no link'))]),
    [
      [9, '"[the other guide](other guide.md)"'],
      [19, '"[bad]( a b )"'],
    ],
  );
});

test('a link whose text is an include is a link, as Learn reads it; a link inside a link is still warned of', () => {
  // Trial CH: fabric-docs' data-warehouse articles open with "[[!INCLUDE [product-name](…)]](overview.md)",
  // which Learn and the import show as a link named by the include; the import warned "is no link".
  const body = [
    '# T',
    '',
    '[[!INCLUDE [product-name](../includes/product-name.md)]](../get-started/overview.md) is a product.',
    '',
    '1. [Create a [!INCLUDE [fabric-dw](includes/fabric-dw.md)]](create.md).',
    '',
    'A [[nested](a.md)](b.md) link.',
    '',
  ].join('\n');
  assert.deepEqual(
    unparsedLinkNotes(body).map((note) => [
      note.line,
      note.message.slice(0, note.message.indexOf(' is no link')),
    ]),
    [[7, '"[nested](a.md)](b.md)"']],
  );
});

test('lines of would-be links are each warned of at their line, in one pass over the page', () => {
  const notesOf = (lines: number) =>
    unparsedLinkNotes(
      Array.from({ length: lines }, (_, index) => `Line ${String(index)} with [a](b c) text.`).join('\n\n'),
    );
  // Each match's line was counted from the top of the page: 16 s of CPU for 20,000 lines (630 KB).
  assertLinear((lines) => slicedCharacters(() => notesOf(lines)), 500);
  const notes = notesOf(500);
  assert.equal(notes.length, 500);
  assert.deepEqual(notes.at(-1), { line: 999, message: notes.at(-1)?.message });
  assert.match(notes.at(-1)?.message ?? '', /^"\[a\]\(b c\)" is no link/);
});

test('a space between "]" and a destination makes no link: warned of; "[Enter] (the key)" prose is not', () => {
  // Import trial 24: azure-ai-docs' question-answering/how-to/best-practices.md writes "the [custom question
  // Answering API] (/rest/api/…)", which Learn and the site show as text; the import said nothing.
  const body = [
    '# T',
    '',
    'Along with any query, the [custom question Answering API] (/rest/api/cognitiveservices/questionanswering/question-answering/get-answers) expects a "context" object.',
    '',
    'See [the guide] (guide.md#setup) or [Learn] (https://learn.microsoft.com).',
    '',
    'Press [Enter] (the key), then [Esc] (twice).',
    '',
  ].join('\n');
  assert.deepEqual(
    unparsedLinkNotes(body).map((note) => [
      note.line,
      note.message.slice(0, note.message.indexOf(' is no link')),
    ]),
    [
      [
        3,
        // Quoted up to 100 characters.
        '"[custom question Answering API] (/rest/api/cognitiveservices/questionanswering/question-answering/ge…"',
      ],
      [5, '"[the guide] (guide.md#setup)"'],
    ],
  );
  assert.match(unparsedLinkNotes(body)[0]?.message ?? '', /with nothing between \] and \(/);
});
