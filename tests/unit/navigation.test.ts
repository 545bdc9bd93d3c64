import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildSidebar, getPrevNext, pageHref, sortPages, type PageRef } from '../../src/lib/navigation.ts';

const pages: PageRef[] = [
  { slug: 'privacy', label: 'Privacy', order: 3 },
  { slug: 'index', label: 'Overview', order: 1 },
  { slug: 'related-resources', label: 'Related resources', order: 5 },
  { slug: 'security', label: 'Security', order: 2 },
  { slug: 'compliance', label: 'Compliance', order: 4 },
];

describe('pageHref', () => {
  test('the overview is the site root, other pages are folders', () => {
    assert.equal(pageHref('index'), '/');
    assert.equal(pageHref('related-resources'), '/related-resources/');
  });
});

describe('buildSidebar', () => {
  test('lists pages by their order, whatever order they are read in', () => {
    const labels = buildSidebar(pages, 'index').map((link) => link.label);
    assert.deepEqual(labels, ['Overview', 'Security', 'Privacy', 'Compliance', 'Related resources']);
  });

  test('marks only the current page', () => {
    const current = buildSidebar(pages, 'privacy').filter((link) => link.isCurrent);
    assert.deepEqual(current, [{ href: '/privacy/', label: 'Privacy', isCurrent: true }]);
  });

  test('two pages with one order is an error naming both files', () => {
    const clash = [...pages, { slug: 'extra', label: 'Extra', order: 3 }];
    assert.throws(() => buildSidebar(clash, 'index'), /content\/privacy\.mdx and content\/extra\.mdx both have order: 3/);
  });
});

describe('sortPages', () => {
  test('does not reorder its input', () => {
    const input = [...pages];
    sortPages(input);
    assert.deepEqual(input, pages);
  });
});

describe('getPrevNext', () => {
  test('gives the neighbours of the current page in sidebar order', () => {
    const { prev, next } = getPrevNext(buildSidebar(pages, 'privacy'));
    assert.equal(prev?.href, '/security/');
    assert.equal(next?.href, '/compliance/');
  });

  test('the first page has no prev and the last no next', () => {
    assert.equal(getPrevNext(buildSidebar(pages, 'index')).prev, undefined);
    assert.equal(getPrevNext(buildSidebar(pages, 'related-resources')).next, undefined);
  });
});
