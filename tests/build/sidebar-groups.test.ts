/** Grouped pages: each page opens only its own sidebar group, so pages stay small as the site grows. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { toText } from 'hast-util-to-text';
import { buildWith } from '../support/build-fixture.ts';
import { normalise } from '../support/built-site.ts';
import { byTag, findElements } from '../support/html.ts';
import { importedFolders } from '../support/imported-folders.ts';

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

/** The labels of a built page's open sidebar groups, outermost first. */
function openGroups(html: string): string[] {
  const [nav] = findElements(
    html,
    (node) => node.tagName === 'nav' && node.properties['ariaLabel'] === 'Pages',
  );
  return nav
    ? findElements(nav, (node) =>
        String(node.properties['className']).split(',').includes('group-label'),
      ).map((node) => normalise(toText(node)))
    : [];
}

const page = (slug: string, order: number, group: string) => ({
  [`content/${slug}.md`]: `---\ntitle: ${slug}\ndescription: A page of ${group}.\norder: ${order}\ngroup: ${group}\nupdated: 2024-05-31\nauthor: test\n---\n\nText of ${slug}.\n`,
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

test('a page opens only its own group, inside the fold of groups that holds it; every other group or fold is one link to its first page (a site with no changelog yet builds)', async () => {
  const { status, output, built } = await buildWith(site, { read: ['dist/setup-b/index.html'] });
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
  assert.deepEqual(openGroups(html), ['Setup – Topic 28', 'Setup']);
});

test('a Learn TOC whose branches repeat a node name ("Key trust" under Hybrid and On-premises) imports and builds, a group inside each branch', async () => {
  // Imported beside other Learn folders and built with them (tests/support/imported-folders.ts).
  const { importedToc: imported, build } = await importedFolders();
  assert.equal(imported.status, 0, imported.stdout + imported.stderr);
  assert.equal(build.status, 0, build.output);
  const html = readFileSync(join(build.dist, 'b/index.html'), 'utf8');
  const sidebar = sidebarLinks(html);
  // Nested as the TOC nests them: b opens On-premises › Key trust; Hybrid, closed, leads to its first page.
  assert.match(sidebar, /^Hybrid \(2 pages\) \/a\/$/m);
  assert.match(sidebar, /^Requirements \/b\/ current$/m);
  assert.doesNotMatch(sidebar, /\/c\//, 'a closed group lists none of its pages');
  assert.deepEqual(openGroups(html), ['On-premises', 'Key trust']);
  // Breadcrumbs name the same path; a group starting with this page is named, not linked.
  const [crumbs] = findElements(
    html,
    (node) => node.tagName === 'nav' && node.properties['ariaLabel'] === 'Breadcrumb',
  );
  assert.deepEqual(
    crumbs
      ? byTag(crumbs, 'li').map((node) => {
          const [link] = byTag(node, 'a');
          return `${normalise(toText(node))}${link ? ` ${String(link.properties['href'])}` : ''}`;
        })
      : [],
    ['Defender for Business: Trust /', 'On-premises', 'Key trust', 'Requirements /b/'],
  );
  // llms.txt: a section per top-level group, each page named after the groups below it.
  const llms = readFileSync(join(build.dist, 'llms.txt'), 'utf8');
  assert.match(llms, /^## Hybrid\n\n- \[Key trust › Requirements\]\([^)]*\/a\/index\.md\)/m);
  assert.match(llms, /^## On-premises\n\n- \[Key trust › Requirements\]\([^)]*\/b\/index\.md\)/m);
});

// A group split by another page is an error naming both files: tests/unit/navigation-tree.test.ts; that the
// sidebar's errors stop the real build, naming a plain Markdown page's file as it is (.md), is bad-content.test.ts
// (two pages with the same order).
