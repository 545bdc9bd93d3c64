import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  appendPages,
  buildSidebar,
  buildSidebarModel,
  getCurrent,
  getSections,
  getPrevNext,
  pageHref,
  sortPages,
  type PageRef,
  type SidebarItem,
} from '../../src/lib/navigation.ts';

const pages: PageRef[] = [
  { slug: 'privacy', label: 'Privacy', order: 3 },
  { slug: 'index', label: 'Overview', order: 1 },
  { slug: 'related-resources', label: 'Related resources', order: 5 },
  { slug: 'security', label: 'Security', order: 2 },
  { slug: 'compliance', label: 'Compliance', order: 4 },
];
const model = buildSidebarModel(pages);

/** A site of `count` pages after the overview, in groups of `size`. */
function groupedSite(count: number, size: number): PageRef[] {
  const grouped = Array.from({ length: count }, (_, i) => ({
    slug: `page-${i + 2}`,
    label: `Page ${i + 2}`,
    order: i + 2,
    group: `Topic ${Math.floor(i / size) + 1}`,
  }));
  return [{ slug: 'index', label: 'Overview', order: 1 }, ...grouped];
}

/** How many links a page's sidebar holds: every link and closed group, and the entries of open groups. */
function sidebarLinks(site: PageRef[], currentSlug: string): number {
  const count = (items: SidebarItem[]): number =>
    items.reduce((total, item) => total + (item.kind === 'group' && item.isOpen ? count(item.items) : 1), 0);
  return count(buildSidebar(buildSidebarModel(site), currentSlug));
}

describe('pageHref', () => {
  test('the overview is the site root, other pages are folders', () => {
    assert.equal(pageHref('index'), '/');
    assert.equal(pageHref('related-resources'), '/related-resources/');
  });
});

describe('buildSidebar', () => {
  test('lists pages by their order, whatever order they are read in', () => {
    const labels = buildSidebar(model, 'index').map((item) => item.label);
    assert.deepEqual(labels, ['Overview', 'Security', 'Privacy', 'Compliance', 'Related resources']);
  });

  test('marks only the current page', () => {
    const current = buildSidebar(model, 'privacy').filter((item) => item.kind === 'link' && item.isCurrent);
    assert.deepEqual(current, [{ kind: 'link', href: '/privacy/', label: 'Privacy', isCurrent: true }]);
  });

  test('two pages with one order is an error naming both files, as they are named', () => {
    const clash = [
      ...pages.map((page) => ({ ...page, file: `content/${page.slug}.mdx` })),
      { slug: 'extra', label: 'Extra', order: 3, file: 'content/extra.md' },
    ];
    assert.throws(
      () => buildSidebarModel(clash),
      /content\/privacy\.mdx and content\/extra\.md both have order: 3/,
    );
    assert.throws(
      () => buildSidebarModel([...pages, { slug: 'extra', label: 'Extra', order: 3 }]),
      /the page \/privacy\/ and the page \/extra\/ both have order: 3/,
    );
  });

  test('opens only the group of the current page; the others lead to their first page', () => {
    const sidebar = buildSidebar(buildSidebarModel(groupedSite(60, 25)), 'page-30');
    assert.deepEqual(
      sidebar.map((item) => [item.label, item.kind === 'group' ? item.items.length : 'link']),
      [
        ['Overview', 'link'],
        ['Topic 1', 0],
        ['Topic 2', 25],
        ['Topic 3', 0],
      ],
    );
    const closed = sidebar[3];
    assert.equal(closed?.kind === 'group' && closed.href, '/page-52/');
    const open = sidebar[2];
    assert.deepEqual(
      open?.kind === 'group' &&
        open.items.filter((item) => item.kind === 'link' && item.isCurrent).map((item) => item.href),
      ['/page-30/'],
    );
  });

  test('a page shows as many links as there are groups plus its own group, not as many as there are pages', () => {
    // The overview, 27 closed groups, and the 25 pages of the open one.
    assert.equal(sidebarLinks(groupedSite(700, 25), 'page-2'), 1 + 27 + 25);
  });

  test('past 30 groups, consecutive groups fold into groups of 30, named by their first and last', () => {
    const sidebar = buildSidebar(buildSidebarModel(groupedSite(1000, 25)), 'page-700');
    assert.deepEqual(
      sidebar.map((item) => [item.label, item.kind === 'group' ? item.items.length : 'link']),
      [
        ['Overview', 'link'],
        ['Topic 1 – Topic 30', 30],
        ['Topic 31 – Topic 40', 0],
      ],
    );
    const fold = sidebar[1];
    const open =
      fold?.kind === 'group' ? fold.items.find((item) => item.kind === 'group' && item.isOpen) : undefined;
    assert.equal(open?.label, 'Topic 28');
    assert.deepEqual(
      open.kind === 'group' &&
        open.items.filter((item) => item.kind === 'link' && item.isCurrent).map((item) => item.label),
      ['Page 700'],
    );
    const closed = sidebar[2];
    assert.deepEqual(closed?.kind === 'group' && [closed.href, closed.pageCount], ['/page-752/', 250]);
  });

  test('a page of a 10,000-page site shows about as many sidebar links as one of a 1000-page site', () => {
    const small = sidebarLinks(groupedSite(1000, 25), 'page-500');
    const large = sidebarLinks(groupedSite(10_000, 25), 'page-5000');
    assert.ok(large <= 100, `${large} links`);
    assert.ok(large < small * 1.5, `${large} links at 10,000 pages, ${small} at 1000`);
  });

  test('pages outside any group keep their place between folds', () => {
    const site = [...groupedSite(1000, 25), { slug: 'links', label: 'Links', order: 5000 }];
    const labels = buildSidebar(buildSidebarModel(site), 'links').map((item) => item.label);
    assert.deepEqual(labels, ['Overview', 'Topic 1 – Topic 30', 'Topic 31 – Topic 40', 'Links']);
  });

  test('a group split by another page is an error naming both files, .md or .mdx as they are', () => {
    const split = [
      { slug: 'a', label: 'A', order: 1, group: 'Setup', file: 'content/a.mdx' },
      { slug: 'b', label: 'B', order: 2, file: 'content/b.md' },
      { slug: 'docs/c', label: 'C', order: 3, group: 'Setup', file: 'content/docs/c.md' },
    ];
    assert.throws(
      () => buildSidebarModel(split),
      /^Error: content\/docs\/c\.md is in group "Setup".*content\/a\.mdx of the same group/,
    );
  });
});

describe('appendPages', () => {
  test("the site's own pages follow the article's last page, whatever its order", () => {
    const article = [...pages, { slug: 'late', label: 'Late', order: 250 }];
    const all = appendPages(article, [
      { slug: 'links', label: 'Links' },
      { slug: 'accessibility', label: 'Accessibility' },
    ]);
    assert.deepEqual(
      all.slice(-3).map((page) => [page.slug, page.order]),
      [
        ['late', 250],
        ['links', 251],
        ['accessibility', 252],
      ],
    );
    assert.doesNotThrow(() => buildSidebarModel(all));
  });
});

describe('sortPages', () => {
  test('does not reorder its input', () => {
    const input = [...pages];
    sortPages(input);
    assert.deepEqual(input, pages);
  });
});

describe('getSections', () => {
  test('is the top level: pages without a group, and each group as a link to its first page', () => {
    assert.deepEqual(getSections(buildSidebarModel(groupedSite(60, 25))), [
      { href: '/', label: 'Overview' },
      { href: '/page-2/', label: 'Topic 1' },
      { href: '/page-27/', label: 'Topic 2' },
      { href: '/page-52/', label: 'Topic 3' },
    ]);
    assert.equal(getSections(model).length, 5);
  });
});

describe('getCurrent', () => {
  test('is the sidebar link of the page, also inside a closed group; nothing for a page not listed', () => {
    assert.deepEqual(getCurrent(model, 'privacy'), { href: '/privacy/', label: 'Privacy', isCurrent: true });
    assert.equal(getCurrent(buildSidebarModel(groupedSite(60, 25)), 'page-40')?.href, '/page-40/');
    assert.equal(getCurrent(model, '404'), undefined);
  });
});

describe('getPrevNext', () => {
  test('gives the neighbours of the current page in sidebar order', () => {
    const { prev, next } = getPrevNext(model, 'privacy');
    assert.equal(prev?.href, '/security/');
    assert.equal(next?.href, '/compliance/');
  });

  test('the first page has no prev and the last no next', () => {
    assert.equal(getPrevNext(model, 'index').prev, undefined);
    assert.equal(getPrevNext(model, 'related-resources').next, undefined);
  });

  test('crosses group boundaries, closed groups included', () => {
    const grouped = buildSidebarModel(groupedSite(60, 25));
    assert.equal(getPrevNext(grouped, 'page-26').next?.href, '/page-27/');
    assert.equal(getPrevNext(grouped, 'page-27').prev?.href, '/page-26/');
  });
});

describe('slugOfContentPath', () => {
  test('folders are kept, lower case, without the extension; a folder’s index stands for the folder', async () => {
    const { slugOfContentPath } = await import('../../src/lib/navigation.ts');
    assert.equal(slugOfContentPath('docs-authoring/Sort-Redirects.mdx'), 'docs-authoring/sort-redirects');
    assert.equal(slugOfContentPath('docs-authoring/index.mdx'), 'docs-authoring');
    assert.equal(slugOfContentPath('index.mdx'), 'index');
  });
});

describe('isContentPage', () => {
  test('Markdown and MDX in any folder are pages; include files and other files are not', async () => {
    const { isContentPage } = await import('../../src/lib/navigation.ts');
    assert.equal(isContentPage('privacy.mdx'), true);
    assert.equal(isContentPage('docs-authoring/sort-redirects.md'), true);
    assert.equal(isContentPage('includes/shared-note.md'), false);
    assert.equal(isContentPage('docs/includes/note.md'), false);
    assert.equal(isContentPage('changelog.json'), false);
    assert.equal(isContentPage('includes.md'), true);
  });

  test('a hidden file or folder is no page, as the content collection’s glob leaves it out', async () => {
    const { isContentPage } = await import('../../src/lib/navigation.ts');
    assert.equal(isContentPage('.well-known/security.txt.md'), false);
    assert.equal(isContentPage('docs/.drafts/setup.md'), false);
    assert.equal(isContentPage('.hidden.md'), false);
    assert.equal(isContentPage('docs/v1.2/setup.md'), true);
  });
});
