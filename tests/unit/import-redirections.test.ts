/**
 * Links to articles a Learn repository redirects (.openpublishing.redirection.json at its root) go where Learn
 * sends its readers, as the import writes them; as written the build refused them as no article of the folder.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { redirectedLinks } from '../../src/lib/import/links.ts';
import {
  parseRedirections,
  REDIRECTION_FILE,
  redirectionFilesOf,
} from '../../src/lib/import/redirections.ts';
import { PUBLISH_CONFIG_FILE } from '../../src/lib/import/dependent-repositories.ts';
import { importCommand } from '../support/run-import.ts';
import { tempDir } from '../support/temp-dir.ts';

// As fabric-docs writes its redirections (trial CH): paths from the root, or relative to it.
const REDIRECTIONS = JSON.stringify({
  redirections: [
    {
      source_path_from_root: '/docs/f/old-name.md',
      redirect_url: '/product/f/new-name',
      redirect_document_id: true,
    },
    { source_path: 'docs/f/Merged.md', redirect_url: '/product/f/other', redirect_document_id: false },
    { source_path: 'docs/f/kept.md', redirect_url: '/product/f/elsewhere' },
    { redirect_url: '/no/source' },
  ],
});

describe('redirectedLinks', () => {
  const { redirections } = parseRedirections(REDIRECTIONS);
  const link = (markdown: string, exists: (path: string) => boolean = () => false) =>
    redirectedLinks(markdown, 'docs/f/a.md', redirections, exists);

  test('each path is keyed from the root, in lower case; a list that is no JSON is said', () => {
    assert.deepEqual(
      [...redirections],
      [
        ['docs/f/old-name.md', '/product/f/new-name'],
        ['docs/f/merged.md', '/product/f/other'],
        ['docs/f/kept.md', '/product/f/elsewhere'],
      ],
    );
    assert.match(parseRedirections('{').problem ?? '', /^it is not JSON/);
    assert.equal(parseRedirections('{"x": 1}').problem, 'it has no "redirections" list');
  });

  test('a link to a redirected file the copy lacks goes to its URL, anchor and query kept, its line said', () => {
    const { markdown, redirected } = link(
      '# A\n\nSee [the new one](old-name.md#part) and [that](./merged.md?tabs=x).\n\n[ref]: ../f/old-name.md\n',
    );
    assert.equal(
      markdown,
      '# A\n\nSee [the new one](/product/f/new-name#part) and [that](/product/f/other?tabs=x).\n\n[ref]: /product/f/new-name\n',
    );
    assert.deepEqual(
      redirected.map(({ line, href, url }) => `${String(line)} ${href} ${url}`),
      [
        '3 old-name.md#part /product/f/new-name#part',
        '3 ./merged.md?tabs=x /product/f/other?tabs=x',
        '5 ../f/old-name.md /product/f/new-name',
      ],
    );
  });

  test('a file the copy has, one not redirected, code and an include path are left as written', () => {
    const markdown =
      '[kept](kept.md) [other](other.md) `[c](old-name.md)`\n\n[!INCLUDE [t](old-name.md)]\n\n```md\n[c](old-name.md)\n```\n';
    const result = link(markdown, (path) => path === 'docs/f/kept.md');
    assert.equal(result.markdown, markdown);
    assert.deepEqual(result.redirected, []);
  });
});

describe('npm run import of a folder whose repository redirects an article it links', async () => {
  const repo = tempDir('import-redirections-');
  mkdirSync(join(repo, 'docs/f'), { recursive: true });
  writeFileSync(join(repo, REDIRECTION_FILE), REDIRECTIONS);
  writeFileSync(
    join(repo, 'docs/f/a.md'),
    '---\ntitle: A\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n# A\n\nSee [the new one](old-name.md#part).\n',
  );
  const dir = tempDir('import-redirections-site-');
  const run = await importCommand([
    join(repo, 'docs/f/a.md'),
    '--read-root',
    repo,
    '--learn-path',
    'product/f',
    '--repository',
    'contoso/docs',
    '--root',
    dir,
  ]);
  const output = `${run.stdout}\n${run.stderr}`;

  test('the page links where Learn sends the reader, and the import says so at the line', () => {
    assert.match(
      readFileSync(join(dir, 'content/a.md'), 'utf8'),
      /^See \[the new one\]\(\/product\/f\/new-name#part\)\.$/m,
    );
    assert.match(
      output,
      /content\/a\.md:\d+: the link "old-name\.md#part" goes to an article the repository's redirection files redirect: written "\/product\/f\/new-name#part"/,
    );
  });
});

test("a publish config's redirection_files are the files read, each source_path from its own folder", () => {
  assert.deepEqual(redirectionFilesOf(undefined), [REDIRECTION_FILE]);
  assert.deepEqual(
    redirectionFilesOf(
      JSON.stringify({
        redirection_files: [
          REDIRECTION_FILE,
          'docs/f/.openpublishing.redirection.f.json',
          '../out.json',
          '.git/x.json',
        ],
      }),
    ),
    [REDIRECTION_FILE, 'docs/f/.openpublishing.redirection.f.json'],
  );
  const { redirections } = parseRedirections(
    JSON.stringify({
      redirections: [
        { source_path: 'Moved.md', redirect_url: '/product/g/moved' },
        { source_path_from_root: '/docs/f/other.md', redirect_url: '/product/other' },
      ],
    }),
    'docs/f',
  );
  assert.deepEqual(
    [...redirections],
    [
      ['docs/f/moved.md', '/product/g/moved'],
      ['docs/f/other.md', '/product/other'],
    ],
  );
});

describe('npm run import of a folder whose redirections its publish config lists in the folder', async () => {
  // Import trial 28: visualstudio-docs lists docs/containers/.openpublishing.redirection.containers.json in
  // its publish config's redirection_files, its source_paths from that folder (bridge-to-kubernetes.md moved
  // to /visualstudio/bridge/…); the import read the root's file alone, and the build refused such a link.
  const repo = tempDir('import-redirection-files-');
  mkdirSync(join(repo, 'docs/f'), { recursive: true });
  writeFileSync(
    join(repo, PUBLISH_CONFIG_FILE),
    JSON.stringify({ redirection_files: [REDIRECTION_FILE, 'docs/f/.openpublishing.redirection.f.json'] }),
  );
  writeFileSync(
    join(repo, 'docs/f/.openpublishing.redirection.f.json'),
    JSON.stringify({ redirections: [{ source_path: 'moved.md', redirect_url: '/product/g/moved' }] }),
  );
  writeFileSync(
    join(repo, 'docs/f/a.md'),
    '---\ntitle: A\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n# A\n\nSee [the moved one](moved.md).\n',
  );
  const dir = tempDir('import-redirection-files-site-');
  await importCommand([
    join(repo, 'docs/f/a.md'),
    '--read-root',
    repo,
    '--learn-path',
    'product/f',
    '--repository',
    'contoso/docs',
    '--root',
    dir,
  ]);

  test("the link goes where the folder's redirection file sends it", () => {
    assert.match(
      readFileSync(join(dir, 'content/a.md'), 'utf8'),
      /^See \[the moved one\]\(\/product\/g\/moved\)\.$/m,
    );
  });
});
