/**
 * A page at a URL the build writes something else at fails the real build before anything is built,
 * naming each file and what to rename it to (every rule is unit-tested in tests/unit/page-urls.test.ts).
 * The red-team pages: favicon.svg.md failed with ENOTDIR, privacy/index.md.md with EISDIR, and
 * pagefind.md built a page into the search index's folder (pagefind/pagefind.js.md hung the build: left
 * to the unit test, so that this test cannot hang).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildWith } from '../support/build-fixture.ts';

const page = (title: string) =>
  `---\ntitle: ${title}\ndescription: A page.\norder: ${90 + title.length}\nupdated: 2024-05-31\nauthor: tester\n---\n\nBody.\n`;

test('pages named like the search index, a public file or a Markdown copy fail the build early, each named', async () => {
  const { status, output, published } = await buildWith({
    'content/pagefind.md': page('Search script'),
    'content/favicon.svg.md': page('Icon'),
    'content/privacy/index.md.md': page('Privacy copy'),
  });
  assert.notEqual(status, 0, 'the build must fail');
  assert.equal(published, false, 'a failed build publishes no page');
  assert.match(output, /content\/pagefind\.md .*: rename it to content\/pagefind-page\.md/);
  assert.match(
    output,
    /content\/favicon\.svg\.md .* written by public\/favicon\.svg: rename it to content\/favicon-svg\.md/,
  );
  assert.match(output, /content\/privacy\/index\.md\.md .*: rename it to content\/privacy\/index-md\.md/);
  assert.doesNotMatch(output, /ENOTDIR|EISDIR|Waiting for integration/);
  // Refused before Astro renders a page.
  assert.doesNotMatch(output, /generating static routes/);
});
