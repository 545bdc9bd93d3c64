/**
 * HTML balanced over a long line: an HTML block is joined into one line, and a paragraph may hold tens of
 * thousands of tags (red team 13: `<span>` written 50,000 times). The balancing reads each tag once: it keeps
 * what it needs of the text written so far (is the line blank so far, are only block-holding elements open)
 * instead of reading that text again at every tag. The results are asserted here, not the time.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { balanceHtml, mdxParser, toMdxSafe } from '../../src/lib/import/mdx-safe.ts';
import {
  MAX_NESTING,
  MAX_PAGE_CHARACTERS,
  sourceProblem,
  treeNestingProblem,
} from '../../src/markdown/remark-nesting-limit.ts';
import { assertLinear, searchedCharacters, setLookups } from '../support/work-count.ts';

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

/** The `<div>`s open around each paragraph `x` of `mdx`, as MDX reads it. */
function divsAroundParagraphs(mdx: string): number[] {
  const depths: number[] = [];
  const walk = (node: { type: string; name?: string | null; children?: unknown[] }, divs: number) => {
    if (node.type === 'paragraph') depths.push(divs);
    const inner = node.type === 'mdxJsxFlowElement' && node.name === 'div' ? divs + 1 : divs;
    for (const child of node.children ?? []) walk(child as typeof node, inner);
  };
  walk(mdxParser.parse(mdx), 0);
  return depths;
}

describe('a <div> left open before each of many paragraphs (red team 15)', () => {
  test('up to the nesting the build renders, each holds the paragraphs after it, as a browser nests them', () => {
    const depths = divsAroundParagraphs(toMdxSafe('<div>\n\nx\n\n'.repeat(MAX_NESTING)));
    assert.deepEqual(
      depths,
      Array.from({ length: MAX_NESTING }, (_, index) => index + 1),
    );
  });

  // Red team 15 wrote it 16,000 times (33 s when each block copied all those before it left open); what is
  // asserted holds of any count past the 65 a block carries open (CARRIED_LIMIT).
  test('written four times that, the page is still nested past it, and refused for it by its line', () => {
    const mdx = toMdxSafe('<div>\n\nx\n\n'.repeat(4 * MAX_NESTING));
    const problem = treeNestingProblem(mdxParser.parse(mdx));
    assert.match(problem?.message ?? '', /levels deep here; the site renders at most 64/);
    assert.ok((problem?.line ?? 0) > 1);
    // Every element is closed: MDX reads the page.
    assert.equal(mdx.split('<div>').length, mdx.split('</div>').length);
  });
});

describe('formatting elements reopened in each paragraph (red team 16)', () => {
  test('a <b> a paragraph leaves open is reopened in each paragraph after it, as a browser does', () => {
    assert.equal(toMdxSafe('<p><b>x<p>y<p>z\n'), '<p><b>x</b></p><p><b>y</b></p><p><b>z</b></p>\n');
  });

  test('ten long <b> tags over 2,000 paragraphs (18 KB) make a page just past what the build builds, not 20 MB', () => {
    const bold = `<b title="${'t'.repeat(990)}">`;
    const mdx = toMdxSafe(`<p>${bold.repeat(10)}${'<p>x'.repeat(2000)}\n`);
    // Reopened until the page is more than the build builds, then no more: refused for its size.
    assert.ok(mdx.length > MAX_PAGE_CHARACTERS, `${String(mdx.length)} characters`);
    assert.ok(mdx.length < 1.1 * MAX_PAGE_CHARACTERS, `${String(mdx.length)} characters`);
    assert.match(
      sourceProblem(mdx)?.message ?? '',
      /KB of Markdown; the site builds pages of at most 1000 KB/,
    );
    assert.equal(mdx.split('<b ').length, mdx.split('</b>').length);
  });
});

describe('emphasis written as its element, many times in a paragraph (red team 16)', () => {
  test('`*<b>x*y</b> ` written many times is balanced in one pass, each <em> rewriting only itself', () => {
    const unit = '*<b>x*y</b> ';
    // Its emphasis spans as inlineContainers reads them, given here: the parse is not what is counted.
    const balanced = (times: number) =>
      balanceHtml(
        unit.repeat(times),
        undefined,
        Array.from({ length: times }, (_, index) => {
          const start = index * unit.length;
          return { start, contentStart: start + 1, contentEnd: start + 5, end: start + 6, element: 'em' };
        }),
      );
    // Each rewrote all written before it and read it again for its last line break: 12 s of CPU for 10,000,
    // four times the characters read at twice as many.
    assertLinear((times) => searchedCharacters(() => balanced(times)), 1000);
    assert.equal(balanced(1000), '<em><b>x</b></em><b>y</b> '.repeat(1000));
  });
});

describe('a tag among tens of thousands of open elements (red team 16)', () => {
  test('an end tag closes its element through those open above it, up to the nesting the build renders', () => {
    const spans = MAX_NESTING - 1;
    assert.equal(
      balanceHtml(`<i>${'<span>'.repeat(spans)}</i>x`),
      `<i>${'<span>'.repeat(spans)}${'</span>'.repeat(spans)}</i>x`,
    );
  });

  test('<span>, then as many </i> and <div>, each looking only as deep as the nesting the build renders', () => {
    // No inline containers: the parse that finds them is not what is counted.
    const balanced = (times: number) =>
      balanceHtml(`${'<span>'.repeat(times)}${'</i>'.repeat(times)}${'<div>'.repeat(times)}`, undefined, []);
    const times = 16 * MAX_NESTING;
    // Each </i> looked through every <span> for an <i>, each <div> for a <p>: 12 s of CPU for 10,000 of each,
    // four times the lookups at twice as many.
    assertLinear((size) => setLookups(() => balanced(size)), times);
    // Nested far past what the build renders: it refuses the page for that (treeNestingProblem), as before.
    assert.equal(
      balanced(times),
      `${'<span>'.repeat(times)}${'<div>'.repeat(times)}${'</div>'.repeat(times)}${'</span>'.repeat(times)}`,
    );
  });
});
