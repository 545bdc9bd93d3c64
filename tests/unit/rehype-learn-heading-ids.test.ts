/**
 * Heading ids as Learn makes them where its lower case differs from JavaScript's: a Turkish heading starting
 * with İ (cpp-docs.tr-tr's `## İlgili içerik`), on the built page and in the import's slugs alike.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MarkdownHeading } from 'astro';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeSlug from 'rehype-slug';
import { visit } from 'unist-util-visit';
import { headingSlug, headingSlugs } from '../../src/lib/import/split.ts';
import { buildToc } from '../../src/lib/toc.ts';
import {
  learnHeadingSlug,
  learnLowerCase,
  rehypeLearnHeadingIds,
} from '../../src/markdown/rehype-learn-heading-ids.ts';
import { headingIdsOf, renderLearn } from '../support/learn-markdown.ts';

const slugs = (headings: readonly MarkdownHeading[]) => headings.map((heading) => heading.slug);

test('a heading starting with İ has Learn’s id, i without a combining dot, which its links name', async () => {
  // cpp-docs.tr-tr: `Bkz. [ilgili içerik](#ilgili-içerik)` and `## İlgili içerik`.
  const { headings, targets } = await headingIdsOf(
    'Bkz. [ilgili içerik](#ilgili-içerik).\n\n## İlgili içerik\n\nMetin.\n\n## İşlem adımları\n\nAdım.\n',
  );
  const ids = ['ilgili-içerik', 'işlem-adımları'];
  assert.deepEqual(slugs(headings), ids);
  assert.deepEqual(
    buildToc(headings).map((item) => item.slug),
    ids,
    '"On this page" links the same ids',
  );
  for (const id of ids) assert.ok(targets.includes(id), `the link check knows #${id}`);
  assert.ok(!targets.some((id) => id.includes('\u0307')), 'no id holds a combining dot');
});

test('headings named alike but for İ and i get -1, -2 as on Learn', async () => {
  const { headings } = await headingIdsOf(
    '## ilgili\n\nA.\n\n## İlgili\n\nB.\n\n## İLGİLİ\n\nC.\n\n## Setup\n\nD.\n',
  );
  assert.deepEqual(slugs(headings), ['ilgili', 'ilgili-1', 'ilgili-2', 'setup']);
});

test('an id written in the content (an HTML heading of a .md page) stays as written', () => {
  const tree = fromHtml('<h2 id="İlgili-el-ile">İlgili</h2><h2>İlgili</h2><h3 id="i̇lgili-x">Other</h3>', {
    fragment: true,
  });
  rehypeSlug()(tree);
  rehypeLearnHeadingIds()(tree);
  const ids: unknown[] = [];
  visit(tree, 'element', (element: Element) => {
    ids.push(element.properties['id']);
  });
  assert.deepEqual(ids, ['İlgili-el-ile', 'ilgili', 'i̇lgili-x']);
});

test('a heading of other text keeps the id rehype-slug gives it', async () => {
  const { headings } = await headingIdsOf(
    '## <a name="BKMK_setup"></a> Set up the remote debugger\n\n## Setup\n\n## Setup\n\n## Ölçüm ve Iğdır\n',
  );
  assert.deepEqual(slugs(headings), ['set-up-the-remote-debugger', 'setup', 'setup-1', 'ölçüm-ve-iğdır']);
});

test('Learn lower-cases each character alone: İ is i, a Σ ending a word is σ', () => {
  assert.equal(learnLowerCase('İlgili İÇERİK'), 'ilgili içerik');
  assert.equal(learnLowerCase('ΟΔΟΣ'), 'οδοσ');
  assert.equal(learnHeadingSlug('İlgili yapı araçları'), 'ilgili-yapı-araçları');
});

test('the import names sections and their anchors as the build does', () => {
  // cpp-docs.tr-tr compiler-options.md: `## <a name="related-build-tools"></a>İlgili yapı araçları`.
  assert.equal(headingSlug('<a name="related-build-tools"></a>İlgili yapı araçları'), 'ilgili-yapı-araçları');
  assert.deepEqual(headingSlugs('## İlgili içerik\n\n### ilgili içerik\n\n```\n## İ\n```\n'), [
    'ilgili-içerik',
    'ilgili-içerik-1',
  ]);
});

test('a heading of only an emoji is #section, then #section-1…, as Learn names it, with its "#" link (red team: `## :x:` was `<h2 id="">`, no id)', async () => {
  const markdown = '## :x:\n\nA.\n\n## ❌\n\nB.\n\n## Section\n\nC.\n\n## ❌ Fails\n\nD.\n';
  const { headings, targets } = await headingIdsOf(markdown);
  // As markdig's AutoIdentifierExtension: "section" where the text makes no slug, its suffixes shared with
  // every heading of the page; text beside an emoji makes the slug as before.
  const ids = ['section', 'section-1', 'section-2', '-fails'];
  assert.deepEqual(slugs(headings), ids);
  assert.deepEqual(
    targets.filter((id) => ids.includes(id)),
    ids,
  );
  const html = await renderLearn(markdown);
  assert.doesNotMatch(html, /id=""/);
  assert.match(html, /<h2 id="section">❌<\/h2><a class="heading-anchor"[^>]* href="#section">/);
});
