/** Learn's code snippets (`:::code … id=`, `[!code-…]`) as the import reads them: src/lib/import/code-snippets.ts. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { selectCode, snippetSelection } from '../../src/lib/import/code-snippets.ts';
import { outsideReads, planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { findLearnLeftovers } from '../../src/lib/learn/leftovers.ts';
import { parseCodeSnippetLine } from '../../src/lib/learn/syntax.ts';

/** tests/fixtures/learn-code: dotnet/docs excerpts at their paths in the repository (see its SOURCE.md). */
const REPO = fileURLToPath(new URL('../fixtures/learn-code/', import.meta.url)).replace(/\/$/, '');
const TESTING = `${REPO}/docs/core/testing`;
const BEFORE = `${REPO}/samples/snippets/core/testing/unit-testing-best-practices/csharp/before/StringCalculatorTests.cs`;
const NUNIT = `${REPO}/samples/snippets/core/testing/unit-testing-using-nunit/csharp/PrimeService.Tests`;
const UI_VB = `${TESTING}/snippets/unit-testing-mstest-ui-automation/vb/UIAutomationExample/MyAppTests.vb`;

const read = (path: string) => readFileSync(path, 'utf8');

const disk: SourceFiles = {
  read: (path) => (existsSync(path) && statSync(path).isFile() ? read(path) : undefined),
  exists: (path) => existsSync(path),
  real: (path) => (existsSync(path) ? realpathSync(path) : undefined),
};

/** An in-memory Learn folder. */
function folder(files: Record<string, string>): SourceFiles {
  return { read: (path) => files[path], exists: (path) => path in files };
}

const FRONT = '---\ntitle: Code\ndescription: "Code samples."\nauthor: a\nms.date: 01/01/2024\n---\n';

/** The lines `selectCode` selects, or its problem thrown. */
function lines(
  text: string,
  selection: Parameters<typeof selectCode>[1],
  language: string,
  path = 'f',
): string {
  const selected = selectCode(text, selection, language, path);
  if (!selected.ok) throw new Error(selected.problem);
  return selected.lines.join('\n');
}

describe('selectCode: a named region, as docfx finds it', () => {
  test('// <SnippetBeforeNaming> … // </SnippetBeforeNaming> is the region "BeforeNaming", markers out, indentation removed', () => {
    assert.equal(
      lines(read(BEFORE), { region: 'BeforeNaming' }, 'csharp', 'StringCalculatorTests.cs'),
      [
        '[Fact]',
        'public void Test_Single()',
        '{',
        '    var stringCalculator = new StringCalculator();',
        '',
        '    var actual = stringCalculator.Add("0");',
        '',
        '    Assert.Equal(0, actual);',
        '}',
      ].join('\n'),
    );
  });

  test('names match in any case, with or without the "snippet" prefix', () => {
    const text = read(BEFORE);
    const expected = lines(text, { region: 'BeforeSetup' }, 'csharp');
    assert.equal(lines(text, { region: 'beforesetup' }, 'csharp'), expected);
    assert.equal(lines(text, { region: 'SnippetBeforeSetup' }, 'csharp'), expected);
    assert.match(expected, /^private readonly StringCalculator stringCalculator;/);
  });

  test('#region Sample_TestCode … #endregion (C#), from the file the NUnit article names', () => {
    assert.equal(
      lines(read(`${NUNIT}/PrimeService_IsPrimeShould.cs`), { region: 'Sample_TestCode' }, 'csharp'),
      [
        '[TestCase(-1)]',
        '[TestCase(0)]',
        '[TestCase(1)]',
        'public void IsPrime_ValuesLessThan2_ReturnFalse(int value)',
        '{',
        '    var result = _primeService?.IsPrime(value);',
        '',
        '    Assert.That(result, Is.False, $"{value} should not be prime");',
        '}',
      ].join('\n'),
    );
  });

  test('<!--<snippetPackages>--> … <!--</snippetPackages>--> in a .csproj, for [!code-xml]', () => {
    assert.equal(
      lines(read(`${NUNIT}/PrimeService.Tests.csproj`), { region: 'Packages' }, 'xml'),
      [
        '<ItemGroup>',
        '  <PackageReference Include="nunit" Version="3.13.3" />',
        '  <PackageReference Include="NUnit3TestAdapter" Version="4.2.1" />',
        '  <PackageReference Include="Microsoft.NET.Test.Sdk" Version="17.1.0" />',
        '</ItemGroup>',
      ].join('\n'),
    );
  });

  test("' <WindowTestClass> … ' </WindowTestClass> (VB), and VB's #Region \"Name\" … #End Region", () => {
    const vb = lines(read(UI_VB), { region: 'WindowTestClass' }, 'vb');
    assert.match(vb, /^Imports System\.Diagnostics\n/);
    assert.match(vb, /\nEnd Class$/);
    assert.doesNotMatch(vb, /WindowTestClass/);
    const regions = 'Module M\n    #Region "Setup"\n    Dim x = 1\n    #End Region\nEnd Module\n';
    assert.equal(lines(regions, { region: 'setup' }, 'vb'), 'Dim x = 1');
  });

  test('# <Name> (Python, PowerShell, YAML, shell), by the language or else the file extension', () => {
    const script = 'import os\n# <Main>\ndef main():\n    pass\n# </Main>\n';
    const expected = 'def main():\n    pass';
    assert.equal(lines(script, { region: 'Main' }, 'python'), expected);
    assert.equal(lines(script, { region: 'Main' }, '', 'tool.py'), expected);
    assert.equal(lines('a: 1\n# <Part>\nb: 2\n# </Part>\n', { region: 'Part' }, 'yaml'), 'b: 2');
  });

  test('marker lines of other regions inside the region are left out; the common indentation is removed', () => {
    const text = [
      'class C',
      '{',
      '    // <Outer>',
      '    void A()',
      '    {',
      '        // <Inner>',
      '        Run();',
      '        // </Inner>',
      '    }',
      '    // </Outer>',
      '}',
    ].join('\n');
    assert.equal(lines(text, { region: 'Outer' }, 'csharp'), 'void A()\n{\n    Run();\n}');
    assert.equal(lines(text, { region: 'Inner' }, 'csharp'), 'Run();');
  });

  test('a region that is not in the file, or never closes, is a problem naming the file and what was looked for', () => {
    const missing = selectCode(read(BEFORE), { region: 'Sample_InitCode' }, 'csharp', 's/Tests.cs');
    assert.match(
      missing.ok ? '' : missing.problem,
      /^"s\/Tests\.cs" has no region "Sample_InitCode" \(no line such as \/\/ <Sample_InitCode>, #region Sample_InitCode\); its regions: "SnippetBeforeSetup", .* and 3 more\.$/,
    );
    const open = selectCode('// <Part>\nx\n', { region: 'Part' }, 'csharp', 'a.cs');
    assert.match(
      open.ok ? '' : open.problem,
      /"a\.cs" opens the region "Part" on its line 1 and never closes it\./,
    );
  });

  test('a missing region is said with the regions the file has, as written (trial CF)', () => {
    // dotnet/docs' core/diagnostics/metrics-generator.md (real-folder trial CF) names id="constants" in a
    // MetricConstants.cs whose region is snippet_metricConstants: the warning said only what was looked
    // for, so the maintainer had to open the file to find the name to write.
    const text = [
      'namespace MetricsGen;',
      '',
      '//<snippet_metricConstants>',
      'internal class MetricConstants {}',
      '// </snippet_metricConstants>',
      '#region Setup',
      'int a;',
      '#endregion',
    ].join('\n');
    const missing = selectCode(
      text,
      { region: 'constants' },
      'csharp',
      'snippets/MetricsGen/MetricConstants.cs',
    );
    assert.equal(
      missing.ok ? '' : missing.problem,
      '"snippets/MetricsGen/MetricConstants.cs" has no region "constants" (no line such as // <constants>, #region constants); its regions: "snippet_metricConstants", "Setup".',
    );
    const many = Array.from({ length: 7 }, (_, at) => `// <R${at}>\nx\n// </R${at}>`).join('\n');
    const named = selectCode(many, { region: 'Q' }, 'csharp', 'a.cs');
    assert.match(named.ok ? '' : named.problem, /; its regions: "R0", "R1", "R2", "R3", "R4" and 2 more\.$/);
  });

  test('line ranges and ?dedent=; the whole file without a selection; CRLF and a byte-order mark read as text', () => {
    const text = '\uFEFFa\r\n    b\r\n    c\r\nd\r\n';
    assert.equal(lines(text, { range: '2-3' }, 'csharp'), 'b\nc');
    assert.equal(lines(text, { range: '2-3', dedent: 2 }, 'csharp'), '  b\n  c');
    assert.equal(lines(text, { range: '1,4' }, 'csharp'), 'a\nd');
    assert.equal(lines(text, {}, 'csharp'), 'a\n    b\n    c\nd');
  });
});

describe('[!code-…] snippet lines', () => {
  test('the path, query and fragment of a line, as dotnet/docs writes them', () => {
    assert.deepEqual(
      parseCodeSnippetLine(
        '[!code-csharp[BeforeNaming](../../../samples/snippets/core/testing/unit-testing-best-practices/csharp/before/StringCalculatorTests.cs#BeforeNaming)]',
      ),
      {
        prefix: '',
        language: 'csharp',
        path: '../../../samples/snippets/core/testing/unit-testing-best-practices/csharp/before/StringCalculatorTests.cs',
        query: '',
        fragment: '#BeforeNaming',
      },
    );
    assert.deepEqual(parseCodeSnippetLine('> [!code-csharp[S](~/s/P.cs?name=Sample_TestCode "A title")]'), {
      prefix: '> ',
      language: 'csharp',
      path: '~/s/P.cs',
      query: '?name=Sample_TestCode',
      fragment: '',
    });
    assert.equal(
      parseCodeSnippetLine('[!code[](x.cs?range=2-5&highlight=3)]')?.query,
      '?range=2-5&highlight=3',
    );
    assert.equal(parseCodeSnippetLine('See [!code-csharp[A](a.cs)] here.'), undefined);
  });

  test('what a query and fragment select: #Region, ?name=, ?range=, #L3-L5, ?start=&end=; highlight changes nothing', () => {
    assert.deepEqual(snippetSelection('', '#Part').selection, { region: 'Part', range: undefined });
    assert.deepEqual(snippetSelection('?name=Part', '').selection, { region: 'Part', range: undefined });
    assert.deepEqual(snippetSelection('?range=2-5,8&highlight=3', '').selection, { range: '2-5,8' });
    assert.deepEqual(snippetSelection('', '#L3-L5').selection, { range: '3-5' });
    assert.deepEqual(snippetSelection('?start=2&end=4&dedent=4', '').selection, { range: '2-4', dedent: 4 });
    assert.deepEqual(snippetSelection('?nmae=Part', '').unknown, ['nmae=Part']);
  });
});

describe('the import of dotnet/docs articles with code snippets (tests/fixtures/learn-code)', () => {
  const articles = [
    'unit-testing-best-practices.md',
    'unit-testing-csharp-with-nunit.md',
    'unit-testing-csharp-with-xunit.md',
    'unit-testing-mstest-ui-automation.md',
  ].map((name) => `${TESTING}/${name}`);
  const plan = planImport(articles, { readRoot: REPO }, disk);
  const body = (slug: string) => plan.pages.find((page) => page.slug === slug)?.body ?? '';

  test('[!code-csharp[…](…#Region)] becomes a fenced block of the region, read through --read-root', () => {
    const page = body('unit-testing-best-practices');
    assert.doesNotMatch(page, /\[!code/);
    assert.match(
      page,
      /\*\*Original code\*\*\n\n```csharp\n\[Fact\]\npublic void Test_Single\(\)\n\{\n {4}var stringCalculator = new StringCalculator\(\);\n/,
    );
    assert.match(
      page,
      /```csharp\n\[Theory\]\n\[InlineData\("", 0\)\]\n\[InlineData\(",", 0\)\]\npublic void Add_EmptyEntries_ShouldBeTreatedAsZero\(string input, int expected\)/,
    );
    assert.equal(page.match(/```csharp\n/g)?.length, 12);
    assert.doesNotMatch(page, /<Snippet|namespace UnitTestingBestPractices/);
  });

  test('~/ paths start at --read-root: [!code-xml[](~/….csproj#Packages)] and [!code-csharp[](~/…?name=Sample_TestCode)]', () => {
    const page = body('unit-testing-csharp-with-nunit');
    assert.match(page, /```xml\n<ItemGroup>\n {2}<PackageReference Include="nunit" Version="3\.13\.3" \/>/);
    assert.match(page, /```csharp\n\[TestCase\(-1\)\]\n/);
    assert.doesNotMatch(page, /\[!code|snippetPackages|#region|\[TestFixture\]/);
  });

  test(':::code … id="WindowTestClass"::: shows the region only, without its marker lines (C# and VB)', () => {
    const page = body('unit-testing-mstest-ui-automation');
    assert.match(
      page,
      /```csharp\nusing System\.Diagnostics;\n[\s\S]*?\n\}\n```\n\n```vb\nImports System\.Diagnostics\n[\s\S]*?\nEnd Class\n```/,
    );
    assert.doesNotMatch(page, /WindowTestClass/);
  });

  test('an id the file does not have is warned with file and line, and the code left out', () => {
    const warnings = plan.warnings.filter((note) => /Sample_InitCode/.test(note.message));
    assert.deepEqual(
      warnings.map((note) => `${note.file.slice(REPO.length)}:${note.line}`),
      ['/docs/core/testing/unit-testing-csharp-with-xunit.md:48'],
    );
    assert.match(
      warnings[0]?.message ?? '',
      /^:::code::: ".*PrimeService_IsPrimeShould\.cs" has no region "Sample_InitCode" .* The code is left out of the page\.$/,
    );
    assert.match(body('unit-testing-csharp-with-xunit'), /```csharp\n \[Theory\]\n \[InlineData\(-1\)\]/);
  });

  test('xref links, which the build resolves, are not reported; no warning is about [!code', () => {
    assert.deepEqual(
      plan.warnings.filter((note) => /xref|\[!code/.test(note.message)),
      [],
      JSON.stringify(plan.warnings, null, 1),
    );
    assert.match(
      body('unit-testing-mstest-ui-automation'),
      /\[AutomationElement\]\(xref:System\.Windows\.Automation\.AutomationElement\)/,
    );
  });

  test('without --read-root, ~/ and ../ reads above the folder are refused as outside it, and counted', () => {
    const narrow = planImport(articles, {}, disk);
    const tilde = narrow.warnings.find((note) => note.line === 10 && /nunit/.test(note.file));
    assert.match(
      tilde?.message ?? '',
      /^\[!code-xml\] "~\/samples\/.*PrimeService\.Tests\.csproj" starts at the repository's root \(~\/\), outside the source folder: only files inside it are read\. The code is left out of the page\.$/,
    );
    assert.equal(tilde?.outside, true);
    // 12 on best practices, 2 on NUnit, 2 on xUnit.
    assert.equal(outsideReads(narrow), 16);
  });

  test('~/ climbing out of --read-root is refused', () => {
    const files = folder({
      '/repo/docs/a.md': `${FRONT}\n[!code-csharp[x](~/../secret.cs)]\n`,
      '/secret.cs': 'secret\n',
    });
    const outside = planImport(['/repo/docs/a.md'], { readRoot: '/repo' }, files);
    assert.doesNotMatch(outside.pages[0]?.body ?? '', /secret$/m);
    assert.match(
      outside.warnings[0]?.message ?? '',
      /^\[!code-csharp\] "~\/\.\.\/secret\.cs" is outside the source folder/,
    );
  });
});

describe("the import's ~/ paths, code and includes alike", () => {
  const files = folder({
    '/repo/docs/f/a.md': `${FRONT}\n[!INCLUDE [note](~/includes/note.md)]\n\n:::code language="csharp" source="~/samples/s.cs" id="Part":::\n`,
    '/repo/includes/note.md': 'Shared words.\n',
    '/repo/docs/f/includes/note.md': 'Not this one.\n',
    '/repo/samples/s.cs': '// <Part>\nRun();\n// </Part>\n',
  });

  test('start at --read-root, the repository root', () => {
    const plan = planImport(['/repo/docs/f/a.md'], { readRoot: '/repo' }, files);
    assert.match(plan.pages[0]?.body ?? '', /Shared words\.\n\n```csharp\nRun\(\);\n```/);
    assert.deepEqual(plan.warnings, []);
  });

  test('without --read-root, are reads outside the folder, refused and counted (not the folder itself)', () => {
    const plan = planImport(['/repo/docs/f/a.md'], {}, files);
    assert.doesNotMatch(plan.pages[0]?.body ?? '', /Not this one|Shared words|Run\(\)/);
    assert.deepEqual(
      plan.warnings.map((note) => `${note.line}: ${note.message}`),
      [
        '8: [!INCLUDE] "~/includes/note.md" starts at the repository\'s root (~/), outside the source folder: only files inside it are read. Its text is left out of the page: import with --read-root set to a folder holding it and the source (the repository\'s root) to have it.',
        '10: :::code::: "~/samples/s.cs" starts at the repository\'s root (~/), outside the source folder: only files inside it are read. The code is left out of the page.',
      ],
    );
    assert.equal(outsideReads(plan), 2);
  });
});

describe('the import: other snippet lines and links', () => {
  test(":::code::: without language= is named by its file's extension, as Learn names it (trial CF)", () => {
    // dotnet/docs' core/diagnostics/diagnostic-health-checks.md (real-folder trial CF) writes
    // `:::code source="snippets/health-checks/Program.cs":::`, which Learn shows as C#: its fence had no
    // language, so the page's Markdown copy (and llms-full.txt) showed the code as of none.
    const files = folder({
      '/l/a.md': `${FRONT}\n:::code source="snippets/Program.cs":::\n\n:::code source="app.CSPROJ" range="1":::\n\n:::code source="notes.unknown":::\n\n:::code language="vb" source="Program.cs":::\n`,
      '/l/snippets/Program.cs': 'var app = builder.Build();\n',
      '/l/app.CSPROJ': '<Project />\n',
      '/l/notes.unknown': 'text\n',
      '/l/Program.cs': 'Dim x = 1\n',
    });
    const page = planImport(['/l/a.md'], {}, files).pages[0]?.body ?? '';
    assert.deepEqual(page.match(/^```\w*$/gm), [
      '```csharp',
      '```',
      '```xml',
      '```',
      '```',
      '```',
      '```vb',
      '```',
    ]);
  });

  test(':::code source="…?highlight=16-20"::: reads the file without its query, as Learn resolves it (import trial 29)', () => {
    // azure-docs' durable-functions-sequence.md writes
    // `:::code language="javascript" source="~/azure-functions-durable-js/samples/HttpStart/function.json?highlight=16-20":::`;
    // docfx v3 resolves a source as a link (UrlUtility.SplitUrl), its query and fragment apart from the file.
    const files = folder({
      '/l/a.md': `${FRONT}\n:::code language="javascript" source="samples/function.json?highlight=16-20":::\n\n:::code source="samples/index.js#top":::\n`,
      '/l/samples/function.json': '{ "bindings": [] }\n',
      '/l/samples/index.js': 'module.exports = df.orchestrator();\n',
    });
    const plan = planImport(['/l/a.md'], {}, files);
    const page = plan.pages[0]?.body ?? '';
    assert.match(page, /```javascript\n\{ "bindings": \[\] \}\n```/);
    assert.match(page, /```javascript\nmodule\.exports = df\.orchestrator\(\);\n```/);
    assert.deepEqual(plan.warnings, []);
  });

  test('?range= and #L lines; an unknown query option is warned, the rest still read', () => {
    const files = folder({
      '/l/a.md': `${FRONT}\n[!code-powershell[](run.ps1?range=2-3&highlight=2)]\n\n> [!code-powershell[](run.ps1#L4)]\n\n[!code-powershell[](run.ps1?lines=1)]\n`,
      '/l/run.ps1': 'one\ntwo\nthree\nfour\n',
    });
    const plan = planImport(['/l/a.md'], {}, files);
    const page = plan.pages[0]?.body ?? '';
    assert.match(page, /```powershell\ntwo\nthree\n```\n\n> ```powershell\n> four\n> ```/);
    assert.deepEqual(
      plan.warnings.map((note) => `${note.line}: ${note.message}`),
      [
        '12: [!code-powershell] "run.ps1?lines=1": "lines=1" is no query option docfx reads (name, range, start, end, dedent, highlight), so it changes nothing.',
      ],
    );
  });

  test("a language written with # or + ([!code-c#[](…)], as docfx's own docs write it): the code, not a nameless link", () => {
    const plan = planImport(
      ['/l/a.md'],
      {},
      folder({
        '/l/a.md': `${FRONT}\n[!code-c#[](hello.cs)]\n\n[!Code-C#[Main](hello.cs)]\n\n[!code-c++[](main.cpp)]\n`,
        '/l/hello.cs': 'Console.WriteLine("Hello");\n',
        '/l/main.cpp': 'int main() {}\n',
      }),
    );
    assert.equal(
      plan.pages[0]?.body,
      '```c#\nConsole.WriteLine("Hello");\n```\n\n```C#\nConsole.WriteLine("Hello");\n```\n\n```c++\nint main() {}\n```',
    );
    assert.deepEqual(plan.warnings, []);
  });

  test('a [!code-…] that is not a line of its own is reported: the build fails on it', () => {
    const plan = planImport(
      ['/l/a.md'],
      {},
      folder({ '/l/a.md': `${FRONT}\nSee [!code-csharp[A](a.cs)] here.\n`, '/l/a.cs': 'x\n' }),
    );
    assert.deepEqual(
      plan.warnings.map((note) => `${note.line}: ${note.message}`),
      [
        '8: [!code-csharp] is only read on a line of its own, as [!code-csharp[name](path#region)]: the build will fail on it.',
      ],
    );
  });

  test('xref: links are not reported (the build resolves them), a tel: link still is', () => {
    const plan = planImport(
      ['/l/a.md'],
      {},
      folder({
        '/l/a.md': `${FRONT}\nSee [the Math class](xref:System.Math), <xref:System.IO.File.Open(System.String)?displayProperty=nameWithType> and <xref:System.Collections.Generic.IEnumerable%601>.\n\nCall [us](tel:+1555).\n`,
      }),
    );
    assert.deepEqual(
      plan.warnings.map((note) => `${note.line}: ${note.message}`),
      [
        '10: the link "tel:+1555" uses the tel: scheme, which the site never links (only https:// and mailto:): its text is kept and its address follows it as code. Link an https:// page instead, if there is one.',
      ],
    );
  });
});

describe('a [!code-…] that reaches a page is a leftover the build fails on', async () => {
  const { renderLearn } = await import('../support/learn-markdown.ts');

  test('raw, it is reported; in inline code or escaped, it is shown and not reported', async () => {
    const raw = await renderLearn('[!code-csharp[Part](snippets/s.cs#Part)]\n');
    assert.deepEqual(findLearnLeftovers(raw), ['[!code-csharp']);
    const shown = await renderLearn(
      'Write `[!code-csharp[Part](snippets/s.cs#Part)]` or \\[!code-xml[P](p.csproj#P)] to show code.\n',
    );
    assert.deepEqual(findLearnLeftovers(shown), []);
  });
});
