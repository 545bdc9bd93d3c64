/**
 * A content file's name is its page's URL, in every page's sidebar, the sitemap, the feed and /links/: the
 * URL must lead to the page, on this site. Red-team round 13: `\\evil.example.md` (two backslashes) was the
 * link //evil.example/ (another site, unmarked), `%2e%2e.md` the link /%2e%2e/ (the home page), `a#b.md`
 * and `q?x.md` were dropped by Astro while the build passed, `trail..md` was /trail./ (/trail on Windows).
 * Each is refused before anything is built, naming the file and a name to use, by the build and the import.
 */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { pageHref, slugOfContentPath } from '../../src/lib/navigation.ts';
import { buildPlan, pageUrlProblems, projectRoutes, PROJECT } from '../../src/lib/page-urls.ts';
import { SITE_ORIGIN } from '../../src/lib/url-class.ts';
import { tempDir } from '../support/temp-dir.ts';

const page = (title: string) =>
  `---\ntitle: ${title}\ndescription: A page.\norder: 90\nupdated: 2024-05-31\nauthor: tester\n---\n\nBody.\n`;

/** A project of content/ files `names` (paths under content/, written to disk), planned as the build plans it. */
function problemsOfFiles(names: readonly string[]): string[] {
  const root = tempDir('page-names-');
  after(() => {
    rmSync(root, { recursive: true, force: true });
  });
  for (const name of ['ok.md', ...names]) {
    const path = join(root, 'content', name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, page('A page'));
  }
  mkdirSync(join(root, 'public'));
  const project = {
    root: pathToFileURL(`${root}/`),
    publicDir: pathToFileURL(`${root}/public/`),
    assets: '_astro',
  };
  return pageUrlProblems(buildPlan(project, projectRoutes(PROJECT.root)));
}

describe('a file name whose URL would not lead to its page fails the build, naming it', () => {
  const refused: [string, RegExp][] = [
    [
      '\\\\evil.example.md',
      /^content\/\\\\evil\.example\.md holds a backslash, which a browser reads as "\/" in its page's URL .*: rename it to content\/--evil\.example\.md\.$/,
    ],
    [
      '%2e%2e.md',
      /^content\/%2e%2e\.md holds a "%", which a browser and the server read .*: rename it to content\/-2e-2e\.md\.$/,
    ],
    [
      'a#b.md',
      /^content\/a#b\.md holds a "#", .*Astro leaves the page out: rename it to content\/a-b\.md\.$/,
    ],
    [
      'q?x.md',
      /^content\/q\?x\.md holds a "\?", .*Astro leaves the page out: rename it to content\/q-x\.md\.$/,
    ],
    [
      'trail..md',
      /^content\/trail\.\.md would be the page \/trail\.\/, and its name "trail\." ends in a dot, which Windows hosts and file systems drop \(\/trail\.\/ is \/trail\/ there\): rename it to content\/trail\.md\.$/,
    ],
    [
      'guides./setup.md',
      /^content\/guides\.\/setup\.md .*"guides\." ends in a dot.*content\/guides\/setup\.md\.$/,
    ],
    ['notes .md', /^content\/notes \.md .*"notes " ends in a space.*content\/notes\.md\.$/],
    // Red team 26: a name Windows keeps for a device, of the file or a folder, with or without an extension.
    [
      'aux.md',
      /^content\/aux\.md would be the page \/aux\/, and its name "aux" is a device's on Windows \(CON, PRN, AUX, NUL, COM1…, LPT1…, with any extension\).*: rename it to content\/aux-page\.md\.$/,
    ],
    [
      'Nul.txt.md',
      /^content\/Nul\.txt\.md .*"Nul\.txt" is a device's on Windows.*content\/Nul-page\.txt\.md\.$/,
    ],
    [
      'com1/setup.md',
      /^content\/com1\/setup\.md .*"com1" is a device's on Windows.*content\/com1-page\/setup\.md\.$/,
    ],
    ['lpt¹.md', /"lpt¹" is a device's on Windows/],
    // Red team 29: the static host's own file (HOST_FILES), which no server of the site serves, nor what is under it.
    [
      '_redirects.md',
      /^content\/_redirects\.md would be the page \/_redirects\/, but \/_redirects is a file, written by the static host.*: rename it to content\/_redirects-page\.md\.$/,
    ],
    ['_redirects/setup.md', /^content\/_redirects\/setup\.md .*content\/_redirects-page\/setup\.md\.$/],
    // Red team 30: Cloudflare Pages reads _routes.json, and runs _worker.js, a file or a folder of modules.
    ['_routes.json.md', /^content\/_routes\.json\.md would be the page \/_routes\.json\/, .*static host/],
    ['_worker.js.md', /^content\/_worker\.js\.md would be the page \/_worker\.js\/, .*static host/],
    ['_worker.js/index.md', /^content\/_worker\.js\/index\.md .*static host/],
  ];
  for (const [name, expected] of refused)
    test(name, () => {
      const problems = problemsOfFiles([name]);
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0] ?? '', expected);
    });

  test('names of other letters, spaces inside and dots between words keep their URL, and pass', () => {
    assert.deepEqual(
      problemsOfFiles([
        'café.md',
        'dotnet-8.0.md',
        'release notes.md',
        'a/b.c/d.md',
        'auxiliary.md',
        'con-tent/com10.md',
      ]),
      [],
    );
  });

  test('a page whose URL a browser reads elsewhere is refused whatever made it (a slug given, not a file)', () => {
    const problems = pageUrlProblems({
      pages: [
        { file: 'content/x.md', slug: '/evil.example' },
        { file: 'content/y.md', slug: 'a/../b' },
      ],
      files: [],
      folders: [],
    });
    assert.deepEqual(problems, [
      'content/x.md would be the page //evil.example/, which a browser reads as https://evil.example/, another site: rename it to content/x.md.',
      'content/y.md would be the page /a/../b/, which a browser reads as /b/: rename it to content/y.md.',
    ]);
  });
});

test('no content path gives a slug whose URL leaves the site', () => {
  const paths = [
    '\\\\evil.example.md',
    '//evil.example.md',
    '/\\evil.example.md',
    '\\/evil.example.md',
    './/evil.example.md',
    '.\\\\evil.example.md',
    'docs\\\\\\evil.example/index.md',
  ];
  for (const path of paths) {
    const href = pageHref(slugOfContentPath(path));
    assert.equal(new URL(href, SITE_ORIGIN).origin, SITE_ORIGIN, `${path}: ${href}`);
    assert.ok(!href.startsWith('//'), `${path}: ${href}`);
  }
});

describe('the import writes none of them', () => {
  const article = (title: string) =>
    `---\ntitle: ${title}\ndescription: "A page."\nauthor: tester\nms.date: 03/07/2025\n---\n\n# ${title}\n\nText of the page.\n`;
  const names = [
    '\\\\evil.example',
    '%2e%2e',
    'a#b',
    'q?x',
    'trail.',
    'guides./setup',
    'notes ',
    'aux',
    'com1/setup',
    '_redirects',
  ];
  for (const name of names)
    test(`${name}.md is refused; the other file is imported`, () => {
      const files: Record<string, string> = {
        [`/learn/${name}.md`]: article('Refused'),
        '/learn/kept.md': article('Kept'),
      };
      const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
      const plan = planImport([`/learn/${name}.md`, '/learn/kept.md'], {}, access);
      assert.deepEqual(
        plan.pages.map((planned) => planned.slug),
        ['kept'],
      );
      assert.deepEqual(
        plan.refused.map((note) => note.file),
        [`/learn/${name}.md`],
      );
    });
});
