/**
 * Content may not write the marks Pagefind puts in a page's text and reads back as its own, and the text checks
 * read text as readers do, across the inline elements that split it. Red team 26: a page writing
 * `___PAGEFIND_WEIGHT___10` zorblax `___END_PAGEFIND_WEIGHT___` had its one "zorblax" weigh 10 (a heading's is at
 * most 7) and came first in the site's search for it, above a page saying it three times, the excerpt showing
 * no mark; and zero-width spaces two at a time between empty elements, each text node within the rule of red
 * team 24, were one run of any length in Chromium (nothing shown) and in the page's Markdown copy.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pageSchema } from '../../src/lib/page-schema.ts';
import { buildError } from '../support/learn-markdown.ts';

const root = new URL('../../', import.meta.url);
const path = new URL('content/attack.mdx', root).pathname;
const ZWSP = '\u200B';

describe("the search index's own marks, and text split by inline elements, written in content", () => {
  const cases: [string, RegExp][] = [
    [
      'Notes: `___PAGEFIND_WEIGHT___10` zorblax `___END_PAGEFIND_WEIGHT___`.',
      /:3:\d+: the text holds "___PAGEFIND_WEIGHT___", which the site's search index \(Pagefind\) reads as a mark of its own/,
    ],
    ['Ref ___pagefind_anchor___h2:9:main-content here.', /:3:\d+: the text holds "___pagefind_anchor___"/],
    [
      'Split `___PAGE`FIND_AUTO_WEIGHT___7 zorblax.',
      /:3:\d+: the text, read across the inline elements it is split by, holds "___PAGEFIND_AUTO_WEIGHT___"/,
    ],
    [
      'Split <code>\\_\\_\\_END\\_PAGE</code>FIND_WEIGHT___ too.',
      /:3:\d+: the text, read across the inline elements it is split by, holds "___END_PAGEFIND_WEIGHT___"/,
    ],
    [
      `Hi${ZWSP}${ZWSP}<b></b>${ZWSP}${ZWSP}<b></b>${ZWSP}${ZWSP} there.`,
      /:3:\d+: the text, read across the inline elements it is split by, holds 6 characters in a row that show nothing/,
    ],
  ];
  for (const [line, expected] of cases)
    test(`${JSON.stringify(line)} fails the build at its line`, async () => {
      const error = await buildError(`Intro.\n\n${line}\n`, path, root, ['attack']);
      assert.match(error, expected, error || '(it compiled)');
    });

  test('a title holding a mark is refused; text split into blocks, cells or lines is not one run', async () => {
    const result = pageSchema.safeParse({
      title: 'Setup ___PAGEFIND_WEIGHT___10 privacy',
      description: 'D.',
      order: 1,
      updated: new Date('2024-05-31'),
      author: 'a',
    });
    assert.equal(result.success, false);
    assert.match(
      result.error.issues[0]?.message ?? '',
      /front-matter field "title" holds "___PAGEFIND_WEIGHT___"/,
    );
    const apart = [
      `a${ZWSP}${ZWSP}\n\n${ZWSP}b`,
      `| a${ZWSP}${ZWSP} | ${ZWSP}b |\n| --- | --- |\n| c | d |`,
      `a${ZWSP}${ZWSP}<br />${ZWSP}b`,
      '❤️\u200D🔥 *and* ❤️ fine, a __PAGEFIND__ word and snake_case_names.',
    ];
    for (const text of apart) assert.equal(await buildError(`${text}\n`, path, root, ['attack']), '', text);
  });
});
