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

test('a page MDX cannot read is named with its line and why, and the other pages are still checked', () => {
  // Red team round 7: `<img/src=x/onerror=alert(1)>` in the prose of a page written as .mdx ended the import
  // with "import failed: Unexpected character…", no file or line, the other pages' links unchecked.
  const pages = [
    { file: 'a.mdx', text: '---\ntitle: A\n---\n\n# A\n\nText <img/src=x/onerror=alert(1)> more.\n' },
    { file: 'b.mdx', text: '---\ntitle: B\n---\n\n# B\n\nText\n\n<img src=x onerror=alert(2)> more.\n' },
    { file: 'c.mdx', text: '---\ntitle: C\n---\n\n# C\n\n[t](/zz/nothere)\n' },
  ];
  const problems = refusedLinks(
    pages,
    FOLDERS,
    new Set(['a', 'b', 'c']),
    'https://learn.microsoft.com/en-us',
  );
  const advice =
    "so its links are not checked. Write that line as MDX reads it: an attribute's value in quotes, each tag closed, a `<` or `{` meant as text escaped with a backslash.";
  assert.deepEqual(
    problems.map(({ file, line, message }) => `${file}:${line}: ${message}`),
    [
      `a.mdx:7: MDX cannot read this page: Unexpected character \`s\` (U+0073) after self-closing slash, expected \`>\` to end the tag (column 11), ${advice}`,
      `b.mdx:9: MDX cannot read this page: Unexpected character \`x\` (U+0078) before attribute value, expected a character that can start an attribute value, such as \`"\`, \`'\`, or \`{\` (column 10), ${advice}`,
      'c.mdx:7: The link "/zz/nothere" goes to nothere, which is neither a page of this site nor an article of the Learn folder zz/ (its TOC and files). Fix the link; if the article is on Learn under another name (Learn redirects it), link that one, or write its full https:// URL.',
    ],
  );
});
