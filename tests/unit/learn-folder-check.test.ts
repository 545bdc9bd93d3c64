/**
 * The Learn folders of src/data/learn-folder.json and `--learn-path` are paths on Learn, so every URL made
 * for them is on https://learn.microsoft.com (red team round 5: `--learn-path 'ja-jp/\\evil.example'`, or
 * a planted otherFolders entry, had "Adapted from" link https://evil.example/g past outbound-hosts.json),
 * and a file written before locales (no "locale") links Learn's en-us, not /undefined.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { importCommand } from '../support/run-import.ts';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { learnPathOption, parseLearnFolderFile } from '../../src/lib/import/learn-folder.ts';
import {
  learnArticleUrl,
  learnFolderProblem,
  localeBase,
  otherLearnFolders,
  resolveLearnLink,
  resolveXref,
} from '../../src/lib/learn-links.ts';
import { tempDir } from '../support/temp-dir.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LEARN = 'https://learn.microsoft.com';
const FILE = 'src/data/learn-folder.json';

/** Folder paths as the red team wrote them (shell-quoted, '\\evil.example'), and others: each takes a URL off Learn. */
const OFF_LEARN = [String.raw`\\evil.example`, 'https://evil.example', String.raw`\/evil.example`];

describe('a Learn folder', () => {
  test("is Learn's path below the locale: names of letters, digits, '.', '-', '_'", () => {
    for (const folder of [
      'defender-business',
      'microsoft-365/bookings',
      'windows/security/identity-protection/hello-for-business/deploy',
      'dotnet/api/System.Collections',
      'azure/ai_services',
      '',
    ])
      assert.equal(learnFolderProblem(folder), undefined, folder);
  });

  test('has no backslash, scheme, empty, "." or ".." name, nor a slash first or last', () => {
    for (const [folder, problem] of [
      ['\\evil.example', 'it holds "\\\\"'],
      ['https://evil.example', 'it holds ":"'],
      ['//evil.example', 'it starts or ends with "/"'],
      ['a//b', 'it has an empty name ("//")'],
      ['../en-us/x', 'it has a ".." name'],
      ['a/./b', 'it has a "." name'],
      ['a b', 'it holds " "'],
      ['a?b', 'it holds "?"'],
      ['a#b', 'it holds "#"'],
    ] as const)
      assert.equal(learnFolderProblem(folder), problem, folder);
  });
});

describe('src/data/learn-folder.json', () => {
  const file = (data: object) => JSON.stringify({ learnFolder: 'defender-business', articles: [], ...data });

  test('a default folder that is none fails, naming the file, the entry and what to write', () => {
    for (const folder of OFF_LEARN)
      assert.throws(
        () => parseLearnFolderFile(file({ learnFolder: folder }), FILE),
        (error: Error) =>
          error.message.startsWith(
            `${FILE}: "learnFolder" ${JSON.stringify(folder)} is no Learn folder: it `,
          ) && error.message.includes('("microsoft-365/bookings"'),
      );
  });

  test('another folder that is none fails, naming its entry; one with its locale first (before locales) is read', () => {
    const planted = {
      otherFolders: [
        { learnFolder: 'contoso/kb', articles: [], pages: ['a'] },
        { learnFolder: '\\\\evil.example', articles: [], pages: ['g'] },
      ],
    };
    assert.throws(
      () => parseLearnFolderFile(file(planted), FILE),
      /^Error: src\/data\/learn-folder\.json: otherFolders\[1\]\.learnFolder "\\\\\\\\evil\.example" is no Learn folder: it holds "\\\\"/,
    );
    assert.throws(
      () =>
        otherLearnFolders(
          { otherFolders: [{ learnFolder: 'ja-jp/\\evil.example', articles: [], pages: [] }] },
          FILE,
        ),
      /otherFolders\[0\]\.learnFolder "ja-jp\/\\\\evil\.example" is no Learn folder/,
    );
    assert.deepEqual(
      otherLearnFolders(
        { otherFolders: [{ learnFolder: 'ja-jp/microsoft-365/bookings', articles: [], pages: [] }] },
        FILE,
      ),
      [{ learnFolder: 'microsoft-365/bookings', locale: 'ja-jp', articles: [], pages: [] }],
    );
  });

  /** src/ copied with `data` as its learn-folder.json: src/consts.ts as the build would load it. */
  async function constsWith(data: object) {
    const dir = tempDir('learn-folder-consts-');
    cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
    writeFileSync(join(dir, 'src/data/learn-folder.json'), JSON.stringify(data));
    return (await import(
      pathToFileURL(join(dir, 'src/consts.ts')).href
    )) as typeof import('../../src/consts.ts');
  }

  test('written before locales (no "locale"), the site links Learn in en-us, not /undefined', async () => {
    const consts = await constsWith({ learnFolder: 'defender-business', articles: ['mdb-overview.md'] });
    assert.equal(consts.LEARN_BASE, `${LEARN}/en-us`);
    assert.equal(consts.LEARN_FOLDER, 'defender-business');
    assert.equal(
      learnArticleUrl('mdb-asr', consts.LEARN_BASE, consts.LEARN_FOLDER, []),
      `${LEARN}/en-us/defender-business/mdb-asr`,
    );
  });

  test('as the build loads it, a folder that is none fails, naming the file and the entry', async () => {
    await assert.rejects(
      constsWith({ learnFolder: 'ja-jp/\\evil.example', locale: 'en-us', articles: [] }),
      /^Error: src\/data\/learn-folder\.json: "learnFolder" "ja-jp\/\\\\evil\.example" is no Learn folder: it holds "\\\\"/,
    );
    await assert.rejects(
      constsWith({
        learnFolder: 'defender-business',
        articles: [],
        otherFolders: [{ learnFolder: 'https://evil.example', articles: [], pages: ['g'] }],
      }),
      /src\/data\/learn-folder\.json: otherFolders\[0\]\.learnFolder "https:\/\/evil\.example" is no Learn folder/,
    );
  });
});

describe('every URL made for Learn is on Learn, whatever a caller passes', () => {
  const base = `${LEARN}/en-us`;

  test('"Adapted from": a folder or page off Learn is an error naming the folder', () => {
    for (const folder of OFF_LEARN) {
      assert.throws(
        () => learnArticleUrl('g', base, folder, []),
        (error: Error) =>
          error.message.startsWith(
            `The Learn folder ${JSON.stringify(folder)} makes the URL https://evil.example/`,
          ) && error.message.includes(`which is not on Learn (${LEARN}/)`),
        folder,
      );
      assert.throws(
        () =>
          learnArticleUrl('g', base, 'defender-business', [
            { learnFolder: folder, articles: [], pages: ['g'] },
          ]),
        /which is not on Learn/,
        folder,
      );
    }
    assert.throws(
      () => learnArticleUrl('\\\\evil.example', base, 'defender-business', []),
      /with the page \\\\evil\.example/,
    );
    assert.equal(learnArticleUrl('g', base, 'defender-business', []), `${base}/defender-business/g`);
  });

  test("a page's links: a folder off Learn is an error naming it, not the link", () => {
    const context = { sitePages: new Set<string>(), learnBase: base, learnFolder: '\\\\evil.example' };
    assert.throws(
      () => resolveLearnLink('other.md', context),
      /^Error: The Learn folder "\\\\\\\\evil\.example" makes the URL https:\/\/evil\.example\//,
    );
    assert.throws(
      () =>
        resolveLearnLink('other.md', {
          ...context,
          learnFolder: 'x',
          learnBase: 'https://evil.example/en-us',
        }),
      /The base "https:\/\/evil\.example\/en-us" given for Learn makes the URL/,
    );
  });

  test('xref: and a locale base too', () => {
    assert.throws(() => resolveXref('xref:System.String', 'https://evil.example/en-us'), /not on Learn/);
    assert.equal(resolveXref('xref:System.String', base), `${base}/dotnet/api/system.string`);
    assert.throws(() => localeBase('https://evil.example/en-us', 'ja-jp'), /not on Learn/);
  });
});

describe('npm run import -- --learn-path', () => {
  test('a locale, then a folder (slashes around it allowed)', () => {
    assert.deepEqual(learnPathOption('ja-jp/microsoft-365/bookings'), {
      locale: 'ja-jp',
      folder: 'microsoft-365/bookings',
    });
    assert.deepEqual(learnPathOption('/sql/linux/'), { locale: undefined, folder: 'sql/linux' });
  });

  test('one naming no Learn folder is refused before anything is written, saying what to write', async () => {
    for (const value of [
      String.raw`ja-jp/\\evil.example`,
      String.raw`\\evil.example`,
      'https://evil.example',
    ])
      assert.throws(
        () => learnPathOption(value),
        (error: Error) =>
          error.message.startsWith(
            `--learn-path ${JSON.stringify(value)} names no Learn folder: it holds `,
          ) &&
          error.message.includes(
            '--learn-path ja-jp/microsoft-365/bookings for https://learn.microsoft.com/ja-jp/microsoft-365/bookings/',
          ),
        value,
      );
    const site = tempDir('learn-path-site-');
    const run = await importCommand([
      join(ROOT, 'tests/fixtures/learn/widget-overview.md'),
      '--learn-path',
      String.raw`ja-jp/\\evil.example`,
      '--root',
      site,
    ]);
    assert.equal(run.status, 1, run.stdout);
    assert.match(
      run.stderr,
      /^import failed: --learn-path "ja-jp\/\\\\\\\\evil\.example" names no Learn folder: it holds "\\\\"\./m,
    );
    assert.equal(existsSync(join(site, 'content')), false);
    assert.equal(existsSync(join(site, 'src/data/learn-folder.json')), false);
    // The site's own file is untouched, and reads as it is.
    assert.doesNotThrow(() => parseLearnFolderFile(readFileSync(join(ROOT, FILE), 'utf8'), FILE));
  });
});
