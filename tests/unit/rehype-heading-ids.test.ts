/** Heading ids from the heading's text without the whitespace at its ends (src/markdown/rehype-trim-headings.ts, then rehype-slug). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildToc } from '../../src/lib/toc.ts';
import { headingIdsOf, renderLearn } from '../support/learn-markdown.ts';

test("a bookmark at a heading's start or end leaves no - at the ends of its id, as on Learn", async () => {
  // visualstudio-docs' remote-debugging-csharp.md: `## <a name="BKMK_setup"></a> Set up the remote debugger`.
  const { headings, targets } = await headingIdsOf(
    '## <a name="BKMK_setup"></a> Set up the remote debugger\n\nText.\n\n## Remote debug the project <a name="remote_csharp"></a>\n\nMore.\n',
  );
  const slugs = ['set-up-the-remote-debugger', 'remote-debug-the-project'];
  assert.deepEqual(
    headings.map((heading) => heading.slug),
    slugs,
  );
  assert.deepEqual(
    buildToc(headings).map((item) => item.slug),
    slugs,
    '"On this page" links the same ids',
  );
  for (const id of [...slugs, 'BKMK_setup', 'remote_csharp'])
    assert.ok(targets.includes(id), `the link check knows #${id}`);
});

test('a heading repeated after one with a bookmark gets the next suffix, as rehype-slug gives it', async () => {
  const { headings } = await headingIdsOf(
    '## <a name="first"></a> Setup\n\nText.\n\n## Setup\n\nMore.\n\n##  Setup \n',
  );
  assert.deepEqual(
    headings.map((heading) => heading.slug),
    ['setup', 'setup-1', 'setup-2'],
  );
});

test('a hand-written heading of no text but a bookmark is left out of "On this page": no nameless link to #', async () => {
  const { headings, targets } = await headingIdsOf(
    '## <a id="gpio-block-diagram"></a>\n\nText.\n\n## Overview\n\nMore.\n',
  );
  assert.deepEqual(
    buildToc(headings).map((item) => item.slug),
    ['overview'],
  );
  assert.ok(targets.includes('gpio-block-diagram'), 'the bookmark is still a place to link to');
});

test('a heading with no text gets no id (an empty id is invalid HTML) and no place in "On this page"', async () => {
  const { headings, targets } = await headingIdsOf('## \n\nText.\n\n## Next\n\nMore.\n');
  assert.deepEqual(targets, ['next']);
  assert.deepEqual(
    headings.map((heading) => heading.slug),
    ['next'],
  );
});

test('"On this page" names a heading that is an external link by its words alone, without the marker\'s hidden "(external site)"', async () => {
  // windows-powershell-docs' module pages: `### [Get-BitLockerVolume](./Get-BitLockerVolume.md)` to an
  // article not imported is a Learn link; 8 of 13 entries read "… (external site)".
  const { headings } = await headingIdsOf(
    '## [Example site](https://learn.microsoft.com/en-us/powershell/)\n\nText.\n\n### Mail [us](mailto:help@example.com) today\n\nMore.\n',
  );
  assert.deepEqual(
    buildToc(headings).map((item) => [item.text, item.children.map((child) => child.text)]),
    [['Example site', ['Mail us today']]],
  );
});

test('a heading a screen reader reads as nothing is no heading, its image kept; one named by alt text stays', async () => {
  // Red team 35: each built, and axe's empty-heading failed on the built page.
  const html = await renderLearn(
    '## ![](/favicon.svg)\n\nText.\n\n<h2></h2>\n\n<h3><span aria-hidden="true">★</span></h3>\n\n## ![Status](/favicon.svg)\n',
    { root: new URL('../../', import.meta.url) },
  );
  assert.equal(html.match(/<h[23]/g)?.length, 1, html);
  assert.match(html, /<h2[^>]*><img src="\/favicon.svg" alt="Status">/);
  assert.match(html, /<img src="\/favicon.svg" alt="">/);
});

test('a heading of a bookmark alone is still no heading, in any form a page writes it; the bookmark stays', async () => {
  // hasAccessibleName takes any element for a name, a bookmark too: `## <a name="x"></a>` built as an empty <h2 id="section">.
  const html = await renderLearn(
    '## <a name="bm"></a>\n\nText.\n\n## <a id="x"></a> \n\nMore.\n\n<h3><a name="y" /></h3>\n\nEnd.\n',
  );
  assert.doesNotMatch(html, /<h[23]/, html);
  assert.deepEqual(html.match(/<a id="[a-z]+"><\/a>/g), [
    '<a id="bm"></a>',
    '<a id="x"></a>',
    '<a id="y"></a>',
  ]);
});
