/**
 * A tag written over many lines (`<a⏎ b="1"⏎ …>`), as an imported article may write one: the import reads it
 * as HTML (htmlStretches) and writes it on one line (tagOnOneLine), in time that grows with the tag, not
 * with its square, and without overflowing the stack.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlStretches, tagOnOneLine } from '../../src/lib/learn/parse-markdown.ts';
import { assertLinear, slicedCharacters } from '../support/work-count.ts';

const tagOver = (lines: number) => `<a${'\n b="1"'.repeat(lines)}>`;

test('a tag over many lines is written on one line in one pass, its line breaks kept to write around it', () => {
  const written = (lines: number) => tagOnOneLine(tagOver(lines), tagOver(lines));
  // A copy of the tag at each line break: 5.8 s of CPU for 20,000 lines (140 KB).
  assertLinear((lines) => slicedCharacters(() => written(lines)), 1000);
  const { oneLine, lineBreaks } = written(1000);
  assert.equal(oneLine, `<a${' b="1"'.repeat(1000)}>`);
  assert.deepEqual(new Set(lineBreaks), new Set(['\n ']));
  assert.equal(lineBreaks.length, 1000);
});

test("a paragraph's tag over 40,000 lines is read as HTML, lines kept; it overflowed the stack", () => {
  const paragraph = `Text ${tagOver(40_000)}x</a> end.\n`;
  const stretches = htmlStretches(paragraph);
  assert.equal(stretches.length, 1);
  const [{ html, offset } = { html: '', offset: -1 }] = stretches;
  assert.equal(offset, 0);
  assert.equal(html.length, paragraph.trimEnd().length);
  assert.equal(html.split('\n').length, 40_001);
  assert.ok(html.startsWith(`     <a\n b="1"`), html.slice(0, 20));
  assert.ok(html.endsWith('> </a>     '), html.slice(-20));
});
