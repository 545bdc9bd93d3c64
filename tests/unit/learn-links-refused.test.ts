/**
 * Two articles whose pages would share a URL (`Close(method).md` and `close-method.md`, both /close-method/):
 * the import refuses the second, which is then none of the folder's articles (refusedArticles). A link to it
 * (red team round 7: `[x](close-method.md)`, `[x](a(b-c).md)`) or Learn's URL of it never reaches the other's
 * page, and no link error suggests it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveLearnLink, type LearnLinkContext } from '../../src/lib/learn-links.ts';

const docs = {
  learnFolder: 'docs',
  // close-method.md and a(b-c).md were refused: not listed.
  articles: ['a(b)(c).md', 'close(method).md', 'linker.md'],
  pages: ['a-b-c', 'close-method', 'linker'],
};
const onDocs: LearnLinkContext = {
  sitePages: new Set(['index', ...docs.pages]),
  learnBase: 'https://learn.microsoft.com/en-us',
  learnFolder: 'defender-business',
  otherFolders: [docs],
  pageFile: 'linker.md',
};

test("a link to a file refused for its page's URL fails, naming the page that has it; the page's own article reaches it", () => {
  assert.equal(resolveLearnLink('Close(method).md', onDocs), '/close-method/');
  assert.equal(resolveLearnLink('a(b)(c).md#x', onDocs), '/a-b-c/#x');
  assert.throws(
    () => resolveLearnLink('close-method.md', onDocs),
    /"close-method\.md" goes to close-method\.md, which is neither a page of this site nor an article of the Learn folder docs\/.* Did you mean close\(method\)\.md\?/,
  );
  assert.throws(
    () => resolveLearnLink('a(b-c).md', onDocs),
    /"a\(b-c\)\.md" goes to a\(b-c\)\.md, which is neither .* Did you mean a\(b\)\(c\)\.md\?/,
  );
});

test("Learn's URL of the other article stays on Learn; of the page's own article, it is that page", () => {
  assert.equal(
    resolveLearnLink('https://learn.microsoft.com/en-us/docs/close-method', onDocs),
    'https://learn.microsoft.com/en-us/docs/close-method',
  );
  assert.equal(
    resolveLearnLink('https://learn.microsoft.com/en-us/docs/Close(method)', onDocs),
    '/close-method/',
  );
});

test('a page whose article is named as its URL is still reached by that name, and suggested by it', () => {
  // close-method.md imported, Close(method).md refused: the page is close-method.md's.
  const other = { ...docs, articles: ['close-method.md', 'linker.md'], pages: ['close-method', 'linker'] };
  const context = { ...onDocs, sitePages: new Set(['index', ...other.pages]), otherFolders: [other] };
  assert.equal(resolveLearnLink('close-method.md', context), '/close-method/');
  assert.throws(
    () => resolveLearnLink('Close(method).md', context),
    /goes to Close\(method\)\.md, which is neither .* Did you mean close-method\.md\?/,
  );
  assert.throws(
    () => resolveLearnLink('().md', context),
    (error: Error) => !/Did you mean/.test(error.message),
  );
});
