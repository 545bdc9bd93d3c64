/**
 * A link into another of a docset's docfx content groups goes where docfx publishes that group's files.
 * OfficeDocs-SkypeForBusiness' Skype/docfx.json builds `{ "src": "SfbServer", "dest": "." }` and
 * `{ "src": "SfBServer2019", "dest": "." }` beside each other, so SfBServer2019/migration/configure-clients-for-migration.md's
 * `../../SfbServer/plan-your-deployment/clients-and-devices/clients-and-devices.md` is Learn's
 * /ko-kr/skypeforbusiness/plan-your-deployment/clients-and-devices/clients-and-devices, where the build had made
 * /ko-kr/SfbServer/plan-your-deployment/… of the path as written (real-folder trial BS).
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { docsetLinks, type DocsetPlace } from '../../src/lib/import/links.ts';
import { docfxPublished } from '../../src/lib/import/zone-pivots.ts';
import { importCommand } from '../support/run-import.ts';
import { tempDir } from '../support/temp-dir.ts';

/** The content groups of OfficeDocs-SkypeForBusiness' Skype/docfx.json, as it writes them. */
const EXCLUDE = ['**/obj/**', '**/includes/**', '**/_themes/**', 'README.md', 'LICENSE'];
const SKYPE_DOCFX = {
  build: {
    content: ['Hub', 'SfbServer', 'SfBServer2019'].map((src) => ({
      files: ['**/*.md', '**/**.yml'],
      src,
      dest: '.',
      exclude: EXCLUDE,
    })),
  },
};

describe('docfxPublished: where docfx publishes a file, by its content group', () => {
  test("a group's file is at its dest and its path below its src, the extension kept", () => {
    assert.deepEqual(
      docfxPublished(
        SKYPE_DOCFX,
        'SfbServer/plan-your-deployment/clients-and-devices/clients-and-devices.md',
      ),
      {
        path: 'plan-your-deployment/clients-and-devices/clients-and-devices.md',
        src: 'SfbServer',
        dest: '.',
      },
    );
    assert.equal(docfxPublished(SKYPE_DOCFX, 'SfBServer2019/migration/toc.yml')?.path, 'migration/toc.yml');
  });

  test('a dest below the docset, a src in another case (as docfx matches it) and cwd for src', () => {
    const docfx = { build: { content: [{ files: '**/*.md', cwd: 'articles/', dest: 'guide/v2' }] } };
    assert.equal(docfxPublished(docfx, 'Articles/a/b.md')?.path, 'guide/v2/a/b.md');
  });

  test('no group lists it (another folder, an excluded one, another extension): null', () => {
    assert.equal(docfxPublished(SKYPE_DOCFX, 'SfbOnline/a.md'), null);
    assert.equal(docfxPublished(SKYPE_DOCFX, 'SfbServer/includes/a.md'), null);
    assert.equal(docfxPublished(SKYPE_DOCFX, 'SfbServer/a.png'), null);
  });

  test('no content list to read, or a dest that climbs: undefined (nothing is guessed)', () => {
    assert.equal(docfxPublished({}, 'a.md'), undefined);
    assert.equal(docfxPublished({ build: { content: [{ files: '**', dest: '../x' }] } }, 'a.md'), undefined);
  });
});

/** The place of SfBServer2019/migration/configure-clients-for-migration.md, imported as Learn's ko-kr/skypeforbusiness/migration. */
function skypePlace(files: readonly string[], learnFolder = 'skypeforbusiness/migration'): DocsetPlace {
  return {
    page: 'SfBServer2019/migration/configure-clients-for-migration.md',
    sourceFolder: 'SfBServer2019/migration',
    learnFolder,
    learnBase: 'https://learn.microsoft.com/ko-kr',
    docfxJson: 'Skype/docfx.json',
    published: (path) => docfxPublished(SKYPE_DOCFX, path),
    exists: (path) => files.includes(path),
  };
}

const CLIENTS = 'SfbServer/plan-your-deployment/clients-and-devices/clients-and-devices.md';
const SEE_ALSO = `## 참고 항목\n\n [클라이언트 및 장치 계획](../../SfbServer/plan-your-deployment/clients-and-devices/clients-and-devices.md)\n`;

describe('docsetLinks: a relative link out of the source folder, through the content groups', () => {
  test("a link into another group goes to that group's Learn URL, in the folder's locale", () => {
    const { markdown, notes } = docsetLinks(SEE_ALSO, skypePlace([CLIENTS]));
    assert.equal(
      markdown,
      '## 참고 항목\n\n [클라이언트 및 장치 계획](https://learn.microsoft.com/ko-kr/skypeforbusiness/plan-your-deployment/clients-and-devices/clients-and-devices)\n',
    );
    assert.deepEqual(notes, []);
  });

  test('its #anchor and query are kept; a definition is rewritten too; an index is its folder', () => {
    const text = [
      '[Legacy](../../SfbServer/plan-your-deployment/clients-and-devices/clients-and-devices.md#legacy)',
      '[toc](../../SfbServer/plan-your-deployment/clients-and-devices/clients-and-devices.md?toc=/x/toc.json)',
      '[Hub][hub]',
      '',
      '[hub]: ../../Hub/index.md',
    ].join('\n');
    const { markdown } = docsetLinks(text, skypePlace([CLIENTS, 'Hub/index.md']));
    const base = 'https://learn.microsoft.com/ko-kr/skypeforbusiness';
    assert.equal(
      markdown,
      [
        `[Legacy](${base}/plan-your-deployment/clients-and-devices/clients-and-devices#legacy)`,
        `[toc](${base}/plan-your-deployment/clients-and-devices/clients-and-devices?toc=/x/toc.json)`,
        '[Hub][hub]',
        '',
        `[hub]: ${base}/`,
      ].join('\n'),
    );
  });

  test('a link inside the source folder, or to its own group beside it, is left to the build, which resolves it as written', () => {
    const text =
      '[a](user-migration.md) [b](../whats-new.md) [c](./../migration/stop-services.md#x) [d](https://example.com/a.md)\n';
    const { markdown, notes } = docsetLinks(text, skypePlace(['SfBServer2019/whats-new.md']));
    assert.equal(markdown, text);
    assert.deepEqual(notes, []);
  });

  test('code and a Learn marker’s path are no links', () => {
    const text = [
      '[!INCLUDE [x](../../SfbServer/includes/x.md)]',
      '',
      '```md',
      '[c](../../SfbServer/plan-your-deployment/clients-and-devices/clients-and-devices.md)',
      '```',
      '',
      '`[c](../../SfbServer/plan-your-deployment/clients-and-devices/clients-and-devices.md)`',
    ].join('\n');
    assert.equal(docsetLinks(text, skypePlace([CLIENTS])).markdown, text);
  });

  test('a file in no group is left as written and said at its line: Learn has no article there', () => {
    const text = 'Intro.\n\nSee [online](../../SfbOnline/set-up.md).\n';
    const { markdown, notes } = docsetLinks(text, skypePlace(['SfbOnline/set-up.md']));
    assert.equal(markdown, text);
    assert.deepEqual(notes, [
      {
        line: 3,
        message:
          'the link "../../SfbOnline/set-up.md" goes to SfbOnline/set-up.md, which none of the content groups of Skype/docfx.json publishes (a "files" glob below its "src", not excluded): Learn has no article there, and the build takes the path as written to Learn. Fix the link, or write the article\'s full https:// URL.',
      },
    ]);
  });

  test('a file the docset does not have, or outside its folder, is said the same way', () => {
    const text = '[a](../../SfbServer/gone.md)\n\n[b](../../../Teams/a.md)\n';
    const { markdown, notes } = docsetLinks(text, skypePlace([]));
    assert.equal(markdown, text);
    assert.deepEqual(
      notes.map(({ line, message }) => [line, message.split(':')[0]]),
      [
        [
          1,
          'the link "../../SfbServer/gone.md" goes to SfbServer/gone.md, which does not exist (in the folder of Skype/docfx.json, which builds this page)',
        ],
        [
          3,
          'the link "../../../Teams/a.md" goes to ../Teams/a.md, outside the folder of Skype/docfx.json, which builds this page',
        ],
      ],
    );
  });

  test('a link into its own group is left to the build, unsaid, when this copy lacks the file (trial BX)', () => {
    // dotnet/docs builds docs/ as one group; a copy of docs/core/compatibility (real-folder trial BX) has
    // none of docs/core/tools, which its pages link, and Learn publishes /dotnet/core/tools/dotnet-restore.
    const docfx = {
      build: {
        content: [{ files: ['**/*.md', '**/*.yml'], src: 'docs', dest: '.', exclude: ['**/includes/**'] }],
      },
    };
    const place: DocsetPlace = {
      page: 'docs/core/compatibility/sdk/10.0/nugetaudit-transitive-packages.md',
      sourceFolder: 'docs/core/compatibility',
      learnFolder: 'dotnet/core/compatibility',
      learnBase: 'https://learn.microsoft.com/en-us',
      docfxJson: 'docfx.json',
      published: (path) => docfxPublished(docfx, path),
      exists: (path) => path.startsWith('docs/core/compatibility/'),
    };
    const text = [
      'The [`dotnet restore` command](../../../tools/dotnet-restore.md) audits.',
      '',
      '- [Audit](../../../tools/dotnet-restore.md#audit-for-security-vulnerabilities)',
      '- [CS0618](../../../../csharp/language-reference/compiler-messages/cs0618.md)',
      '- [Shared](../../../../includes/x.md)',
    ].join('\n');
    const { markdown, notes } = docsetLinks(text, place);
    assert.equal(markdown, text);
    // Only the file no group publishes (an include, excluded) is said: Learn publishes no article of it.
    assert.deepEqual(
      notes.map(({ line, message }) => [line, message.split(':')[0]]),
      [
        [
          5,
          'the link "../../../../includes/x.md" goes to docs/includes/x.md, which none of the content groups of docfx.json publishes (a "files" glob below its "src", not excluded)',
        ],
      ],
    );
  });

  test("a --learn-path that does not end with the page's place in the docset: the link is said, not guessed", () => {
    const { markdown, notes } = docsetLinks(SEE_ALSO, skypePlace([CLIENTS], 'sfb-2019-migration'));
    assert.equal(markdown, SEE_ALSO);
    assert.match(
      notes[0]?.message ?? '',
      /publishes in another content group, \{ "src": "SfbServer", "dest": "\." \}, as plan-your-deployment\/clients-and-devices\/clients-and-devices\.md below its docset's Learn path; the import cannot tell that path, as --learn-path sfb-2019-migration does not end with where Skype\/docfx\.json publishes this page, migration\/configure-clients-for-migration\.md/,
    );
  });

  test('a docfx.json without a content list changes nothing', () => {
    const place = { ...skypePlace([CLIENTS]), published: (path: string) => docfxPublished({}, path) };
    assert.deepEqual(docsetLinks(SEE_ALSO, place), { markdown: SEE_ALSO, notes: [] });
  });
});

/** The repro's repository: docfx.json with content groups A and B, both published at the docset's root. */
function repro(): string {
  const repo = tempDir('import-docset-');
  const files: Record<string, string> = {
    'D/docfx.json': JSON.stringify({
      build: {
        content: [
          { files: ['**/*.md'], src: 'A', dest: '.', exclude: ['**/includes/**'] },
          { files: ['**/*.md'], src: 'B', dest: '.' },
        ],
      },
    }),
    'D/A/guide/one.md':
      '---\ntitle: One\ndescription: One.\nauthor: x\nms.date: 01/02/2020\n---\n# One\n\nSee [other](../../B/topic/two.md).\n\nAnd [gone](../../C/three.md).\n',
    'D/A/atoc/toc.yml': '- name: Guide\n  items:\n    - name: One\n      href: ../guide/one.md\n',
    // An include of the folder, which docfx.json excludes, as dynamics-365-customer-engagement's ce/docfx.json
    // its CIF reference's Includes/ (trial CE): no article.
    'D/A/guide/Includes/note.md': 'A note.\n',
    'D/B/topic/two.md': '---\ntitle: Two\n---\n# Two\n',
    'D/C/three.md': '---\ntitle: Three\n---\n# Three\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  return join(repo, 'D');
}

async function runImport(args: readonly string[]): Promise<{ output: string; site: string }> {
  const site = tempDir('import-docset-site-');
  const { output } = await importCommand([...args, '--repository', 'contoso/docs', '--root', site]);
  return { output, site };
}

describe('the import of a folder of one group linking another', () => {
  const docset = repro();

  test('--learn-path base/guide for A/guide: the link goes to base/topic/two, where docfx publishes B/topic/two.md', async () => {
    const { output, site } = await runImport([
      join(docset, 'A/guide/one.md'),
      '--read-root',
      docset,
      '--learn-path',
      'base/guide',
    ]);
    const page = readFileSync(join(site, 'content/one.md'), 'utf8');
    assert.match(page, /See \[other\]\(https:\/\/learn\.microsoft\.com\/en-us\/base\/topic\/two\)\./);
    // C is in no content group: left as written, and said with the written page's line.
    assert.match(page, /And \[gone\]\(\.\.\/\.\.\/C\/three\.md\)\./);
    const line = page.split('\n').findIndex((text) => text.includes('[gone]')) + 1;
    assert.match(
      output,
      new RegExp(
        `content/one\\.md:${line}: the link "\\.\\./\\.\\./C/three\\.md" goes to C/three\\.md, which none of the content groups of .*docfx\\.json publishes`,
      ),
    );
  });

  test('--learn-path base with the TOC of A (the source folder A): the same address, which the build leaves on Learn', async () => {
    const { output, site } = await runImport([
      join(docset, 'A/guide/one.md'),
      '--toc',
      join(docset, 'A/atoc/toc.yml'),
      '--read-root',
      docset,
      '--learn-path',
      'base',
    ]);
    const page = readFileSync(join(site, 'content/guide/one.md'), 'utf8');
    assert.match(page, /See \[other\]\(https:\/\/learn\.microsoft\.com\/en-us\/base\/topic\/two\)\./);
    assert.doesNotMatch(output, /"https:\/\/learn\.microsoft\.com\/en-us\/base\/topic\/two" goes to/);
    assert.doesNotMatch(output, /The build will fail on it/);
    // The folder's articles are what docfx.json builds: its excluded include is none (it was counted one).
    const recorded = JSON.parse(readFileSync(join(site, 'src/data/learn-folder.json'), 'utf8')) as {
      otherFolders?: { learnFolder: string; articles: string[] }[];
    };
    assert.deepEqual(recorded.otherFolders?.find((entry) => entry.learnFolder === 'base')?.articles, [
      'guide/one.md',
    ]);
    assert.match(output, /1 article\(s\) of Learn's/);
  });
});
