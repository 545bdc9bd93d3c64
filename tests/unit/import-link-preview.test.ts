/** The import says which links of the pages it wrote the build will refuse, as the build reads each page. */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { importCommand } from '../support/run-import.ts';
import { pathToFileURL } from 'node:url';
import { brokenAnchors, refusedLinks } from '../../src/lib/import/link-preview.ts';
import { tempDir } from '../support/temp-dir.ts';

const FOLDERS = { learnFolder: 'zz', articles: ['known.md'] };

test('a link in an HTML table cell of an .mdx page is checked, as MDX and the build read it', () => {
  // OfficeDocs-SkypeForBusiness-pr.zh-CN's whats-business-voice.md: links to Learn's root inside a table;
  // the import writes each <a href> as a Markdown link, which MDX reads inside the cell.
  const page = {
    file: 't.mdx',
    text: '---\ntitle: T\n---\n\n# T\n\n<table><tr><td>[t](/zz/nothere)</td></tr></table>\n\n<a href="/zz/gone">x</a> and [k](/zz/known).\n',
  };
  const problems = refusedLinks([page], FOLDERS, new Set(['t']), 'https://learn.microsoft.com/en-us');
  assert.deepEqual(
    problems.map((problem) => `${problem.line}: ${/"([^"]+)"/.exec(problem.message)?.[1] ?? ''}`),
    ['7: /zz/nothere', '9: /zz/gone'],
  );
});

test('an :::image:::\'s link="…" is checked as a link, which the build now makes it: in a list and a table too', () => {
  // Import trial 32: the build links :::image … link="…"::: (azure-docs' "Deploy to Azure" buttons); one to an
  // article neither here nor in the Learn folder was said by the build alone.
  const page = {
    file: 't.md',
    text: '---\ntitle: T\n---\n\n# T\n\n:::image type="content" source="/media/a.svg" alt-text="A." link="nothere.md":::\n\n- Step:\n\n  :::image type="content" source="/media/a.svg" alt-text="B." link="https://portal.azure.com/#create/x":::\n\n| a |\n|---|\n| :::image type="icon" source="/media/a.svg" link="/zz/gone"::: |\n\nAnd [k](/zz/known).\n',
  };
  const problems = refusedLinks([page], FOLDERS, new Set(['t']), 'https://learn.microsoft.com/en-us');
  assert.deepEqual(
    problems.map((problem) => `${problem.line}: ${/"([^"]+)"/.exec(problem.message)?.[1] ?? ''}`),
    ['7: nothere.md', '15: /zz/gone'],
  );
});

test('an <a href> left as HTML that leaves the site is said at its line, as the build refuses it; one of this site is not', () => {
  // Red team round 7: the import wrote `| <a href="https://learn.microsoft.com/cell">cell⏎</a> | x |` as below
  // and said nothing; the build then failed: "is an HTML <a> leaving the site".
  const page = {
    file: 't.mdx',
    text: '---\ntitle: T\n---\n\n| a | b |\n|---|---|\n| <a href="https://learn.microsoft.com/cell">cell</a>\n | x |\n\nMail <a href="mailto:a@example.com">a</a>, and <a href="/t/#x">here</a>.\n',
  };
  const problems = refusedLinks([page], FOLDERS, new Set(['t']), 'https://learn.microsoft.com/en-us');
  assert.deepEqual(
    problems.map((problem) => `${problem.line}: ${problem.message}`),
    [
      '7: The HTML link <a href="https://learn.microsoft.com/cell"> leaves the site, which only a Markdown link may (it is marked as external): write it as [text](url).',
      '10: The HTML link <a href="mailto:a@example.com"> leaves the site, which only a Markdown link may (it is marked as external): write it as [text](url).',
    ],
  );
});

test('a page MDX cannot read is named with its line and why, and the other pages are still checked', () => {
  // Red team round 7: `<img/src=x/onerror=alert(1)>` in the prose of a page written as .mdx ended the import
  // with "import failed: Unexpected character…", no file or line, the other pages' links unchecked.
  const pages = [
    { file: 'a.mdx', text: '---\ntitle: A\n---\n\n# A\n\nText <img/src=x/onerror=alert(1)> more.\n' },
    { file: 'b.mdx', text: '---\ntitle: B\n---\n\n# B\n\nText\n\n<img src=x onerror=alert(2)> more.\n' },
    { file: 'c.mdx', text: '---\ntitle: C\n---\n\n# C\n\n[t](/zz/nothere)\n' },
  ];
  const problems = refusedLinks(
    pages,
    FOLDERS,
    new Set(['a', 'b', 'c']),
    'https://learn.microsoft.com/en-us',
  );
  const advice =
    "so its links are not checked. Write that line as MDX reads it: an attribute's value in quotes, each tag closed, a `<` or `{` meant as text escaped with a backslash.";
  assert.deepEqual(
    problems.map(({ file, line, message }) => `${file}:${line}: ${message}`),
    [
      `a.mdx:7: MDX cannot read this page: Unexpected character \`s\` (U+0073) after self-closing slash, expected \`>\` to end the tag (column 11), ${advice}`,
      `b.mdx:9: MDX cannot read this page: Unexpected character \`x\` (U+0078) before attribute value, expected a character that can start an attribute value, such as \`"\`, \`'\`, or \`{\` (column 10), ${advice}`,
      'c.mdx:7: The link "/zz/nothere" goes to nothere, which is neither a page of this site nor an article of the Learn folder zz/ (its TOC and files). Fix the link; if the article is on Learn under another name (Learn redirects it), link that one, or write its full https:// URL.',
    ],
  );
});

test('a link with no text is named at its page line, as the build refuses it, its href as written', async () => {
  // microsoft-365-docs-pr.de-DE's set-password-to-never-expire.md, machine-translated: the link's text lost.
  const page = {
    file: 'set-password.md',
    text: '---\ntitle: T\n---\n\n# Kennwort\n\nSie können [](/powershell/module/Azuread) auch AzureAD-Cmdlets verwenden.\n\nSiehe [](#Übersicht) und [Übersicht](#übersicht).\n\n## Übersicht\n',
  };
  const root = pathToFileURL(`${tempDir('import-link-name-')}/`);
  assert.deepEqual(await brokenAnchors([page], root, ['set-password'], FOLDERS), [
    'content/set-password.md:7: the link "/powershell/module/Azuread" (published as https://learn.microsoft.com/en-us/powershell/module/Azuread) has no text: a reader sees nothing to click, and a screen reader hears only "(external site)". Write its text: [text](url).',
    'content/set-password.md:9: the link "#Übersicht" has no text: a reader sees nothing to click, and a screen reader hears no name for it, at most its address. Write its text: [text](url).',
    'content/set-password.md:9: the link "#Übersicht" goes to #Übersicht, which is not a heading on /set-password/. Did you mean #übersicht? Its ids are: #übersicht, #kennwort. Link a heading or bookmark the page has.',
  ]);
});

test('npm run import writes the real German line as Learn shows it, its empty link left out and said so at its source line: the build has nothing to refuse', async () => {
  const source = tempDir('import-link-name-src-');
  writeFileSync(
    join(source, 'set-password.md'),
    '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n# Kennwort\n\nSie können [](/powershell/module/Azuread) auch AzureAD-Cmdlets verwenden.\n',
  );
  const dir = tempDir('import-link-name-');
  const run = await importCommand([
    join(source, 'set-password.md'),
    '--learn-path',
    'de-de/microsoft-365/admin',
    '--root',
    dir,
  ]);
  const page = readFileSync(join(dir, 'content/set-password.md'), 'utf8');
  assert.match(page, /^Sie können auch AzureAD-Cmdlets verwenden\.$/m);
  assert.match(
    `${run.stdout}\n${run.stderr}`,
    /warning {3}\S*set-password\.md:10: the link "\/powershell\/module\/Azuread" has no text: Learn shows nothing there, so it is left out of the page\. If a link was meant, give it text: \[text\]\(\/powershell\/module\/Azuread\)\./,
  );
  assert.doesNotMatch(
    `${run.stdout}\n${run.stderr}`,
    /has no text: a reader sees nothing|The build will fail on it/,
  );
});

test('a link the build refuses as disguised, which the import said at its source, is not said again as a page that cannot compile', async () => {
  // A UNC path (`\\server\share`, which a browser reads as another host) and a backslash written `&#92;`:
  // the import cannot write either with "/", warns at the source's line, and the build's content check fails.
  const root = pathToFileURL(`${tempDir('import-disguised-')}/`);
  const links = '[share](\\\\\\\\server\\\\share\\\\setup.md) and [entity](..&#92;text&#92;a.md).';
  const page = { file: 'a.md', text: `---\ntitle: A\n---\n\n# A\n\n${links}\n` };
  assert.deepEqual(await brokenAnchors([page], root, ['a'], FOLDERS), []);
  // Another problem of the page is still said, alone.
  const bidi = {
    file: 'b.md',
    text: `---\ntitle: B\n---\n\n# B\n\n${links}\n\nText with \u202E an override.\n`,
  };
  const [problem, ...others] = await brokenAnchors([bidi], root, ['b'], FOLDERS);
  assert.deepEqual(others, []);
  assert.match(
    problem ?? '',
    /^content\/b\.md:9: the build cannot compile this page: Content that is not allowed on this site:\n {2}\S*b\.md:9:1: the text holds the bidirectional control character U\+202E/,
  );
  assert.doesNotMatch(problem ?? '', /the link/);
});

test('npm run import says such a link once, at its source line', async () => {
  const source = tempDir('import-disguised-src-');
  writeFileSync(
    join(source, 'shares.md'),
    '---\ntitle: Shares\ndescription: About shares.\nauthor: test\nms.date: 01/02/2024\n---\n\n# Shares\n\nCopy the files to <a href="\\\\server\\share\\setup">the share</a>, then read [the notes](..&#92;text&#92;notes.md).\n',
  );
  const dir = tempDir('import-disguised-');
  const run = await importCommand([join(source, 'shares.md'), '--learn-path', 'contoso/apps', '--root', dir]);
  const output = `${run.stdout}\n${run.stderr}`;
  assert.match(output, /shares\.md:10: the link "\\\\\\\\server\\\\share\\\\setup" holds a backslash/);
  assert.match(output, /shares\.md:10: the link "\.\.\\\\text\\\\notes\.md" holds a backslash/);
  assert.doesNotMatch(output, /cannot compile/);
  assert.equal(output.match(/holds a backslash/g)?.length, 2, output);
});

test('a link whose text names an address it does not go to is named at its page line, as the build refuses it', async () => {
  const page = {
    file: 'sign-in.md',
    text: '---\ntitle: T\n---\n\n# Sign in\n\nSign in at [security.microsoft.com](https://github.com/evil/login).\n',
  };
  const root = pathToFileURL(`${tempDir('import-link-text-')}/`);
  assert.deepEqual(await brokenAnchors([page], root, ['sign-in'], FOLDERS), [
    "content/sign-in.md:7: the link \"https://github.com/evil/login\" reads as security.microsoft.com (its text, title or an image's alt text), but goes to github.com/evil/login: a reader trusts the address they read. Link to the address the text names, or write text that does not name another (the page's or site's name).",
  ]);
});
