/**
 * An `xref:` to an article's uid (its front matter's) is a link to that article's file, as Learn's xref map
 * resolves it. Real-folder trial CL: dotnet/docs-aspire's caching includes link
 * `[app model](xref:dotnet/aspire/app-host#define-the-app-model)`, the uid of fundamentals/app-host-overview.md,
 * which the import and the build read as an API's and refused (25 links in 6 pages).
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { uidArticleLinks } from '../../src/lib/import/links.ts';
import { importCommand } from '../support/run-import.ts';
import { tempDir } from '../support/temp-dir.ts';

describe('uidArticleLinks', () => {
  const articles: Record<string, { path: string; title: string | undefined }> = {
    'contoso/guide/host': { path: '../other/host-overview.md', title: 'Host *overview* [v2]' },
  };
  const link = (markdown: string) => uidArticleLinks(markdown, (uid) => articles[uid]).markdown;

  test('a link to an article uid goes to its file, its #anchor kept', () => {
    assert.equal(
      link('See the [app model](xref:contoso/guide/host#define-the-model).\n'),
      'See the [app model](../other/host-overview.md#define-the-model).\n',
    );
    assert.equal(
      link('[model](xref:contoso/guide/host?displayProperty=fullName#part)\n'),
      '[model](../other/host-overview.md#part)\n',
    );
  });

  test("<xref:uid> shows the article's title, escaped as link text", () => {
    assert.equal(
      link('Read <xref:contoso/guide/host>.\n'),
      'Read [Host \\*overview\\* \\[v2\\]](../other/host-overview.md).\n',
    );
  });

  test('an API xref, an unknown uid, code and a definition of neither are left as written', () => {
    const markdown =
      'A <xref:System.String> and [b](xref:contoso/other/none) and `<xref:contoso/guide/host>`.\n\n```md\n[c](xref:contoso/guide/host)\n```\n';
    assert.equal(link(markdown), markdown);
  });
});

describe('npm run import of an include linking an article by its uid', async () => {
  const repo = tempDir('import-xref-uids-');
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  };
  write(
    'docfx.json',
    JSON.stringify({ build: { content: [{ files: ['**/*.md'], src: 'docs', dest: '.' }] } }),
  );
  write(
    'docs/guide/a.md',
    '---\ntitle: A\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n# A\n\n[!INCLUDE [host](includes/host.md)]\n\nAlso <xref:contoso/guide/host>.\n\nSee <xref:contoso/guide/windows>.\n',
  );
  write(
    'docs/guide/includes/host.md',
    'Add it to your [app model](xref:contoso/guide/host#define-the-model) first.\n',
  );
  write(
    'docs/guide/host-overview.md',
    '---\ntitle: Orchestration overview\ndescription: The host.\nuid: contoso/guide/host\n---\n\n# Orchestration overview\n\n## Define the model\n\nText.\n',
  );
  // Saved on Windows, with a byte order mark and CRLF line ends, as Learn's build reads it too; a title whose
  // | and ~ would split a table cell or strike text through in the link the import writes.
  write(
    'docs/guide/windows.md',
    '\uFEFF---\r\ntitle: Pipes | and ~tildes~\r\ndescription: Saved on Windows.\r\nuid: contoso/guide/windows\r\n---\r\n\r\n# Pipes\r\n',
  );
  const dir = tempDir('import-xref-uids-site-');
  const run = await importCommand([
    join(repo, 'docs/guide/a.md'),
    '--read-root',
    repo,
    '--learn-path',
    'contoso/guide',
    '--repository',
    'contoso/docs',
    '--root',
    dir,
  ]);
  const output = `${run.stdout}\n${run.stderr}`;

  test("the page links the article's file, and the import has nothing to say of it", () => {
    const page = readFileSync(join(dir, 'content/a.md'), 'utf8');
    assert.match(page, /Add it to your \[app model\]\(host-overview\.md#define-the-model\) first\./);
    assert.match(page, /Also \[Orchestration overview\]\(host-overview\.md\)\./);
    assert.match(page, /See \[Pipes \\\| and \\~tildes\\~\]\(windows\.md\)\./);
    assert.match(output, /, 0 warning\(s\)\.$/m);
    assert.equal(run.status, 0, output);
  });
});
