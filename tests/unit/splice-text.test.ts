/**
 * spliceText (src/lib/learn/splice-text.ts) writes the import's edits of a page (its links, includes, comments)
 * into it. It copied the whole page at each edit, so its time grew with the square of the page: a page of
 * 40,000 links (1 MB) took 147 s of CPU in one of the import's link passes (red team 16).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spliceText } from '../../src/lib/learn/splice-text.ts';
import { assertLinear, slicedCharacters } from '../support/work-count.ts';

test('each edit replaces its own offsets, in any order given; of two insertions at one offset, the last given comes first', () => {
  assert.equal(
    spliceText('one two three', [
      { from: 8, to: 13, text: '3' },
      { from: 0, to: 3, text: '1' },
      { from: 4, to: 4, text: 'a' },
      { from: 4, to: 4, text: 'b' },
    ]),
    '1 batwo 3',
  );
  assert.equal(spliceText('unchanged', []), 'unchanged');
});

test('edits are written in one pass, not a copy of the text each: the work grows as the edits do', () => {
  const line = 'abcdefghijklmnopqrstuvwxy\n';
  const spliced = (times: number) =>
    spliceText(
      line.repeat(times),
      Array.from({ length: times }, (_, index) => ({
        from: index * line.length,
        to: index * line.length + 3,
        text: 'Z',
      })),
    );
  // A copy of the text at each edit: 9.7 s of CPU for 10,000 edits of 260 KB, four times the characters at
  // twice the edits.
  assertLinear((times) => slicedCharacters(() => spliced(times)), 1000);
  assert.equal(spliced(1000), 'Zdefghijklmnopqrstuvwxy\n'.repeat(1000));
});
