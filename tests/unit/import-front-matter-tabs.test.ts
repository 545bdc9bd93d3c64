/**
 * Front matter whose lines start with tabs, which YAML refuses as indentation and docfx (YamlDotNet) reads:
 * windowsserverdocs indents an `appliesto: [` flow sequence so, and Learn publishes the article. The import
 * reads those tabs as spaces, says so once for the file, and never changes a tab inside a value.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { splitFrontMatter } from '../../src/lib/import/front-matter.ts';

/** MicrosoftDocs/windowsserverdocs, WindowsServerDocs/storage/storage-spaces/storage-spaces-direct-overview.md. */
const RELEASE_INFO = String.raw`\"https://learn.microsoft.com/windows-server/get-started/windows-server-release-info\" target=\"_blank\"`;
const OVERVIEW = [
  '---',
  'title: Storage Spaces Direct overview',
  'ms.author: cosdar',
  'ms.topic: overview',
  'author: cosmosdarwin',
  'ms.date: 02/11/2025',
  'description: An overview of Storage Spaces Direct, a feature of Windows Server and Azure Local that enables you to cluster servers with internal storage into a software-defined storage solution.',
  'appliesto: [',
  `\t\t\t"✅ <a href=${RELEASE_INFO}>Windows Server 2025</a>",`,
  `\t\t\t"✅ <a href=${RELEASE_INFO}>Windows Server 2022</a>",`,
  `\t\t\t"✅ <a href=${RELEASE_INFO}>Windows Server 2019</a>",`,
  `\t\t\t"✅ <a href=${RELEASE_INFO}>Windows Server 2016</a>",`,
  String.raw`			"✅ <a href=\"https://learn.microsoft.com/azure/azure-local/release-information-23h2\" target=\"_blank\">Azure Local 2311.2 and later</a>"`,
  '\t\t   ]',
  '---',
  '# Storage Spaces Direct overview',
  '',
  'Storage Spaces Direct is a feature of Azure Local and Windows Server that enables you to cluster servers with internal storage into a software-defined storage solution.',
  '',
].join('\n');

const release = (name: string) =>
  `✅ <a href="https://learn.microsoft.com/windows-server/get-started/windows-server-release-info" target="_blank">${name}</a>`;

test("the real article's front matter is read, its tab-indented lines as spaces, said once at the first", () => {
  const { data, warnings } = splitFrontMatter(OVERVIEW, 'storage-spaces-direct-overview.md');
  assert.equal(data['title'], 'Storage Spaces Direct overview');
  assert.equal(data['ms.date'], '02/11/2025');
  assert.deepEqual(data['appliesto'], [
    release('Windows Server 2025'),
    release('Windows Server 2022'),
    release('Windows Server 2019'),
    release('Windows Server 2016'),
    '✅ <a href="https://learn.microsoft.com/azure/azure-local/release-information-23h2" target="_blank">Azure Local 2311.2 and later</a>',
  ]);
  assert.deepEqual(warnings, [
    {
      line: 9,
      message:
        "its front matter's lines 9 to 14 start with tabs, which YAML does not take as indentation: the tabs are read as spaces, as Learn's docfx reads them. Indent with spaces.",
    },
  ]);
});

test('the article is imported, not refused, with the warning', () => {
  const files: Record<string, string> = { '/ws/storage-spaces-direct-overview.md': OVERVIEW };
  const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
  const plan = planImport(['/ws/storage-spaces-direct-overview.md'], {}, access);
  assert.deepEqual(plan.refused, []);
  assert.equal(plan.pages[0]?.frontMatter.title, 'Storage Spaces Direct overview');
  assert.deepEqual(
    plan.warnings.filter((note) => /tabs/.test(note.message)).map(({ file, line }) => `${file}:${line}`),
    ['/ws/storage-spaces-direct-overview.md:9'],
  );
});

test('a tab inside a value is kept: in quotes, and in a block after its indentation', () => {
  const source = '---\nappliesto: [\n\t"a\tb",\n\t\'c\td\'\n\t]\nnotes: |\n  one\n  \ttwo\n---\n';
  const { data, warnings } = splitFrontMatter(source, 'a.md');
  assert.deepEqual(data, { appliesto: ['a\tb', 'c\td'], notes: 'one\n\ttwo\n' });
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]?.message ?? '', /^its front matter's lines 3 to 5 start with tabs/);
  // A quoted value over lines drops the next line's leading white space, a tab or a space alike.
  assert.deepEqual(splitFrontMatter('---\nkeywords: [\n\t"one\n\ttwo"\n\t]\n---\n', 'b.md').data, {
    keywords: ['one two'],
  });
});

test('YAML that reads with its tabs says nothing; YAML that still does not read is refused as before', () => {
  // A tab after the colon separates, as YAML allows.
  assert.deepEqual(splitFrontMatter('---\ntitle:\tA\n---\n', 'a.md'), {
    data: { title: 'A' },
    body: '',
    warnings: [],
  });
  // Read with spaces, it says what else is wrong, at its line.
  assert.throws(
    () => splitFrontMatter('---\nappliesto: [\n\t"a",\n\t]\nms.date: [b\n---\n', 'c.md'),
    /c\.md:5: its front matter \(between the --- lines\) is not valid YAML/,
  );
  // Not tab-indented: the error is the parser's, tabs are not mentioned.
  assert.throws(
    () => splitFrontMatter('---\na: [b\n---\n', 'd.md'),
    (error: Error) => !/tab/.test(error.message),
  );
});
