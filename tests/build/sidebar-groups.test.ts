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

/**
 * Two groups of two pages, then 30 groups of one: 32 groups, so the sidebar folds the first 30 into one
 * entry and the last two into another (more than 30 entries at one level fold, src/lib/navigation.ts).
 */
const site = {
  'content/changelog.json': null,
  ...page('setup-a', 10, 'Setup'),
  ...page('setup-b', 11, 'Setup'),
  ...page('ops-a', 12, 'Operations'),
  ...page('ops-b', 13, 'Operations'),
  ...Object.assign(
    {},
    ...Array.from({ length: 30 }, (_, i) => page(`t-${i + 1}`, 100 + i, `Topic ${i + 1}`)),
  ),
} as Record<string, string | null>;

test('a page opens only its own group, inside the fold of groups that holds it; every other group or fold is one link to its first page (a site with no changelog yet builds)', () => {
  const { status, output, built } = buildWith(site, { read: ['dist/setup-b/index.html'] });
  assert.equal(status, 0, output);
  const html = built['dist/setup-b/index.html'] ?? '';
  const sidebar = sidebarLinks(html);
  assert.match(sidebar, /^setup-a \/setup-a\/$/m);
  assert.match(sidebar, /^setup-b \/setup-b\/ current$/m);
  assert.match(sidebar, /^Operations \(2 pages\) \/ops-a\/$/m);
  assert.doesNotMatch(sidebar, /ops-b/, 'a closed group lists none of its pages');
  assert.match(sidebar, /^Topic 1 \(1 page\) \/t-1\/$/m);
  assert.match(sidebar, /^Topic 29 – Topic 30 \(2 pages\) \/t-29\/$/m);
  assert.doesNotMatch(sidebar, /t-30/, 'a closed fold lists none of its groups');
  const [nav] = findElements(
    html,
    (node) => node.tagName === 'nav' && node.properties['ariaLabel'] === 'Pages',
  );
  const labels = nav
    ? findElements(nav, (node) => String(node.properties['className']).split(',').includes('group-label'))
    : [];
  assert.deepEqual(
    labels.map((node) => normalise(toText(node))),
    ['Setup – Topic 28', 'Setup'],
  );
});

// A group split by another page is an error naming both files: tests/unit/navigation.test.ts; that the
// sidebar's errors stop the real build is bad-content.test.ts (two pages with the same order).
