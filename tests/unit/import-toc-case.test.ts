/** A TOC.yml names its articles as Learn resolves file names: without case (MicrosoftDocs/memdocs). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { readTocYml, tocNames } from '../../src/lib/import/toc-yml.ts';

const FRONT = '---\ntitle: T\ndescription: D.\nauthor: a\nms.date: 03/07/2025\n---\n\n';
const files: Record<string, string> = {
  '/learn/overview.md': `${FRONT}# Overview\n\nText.\n`,
  '/learn/deployment-guide-platform-macos.md': `${FRONT}# macOS\n\nText.\n`,
};
const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };

test('a TOC entry written in other case names the article: it gets its place and group, and no warning', () => {
  const toc = {
    entries: readTocYml(
      '- name: Overview\n  href: overview.md\n- name: Platforms\n  items:\n    - name: macOS\n      href: deployment-guide-platform-macOS.md\n',
      'TOC.yml',
    ),
    dir: '/learn',
  };
  const plan = planImport(
    ['/learn/deployment-guide-platform-macos.md', '/learn/overview.md'],
    { toc },
    access,
  );
  assert.deepEqual(
    plan.pages.map((page) => [page.slug, page.frontMatter.order, page.frontMatter.group]),
    [
      ['overview', 1, undefined],
      ['deployment-guide-platform-macos', 2, 'Platforms'],
    ],
  );
  assert.deepEqual(
    plan.warnings.filter((warning) => warning.message.includes('placed after the pages it lists')),
    [],
  );
  assert.equal(tocNames('/learn', 'A/B.md', '/learn/a/b.md'), true);
  assert.equal(tocNames('/learn', 'a/c.md', '/learn/a/b.md'), false);
});
