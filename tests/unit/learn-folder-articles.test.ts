/** Which files of a Learn folder are its articles, for the links the build resolves in it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articlePath } from '../../src/lib/import/toc-yml.ts';

test('a file of an includes/ folder is no article: a link to it must not pass as a link to a page', () => {
  // As in MicrosoftDocs/fabric-docs: data-factory/includes/data-factory-preview-warning.md.
  assert.equal(articlePath('includes/data-factory-preview-warning.md'), undefined);
  assert.equal(articlePath('connectors/includes/shared.md'), undefined);
  assert.equal(articlePath('connector-rest.md'), 'connector-rest.md');
  assert.equal(articlePath('includes-overview.md'), 'includes-overview.md', 'a page named so is one');
  assert.equal(articlePath('faq.yml'), 'faq.md');
});
