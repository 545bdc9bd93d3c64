/** Which files of a Learn folder are its articles, for the links the build resolves in it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { articlePath, readTocYml } from '../../src/lib/import/toc-yml.ts';

test('a file of an includes/ folder is no article: a link to it must not pass as a link to a page', () => {
  // As in MicrosoftDocs/fabric-docs: data-factory/includes/data-factory-preview-warning.md.
  assert.equal(articlePath('includes/data-factory-preview-warning.md'), undefined);
  assert.equal(articlePath('connectors/includes/shared.md'), undefined);
  assert.equal(articlePath('connector-rest.md'), 'connector-rest.md');
  assert.equal(articlePath('includes-overview.md'), 'includes-overview.md', 'a page named so is one');
  assert.equal(articlePath('faq.yml'), 'faq.md');
});

test('a TOC entry written ./b.md or faq.yml is an article of the folder, and a nested TOC is not', () => {
  // As MicrosoftDocs/azure-ai-docs openai/toc.yml writes most of its entries.
  assert.equal(articlePath('./b.md'), 'b.md');
  assert.equal(articlePath('./how-to/c.md'), 'how-to/c.md');
  const entries = readTocYml(
    '- name: A\n  href: ./a.md\n- name: FAQ\n  href: faq.yml\n- name: More\n  href: ../more/toc.yml\n- name: Web\n  href: https://example.org/\n',
    'TOC.yml',
  );
  assert.deepEqual(
    entries.map((entry) => [entry.name, entry.href]),
    [
      ['A', './a.md'],
      ['FAQ', 'faq.yml'],
    ],
  );
});

test('a structured YAML page other than an FAQ (YamlMime:HowTo) is refused with why, not imported as text', () => {
  const files: Record<string, string> = {
    '/learn/switching-endpoints.yml': '### YamlMime:HowTo\n---\nmetadata:\n  title: Switch endpoints\n',
    '/learn/a.md': '---\ntitle: A\ndescription: D.\n---\n\n# A\n\nText.\n',
  };
  const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
  const plan = planImport(['/learn/switching-endpoints.yml', '/learn/a.md'], {}, access);
  assert.deepEqual(
    plan.pages.map((page) => page.slug),
    ['a'],
  );
  assert.match(plan.refused[0]?.message ?? '', /YamlMime:HowTo\): only FAQ pages/);
});
