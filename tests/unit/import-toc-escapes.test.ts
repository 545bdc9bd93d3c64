/**
 * A TOC's href written with %-escapes names its article as the URL a browser resolves does: `b%65ta.md` is
 * beta.md. Red team 26: such an entry named no article, so it was dropped without a word and its article placed
 * after the TOC's pages as "not in toc.yml".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { readTocYml, tocNames } from '../../src/lib/import/toc-yml.ts';

const FRONT = '---\ntitle: T\ndescription: D.\nauthor: a\nms.date: 03/07/2025\n---\n\n';
const files: Record<string, string> = {
  '/learn/alpha.md': `${FRONT}# Alpha\n\nText.\n`,
  '/learn/beta.md': `${FRONT}# Beta\n\nText.\n`,
  '/learn/gamma.md': `${FRONT}# Gamma\n\nText.\n`,
};
const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };

test("a TOC href's %-escapes are read as a browser's URL reads them: the entry keeps its place and label", () => {
  const yml =
    '- name: Gamma entry\n  href: gamma%2Emd\n- name: Beta entry\n  href: b%65ta.md\n- name: Alpha entry\n  href: alpha.md\n';
  const toc = { entries: readTocYml(yml, '/learn/TOC.yml'), dir: '/learn' };
  const plan = planImport(Object.keys(files), { toc }, access);
  assert.deepEqual(
    plan.pages.map((page) => [page.slug, page.frontMatter.order, page.frontMatter.sidebarLabel]),
    [
      ['gamma', 1, 'Gamma entry'],
      ['beta', 2, 'Beta entry'],
      ['alpha', 3, 'Alpha entry'],
    ],
  );
  assert.deepEqual(
    plan.warnings.filter((warning) => /not in/.test(warning.message)),
    [],
  );
  // An escaped "/" is no folder: no file's name holds one.
  assert.equal(tocNames('/learn', 'a%2Fb.md', '/learn/a/b.md'), false);
  assert.equal(tocNames('/learn', 'sub/%2E%2E/alpha.md', '/learn/alpha.md'), true);
});
