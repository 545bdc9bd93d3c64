/**
 * A wrong internal link's message names the nearest page or id ("Did you mean", then the ids nearest first),
 * by edit distance, whose work is the product of two names' lengths: red team 22's page of one link to `#` and
 * 20,000 characters beside a bookmark of 20,000 took 98 s to fail the build (400 KB each, hours), and 3,900 links
 * to ids a little off 1,000 bookmarks 7 minutes. A build's internal links, and a page's Learn links, share
 * NEARNESS_STEPS of it (src/lib/learn-links.ts): past that, or for a pair longer than what is left, the problem
 * is said as before, its ids in the page's order, without a guess.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkInternal, checkInternalLinks, type InternalLink } from '../../src/lib/link-check.ts';
import { nearestName } from '../../src/lib/learn-links.ts';

test('a long anchor is not compared with a long id: the problem is said, its ids in their order', () => {
  const long = 'a'.repeat(5000);
  const ids = new Map([['/big/', new Set([long, 'other'])]]);
  const problem = checkInternal({ path: '/big/', anchor: `b${long.slice(2)}c` }, ids) ?? '';
  assert.match(
    problem,
    /^goes to #baaa+c, which is not a heading on \/big\/\. Its ids are: #aaa+, #other\.$/,
  );
  assert.equal(nearestName(`#b${long.slice(2)}c`, [`#${long}`]), undefined);
});

test("a build's wrong links share the steps: the first are guessed, the rest listed in the page's order", () => {
  const bookmarks = Array.from({ length: 1000 }, (_, index) => `bookmark-number-${String(index)}`);
  const ids = new Map([['/big/', new Set(bookmarks)]]);
  const links: InternalLink[] = Array.from({ length: 3900 }, (_, index) => ({
    site: { file: 'content/big.mdx', line: index + 1, href: `#bookmark-numbr-${String(index)}` },
    path: '/big/',
    anchor: `bookmark-numbr-${String(index)}`,
  }));
  const problems = checkInternalLinks(links, ids);
  assert.equal(problems.length, 3900);
  assert.match(problems[0] ?? '', /Did you mean #bookmark-number-0\? Its ids are: #bookmark-number-0, /);
  const last = problems.at(-1) ?? '';
  assert.match(
    last,
    /content\/big\.mdx:3900: .*goes to #bookmark-numbr-3899, which is not a heading on \/big\//,
  );
  assert.doesNotMatch(last, /Did you mean/);
  assert.match(last, /Its ids are: #bookmark-number-0, #bookmark-number-1, #bookmark-number-2, /);
});
