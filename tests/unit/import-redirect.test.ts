/**
 * A docfx redirect, a Markdown file whose front matter is a `redirect_url` (trial CC: architecture-center's
 * docs/best-practices/index.md, `redirect_url: /azure/architecture/best-practices/api-design`), is no article:
 * Learn publishes no page at its URL but sends it on. The import made it an empty page named after its file
 * ("old-page", with four warnings of the fields it lacked), listed in the sidebar and search.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport } from '../../src/lib/import/convert.ts';

const files: Record<string, string> = {
  '/r/docs/bp/old-page.md': '---\nredirect_url: /azure/architecture/best-practices/api-design\n---\n',
  '/r/docs/bp/real.md':
    '---\ntitle: Real\ndescription: Real page.\nauthor: a\nms.date: 02/02/2021\n---\n\n# Real\n\nSee [the old page](old-page.md).\n',
};

test('a redirect_url file is no page: said once, at its line, naming where Learn sends it', () => {
  const plan = planImport(
    Object.keys(files),
    { sourceRoot: '/r/docs/bp' },
    {
      read: (path) => files[path],
      exists: (path) => path in files,
    },
  );
  assert.deepEqual(
    plan.pages.map((page) => page.slug),
    ['real'],
  );
  const said = plan.warnings.filter((note) => note.file === '/r/docs/bp/old-page.md');
  assert.deepEqual(
    said.map((note) => [
      note.line,
      /redirect to \/azure\/architecture\/best-practices\/api-design/.test(note.message),
    ]),
    [[2, true]],
  );
  assert.deepEqual(plan.refused, []);
  // Still an article of the folder on Learn: a link to it goes to its Learn URL, which Learn sends on.
  assert.ok(plan.articles.includes('/r/docs/bp/old-page.md'), plan.articles.join(', '));
});
