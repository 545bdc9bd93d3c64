import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OUTBOUND_HOSTS, UPSTREAM } from '../../src/consts.ts';
import { provenance, provenanceFields, UNKNOWN_REPOSITORY } from '../../src/lib/provenance.ts';
import { pageSchema } from '../../src/lib/page-schema.ts';

test('a page with source and imported links its file on GitHub and GitHub’s editor for it', () => {
  const page = provenance({
    source: 'defender-business/mdb-overview.md',
    imported: new Date('2026-12-01T00:00:00Z'),
  });
  assert.equal(
    page.viewUrl,
    `https://github.com/${UPSTREAM.repository}/blob/${UPSTREAM.branch}/defender-business/mdb-overview.md`,
  );
  assert.equal(
    page.editUrl,
    `https://github.com/${UPSTREAM.repository}/edit/${UPSTREAM.branch}/defender-business/mdb-overview.md`,
  );
  assert.equal(page.imported.toISOString().slice(0, 10), '2026-12-01');
});

test('a seed page without them gets the article’s file and the seed import date', () => {
  const page = provenance();
  assert.equal(page.path, UPSTREAM.path);
  assert.equal(page.imported.toISOString().slice(0, 10), UPSTREAM.imported);
  assert.ok(
    new URL(page.editUrl ?? '').hostname in OUTBOUND_HOSTS,
    'github.com must be an allowed outbound host',
  );
});

test("a path that leaves the repository or is not an article's file is refused", () => {
  for (const path of [
    '../secrets.md',
    '/etc/passwd.md',
    'a/../../b.md',
    'https://evil.example/x.md',
    'notes.txt',
    'a b.md',
  ]) {
    assert.throws(() => provenance({ source: path }), /is not the path of an article's file/, path);
  }
});

test("a YAML article's file (faq.yml) is a source, so its page credits its own file", () => {
  // An azure-ai-docs faq.yml page fell back to the seed article's source in defender-docs.
  const faq = provenance({
    source: 'articles/ai-services/openai/faq.yml',
    repository: 'MicrosoftDocs/azure-ai-docs',
  });
  assert.equal(faq.path, 'articles/ai-services/openai/faq.yml');
  assert.match(
    faq.viewUrl ?? '',
    /\/MicrosoftDocs\/azure-ai-docs\/blob\/HEAD\/articles\/ai-services\/openai\/faq\.yml$/,
  );
});

test("a file named with parentheses (VBA-Docs' api/Excel.Range(object).md) is a source, credited as named", () => {
  const range = provenance({ source: 'api/Excel.Range(object).md', repository: 'MicrosoftDocs/VBA-Docs' });
  assert.equal(
    range.viewUrl,
    'https://github.com/MicrosoftDocs/VBA-Docs/blob/HEAD/api/Excel.Range(object).md',
  );
  assert.ok(pageSchema.shape.source.safeParse('api/Excel.Range(object).md').success);
  assert.throws(() => provenance({ source: '(x)/../../b.md' }), /is not the path of an article's file/);
});

test('provenanceFields gives the import the front matter to write', () => {
  assert.deepEqual(provenanceFields('./defender-business/mdb-faq.md', new Date('2026-12-03T15:00:00Z')), {
    source: 'defender-business/mdb-faq.md',
    imported: '2026-12-03',
  });
  assert.deepEqual(
    provenanceFields('defender-business\\mdb-faq.md', new Date('2026-12-03T00:00:00Z')).source,
    'defender-business/mdb-faq.md',
  );
  assert.throws(() => provenanceFields('../x.md', new Date()), /is not the path of an article's file/);
});

test('a page from another repository links its file there, on its branch, or on the default branch', () => {
  const onBranch = provenance({
    source: 'docs/linux/setup.md',
    repository: 'MicrosoftDocs/sql-docs',
    branch: 'live',
  });
  assert.equal(onBranch.repository, 'MicrosoftDocs/sql-docs');
  assert.equal(onBranch.viewUrl, 'https://github.com/MicrosoftDocs/sql-docs/blob/live/docs/linux/setup.md');
  assert.equal(onBranch.editUrl, 'https://github.com/MicrosoftDocs/sql-docs/edit/live/docs/linux/setup.md');
  // GitHub's HEAD opens the default branch; its editor wants a branch, so the fix starts from the file's page.
  const unknown = provenance({ source: 'docs/linux/setup.md', repository: 'MicrosoftDocs/sql-docs' });
  assert.equal(unknown.viewUrl, 'https://github.com/MicrosoftDocs/sql-docs/blob/HEAD/docs/linux/setup.md');
  assert.equal(unknown.editUrl, unknown.viewUrl);
  for (const repository of ['sql-docs', 'a/b/c', 'https://github.com/a/b', '../x'])
    assert.throws(() => provenance({ repository }), /is not a GitHub repository/, repository);
  for (const branch of ['../x', '-x', 'a..b', 'x.lock', 'a b'])
    assert.throws(() => provenance({ branch }), /is not a branch name/, branch);
});

test('provenanceFields names the repository and branch only when they are not the upstream ones', () => {
  const day = new Date('2026-12-03T00:00:00Z');
  assert.deepEqual(
    provenanceFields('docs/a.md', day, { repository: 'MicrosoftDocs/sql-docs', branch: 'live' }),
    {
      source: 'docs/a.md',
      imported: '2026-12-03',
      repository: 'MicrosoftDocs/sql-docs',
      branch: 'live',
    },
  );
  assert.deepEqual(
    provenanceFields('a.md', day, { repository: UPSTREAM.repository, branch: UPSTREAM.branch }),
    {
      source: 'a.md',
      imported: '2026-12-03',
    },
  );
  assert.throws(
    () => provenanceFields('a.md', day, { repository: 'not a repo' }),
    /is not a GitHub repository/,
  );
});

test("a page whose repository is not known links no file on GitHub, never the seed's", () => {
  // A Dynamics folder imported with no --repository, SOURCE.md, clone or docfx.json naming its repository.
  const fields = provenanceFields('finance/localizations/lcs-setup.md', new Date('2026-12-05T00:00:00Z'), {
    repository: UNKNOWN_REPOSITORY,
    branch: 'main',
  });
  assert.deepEqual(fields, {
    source: 'finance/localizations/lcs-setup.md',
    imported: '2026-12-05',
    repository: 'unknown',
  });
  const page = provenance({ ...fields, imported: new Date('2026-12-05T00:00:00Z') });
  assert.deepEqual(page, {
    path: 'finance/localizations/lcs-setup.md',
    imported: new Date('2026-12-05T00:00:00Z'),
    repository: undefined,
  });
  // The build's schema takes it, and still refuses anything else that is no owner/name.
  assert.ok(pageSchema.shape.repository.safeParse('unknown').success);
  assert.equal(pageSchema.shape.repository.safeParse('unknown/').success, false);
});
