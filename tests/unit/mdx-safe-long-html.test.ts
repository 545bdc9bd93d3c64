/**
 * HTML balanced over a long line: an HTML block is joined into one line, and a paragraph may hold tens of
 * thousands of tags (red team 13: `<span>` written 50,000 times). The balancing reads each tag once: it keeps
 * what it needs of the text written so far (is the line blank so far, are only block-holding elements open)
 * instead of reading that text again at every tag. The results are asserted here, not the time.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toMdxSafe } from '../../src/lib/import/mdx-safe.ts';

const SPANS = 50_000;
/** Enough tags on a line of an HTML block to show the same. */
const TAGS = 5_000;

describe('a long line of tags is balanced as a short one', () => {
  test('50,000 <span> start tags, as red team 13 wrote them: each closed at the end of the paragraph', () => {
    assert.equal(
      toMdxSafe(`${'<span>'.repeat(SPANS)}\n`),
      `${'<span>'.repeat(SPANS)}${'</span>'.repeat(SPANS)}\n`,
    );
  });

  test('after 5,000 closed spans in an HTML block, a <div> still holds the blocks that follow it', () => {
    const spans = '<span>x</span>\n'.repeat(TAGS);
    const mdx = toMdxSafe(`<div>\n${spans}<div class="note">\n\nA *paragraph*.\n\n</div>\n</div>\n`);
    assert.equal(
      mdx,
      `<div>\n ${spans.replace(/\n/g, ' ').trimEnd()}\n<div class="note">\n\nA *paragraph*.\n\n</div>\n\n</div>\n`,
    );
  });

  test('a span left open among them keeps the <div> after it inline, as before', () => {
    const spans = '<span>x</span>\n'.repeat(TAGS);
    const mdx = toMdxSafe(
      `<div>\n<span>open\n${spans}<div class="note">\n\nA paragraph.\n\n</div>\n</div>\n`,
    );
    assert.ok(mdx.includes(`<span>open ${'<span>x</span> '.repeat(TAGS)}<div class="note"></div></span>`));
  });

  test('in a list item, the indent of a line of tags is the block indent of the element it opens', () => {
    const bold = '<b>x</b> '.repeat(TAGS).trimEnd();
    assert.equal(
      toMdxSafe(`1. Step\n\n   <div>\n   ${bold}\n   <div>\n\n   Text\n\n   </div></div>\n`),
      `1. Step\n\n   <div>\n    ${bold}\n   <div>\n\n   Text\n\n   </div>\n\n   </div>\n`,
    );
  });
});
