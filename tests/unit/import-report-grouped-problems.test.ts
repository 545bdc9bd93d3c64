/**
 * The advice shared by several problems the build will fail on is said once, under the last of them, naming
 * what they are: two pages MDX cannot read are not "links" (real-folder trial BP, whose two pages' compile
 * problems were "Each of these 2 links: Write that line as MDX reads it…").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { refusedLinks } from '../../src/lib/import/link-preview.ts';
import { refusedLinkLines, WARNING_LABEL } from '../../src/lib/import/report.ts';

const FOLDERS = { learnFolder: 'zz', articles: ['known.md'] };
const shown = (file: string) => `content/${file}`;
const under = ' '.repeat(WARNING_LABEL.length);

/** What the import says of `pages` (their files under content/ and text) that the build will refuse. */
function said(pages: { file: string; text: string }[]): string[] {
  const slugs = new Set(pages.map(({ file }) => file.replace(/\.mdx?$/, '')));
  return refusedLinkLines(refusedLinks(pages, FOLDERS, slugs, 'https://learn.microsoft.com/en-us'), shown);
}

const page = (name: string, body: string) => ({
  file: `${name}.mdx`,
  text: `---\ntitle: ${name}\n---\n\n# ${name}\n\n${body}\n`,
});

test('pages MDX cannot read, whose advice is one: "Each of these 2 pages MDX cannot read"', () => {
  const lines = said([
    page('a', 'Por exemplo, *ana maria <span> @contoso. com*. Fim.'),
    page('b', 'Text <img src=x onerror=alert(2)> more.'),
  ]);
  assert.equal(lines.length, 2);
  const advice = lines[1]?.split('\n')[1] ?? '';
  assert.match(
    advice,
    /^ +Each of these 2 pages MDX cannot read: Write that line as MDX reads it: .* The build will fail on them\.$/,
  );
  assert.ok(advice.startsWith(under));
  assert.doesNotMatch(lines.join('\n'), /links?:/);
});

test('the same problem on two pages counts pages, not links', () => {
  const body = 'Text <img src=x onerror=alert(2)> more.';
  const [line = '', ...others] = said([page('a', body), page('b', body)]);
  assert.deepEqual(others, []);
  assert.match(line, /\(2 pages MDX cannot read: also content\/b\.mdx:7\) The build will fail on it\.$/);
});

test('links still say links', () => {
  const lines = said([page('a', '[t](/zz/nothere) and [u](/zz/gone)')]);
  assert.match(lines.at(-1) ?? '', /\n +Each of these 2 links: /);
});
