/** docfx's `~/` starts at the folder of the docfx.json that builds the article; --read-root stays the repository's root. */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { nearestDocfxFolder } from '../../src/lib/import/convert.ts';
import { importCommand, importProcess, nodeProcess, type ImportRun } from '../support/run-import.ts';
import { tempDir } from '../support/temp-dir.ts';

const FRONT = '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n';

function tree(files: Record<string, string>): string {
  const repo = tempDir('import-docfx-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  }
  return repo;
}

/**
 * `npm run import` of `files` of `repo` (the read root) into a new site: in this process, or by `run` (in a
 * process of its own, for a run that might not end).
 */
async function runImport(
  repo: string,
  files: readonly string[],
  run: (args: readonly string[]) => Promise<ImportRun> = importCommand,
): Promise<{ output: string; site: string }> {
  const site = tempDir('import-docfx-site-');
  const { output } = await run([
    ...files.map((file) => join(repo, file)),
    '--read-root',
    repo,
    '--repository',
    'contoso/docs',
    '--learn-path',
    'contoso/debugger',
    '--root',
    site,
  ]);
  return { output, site };
}

describe('an article of a repository whose docfx.json is in docs/ (as visualstudio-docs)', async () => {
  const repo = tree({
    'docs/docfx.json': '{}\n',
    'docs/includes/x.md': 'Shared text from docs/includes.\n',
    'includes/x.md': 'The repository root include, which docfx does not read here.\n',
    'docs/debugger/a.md': `${FRONT}# A\n\n[!INCLUDE [x](~/includes/x.md)]\n\nSee [b](~/debugger/b.md).\n`,
    'docs/debugger/b.md': `${FRONT}# B\n\nBack to [a](a.md).\n`,
  });
  const { output, site } = await runImport(repo, ['docs/debugger/a.md', 'docs/debugger/b.md']);
  const page = readFileSync(join(site, 'content/a.md'), 'utf8');

  test('~/includes/x.md is read from docs/, the docfx.json folder', () => {
    assert.match(page, /Shared text from docs\/includes\./);
    assert.doesNotMatch(page, /repository root include/);
    assert.doesNotMatch(output, /\[!INCLUDE\]/);
  });

  test('a ~/ link is written relative to the page from docs/', () => {
    assert.match(page, /See \[b\]\(b\.md\)\./);
  });

  test('the source path is still the path in the repository, from --read-root', () => {
    assert.match(page, /^source: "docs\/debugger\/a\.md"$/m);
    assert.match(page, /^repository: "contoso\/docs"$/m);
  });
});

test('without a docfx.json, ~/ starts at --read-root, as before', async () => {
  const repo = tree({
    'includes/x.md': 'The repository root include.\n',
    'docs/debugger/a.md': `${FRONT}# A\n\n[!INCLUDE [x](~/includes/x.md)]\n`,
  });
  const { site } = await runImport(repo, ['docs/debugger/a.md']);
  assert.match(readFileSync(join(site, 'content/a.md'), 'utf8'), /The repository root include\./);
});

test('nearestDocfxFolder: the nearest docfx.json upward from the article, none above the read root', () => {
  const files = new Set(['/r/docfx.json', '/r/docs/docfx.json']);
  const exists = { exists: (path: string) => files.has(path) };
  assert.equal(nearestDocfxFolder('/r/docs/debugger/a.md', '/r', exists), '/r/docs');
  assert.equal(nearestDocfxFolder('/r/other/a.md', '/r', exists), '/r');
  assert.equal(nearestDocfxFolder('/r/docs/debugger/a.md', '/r/docs/debugger', exists), undefined);
});

describe("the author docfx.json's metadata gives (as PowerShell-Docs' globalMetadata)", async () => {
  const unsigned = '---\ntitle: T\ndescription: About it.\nms.date: 01/02/2024\n---\n\n';
  const repo = tree({
    'reference/docfx.json': JSON.stringify({
      build: {
        globalMetadata: { author: 'sdwheeler', 'ms.author': 'sewhee' },
        fileMetadata: { author: { 'learn/deep-dives/**': 'mikefrobbins' } },
      },
    }),
    'reference/learn/deep-dives/a.md': `${unsigned}# A\n\nText.\n`,
    'reference/learn/b.md': `${unsigned}# B\n\nText.\n`,
    'reference/learn/c.md': `${FRONT}# C\n\nText.\n`,
    'reference/learn/d.md': `${FRONT.replace('---\n\n', 'ms.author: own\nms.topic: article\n---\n\n')}# D\n\nText.\n`,
  });
  const { output, site } = await runImport(repo, [
    'reference/learn/deep-dives/a.md',
    'reference/learn/b.md',
    'reference/learn/c.md',
    'reference/learn/d.md',
  ]);
  const authorOf = (page: string) =>
    /^author: "?([^"\n]*)"?$/m.exec(readFileSync(join(site, `content/${page}.md`), 'utf8'))?.[1];

  test('an article naming no author takes its fileMetadata glob, else its globalMetadata; its own author wins', () => {
    assert.equal(authorOf('deep-dives/a'), 'mikefrobbins');
    assert.equal(authorOf('b'), 'sdwheeler');
    assert.equal(authorOf('c'), 'test');
    assert.doesNotMatch(output, /"author" is missing/);
  });

  test("the keys the site does not keep are the files' own: docfx.json's ms.author, which every article inherits, is not listed", () => {
    // winrt-api's globalMetadata gives "ms.author": "jken"; the import listed "20 files: ms.author" of 20 files without it.
    const dropped = output.slice(output.indexOf('front-matter keys the site does not keep'));
    assert.match(dropped, /^ +1 file: ms\.author, ms\.topic \(\S*d\.md\)$/m);
    assert.doesNotMatch(dropped, /^ +[2-9]\d* files?: .*ms\.author/m);
  });
});

describe("the ms.date docfx.json's metadata gives (as office-docs-powershell's globalMetadata)", async () => {
  const undated = '---\ntitle: T\ndescription: About it.\nauthor: test\n---\n\n';
  const repo = tree({
    // exchange/docfx.json: "globalMetadata": { "author" : "chrisda", "ms.date" : "09/25/2017", … }
    'exchange/docfx.json': JSON.stringify({
      build: {
        globalMetadata: { author: 'chrisda', 'ms.date': '09/25/2017' },
        fileMetadata: { 'ms.date': { 'exchange-ps/old/**': '02/30/2017' } },
      },
    }),
    'exchange/exchange-ps/a.md': `${undated}# A\n\nText.\n`,
    'exchange/exchange-ps/b.md': `${FRONT}# B\n\nText.\n`,
    'exchange/exchange-ps/old/c.md': `${undated}# C\n\nText.\n`,
  });
  const { output, site } = await runImport(repo, [
    'exchange/exchange-ps/a.md',
    'exchange/exchange-ps/b.md',
    'exchange/exchange-ps/old/c.md',
  ]);
  const updatedOf = (page: string) =>
    /^updated: (.*)$/m.exec(readFileSync(join(site, `content/${page}.md`), 'utf8'))?.[1];

  test("an article naming no ms.date takes docfx.json's; its own wins", () => {
    assert.equal(updatedOf('a'), '2017-09-25');
    assert.equal(updatedOf('b'), '2024-01-02');
    assert.doesNotMatch(output, /a\.md:1: .*"ms\.date" is missing/);
  });

  test("a day docfx.json's glob gives that does not exist gets the default, the warning naming docfx.json", () => {
    assert.notEqual(updatedOf('old/c'), '2017-03-02');
    assert.match(
      output,
      /old\/c\.md:1: front-matter field "ms\.date" \(from \S*docfx\.json's metadata\) is "02\/30\/2017", not a date/,
    );
    // Named from where the import runs, as the file before it is (trial CG), not from the article's folder.
    const named = /"ms\.date" \(from (\S*docfx\.json)'s metadata\)/.exec(output)?.[1];
    assert.equal(named && resolve(named), join(repo, 'exchange/docfx.json'));
  });
});

describe("the description docfx.json's metadata gives (as VBA-Docs' globalMetadata and fileMetadata)", async () => {
  const undescribed = '---\ntitle: T\nauthor: test\nms.date: 06/08/2017\n---\n\n';
  const repo = tree({
    // VBA-Docs docfx.json: "globalMetadata": { …, "description": "Office VBA reference topic", … }
    'docfx.json': JSON.stringify({
      build: {
        globalMetadata: { description: 'Office VBA reference topic' },
        fileMetadata: { description: { 'api/Outlook.*.md': 'Outlook VBA reference' } },
      },
    }),
    'api/Outlook.Attachment.Delete.md': `${undescribed}# Attachment.Delete method (Outlook)\n\nDeletes an object from the collection.\n`,
    'api/Outlook.OlEnum.md': `${undescribed}# OlEnum enumeration (Outlook)\n\n|Name|Value|\n|:---|:---|\n|**olA**|1|\n`,
    'api/Excel.Range.md': `${undescribed}# Range object (Excel)\n\n|Name|Value|\n|:---|:---|\n|**A**|1|\n`,
    'api/Outlook.Own.md': `${FRONT}# Own\n\nIts own sentence here, not the description.\n`,
  });
  const { output, site } = await runImport(repo, [
    'api/Outlook.Attachment.Delete.md',
    'api/Outlook.OlEnum.md',
    'api/Excel.Range.md',
    'api/Outlook.Own.md',
  ]);
  const descriptionOf = (page: string) =>
    /^description: "?([^"\n]*)"?$/m.exec(readFileSync(join(site, `content/${page}.md`), 'utf8'))?.[1];

  test("an article's own description wins, then its first sentence, then docfx.json's (its glob's, else global)", () => {
    assert.equal(descriptionOf('outlook.own'), 'About it.');
    assert.equal(descriptionOf('outlook.attachment.delete'), 'Deletes an object from the collection.');
    assert.equal(descriptionOf('outlook.olenum'), 'Outlook VBA reference');
    assert.equal(descriptionOf('excel.range'), 'Office VBA reference topic');
  });

  test('the warning says docfx.json gives one, never that it is missing', () => {
    assert.doesNotMatch(output, /"description" is missing/);
    assert.match(
      output,
      /Outlook\.Attachment\.Delete\.md:1: front-matter field "description" is not in the file, and \S*docfx\.json's metadata gives every article the same one \("Outlook VBA reference"\), which says less than the article's first sentence: using "Deletes an object from the collection\."/,
    );
    assert.doesNotMatch(output, /OlEnum\.md:1: front-matter field "description"/);
  });

  // Trial CG (VBA-Docs' Word api/ pages, run from the site): the warning, of 18 files named from where the import
  // runs, said "../docfx.json", from the articles' folder: from the site, a file that is not there.
  test('the warning names docfx.json as it names the files, from where the import runs', () => {
    const named = /(\S*docfx\.json)'s metadata gives every article/.exec(output)?.[1];
    assert.equal(named && resolve(named), join(repo, 'docfx.json'));
    const file = /(\S*Outlook\.Attachment\.Delete\.md):1: front-matter field "description"/.exec(output)?.[1];
    assert.equal(file && resolve(file), join(repo, 'api/Outlook.Attachment.Delete.md'));
  });
});

test("docfx.json's fileMetadata globs match as docfx's do: `**` crosses folders wherever it stands", async () => {
  const { docfxValue, matchesDocfxGlob } = await import('../../src/lib/import/zone-pivots.ts');
  // dynamics-365-customer-engagement's ce/docfx.json writes its fileMetadata globs `customerengagement/**.*`.
  const metadata = {
    build: {
      globalMetadata: { 'ms.date': '01/01/2020' },
      fileMetadata: { 'ms.date': { 'customerengagement/**.*': '12/13/2024', 'other/**/*.md': '02/02/2022' } },
    },
  };
  const date = (path: string) => docfxValue(metadata, `/r/ce/${path}`, '/r/ce', 'ms.date');
  assert.equal(date('customerengagement/on-premises/admin/device-support.md'), '12/13/2024');
  assert.equal(date('other/a/b.md'), '02/02/2022');
  assert.equal(date('elsewhere/c.md'), '01/01/2020');
  // As docfx's GlobMatcher (its default options): case ignored (VBA-Docs' `api/Excel.*.md`), {a,b} groups,
  // `**` last is the file in any folder below, never a folder or file starting with `.`, and `!` negates.
  assert.ok(matchesDocfxGlob('api/excel.range.md', 'api/Excel.*.md'));
  assert.ok(matchesDocfxGlob('b/x.md', '{a,b}/*.md'));
  assert.ok(!matchesDocfxGlob('c/x.md', '{a,b}/*.md'));
  assert.ok(matchesDocfxGlob('learn/deep-dives/a/b.md', 'learn/deep-dives/**'));
  assert.ok(!matchesDocfxGlob('learn/deep-dives', 'learn/deep-dives/**'));
  assert.ok(!matchesDocfxGlob('learn/.github/a.md', 'learn/**'));
  assert.ok(matchesDocfxGlob('learn/.github/a.md', 'learn/.github/*.md'));
  assert.ok(!matchesDocfxGlob('learn/a.md', '!learn/**') && matchesDocfxGlob('other/a.md', '!learn/**'));
});

/**
 * What `code` (a module's body, with `zonePivots` the module zone-pivots.ts) prints as JSON, run by Node
 * apart: a call that would take minutes fails after 60 s (node:test's timeout cannot stop a call that
 * keeps the test's own thread busy). With 10 s, starting Node and loading the module alone overran it at load 17 to
 * 23 (import trial 26); unbounded, the glob of 20 groups below is 8 times the 17 groups that took 92 s an article.
 */
async function printedBy(code: string): Promise<unknown> {
  const module = JSON.stringify(new URL('../../src/lib/import/zone-pivots.ts', import.meta.url).href);
  const run = await nodeProcess(
    ['--input-type=module', '-e', `const zonePivots = await import(${module});\n${code}`],
    { timeout: 60_000 },
  );
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

describe('a docfx.json fileMetadata glob that expands past the cap (red team: `{a,b}` 17 times, 92 s an article)', () => {
  const groups = (count: number) => `${'{a,b}'.repeat(count)}.md`;
  const docfxJson = `{
  "build": {
    "globalMetadata": { "author": "global" },
    "fileMetadata": {
      "author": {
        "docs/**": "docs-author",
        "${groups(17)}": "seventeen",
        "${groups(20)}": "twenty"
      }
    }
  }
}
`;

  test('is not read, and docfxMetadata says so naming docfx.json, the glob and its line', async () => {
    const { docfxMetadata } = await import('../../src/lib/import/zone-pivots.ts');
    const files = {
      real: (path: string) => path,
      read: (path: string) => (path === '/r/docfx.json' ? docfxJson : undefined),
    };
    const { notes } = docfxMetadata(
      { docset: '/r', docfxJson: '/r/docfx.json', readRoot: '/r' },
      files,
      new Map(),
    );
    assert.deepEqual(
      notes.map(({ file, line }) => [file, line]),
      [
        ['/r/docfx.json', 7],
        ['/r/docfx.json', 8],
      ],
    );
    assert.match(
      notes[0]?.message ?? '',
      /^the fileMetadata glob "\{a,b\}\{a,b\}.*…" of "author" stands for more than 256 paths once its \{…\} groups are expanded, as docfx expands them: it is not read/,
    );
  });

  test('matches nothing, at once: an article it would name takes the global value', async () => {
    const values = await printedBy(`
      const metadata = JSON.parse(${JSON.stringify(docfxJson)});
      const author = (file) => zonePivots.docfxValue(metadata, file, '/r', 'author');
      console.log(JSON.stringify([author('/r/abababababababababab.md'), author('/r/aaaaaaaaaaaaaaaaa.md'), author('/r/docs/a.md')]));
    `);
    assert.deepEqual(values, ['global', 'global', 'docs-author']);
  });

  test('up to the cap, it is read as docfx reads it', async () => {
    const { docfxGlobProblem, matchesDocfxGlob } = await import('../../src/lib/import/zone-pivots.ts');
    assert.equal(docfxGlobProblem(groups(8)), undefined);
    assert.ok(matchesDocfxGlob('abbabaab.md', groups(8)));
    assert.ok(!matchesDocfxGlob('abbabaac.md', groups(8)));
    assert.match(docfxGlobProblem('a'.repeat(1001)) ?? '', /^is 1,001 characters long, more than the 1,000/);
  });

  test("a glob's `*` runs are matched in time bounded by the glob and the path (a regex of them backtracks for minutes)", async () => {
    const matched = await printedBy(`
      const glob = 'docs/' + '*a'.repeat(100) + 'b.md';
      const path = (end) => 'docs/' + 'a'.repeat(200) + end;
      console.log(JSON.stringify([zonePivots.matchesDocfxGlob(path('.md'), glob), zonePivots.matchesDocfxGlob(path('b.md'), glob)]));
    `);
    assert.deepEqual(matched, [false, true]);
  });

  test('the import says so once, and the article takes the global author', async () => {
    // The red team's docfx.json: the glob under description, author and ms.date, next to the articles.
    const repo = tree({
      'docfx.json': JSON.stringify(
        {
          build: {
            globalMetadata: { author: 'global' },
            fileMetadata: Object.fromEntries(
              ['description', 'author', 'ms.date'].map((key) => [key, { [groups(17)]: 'x' }]),
            ),
          },
        },
        null,
        2,
      ),
      'docs/a.md': '---\ntitle: A\ndescription: About it.\nms.date: 01/02/2024\n---\n\n# A\n\nText.\n',
      'docs/b.md': '---\ntitle: B\ndescription: About it.\nms.date: 01/02/2024\n---\n\n# B\n\nText.\n',
    });
    // In a process of its own: were the glob expanded again, the run would take minutes an article, and a
    // test's own thread so busy cannot be stopped.
    const { output, site } = await runImport(repo, ['docs/a.md', 'docs/b.md'], (args) =>
      importProcess(args, { timeout: 180_000 }),
    );
    const warned = output.split('\n').filter((line) => line.includes('the fileMetadata glob'));
    assert.deepEqual(
      warned.map((line) =>
        /docfx\.json:(\d+): the fileMetadata glob "\{a,b\}[^"]*" of "([\w.]+)"/.exec(line)?.slice(1),
      ),
      [
        ['8', 'description'],
        ['11', 'author'],
        ['14', 'ms.date'],
      ],
    );
    assert.match(readFileSync(join(site, 'content/a.md'), 'utf8'), /^author: "?global"?$/m);
  });
});

describe('docfx.json globs that together stand for more than MAX_DOCFX_GLOB_CHARACTERS (red team 31: 200 globs under the caps, 3.2 GB and 2 minutes to import one article)', async () => {
  const { docfxMetadata, docfxValue, MAX_DOCFX_GLOB_CHARACTERS } =
    await import('../../src/lib/import/zone-pivots.ts');
  // 95 characters standing for 256 paths: 24,320 characters against the budget.
  const big = (n: number) => `${'{a,b}'.repeat(8)}/${String(n).padStart(2, '0')}/${'*x'.repeat(24)}.md`;
  const many = Object.fromEntries(Array.from({ length: 50 }, (_, n) => [big(n), 'many']));
  const metadata = {
    build: {
      globalMetadata: { author: 'global' },
      fileMetadata: {
        // A key the import does not read costs nothing.
        'ms.service': many,
        author: { 'docs/**': 'docs-author', ...many, 'late/**': 'late-author' },
      },
    },
  };
  const text = JSON.stringify(metadata, null, 2);

  test('the globs past it are not read: an article only they name takes the global value', () => {
    const author = (path: string) => docfxValue(metadata, `/r/${path}`, '/r', 'author');
    assert.equal(author('docs/a.md'), 'docs-author');
    assert.equal(author('late/a.md'), 'global');
  });

  test('docfxMetadata says so once, at the first glob not read, with how many', () => {
    const files = {
      real: (path: string) => path,
      read: (path: string) => (path === '/r/docfx.json' ? text : undefined),
    };
    const { notes } = docfxMetadata(
      { docset: '/r', docfxJson: '/r/docfx.json', readRoot: '/r' },
      files,
      new Map(),
    );
    // docs/** and as many big globs as the budget holds are read; the next is the first past it.
    const fitting = Math.floor((MAX_DOCFX_GLOB_CHARACTERS - 'docs/**'.length) / (big(0).length * 256));
    const [note, ...more] = notes;
    assert.ok(note !== undefined && more.length === 0, JSON.stringify(notes));
    const lines = text.split('\n');
    const author = lines.findIndex((line) => line.includes('"author": {'));
    const first = lines.findIndex((line, at) => at > author && line.includes(`"${big(fitting)}"`));
    assert.equal(note.line, first + 1);
    const unread = Object.keys(metadata.build.fileMetadata.author).length - 1 - fitting;
    assert.ok(
      note.message.startsWith(
        `its globs stand for more than ${MAX_DOCFX_GLOB_CHARACTERS.toLocaleString('en-US')} characters together once their {…} groups are expanded: ${String(unread)} from "${big(fitting).slice(0, 80)}…" of the fileMetadata of "author" on are not read`,
      ),
      note.message,
    );
  });
});
