/** An anchor link written in another case than its target's id: the import writes it as the build checks it. */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { importCommand } from '../support/run-import.ts';
import { pathToFileURL } from 'node:url';
import {
  anchorFixes,
  brokenAnchors,
  refusedLinks,
  withFixedHrefs,
} from '../../src/lib/import/link-preview.ts';
import { tempDir } from '../support/temp-dir.ts';

const FRONT = '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n';

describe('npm run import of pages whose #anchor links name a bookmark in another case', async () => {
  // As visualstudio-docs' remote-debugging-csharp.md and its include remote-debugger-download.md.
  const source = tempDir('import-anchor-case-src-');
  mkdirSync(join(source, 'includes'));
  writeFileSync(
    join(source, 'includes/download.md'),
    '1. Download the tools.\n2. Follow the [setup instructions](#bkmk_setup).\n',
  );
  writeFileSync(
    join(source, 'remote.md'),
    `${FRONT}# Remote debugging\n\n[!INCLUDE [download](includes/download.md)]\n\n## <a name="BKMK_setup"></a> Set up the remote debugger\n\nRun it.\n\n## Verify the connection\n\n<a name="Opt"></a>Options.\n\n<a name="OPT"></a>More options.\n\nSee [the options](#opt) and [the heading](#Verify-The-Connection).\n`,
  );
  writeFileSync(join(source, 'other.md'), `${FRONT}# Other\n\nGo to [setup](remote.md#bkmk_Setup).\n`);
  const dir = tempDir('import-anchor-case-');
  /** The import of both articles into `dir`, as a maintainer runs it. */
  const runImport = () =>
    importCommand([
      join(source, 'remote.md'),
      join(source, 'other.md'),
      '--learn-path',
      'contoso/apps',
      '--root',
      dir,
    ]);
  const run = await runImport();
  const output = `${run.stdout}\n${run.stderr}`;
  const remote = readFileSync(join(dir, 'content/remote.mdx'), 'utf8');
  const lineOf = (text: string, part: string) => text.slice(0, text.indexOf(part)).split('\n').length;

  test('a link matching one id but for case is written in its case, with a warning naming the page line', () => {
    assert.match(remote, /\[setup instructions\]\(#BKMK_setup\)/);
    assert.match(remote, /\[the heading\]\(#verify-the-connection\)/);
    const other = readFileSync(join(dir, 'content/other.md'), 'utf8');
    assert.match(other, /\[setup\]\(remote\.md#BKMK_setup\)/);
    const at = lineOf(remote, '(#BKMK_setup)');
    assert.match(
      output,
      new RegExp(
        `warning {3}content/remote\\.mdx:${at}: the link "#bkmk_setup" goes to an id of its page in another case: written "#BKMK_setup"`,
      ),
    );
    assert.match(
      output,
      new RegExp(
        `warning {3}content/other\\.md:${lineOf(other, '(remote.md')}: the link "remote\\.md#bkmk_Setup"`,
      ),
    );
    assert.doesNotMatch(output, /"#bkmk_setup".*not a heading/);
  });

  test('a link matching two ids but for case is left, and warned of as the build fails on it', () => {
    assert.match(remote, /\[the options\]\(#opt\)/);
    assert.match(
      output,
      /content\/remote\.mdx:\d+: the link "#opt" goes to #opt, which is not a heading.* Link a heading or bookmark the page has\. The build will fail on it\./,
    );
  });

  test('importing again changes nothing', async () => {
    const again = await runImport();
    assert.doesNotMatch(again.stdout, /\bkept\b|\bwrote\b.*content\//);
    assert.equal(readFileSync(join(dir, 'content/remote.mdx'), 'utf8'), remote);
  });
});

describe('npm run import of a link whose query is written after its #anchor', async () => {
  // As microsoft-365-docs' delete-a-user.md (import trial 33): Learn's tools appended `&preserve-view=true` to
  // links with `?view=`, after the anchor when there was one, which a browser reads as part of the anchor.
  const source = tempDir('import-anchor-query-src-');
  writeFileSync(
    join(source, 'roles.md'),
    `${FRONT}# Roles\n\nIntro.\n\n## Commonly used roles\n\nText.\n\n<a name="BKMK_more"></a>More.\n`,
  );
  writeFileSync(
    join(source, 'delete.md'),
    `${FRONT}# Delete\n\nBe a [user administrator](/contoso/apps/roles?view=o365-worldwide#commonly-used-roles&preserve-view=true).\n\nSee [more](roles.md#bkmk_more?tabs=a&view=b), [nothing](roles.md#nothing&preserve-view=true) and [text](roles.md#commonly-used-roles&more), [encoded](roles.md#commonly-used-roles&q=a%20b).\n`,
  );
  const dir = tempDir('import-anchor-query-');
  const run = await importCommand([
    join(source, 'roles.md'),
    join(source, 'delete.md'),
    '--learn-path',
    'contoso/apps',
    '--root',
    dir,
  ]);
  const output = `${run.stdout}\n${run.stderr}`;
  const page = readFileSync(join(dir, 'content/delete.md'), 'utf8');

  test('the query goes before the anchor, which names the heading, and the import says so at its line', () => {
    assert.match(
      page,
      /\[user administrator\]\(\/contoso\/apps\/roles\?view=o365-worldwide&preserve-view=true#commonly-used-roles\)/,
    );
    const line = page.slice(0, page.indexOf('[user administrator]')).split('\n').length;
    assert.match(
      output,
      new RegExp(
        `warning {3}content/delete\\.md:${line}: the link "/contoso/apps/roles\\?view=o365-worldwide#commonly-used-roles&preserve-view=true" has a query after its #anchor`,
      ),
    );
    assert.doesNotMatch(output, /"\/contoso\/apps\/roles[^"]*" goes to #/);
  });

  test('a query written percent-encoded after the anchor is moved as written', () => {
    assert.match(page, /\[encoded\]\(roles\.md\?q=a%20b#commonly-used-roles\)/);
  });

  test('an anchor naming its id in another case before the query is written in its case too', () => {
    assert.match(page, /\[more\]\(roles\.md\?tabs=a&view=b#BKMK_more\)/);
  });

  test('an anchor naming no id before its query, or followed by what is no query, is left for the build to name', () => {
    assert.match(page, /\[nothing\]\(roles\.md#nothing&preserve-view=true\)/);
    assert.match(
      output,
      /the link "roles\.md#nothing&preserve-view=true" \(published as [^)]*\) goes to #nothing&preserve-view=true, which is not a heading/,
    );
    assert.match(page, /\[text\]\(roles\.md#commonly-used-roles&more\)/);
    assert.match(
      output,
      /the link "roles\.md#commonly-used-roles&more" \(published as [^)]*\) goes to #commonly-used-roles&more, which/,
    );
  });
});

test('withFixedHrefs rewrites the destination only, of a link or a definition, at the line named', () => {
  const markdown = 'See [#a](#a "#a").\n\n[ref]: #a\n\nAnd [#a](#a).\n';
  assert.equal(
    withFixedHrefs(markdown, [
      { line: 1, href: '#a', fixed: '#A', kind: 'case' },
      { line: 3, href: '#a', fixed: '#A', kind: 'case' },
    ]),
    'See [#a](#A "#a").\n\n[ref]: #A\n\nAnd [#a](#a).\n',
  );
});

test('a page MDX cannot read is named once with its line: by refusedLinks, not again by the anchor check', async () => {
  const page = { file: 'remote.mdx', text: `${FRONT}# Remote\n\nRemote Debugger\\\\<x86, x64>\n` };
  const root = tempDir('import-anchor-unreadable-');
  const folders = { learnFolder: 'contoso/apps', articles: [] };
  const problems = refusedLinks([page], folders, new Set(['remote']), 'https://learn.microsoft.com/en-us');
  assert.deepEqual(
    problems.map(({ line, message }) => `${line}: ${message.slice(0, message.indexOf(':'))}`),
    ['10: MDX cannot read this page'],
  );
  assert.deepEqual(await brokenAnchors([page], pathToFileURL(`${root}/`), ['remote'], folders), []);
});

test('a written page the build cannot compile is warned of in whole sentences, without the advice of an anchor (link a heading)', async () => {
  // A bidirectional control character in the text (U+202E), which the build refuses: trial output was
  // "…right-to-left text needs no control character.. The build will fail on it: link a heading the page has."
  const source = tempDir('import-unreadable-src-');
  writeFileSync(
    join(source, 'bidi.md'),
    `${FRONT}# Bidi\n\nText with \u202E an override.\n\n## Setup\n\nSee [setup](#setup).\n`,
  );
  const dir = tempDir('import-unreadable-');
  const run = await importCommand([join(source, 'bidi.md'), '--learn-path', 'contoso/apps', '--root', dir]);
  const output = `${run.stdout}\n${run.stderr}`;
  assert.match(output, /warning {3}content\/bidi\.md:\d+: the build cannot compile this page: /);
  assert.match(output, /right-to-left text needs no control character\. The build will fail on it\./);
  assert.doesNotMatch(output, /\.\. The build/);
  assert.doesNotMatch(output, /link a heading/i);
});

describe('an #anchor in another case than its heading, written with letters beyond ASCII', () => {
  // Real-folder trial of microsoft-365-docs-pr.de-DE: `[a](#Übersicht)` to `## Übersicht` (id übersicht) was
  // said to be written "#übersicht" but left as it was, then failed the build: the fix compared the href as
  // the build records it, percent-encoded (#%C3%9Cbersicht), with the page's text.
  const text = [
    '# Über',
    '',
    'Siehe [a](#Übersicht), [b](#Résumé), [c](#Straße), [d](#STRASSE), [e](#Microsoft-365-の概要) und [f](#概要).',
    '',
    '[g]: #RÉSUMÉ',
    '',
    'Siehe [g] und [h](#&Uuml;bersicht) und [i](#Überblick).',
    '',
    '## Übersicht',
    '',
    '## résumé',
    '',
    '## straße',
    '',
    '## Microsoft 365 の概要',
    '',
    '## 概要',
    '',
  ].join('\n');
  const folders = { learnFolder: 'contoso/apps', articles: [] };
  const root = pathToFileURL(`${tempDir('import-anchor-letters-')}/`);
  const pages = [{ file: 'uber.md', text }];

  test("each is written in its heading id's case, and named as the page writes it", async () => {
    const fixes = await anchorFixes(pages, root, ['uber'], folders);
    assert.deepEqual(
      fixes.map(({ line, href, fixed }) => `${line}: ${href} → ${fixed}`),
      [
        '3: #Übersicht → #übersicht',
        '3: #Résumé → #résumé',
        '3: #Straße → #straße',
        '3: #Microsoft-365-の概要 → #microsoft-365-の概要',
      ],
    );
    const fixed = withFixedHrefs(text, fixes);
    assert.match(
      fixed,
      /\[a\]\(#übersicht\), \[b\]\(#résumé\), \[c\]\(#straße\), \[d\]\(#STRASSE\), \[e\]\(#microsoft-365-の概要\) und \[f\]\(#概要\)/,
    );
    // What the build then refuses, named as written: ß's upper case is SS, so #STRASSE is not straße in
    // another case (its lower case is strasse) and is left for the author; the entity is not rewritten.
    const problems = await brokenAnchors([{ file: 'uber.md', text: fixed }], root, ['uber'], folders);
    assert.deepEqual(
      problems.map((problem) =>
        /^content\/uber\.md:(\d+): the link "([^"]+)" goes to (#\S+), which/.exec(problem)?.slice(1),
      ),
      [
        ['3', '#STRASSE', '#STRASSE'],
        // Its URL as the parser gives it (the entity read), not as the build encodes it (#%C3%9Cbersicht).
        ['7', '#RÉSUMÉ', '#RÉSUMÉ'],
        ['7', '#Übersicht', '#Übersicht'],
        ['7', '#Überblick', '#Überblick'],
      ],
    );
    assert.match(problems[0] ?? '', /Did you mean #straße\?/);
  });

  test('a link whose href the page writes otherwise (an entity, a definition elsewhere) is not said to be written', async () => {
    const fixes = await anchorFixes(pages, root, ['uber'], folders);
    assert.equal(
      fixes.some((fix) => fix.line === 7),
      false,
    );
    const fixed = withFixedHrefs(text, fixes);
    assert.match(fixed, /\[h\]\(#&Uuml;bersicht\)/);
    assert.match(fixed, /^\[g\]: #RÉSUMÉ$/m);
  });
});

test('npm run import writes an #anchor of letters beyond ASCII in its heading id case, and says so as written', async () => {
  const source = tempDir('import-anchor-letters-src-');
  writeFileSync(
    join(source, 'uber.md'),
    `${FRONT}# Über\n\nSiehe [a](#Übersicht) und [b](#STRASSE).\n\n## Übersicht\n\nText.\n\n## straße\n\nText.\n`,
  );
  const dir = tempDir('import-anchor-letters-');
  const run = await importCommand([join(source, 'uber.md'), '--learn-path', 'contoso/apps', '--root', dir]);
  const output = `${run.stdout}\n${run.stderr}`;
  const page = readFileSync(join(dir, 'content/uber.md'), 'utf8');
  assert.match(page, /Siehe \[a\]\(#übersicht\) und \[b\]\(#STRASSE\)\./);
  assert.match(
    output,
    /content\/uber\.md:\d+: the link "#Übersicht" goes to an id of its page in another case: written "#übersicht"/,
  );
  assert.match(output, /content\/uber\.md:\d+: the link "#STRASSE" goes to #STRASSE, which is not a heading/);
  assert.doesNotMatch(output, /%C3|"#Übersicht" goes to #Übersicht|"#STRASSE" goes to an id/);
});

test("an id's characters that would end a destination are percent-encoded in the fixed link", async () => {
  // A bookmark id of a space and parentheses, as an <a name> of a Learn page may hold.
  const text = 'See [it](#setup%20(1)).\n\n<a id="Setup (1)"></a>Options.\n';
  const root = pathToFileURL(`${tempDir('import-anchor-encoded-')}/`);
  const fixes = await anchorFixes([{ file: 'b.mdx', text }], root, ['b'], {
    learnFolder: 'contoso/apps',
    articles: [],
  });
  assert.deepEqual(
    fixes.map(({ href, fixed }) => `${href} → ${fixed}`),
    ['#setup%20(1) → #Setup%20%281%29'],
  );
  const fixed = withFixedHrefs(text, fixes);
  assert.match(fixed, /^See \[it\]\(#Setup%20%281%29\)\.$/m);
  assert.deepEqual(
    await brokenAnchors([{ file: 'b.mdx', text: fixed }], root, ['b'], {
      learnFolder: 'contoso/apps',
      articles: [],
    }),
    [],
  );
});
