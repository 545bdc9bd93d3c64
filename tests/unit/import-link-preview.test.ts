/** The import says which links of the pages it wrote the build will refuse, as the build reads each page. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { refusedLinks } from '../../src/lib/import/link-preview.ts';

const FOLDERS = { learnFolder: 'zz', articles: ['known.md'] };

test('a link in an HTML table cell of an .mdx page is checked, as MDX and the build read it', () => {
  // OfficeDocs-SkypeForBusiness-pr.zh-CN's whats-business-voice.md: links to Learn's root inside a table;
  // the import writes each <a href> as a Markdown link, which MDX reads inside the cell.
  const page = {
    file: 't.mdx',
    text: '---\ntitle: T\n---\n\n# T\n\n<table><tr><td>[t](/zz/nothere)</td></tr></table>\n\n<a href="/zz/gone">x</a> and [k](/zz/known).\n',
  };
  const problems = refusedLinks([page], FOLDERS, new Set(['t']), 'https://learn.microsoft.com/en-us');
  assert.deepEqual(
    problems.map((problem) => `${problem.line}: ${/"([^"]+)"/.exec(problem.message)?.[1] ?? ''}`),
    ['7: /zz/nothere', '9: /zz/gone'],
  );
});

test('an <a href> left as HTML that leaves the site is said at its line, as the build refuses it; one of this site is not', () => {
  // Red team round 7: the import wrote `| <a href="https://learn.microsoft.com/cell">cell⏎</a> | x |` as below
  // and said nothing; the build then failed: "is an HTML <a> leaving the site".
  const page = {
    file: 't.mdx',
    text: '---\ntitle: T\n---\n\n| a | b |\n|---|---|\n| <a href="https://learn.microsoft.com/cell">cell</a>\n | x |\n\nMail <a href="mailto:a@example.com">a</a>, and <a href="/t/#x">here</a>.\n',
  };
  const problems = refusedLinks([page], FOLDERS, new Set(['t']), 'https://learn.microsoft.com/en-us');
  assert.deepEqual(
    problems.map((problem) => `${problem.line}: ${problem.message}`),
    [
      '7: The HTML link <a href="https://learn.microsoft.com/cell"> leaves the site, which only a Markdown link may (it is marked as external): write it as [text](url).',
      '10: The HTML link <a href="mailto:a@example.com"> leaves the site, which only a Markdown link may (it is marked as external): write it as [text](url).',
    ],
  );
});
