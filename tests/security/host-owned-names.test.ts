/**
 * Red team 30: names a page or the host reads as something other than a page. A page under a dot folder
 * (`content/.well-known/x.md`) or with an extension in capitals (`Setup.MD`) was left out by Astro's glob
 * with no word; a sidebar group named "Optional" put its pages in the section llms.txt's readers skip; and
 * the nginx configuration matched the host's files as regular expressions, so `_routes.json` was `_routes`
 * and any character and `json`, and nothing under the folder `_worker.js/`.
 */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { formatLlmsTxt, groupSection, parseLlmsTxt } from '../../src/lib/llms-txt.ts';
import { unbuiltPages } from '../../src/lib/page-urls.ts';
import { nginxConfig } from '../../src/lib/server-config.ts';
import { tempDir } from '../support/temp-dir.ts';

describe('a Markdown file of content/ that Astro does not read is said, naming it', () => {
  const root = tempDir('unbuilt-pages-');
  after(() => {
    rmSync(root, { recursive: true, force: true });
  });
  const files = [
    'ok.md',
    'docs/setup.mdx',
    '.well-known/change-password.md',
    '.drafts/notes.md',
    'guide/.secret.md',
    'Setup.MD',
    'docs/Intro.Mdx',
    'includes/shared.md',
    '.drafts/includes/part.md',
    'image.png',
  ];
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '---\ntitle: A page\n---\n');
  }
  const said = unbuiltPages(pathToFileURL(`${root}/`)).sort();

  test('a hidden path and an extension in capitals, each with a name to use; pages and includes unsaid', () => {
    assert.deepEqual(
      said.map((line) => line.split(' ')[0]),
      [
        'content/.drafts/notes.md',
        'content/.well-known/change-password.md',
        'content/Setup.MD',
        'content/docs/Intro.Mdx',
        'content/guide/.secret.md',
      ],
    );
    assert.match(
      said[0] ?? '',
      /is not built: a name starting with "\." is hidden.*rename it to content\/drafts\/notes\.md to publish it\.$/,
    );
    assert.match(said[1] ?? '', /\/\.well-known\/, the host's own/);
    assert.match(
      said[2] ?? '',
      /lower case only \(\.md, not \.MD\): rename it to content\/Setup\.md to publish it\.$/,
    );
    assert.match(said[3] ?? '', /rename it to content\/docs\/Intro\.mdx/);
  });
});

describe("llms.txt: a sidebar group cannot take the file's own sections", () => {
  test('a group read as "Optional" or "Pages", in any case or width, or starting "Optional", is marked a group', () => {
    for (const label of [
      'Optional',
      'optional',
      ' OPTIONAL ',
      'Ｏｐｔｉｏｎａｌ',
      'Optional: extras',
      'Pages',
      'pages',
      // Read as a reader reads it (labelAsRead): a zero-width space or a soft hyphen shows nothing.
      'Opt\u200Bional',
      'Pa\u00ADges',
    ])
      assert.equal(groupSection(label), `Group: ${label}`, label);
    for (const label of ['Getting started', 'Options', 'Optimization', 'Web pages', 'Group: Optional'])
      assert.equal(groupSection(label), label, label);
  });

  test('so the Optional section read back holds only what the site put there', () => {
    const text = formatLlmsTxt({
      name: 'Site',
      summary: 'A site.',
      notes: [],
      sections: [
        {
          heading: groupSection('Optional'),
          links: [{ title: 'Security baseline', url: 'https://s.example/a/index.md' }],
        },
        { heading: 'Optional', links: [{ title: 'Privacy', url: 'https://s.example/privacy/index.md' }] },
      ],
    });
    const optional = parseLlmsTxt(text).sections.filter((section) => section.heading === 'Optional');
    assert.deepEqual(
      optional.flatMap((section) => section.links.map((link) => link.title)),
      ['Privacy'],
    );
  });
});

describe("nginx: the host's own files are matched as names, with what is under them", () => {
  const config = nginxConfig({ root: '/srv/site', headers: {} });
  const line = config.split('\n').find((text) => text.includes('_headers') && text.includes('location'));
  // The location's regular expression, which PCRE and JavaScript read alike here (`~*`: case ignored).
  const [, operator = '~', source = '^$'] = /location (~\*?) (\S+) \{/.exec(line ?? '') ?? [];
  const pattern = new RegExp(source, operator === '~*' ? 'i' : '');

  test('each file, its compressed copies and a folder of that name are refused', () => {
    for (const path of [
      '/_headers',
      '/_redirects.br',
      '/_routes.json',
      '/_routes.json.gz',
      '/_worker.js',
      '/_worker.js/index.js',
      // Red team 31: in another case, the same file where names ignore case (nginx on macOS or Windows).
      '/_HEADERS',
      '/_Worker.js/index.js',
    ])
      assert.ok(pattern.test(path), path);
  });

  test('other names are served', () => {
    for (const path of [
      '/_routesxjson',
      '/_worker-js/',
      '/docs/_headers',
      '/_headersx',
      '/_routes.json.html',
    ])
      assert.ok(!pattern.test(path), path);
  });
});
