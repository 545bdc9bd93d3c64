/**
 * The real build refuses a content file whose name would not be its page's URL (the rules are tested in
 * page-names.test.ts): red-team round 13's `\\evil.example.md` was the link //evil.example/ in every
 * sidebar, and only the llms.txt check failed the build, naming no file; `a#b.md` was dropped, the build
 * passing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildWith } from '../support/build-fixture.ts';

const page = (title: string, order: number) =>
  `---\ntitle: ${title}\ndescription: A page.\norder: ${order}\nupdated: 2024-05-31\nauthor: tester\n---\n\nBody.\n`;

test('pages named to leave the site, or to be dropped, fail the build before it renders, each named', async () => {
  const { status, output, published } = await buildWith({
    'content/\\\\evil.example.md': page('Evil', 91),
    'content/%2e%2e.md': page('Dots', 92),
    'content/a#b.md': page('Hash', 93),
    // Red team 31: one page, and one file, where file names ignore case (Windows, macOS).
    'content/\u017Fecurity.md': page('Long s', 94),
    'public/media/diagram.png': 'green',
    'public/media/Diagram.png': 'red',
  });
  assert.notEqual(status, 0, 'the build must fail');
  assert.equal(published, false, 'a failed build publishes no page');
  assert.match(
    output,
    /content\/\\\\evil\.example\.md holds a backslash.*rename it to content\/--evil\.example\.md/,
  );
  assert.match(output, /content\/%2e%2e\.md holds a "%".*rename it to content\/-2e-2e\.md/);
  assert.match(output, /content\/a#b\.md holds a "#".*rename it to content\/a-b\.md/);
  assert.match(
    output,
    /content\/security\.mdx and content\/ſecurity\.md would both be the page \/ſecurity\//,
  );
  assert.match(
    output,
    /public\/media\/(D|d)iagram\.png and public\/media\/(D|d)iagram\.png are one file where file names ignore case/,
  );
  assert.doesNotMatch(output, /llms\.txt links/);
  assert.doesNotMatch(output, /generating static routes/, 'refused before Astro renders a page');
});
