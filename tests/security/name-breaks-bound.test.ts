/**
 * A heading's long name gets `<wbr>` between its parts (src/lib/name-breaks.ts), in the heading and in "On this
 * page": red team 22 wrote 999 headings of 900 characters `aBaB…`, a 907 KB page within every limit, and each got
 * a `<wbr>` every two characters: 897,000 in all, a 14.8 MB page that took 74 s of CPU and 2.5 GB to build. A text,
 * and a heading's texts together, get at most MAX_NAME_BREAKS.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { walkElements } from '../../src/lib/hast-walk.ts';
import { MAX_NAME_BREAKS, nameParts } from '../../src/lib/name-breaks.ts';
import { renderLearn } from '../support/learn-markdown.ts';

const NAME = 'aB'.repeat(450);

test('a text gets at most MAX_NAME_BREAKS breaks, its first, and its parts still join to it', () => {
  const parts = nameParts(`${NAME} ${NAME}`);
  assert.equal(parts.length - 1, MAX_NAME_BREAKS);
  assert.equal(parts.join(''), `${NAME} ${NAME}`);
  assert.deepEqual(parts.slice(0, 3), ['aBa', 'Ba', 'Ba']);
});

test("a heading's texts together get at most MAX_NAME_BREAKS <wbr>, each heading of a page alike", async () => {
  const lines = Array.from(
    { length: 20 },
    (_, index) => `## ${NAME} *${NAME}* \`x\` ${NAME}${String(index)}`,
  );
  const html = await renderLearn(`${lines.join('\n\n')}\n\nText.\n`);
  const elements = (tree: Element | ReturnType<typeof fromHtml>, tagName: string) => {
    const found: Element[] = [];
    walkElements(tree, (node) => {
      if (node.tagName === tagName) found.push(node);
      return undefined;
    });
    return found;
  };
  const headings = elements(fromHtml(html, { fragment: true }), 'h2');
  assert.equal(headings.length, 20);
  for (const heading of headings) assert.equal(elements(heading, 'wbr').length, MAX_NAME_BREAKS);
});
