import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildToc } from '../../src/lib/toc.ts';

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

test('a page without headings has no table of contents', () => {
  assert.deepEqual(buildToc([{ depth: 1, slug: 'title', text: 'Title' }]), []);
});
