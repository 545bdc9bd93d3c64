/** Grouped pages: each page opens only its own sidebar group, so pages stay small as the site grows. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toText } from 'hast-util-to-text';
import { buildWith } from '../support/build-fixture.ts';
import { normalise } from '../support/built-site.ts';
import { byTag, findElements } from '../support/html.ts';

/** The sidebar's links of a built page, one per line: text, href and "current" where marked. */
function sidebarLinks(html: string): string {
  const [nav] = findElements(
    html,
    (node) => node.tagName === 'nav' && node.properties['ariaLabel'] === 'Pages',
  );
  if (!nav) return '';
  return byTag(nav, 'a')
    .map(
      (node) =>
        `${normalise(toText(node))} ${String(node.properties['href'])}${node.properties['ariaCurrent'] ? ' current' : ''}`,
    )
    .join('\n');
}

const page = (slug: string, order: number, group: string) => ({
  [`content/${slug}.mdx`]: `---\ntitle: ${slug}\ndescription: A page of ${group}.\norder: ${order}\ngroup: ${group}\nupdated: 2024-05-31\nauthor: test\n---\n\nText of ${slug}.\n`,
});

test('a page lists its own group open and every other group as one link to its first page (a site with no changelog yet builds)', () => {
  const { status, output, built } = buildWith(
    {
      'content/changelog.json': null,
      ...page('setup-a', 10, 'Setup'),
      ...page('setup-b', 11, 'Setup'),
      ...page('ops-a', 12, 'Operations'),
      ...page('ops-b', 13, 'Operations'),
    },
    { read: ['dist/setup-b/index.html'] },
  );
  assert.equal(status, 0, output);
  const sidebar = sidebarLinks(built['dist/setup-b/index.html'] ?? '');
  assert.match(sidebar, /^setup-a \/setup-a\/$/m);
  assert.match(sidebar, /^setup-b \/setup-b\/ current$/m);
  assert.match(sidebar, /^Operations \(2 pages\) \/ops-a\/$/m);
  assert.doesNotMatch(sidebar, /ops-b/, 'a closed group lists none of its pages');
});

// A group split by another page is an error naming both files: tests/unit/navigation.test.ts; that the
// sidebar's errors stop the real build is bad-content.test.ts (two pages with the same order).
