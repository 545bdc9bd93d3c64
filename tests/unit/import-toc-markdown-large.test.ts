/**
 * A large docfx Markdown TOC (VBA-Docs' api/TOC.md: 2.1 MB, about 50,000 headings; real-folder trial CG) read
 * in pieces when it is headings alone: the same entries and lines, in a fraction of the time and memory.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readToc, tocPieces } from '../../src/lib/import/toc-yml.ts';

/** A TOC shaped as VBA-Docs' api/TOC.md: a product, its object model, objects with their methods. */
function vbaToc(objects: number): string[] {
  const lines = [
    '# [Office VBA Reference](./overview/Index.md) ',
    '## [Word](./overview/Word.md)',
    '### [Object model](./overview/Word/object-model.md)',
  ];
  for (let object = 0; object < objects; object++) {
    lines.push(`#### [Obj${String(object)} object](Word.Obj${String(object)}.md)`, '##### Methods');
    for (let method = 0; method < 8; method++)
      lines.push(`###### [Method${String(method)}](Word.Obj${String(object)}.Method${String(method)}.md)`);
  }
  return lines;
}

/** The written hrefs of `tree`'s nodes, each with its line, nested as read. */
function outline(items: unknown[] | undefined): unknown[] {
  return (items ?? []).map((item) => {
    const node = item as { name: string; href?: string; items?: unknown[] };
    return [node.name, node.href, ...(node.items && node.items.length > 0 ? [outline(node.items)] : [])];
  });
}

test("a TOC.md of headings alone is read with each entry's line and place, across the pieces it is read in", () => {
  const lines = vbaToc(50); // 503 lines: objects span the 200-line pieces
  const toc = readToc(lines.join('\n'), '/repo/api/TOC.md');
  assert.equal(toc.lines.length, 453);
  for (const entry of toc.lines)
    assert.ok(
      'written' in entry && lines[entry.line - 1]?.includes(`](${entry.written})`),
      `line ${String(entry.line)}`,
    );
  const model = outline(toc.items)[0] as [string, string, [string, string, [string, string, unknown[]][]][]];
  const objects = model[2][0]?.[2][0]?.[2] ?? [];
  assert.equal(objects.length, 50);
  // Obj22 is written on lines 201 to 210: read whole, its eight methods under its Methods node.
  assert.deepEqual(objects[22], [
    'Obj22 object',
    'Word.Obj22.md',
    [
      [
        'Methods',
        undefined,
        Array.from({ length: 8 }, (_, m) => [`Method${String(m)}`, `Word.Obj22.Method${String(m)}.md`]),
      ],
    ],
  ]);
});

test('a TOC.md with any other line is read whole: a heading line in a code block across a piece is no entry', () => {
  const lines = vbaToc(50);
  lines.splice(199, 0, '```', '# [Not an entry](Word.Nothing.md)', '```');
  const toc = readToc(lines.join('\n'), '/repo/api/TOC.md');
  assert.equal(toc.lines.length, 453);
  assert.ok(!toc.lines.some((line) => 'written' in line && line.written === 'Word.Nothing.md'));
  assert.equal(toc.lines.at(-1)?.line, 506);
});

test('a TOC.md of headings alone is never parsed whole: the parser slows and grows faster than its text', () => {
  // A TOC of its shape, 60,000 headings, read in 8.6 s and 1.4 GB whole, 4.6 s and 0.6 GB in pieces.
  const lines = vbaToc(200);
  const pieces = tocPieces(lines.join('\n'));
  assert.equal(pieces.length, Math.ceil(lines.length / 200));
  assert.ok(pieces.every((piece) => piece.text.split('\n').length <= 200));
  assert.deepEqual(
    pieces.flatMap((piece) => piece.text.split('\n')),
    lines,
  );
  // With any other line, whole.
  assert.equal(tocPieces([...lines, 'Text.'].join('\n')).length, 1);
});
