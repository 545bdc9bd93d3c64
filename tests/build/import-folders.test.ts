/**
 * A second Learn folder imported beside the site's pages (`--learn-path`), then built: every page resolves
 * its relative links in the folder it came from, the site's own pages in the default one.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildWith } from '../support/build-fixture.ts';
import { articleLinks, readPage } from '../support/built-site.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LEARN = 'https://learn.microsoft.com/en-us';

/** A Learn article with `body`. */
const article = (title: string, body: string) =>
  `---\ntitle: ${title}\ndescription: About ${title}.\nauthor: test\nms.date: 01/02/2024\n---\n\n# ${title}\n\n${body}\n`;

// The folder contoso/kb: two articles imported, and in its TOC a `security.md` and a YAML FAQ that are not.
// It is articles/kb/ of a copy of its repository, whose shared includes/ its pages name with docfx's `~/`.
const repository = mkdtempSync(join(tmpdir(), 'import-kb-'));
const folder = join(repository, 'articles/kb');
mkdirSync(folder, { recursive: true });
mkdirSync(join(repository, 'includes'));
writeFileSync(join(repository, 'includes/kb-note.md'), 'A note shared from the repository root.\n');
writeFileSync(
  join(folder, 'kb-start.md'),
  article(
    'Start',
    'Next, [the steps](kb-steps.md#steps). See [security](security.md) and [the FAQ](faq.yml#cost).\n\n[!INCLUDE [note](~/includes/kb-note.md)]\n\nOr [the steps, from the root](~/articles/kb/kb-steps.md#steps).',
  ),
);
writeFileSync(join(folder, 'kb-steps.md'), article('Steps', '## Steps\n\nBack to [the start](kb-start.md).'));
// Its "Guides" node has the name of a group of the site's own pages.
writeFileSync(
  join(folder, 'toc.yml'),
  '- name: Start\n  href: kb-start.md\n- name: Guides\n  items:\n  - name: Steps\n    href: kb-steps.md\n- name: Security\n  href: security.md\n- name: FAQ\n  href: faq.yml\n',
);
// Where its files come from, as a copied folder says it.
writeFileSync(
  join(folder, 'SOURCE.md'),
  '# Source\n\n- Repository: [Contoso docs](https://github.com/contoso/kb-docs)\n- Branch: `live`\n- Folder: `articles/kb/`\n',
);
const project = mkdtempSync(join(tmpdir(), 'import-kb-site-'));
cpSync(join(ROOT, 'content'), join(project, 'content'), { recursive: true });
writeFileSync(
  join(project, 'content/guide.md'),
  '---\ntitle: Guide\ndescription: A guide.\norder: 50\ngroup: Guides\nupdated: 2024-05-31\nauthor: test\n---\n\nA guide.\n',
);
const imported = spawnSync(
  process.execPath,
  [
    join(ROOT, 'scripts/import.ts'),
    join(folder, 'kb-start.md'),
    join(folder, 'kb-steps.md'),
    '--toc',
    join(folder, 'toc.yml'),
    '--learn-path',
    'contoso/kb',
    '--read-root',
    repository,
    '--root',
    project,
  ],
  { encoding: 'utf8' },
);
const files = Object.fromEntries(
  readdirSync(project, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(project, file)).isFile())
    .map((file) => [file, readFileSync(join(project, file), 'utf8')]),
);
const pages = new Map<string, string>();
let markdownCopy = '';
const build = buildWith(files, {
  inspect: (dir) => {
    for (const slug of ['security', 'kb-start', 'kb-steps'])
      pages.set(slug, readPage(`/${slug}/`, pathToFileURL(join(dir, 'dist/'))));
    markdownCopy = readFileSync(join(dir, 'dist/kb-start/index.md'), 'utf8');
  },
});
const hrefs = (slug: string) => articleLinks(pages.get(slug) ?? '').map((link) => link.href);

test('the import of a second folder and the build of the site with both succeed', () => {
  assert.equal(imported.status, 0, imported.stdout + imported.stderr);
  assert.match(imported.stdout, /learn-folder\.json: 4 article\(s\) of Learn's \/contoso\/kb\//);
  assert.equal(build.status, 0, build.output);
});

test("a TOC group named like a group of the site's pages from another folder is its own, qualified with the folder", () => {
  assert.match(files['content/kb-steps.md'] ?? '', /^group: "kb › Guides"$/m);
  assert.match(
    imported.stderr,
    /kb-steps\.md:1: its TOC group "Guides" is a group of pages from another Learn folder too/,
  );
});

test("the site's own pages keep resolving their links in the default folder", () => {
  assert.ok(
    hrefs('security').includes(`${LEARN}/defender-business/mdb-setup-configuration`),
    hrefs('security').join(', '),
  );
});

test("the imported pages resolve theirs in their own folder: its pages here, its other articles on Learn, not the site's pages of the same name", () => {
  for (const href of ['/kb-steps/#steps', `${LEARN}/contoso/kb/security`, `${LEARN}/contoso/kb/faq#cost`])
    assert.ok(hrefs('kb-start').includes(href), `no ${href} in ${hrefs('kb-start').join(', ')}`);
  assert.ok(!hrefs('kb-start').includes('/security/'), hrefs('kb-start').join(', '));
  assert.ok(hrefs('kb-steps').includes('/kb-start/'), hrefs('kb-steps').join(', '));
});

test("docfx's ~/ paths start at the repository's root: its shared include is on the page, its link goes to the page imported", () => {
  assert.match(pages.get('kb-start') ?? '', /<p>A note shared from the repository root\.<\/p>/);
  assert.match(files['content/kb-start.md'] ?? '', /\[the steps, from the root\]\(kb-steps\.md#steps\)/);
  assert.equal(
    hrefs('kb-start').filter((href) => href === '/kb-steps/#steps').length,
    2,
    hrefs('kb-start').join(', '),
  );
});

test("the imported pages name the repository, branch and path their SOURCE.md gives; the site's own keep theirs", () => {
  assert.match(
    files['content/kb-start.md'] ?? '',
    /^source: "articles\/kb\/kb-start\.md"\nrepository: "contoso\/kb-docs"\nbranch: "live"$/m,
  );
  const source = 'https://github.com/contoso/kb-docs/blob/live/articles/kb/kb-start.md';
  assert.ok(pages.get('kb-start')?.includes(`href="${source}"`), 'the source link');
  assert.ok(
    pages
      .get('kb-start')
      ?.includes('href="https://github.com/contoso/kb-docs/edit/live/articles/kb/kb-start.md"'),
    'the "Suggest a fix" link',
  );
  assert.match(pages.get('kb-start') ?? '', /in contoso\/kb-docs/);
  assert.match(pages.get('security') ?? '', /in MicrosoftDocs\/defender-docs/);
});

test("an imported page credits its own Learn article, in its footer and its Markdown; the site's own pages the article they split", () => {
  const article = `${LEARN}/contoso/kb/kb-start`;
  assert.match(
    pages.get('kb-start') ?? '',
    new RegExp(`<p data-source-article[^>]*>Adapted from <a href="${article}"`),
  );
  assert.match(markdownCopy, new RegExp(`^> Adapted from \\[Start\\]\\(${article}\\)`, 'm'));
  assert.match(pages.get('security') ?? '', /The article is split into pages here/);
  assert.doesNotMatch(pages.get('security') ?? '', /data-source-article/);
});
