/**
 * What an include writes is read and named where it is written. An include is parsed on its own, so its
 * nodes' lines and offsets are the include's: a refused link on line 5 of an include was reported at line 5
 * of the page that includes it on line 7 (a line holding something else), and plugins that read a node's
 * text from the page read the page's characters at the include's offsets: an escaped `\[!NOTE]` in an
 * include was not kept as text Learn shows, and a bare email in an include became a link it is not on the page.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describeProblem, type InternalLink } from '../../src/lib/link-check.ts';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';
import { buildError, renderLearn } from '../support/learn-markdown.ts';
import { includeProject } from '../support/temp-dir.ts';

const { root, pagePath, write } = includeProject('include-source-places-');
/** A file of content/ as a message names it (from the project, or from the working folder). */
const shown = (name: string) => `[^\\s]*content/${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`;

write('includes/http.md', 'One.\n\nTwo.\n\nSee [the site](http://example.com/).\n');
write('includes/outer.md', 'Outer.\n\n[!INCLUDE [http](http.md)]\n');

test('a refused link in an include is named at its line of the include, and where the page includes it', async () => {
  const error = await buildError('# T\n\nA.\n\nB.\n\n[!INCLUDE [http](includes/http.md)]\n', pagePath, root, [
    'page',
  ]);
  assert.match(
    error,
    new RegExp(
      `${shown('includes/http.md')}:5 \\(included at ${shown('page.mdx')}:7\\): the link "http://example\\.com/" is not https`,
    ),
  );
  // Through an include of an include: each place it is included at, inner first.
  const nested = await buildError('# T\n\n[!INCLUDE [outer](includes/outer.md)]\n', pagePath, root, ['page']);
  assert.match(
    nested,
    new RegExp(
      `${shown('includes/http.md')}:5 \\(included at ${shown('includes/outer.md')}:3, included at ${shown('page.mdx')}:3\\)`,
    ),
  );
});

test("an include's lines are its file's, counted past its front matter, where it is named and where it includes another", async () => {
  // Learn's includes open with front matter (title, ms.date…), which the include's text leaves out.
  write(
    'includes/fm-http.md',
    '---\ntitle: include file\nms.date: 01/01/2024\n---\n\nOne.\n\nSee [the site](http://example.com/).\n',
  );
  write('includes/fm-outer.md', '---\ntitle: include file\n---\n\nOuter.\n\n[!INCLUDE [http](fm-http.md)]\n');
  const error = await buildError('# T\n\n[!INCLUDE [outer](includes/fm-outer.md)]\n', pagePath, root, [
    'page',
  ]);
  assert.match(
    error,
    new RegExp(
      `${shown('includes/fm-http.md')}:8 \\(included at ${shown('includes/fm-outer.md')}:7, included at ${shown('page.mdx')}:3\\)`,
    ),
  );
});

test('lines are counted as the parser counts them, \\r\\n and \\r too', async () => {
  write('includes/crlf.md', 'One.\r\n\r\nTwo.\r\rSee [the site](http://example.com/).\r\n');
  write('includes/after.md', 'Three.\n\n[the site](http://example.org/)\n');
  const error = await buildError(
    '# T\r\n\r\n[!INCLUDE [crlf](includes/crlf.md)]\r\n\r\n[!INCLUDE [after](includes/after.md)]\r\n',
    pagePath,
    root,
    ['page'],
  );
  assert.match(error, new RegExp(`${shown('includes/crlf.md')}:5 \\(included at ${shown('page.mdx')}:3\\)`));
  assert.match(error, new RegExp(`${shown('includes/after.md')}:3 \\(included at ${shown('page.mdx')}:5\\)`));
});

test("the build's place for a problem in an include is the page's line that includes it", async () => {
  const pipeline = markdownPipeline({ root, sitePages: ['page'], strictLinks: true });
  const markdown = '# T\n\nA.\n\nB.\n\n[!INCLUDE [http](includes/http.md)]\n';
  const error = await compile(new VFile({ path: pagePath, value: markdown }), pipeline).then(
    () => undefined,
    (thrown: unknown) => thrown as { line?: number },
  );
  assert.equal(error?.line, 7);
});

test('a link to a missing heading in an include is recorded with the include and where it is included', async () => {
  write('includes/internal.md', 'Intro.\n\nRead [the rest](#nowhere).\n');
  const file = new VFile({ path: pagePath, value: '# T\n\nA.\n\n[!INCLUDE [i](includes/internal.md)]\n' });
  const pipeline = markdownPipeline({ root, sitePages: ['page'], strictLinks: false });
  await compile(file, pipeline);
  const internal = (file.data.astro?.frontmatter?.['linkCheck'] as { internal: InternalLink[] }).internal;
  const link = internal.find(({ site }) => site.href === '#nowhere');
  assert.ok(link, 'the link is recorded for the site-wide check');
  assert.equal(
    describeProblem(link.site, 'names no heading.'),
    'content/includes/internal.md:3 (included at content/page.mdx:5): the link "#nowhere" names no heading.',
  );
});

test('content an include may not hold is named at its line and column of the include', async () => {
  write('includes/script.md', 'Text.\n\n[run](javascript:alert(1))\n');
  const error = await buildError('# T\n\n[!INCLUDE [s](includes/script.md)]\n', pagePath, root, ['page']);
  assert.match(
    error,
    new RegExp(
      `${shown('includes/script.md')}:3:1 \\(included at ${shown('page.mdx')}:3\\): the link "javascript:alert\\(1\\)" is a javascript: URL`,
    ),
  );
  write('includes/id.md', 'Text.\n\n<a id="main-content">here</a>\n');
  assert.match(
    await buildError('# T\n\n[!INCLUDE [s](includes/id.md)]\n', pagePath, root, ['page']),
    new RegExp(
      `${shown('includes/id.md')}:3 \\(included at ${shown('page.mdx')}:3\\): the id "main-content"`,
    ),
  );
});

test("a component used again names where it was first used, in an include too, not a line of the page's text and its includes", async () => {
  write('includes/list.md', 'One.\n\nTwo.\n\n<SectionList />\n');
  assert.match(
    await buildError('# T\n\n[!INCLUDE [l](includes/list.md)]\n\nA.\n\n<SectionList />\n', pagePath, root, [
      'page',
    ]),
    new RegExp(
      `${shown('page.mdx')}:7:1: <SectionList> is used again \\(first at ${shown('includes/list.md')}:5 \\(included at ${shown('page.mdx')}:3\\)\\)`,
    ),
  );
});

test('an include renders what it writes as the page would: escaped Learn syntax and bare emails', async () => {
  const text = 'Write \\[!NOTE] to make a note, or mail someone@example.com.\n';
  write('includes/literal.md', text);
  const options = { path: pagePath, root, sitePages: ['page'] };
  const included = await renderLearn('# T\n\nA.\n\n[!INCLUDE [l](includes/literal.md)]\n', options);
  const own = await renderLearn(`# T\n\nA.\n\n${text}`, options);
  const paragraph = (html: string) => /<p>(?:(?!<\/p>).)*Write.*?<\/p>/.exec(html)?.[0];
  assert.match(paragraph(own) ?? '', /class="learn-literal"/);
  assert.doesNotMatch(paragraph(own) ?? '', /mailto:/);
  assert.equal(paragraph(included), paragraph(own));
});
