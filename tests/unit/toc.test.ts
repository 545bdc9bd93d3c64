import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildToc, isTabLabelId, tabLabelId } from '../../src/lib/toc.ts';

test('H2s become entries and H3s nest under the H2 before them', () => {
  const toc = buildToc([
    { depth: 1, slug: 'title', text: 'Title' },
    { depth: 2, slug: 'security', text: 'Security' },
    { depth: 3, slug: 'hardening', text: 'Hardening' },
    { depth: 4, slug: 'detail', text: 'Detail' },
    { depth: 2, slug: 'privacy', text: 'Privacy' },
  ]);
  assert.deepEqual(toc, [
    {
      slug: 'security',
      text: 'Security',
      children: [{ slug: 'hardening', text: 'Hardening', children: [] }],
    },
    { slug: 'privacy', text: 'Privacy', children: [] },
  ]);
});

test('an H3 before any H2 stays at the top level', () => {
  assert.deepEqual(buildToc([{ depth: 3, slug: 'a', text: 'A' }]), [{ slug: 'a', text: 'A', children: [] }]);
});

test('H3s before any H2 are siblings, and an H3 after an H2 still nests under it', () => {
  // azure-docs-sdk-dotnet's dotnet-tools.md: its H2s are tab labels (left out), so its H3s come first.
  const toc = buildToc([
    { depth: 2, slug: tabLabelId(1, 1), text: 'Windows' },
    { depth: 3, slug: 'alpha', text: 'Alpha' },
    { depth: 3, slug: 'beta', text: 'Beta' },
    { depth: 2, slug: 'next', text: 'Next' },
    { depth: 3, slug: 'gamma', text: 'Gamma' },
  ]);
  assert.deepEqual(
    toc.map(({ slug, children }) => [slug, children.map((child) => child.slug)]),
    [
      ['alpha', []],
      ['beta', []],
      ['next', ['gamma']],
    ],
  );
});

test('a page without headings has no table of contents', () => {
  assert.deepEqual(buildToc([{ depth: 1, slug: 'title', text: 'Title' }]), []);
});

test("tab labels are left out: they name a tab set's panels, not sections of the page", () => {
  const toc = buildToc([
    { depth: 2, slug: 'mount', text: 'Mount' },
    { depth: 3, slug: tabLabelId(1, 1), text: 'SMB' },
    { depth: 3, slug: 'smb', text: 'SMB' },
    { depth: 3, slug: tabLabelId(1, 2), text: 'NFS' },
    { depth: 2, slug: tabLabelId(2, 1), text: 'Windows' },
  ]);
  assert.deepEqual(toc, [
    { slug: 'mount', text: 'Mount', children: [{ slug: 'smb', text: 'SMB', children: [] }] },
  ]);
});

test("a heading's own slug is never taken for a tab label's id", () => {
  for (const slug of ['tabset-1-tab-2-notes', 'tab-1', 'tabset-1', 'tabset-tab-1']) {
    assert.equal(isTabLabelId(slug), false, slug);
  }
  assert.equal(isTabLabelId(tabLabelId(12, 3)), true);
});
