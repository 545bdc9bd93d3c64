/**
 * Content names by id only the elements it writes, never the layout's, footnotes' or tab sets'. Red team 26: an
 * MDX page's `<label for="search-input">Search is switched off on this site: call 555-0100 to search</label>` built,
 * and in Chromium's accessibility tree the header's search box was named "Search Search is switched off on this
 * site: call 555-0100 to search" on that page: a screen reader read the scam as the site's own search. ARIA's
 * references (aria-describedby, aria-labelledby, aria-controls…) to the layout read or act on it alike.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildError } from '../support/learn-markdown.ts';

const root = new URL('../../', import.meta.url);
const path = new URL('content/attack.mdx', root).pathname;

describe("an id reference in content to the layout's, footnotes' or tab sets' elements", () => {
  const cases: [string, RegExp][] = [
    [
      '<label for="search-input">Search is switched off: call 555-0100</label>',
      /for="search-input" on <label> names an element of the site's layout, not of the page's content/,
    ],
    [
      '<label htmlFor="theme-select">Theme</label>',
      /htmlFor="theme-select" on <label> names an element of the site's layout/,
    ],
    [
      '[Home](/) <a href="/" aria-describedby="own main-content">x</a>',
      /aria-describedby="main-content" on <a>/,
    ],
    ['<figure aria-labelledby="toc-heading">x</figure>', /aria-labelledby="toc-heading" on <figure>/],
    [
      '<p aria-details="user-content-fn-1">x</p>',
      /aria-details="user-content-fn-1" on <p> names an element of the site's footnotes/,
    ],
    [
      '<p aria-controls="learn-tab-1-1-panel">x</p>',
      /aria-controls="learn-tab-1-1-panel" on <p> names an element of the site's tab sets/,
    ],
  ];
  for (const [line, expected] of cases)
    test(`${line} fails the build at its line`, async () => {
      const error = await buildError(`Intro.\n\n${line}\n`, path, root, ['attack']);
      assert.match(error, new RegExp(`content/attack\\.mdx:3: ${expected.source}`), error || '(it compiled)');
    });

  test('references to the page’s own elements still build', async () => {
    const page =
      '<p id="own">Own.</p>\n\n<p aria-describedby="own">Described.</p>\n\n<label for="own">Label</label>\n';
    assert.equal(await buildError(page, path, root, ['attack']), '');
  });
});
