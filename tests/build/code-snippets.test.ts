/**
 * Learn's code snippets through import and build: dotnet/docs articles (tests/fixtures/learn-code) whose
 * `[!code-…]` and `:::code … id=` show a region of a sample file are published with that code; a raw
 * `[!code-…]` left on a page fails the build, naming the page and its line.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { CODE_SLUGS, importedFolders } from '../support/imported-folders.ts';
import { privacyLine, postBuildFailures } from '../support/post-build-failures.ts';
import { readPage } from '../support/built-site.ts';

/** The text of each `<pre>` of a page: its code blocks as a reader sees them. */
function codeBlocks(html: string): string[] {
  const blocks: string[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName === 'pre') blocks.push(toText(node).replace(/\n$/, ''));
  });
  return blocks;
}

// Imported beside other Learn folders (tests/support/imported-folders.ts), in one build shared with their tests.
const { importedCode: importRun, build } = await importedFolders();
const pages = new Map(
  CODE_SLUGS.map((slug) => [slug, codeBlocks(readPage(`/${slug}/`, pathToFileURL(join(build.dist, '/'))))]),
);

test('the articles import with --read-root, no warning about [!code or xref, and build', () => {
  assert.equal(importRun.status, 0, importRun.stdout + importRun.stderr);
  const said = importRun.stdout + importRun.stderr;
  assert.doesNotMatch(said, /\[!code|xref/);
  assert.match(said, /unit-testing-csharp-with-xunit\.md:48: :::code::: .* has no region "Sample_InitCode"/);
  assert.equal(build.status, 0, build.output);
});

test('best practices: each [!code-csharp[…](…#Region)] is the region, without its markers', () => {
  const blocks = pages.get('unit-testing-best-practices') ?? [];
  assert.equal(blocks.length, 12, blocks.join('\n----\n'));
  assert.equal(
    blocks[0],
    '[Fact]\npublic void Test_Single()\n{\n    var stringCalculator = new StringCalculator();\n\n    var actual = stringCalculator.Add("0");\n\n    Assert.Equal(0, actual);\n}',
  );
  for (const block of blocks) assert.doesNotMatch(block, /<\/?Snippet|namespace|^\s/);
});

test('NUnit: ~/ snippets of the .csproj (#Packages) and the test (?name=Sample_TestCode)', () => {
  const [packages, testCode] = pages.get('unit-testing-csharp-with-nunit') ?? [];
  assert.match(packages ?? '', /^<ItemGroup>\n {2}<PackageReference Include="nunit" Version="3\.13\.3" \/>/);
  assert.doesNotMatch(packages ?? '', /snippetPackages|<Project/);
  assert.match(testCode ?? '', /^\[TestCase\(-1\)\]\n[\s\S]*Assert\.That\(result, Is\.False/);
  assert.doesNotMatch(testCode ?? '', /#region|#endregion|\[TestFixture\]/);
});

test('xUnit and UI Automation: :::code … id="…"::: shows the region only', () => {
  const xunit = pages.get('unit-testing-csharp-with-xunit') ?? [];
  assert.ok(
    xunit.some((block) => block.startsWith('[Theory]\n[InlineData(-1)]')),
    xunit.join('\n----\n'),
  );
  assert.ok(xunit.every((block) => !/#region|_primeService = new/.test(block)));
  const [csharp, vb] = pages.get('unit-testing-mstest-ui-automation') ?? [];
  assert.match(csharp ?? '', /^using System\.Diagnostics;\n[\s\S]*\n\}$/);
  assert.match(vb ?? '', /^Imports System\.Diagnostics\n[\s\S]*\nEnd Class$/);
  assert.doesNotMatch(`${csharp}${vb}`, /WindowTestClass/);
});

test('a raw [!code-csharp[…](…)] on a page fails the build, naming the page and its line', async () => {
  // The build shared with the other post-build failures (tests/support/post-build-failures.ts).
  const { status, output, published } = await postBuildFailures();
  assert.notEqual(status, 0, 'the build must fail');
  assert.equal(published, false);
  const line = privacyLine('[!code-csharp');
  assert.match(
    output,
    new RegExp(`/privacy/index\\.html: "\\[!code-csharp" \\(content/privacy\\.mdx:${line}\\)`),
  );
});
