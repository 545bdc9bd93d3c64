import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OUTBOUND_HOSTS, UPSTREAM } from '../../src/consts.ts';
import { provenance, provenanceFields } from '../../src/lib/provenance.ts';

test('a page with source and imported links its file on GitHub and GitHub’s editor for it', () => {
  const page = provenance('defender-business/mdb-overview.md', new Date('2026-12-01T00:00:00Z'));
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
  assert.ok(new URL(page.editUrl).hostname in OUTBOUND_HOSTS, 'github.com must be an allowed outbound host');
});

test('a path that leaves the repository or is not Markdown is refused', () => {
  for (const path of [
    '../secrets.md',
    '/etc/passwd.md',
    'a/../../b.md',
    'https://evil.example/x.md',
    'notes.txt',
    'a b.md',
  ]) {
    assert.throws(() => provenance(path), /is not a Markdown file's path/, path);
  }
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
  assert.throws(() => provenanceFields('../x.md', new Date()), /is not a Markdown file's path/);
});
