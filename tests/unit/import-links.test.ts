/**
 * The import's link rewrites on Learn text (src/lib/import/links.ts): xref autolinks named as Learn names
 * them, docfx's `~/` links made relative to the page, and the hosts of the pages imported.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Link } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { buildError, renderLearn } from '../support/learn-markdown.ts';
import { assertLinear, slicedCharacters } from '../support/work-count.ts';
import {
  emptyLinkReport,
  linkedHosts,
  rewriteLinks,
  rootLinksFromPage,
  xrefText,
} from '../../src/lib/import/links.ts';
import { tempDir } from '../support/temp-dir.ts';

/** Each link of `markdown` as remark reads it: its text and destination. */
function links(markdown: string): { text: string; url: string }[] {
  const found: { text: string; url: string }[] = [];
  visit(unified().use(remarkParse).use(remarkGfm).parse(markdown), 'link', (node: Link) => {
    found.push({ text: toString(node), url: node.url });
  });
  return found;
}

// A project for the build's own reading of a page (content/a.md).
const project = tempDir('import-links-');
mkdirSync(join(project, 'content'));
const root = pathToFileURL(`${project}/`);

const rewrite = (text: string) => rewriteLinks(text, 'a.md', 1, emptyLinkReport());

describe('xref autolinks', () => {
  test('two generic types on a line are two links, each named with its type parameter as Learn shows it', () => {
    // dotnet/docs, unit-testing-mstest-writing-tests-data-driven.md: "Use <xref:…IEnumerable%601> of <xref:…TestDataRow%601>"
    const text = rewrite(
      'Use <xref:System.Collections.Generic.List%601> of <xref:System.Collections.Generic.IEnumerable%601> here.',
    );
    assert.deepEqual(links(text), [
      { text: 'List<T>', url: 'xref:System.Collections.Generic.List%601' },
      { text: 'IEnumerable<T>', url: 'xref:System.Collections.Generic.IEnumerable%601' },
    ]);
  });

  test('several type parameters are T1, T2…; a member of a generic type keeps its type’s', () => {
    assert.equal(xrefText('System.Collections.Generic.Dictionary%602'), 'Dictionary\\<T1,T2\\>');
    assert.deepEqual(
      links(
        rewrite(
          'Set <xref:Microsoft.VisualStudio.TestTools.UnitTesting.TestDataRow%601.DisplayName?displayProperty=nameWithType>.',
        ),
      ).map((link) => link.text),
      ['TestDataRow<T>.DisplayName'],
    );
  });

  test('nameWithType on a member with parameters: Type.Member(Parameter), each parameter type by its last name', () => {
    assert.equal(
      xrefText('System.IO.File.Open(System.String)?displayProperty=nameWithType'),
      'File.Open(String)',
    );
    assert.equal(
      xrefText(
        'Microsoft.VisualStudio.TestTools.UnitTesting.TestContext.AddResultFile(System.String)?displayProperty=nameWithType',
      ),
      'TestContext.AddResultFile(String)',
    );
    assert.equal(
      xrefText('System.IO.File.Open(System.String,System.IO.FileMode)?displayProperty=fullName'),
      'System.IO.File.Open(System.String, System.IO.FileMode)',
    );
    assert.equal(xrefText('System.IO.File.Open(System.String,System.IO.FileMode)'), 'Open(String, FileMode)');
  });

  test('generic parameters, by-reference, arrays and constructors read as Learn lists them', () => {
    assert.equal(
      xrefText(
        'System.Collections.Generic.Dictionary%602.TryGetValue(%600,%601@)?displayProperty=nameWithType',
      ),
      'Dictionary\\<T1,T2\\>.TryGetValue(T1, T2)',
    );
    assert.equal(
      xrefText(
        'System.Linq.Enumerable.Select%60%602(System.Collections.Generic.IEnumerable{%60%600},System.Func{%60%600,%60%601})',
      ),
      'Select\\<T1,T2\\>(IEnumerable\\<T1\\>, Func\\<T1,T2\\>)',
    );
    assert.equal(xrefText('N.T.M(System.Int32[],System.Int32[0:,0:])'), 'M(Int32\\[\\], Int32\\[,\\])');
    assert.equal(xrefText('System.Exception.%23ctor(System.String)'), 'Exception(String)');
    // Import trial 24 (dotnet/docs' syslib0014.md, syslib0007.md): the parameterless constructor's UID is
    // named with its empty parameter list, as Learn names it; an overload's (`*`) is the type's name alone.
    assert.equal(xrefText('System.Net.WebClient.%23ctor'), 'WebClient()');
    assert.equal(
      xrefText('System.Security.Cryptography.HMACSHA1.%23ctor?displayProperty=nameWithType'),
      'HMACSHA1.HMACSHA1()',
    );
    assert.equal(xrefText('System.Text.UTF7Encoding.%23ctor%2A'), 'UTF7Encoding');
    assert.equal(
      xrefText(
        'Microsoft.VisualStudio.TestTools.UnitTesting.TestContext.Write*?displayProperty=nameWithType',
      ),
      'TestContext.Write',
    );
  });

  test("a type's nameWithType is its own name, where the page's UIDs show it is a type (trial BX)", () => {
    // dotnet/docs' core/compatibility/core-libraries/10.0/activity-sampling.md (real-folder trial BX): Learn
    // shows "ActivitySamplingResult", the import had shown "Diagnostics.ActivitySamplingResult", taking the
    // namespace's last name for a type's; the member before it shows System.Diagnostics is a namespace.
    const text = rewrite(
      [
        'The <xref:System.Diagnostics.ActivitySource.CreateActivity*?displayProperty=nameWithType> API.',
        '',
        'The <xref:System.Diagnostics.ActivitySamplingResult?displayProperty=nameWithType> enum.',
        '',
        'See [the API](xref:Microsoft.Extensions.Configuration.ConfigurationBuilder.Build*) and <xref:Microsoft.Extensions.Configuration>.',
      ].join('\n'),
    );
    assert.deepEqual(
      links(text).map((link) => link.text),
      [
        'ActivitySource.CreateActivity',
        'ActivitySamplingResult',
        'the API',
        'Microsoft.Extensions.Configuration',
      ],
    );
    // A generic type says so by its arity (generic-math.md); a root namespace's UID is a type.
    assert.equal(
      xrefText('System.Numerics.IShiftOperators`3?displayProperty=nameWithType'),
      'IShiftOperators\\<T1,T2,T3\\>',
    );
    assert.equal(xrefText('System.Uri?displayProperty=nameWithType'), 'Uri');
    // Without a page's word on it, a name may be a member's: Type.Member, as before.
    assert.equal(xrefText('System.Uri.AbsolutePath?displayProperty=nameWithType'), 'Uri.AbsolutePath');
  });

  test("a UID another of the page's UIDs names something inside is no member: its folder is a namespace (trial CF)", () => {
    // dotnet/docs' core/diagnostics/distributed-tracing.md (real-folder trial CF) links its types with
    // nameWithType and no member by its `*`: Learn shows "ActivityContext", the import showed
    // "Diagnostics.ActivityContext" (eight links there, five "Diagnostics.DiagnosticSource" on
    // diagnosticsource-diagnosticlistener.md). System.Diagnostics.Activity.Source shows Activity is a type or a
    // namespace, so System.Diagnostics is a namespace.
    const text = rewrite(
      [
        '- <xref:System.Diagnostics.Activity?displayProperty=nameWithType> class.',
        '- <xref:System.Diagnostics.ActivityContext?displayProperty=nameWithType> is the struct.',
        '- <xref:System.Diagnostics.Activity.Source?displayProperty=nameWithType> gets the source.',
      ].join('\n'),
    );
    assert.deepEqual(
      links(text).map((link) => link.text),
      ['Activity', 'ActivityContext', 'Activity.Source'],
    );
    // Alone, a name may still be a member's: Type.Member, as before.
    assert.equal(
      rewrite('<xref:System.Diagnostics.ActivityContext?displayProperty=nameWithType>'),
      '[Diagnostics.ActivityContext](xref:System.Diagnostics.ActivityContext?displayProperty=nameWithType)',
    );
  });

  test("a nested type's members make no namespace of a folder another UID shows is a type", () => {
    // Environment.SpecialFolder, linked with its member Desktop as dotnet/docs' pages on special folders do:
    // SpecialFolder has something inside, but Exit* shows System.Environment is a type, not a namespace.
    const text = rewrite(
      [
        '- <xref:System.Environment.GetFolderPath*?displayProperty=nameWithType> gets it.',
        '- <xref:System.Environment.SpecialFolder?displayProperty=nameWithType> enum.',
        '- <xref:System.Environment.SpecialFolder.Desktop?displayProperty=nameWithType> value.',
        '- <xref:System.Environment.NewLine?displayProperty=nameWithType> property.',
      ].join('\n'),
    );
    assert.deepEqual(
      links(text).map((link) => link.text),
      [
        'Environment.GetFolderPath',
        'Environment.SpecialFolder',
        'SpecialFolder.Desktop',
        'Environment.NewLine',
      ],
    );
  });

  test('whatever the UID holds, its text never leaves the link: Markdown characters are escaped', () => {
    const text = rewrite('A <xref:N.Odd_Name*> and <xref:N.T.M(N.A{N.B})> and <xref:N.T.M(N.C> end `code`.');
    assert.deepEqual(links(text), [
      { text: 'Odd_Name', url: 'xref:N.Odd_Name*' },
      { text: 'M(A<B>)', url: 'xref:N.T.M(N.A{N.B})' },
      { text: 'M(C)', url: 'xref:N.T.M(N.C' },
    ]);
    assert.match(text, / end `code`\.$/);
  });

  test('an xref written as a Markdown link keeps its text, an angle-bracket destination too', () => {
    const written =
      'See [the Math class](xref:System.Math) and [Open](<xref:System.IO.File.Open(System.String)>).';
    assert.equal(rewrite(written), written);
    assert.deepEqual(
      links(
        rewrite(
          'See [the Math class](xref:System.Math) and <xref:System.IO.File.Open(System.String)?displayProperty=nameWithType>.',
        ),
      ),
      [
        { text: 'the Math class', url: 'xref:System.Math' },
        {
          text: 'File.Open(String)',
          url: 'xref:System.IO.File.Open(System.String)?displayProperty=nameWithType',
        },
      ],
    );
  });
});

describe('HTML links', () => {
  test('a link whose text goes on to the next line is a Markdown link, its lines kept (MicrosoftDocs/sdk-api)', () => {
    // sdk-api, nf-synchapi-createeventw.md: the generator wraps a link's text as it wraps the sentence.
    const written =
      'For more information, see \n    <a href="/windows/desktop/Sync/synchronization-object-security-and-access-rights">Synchronization Object Security \n    and Access Rights</a>.\n';
    const text = rewrite(written);
    assert.equal(text.split('\n').length, written.split('\n').length, 'warnings keep their lines');
    assert.doesNotMatch(text, /<a\b/);
    assert.deepEqual(links(text), [
      {
        text: 'Synchronization Object Security\nand Access Rights',
        url: '/windows/desktop/Sync/synchronization-object-security-and-access-rights',
      },
    ]);
  });

  test('in a quote, a list and a table cell too; a start tag over two lines keeps its lines, in its quote', () => {
    const written = [
      '> See <a href="/a">the first',
      '> guide</a> and <a',
      '>   href="/b">the second</a>.',
      '',
      '- <a href="/c">One <b>bold</b>',
      '  item</a>',
      '',
      '| Name | Link |',
      '| --- | --- |',
      '| x | <a href="/d">D</a> |',
      '',
    ].join('\n');
    const text = rewrite(written);
    assert.equal(text.split('\n').length, written.split('\n').length);
    assert.deepEqual(
      links(text).map((link) => [link.text.replace(/\s+/g, ' '), link.url]),
      [
        ['the first guide', '/a'],
        ['the second', '/b'],
        ['One <b>bold</b> item', '/c'],
        ['D', '/d'],
      ],
    );
  });

  test('code stays code, an unclosed tag stays as written, a destination with a space is written in <>', () => {
    const written =
      'Write `<a href="/x">x\n</a>` so.\n\n```html\n<a href="/y">y\n</a>\n```\n\nAn <a href="/z">open one.\n\nA <a href="/my file.md">spaced</a> one.\n';
    const text = rewrite(written);
    assert.match(text, /`<a href="\/x">x\n<\/a>`/);
    assert.match(text, /```html\n<a href="\/y">y\n<\/a>\n```/);
    assert.match(text, /An <a href="\/z">open one\./);
    assert.deepEqual(links(text), [{ text: 'spaced', url: '/my file.md' }]);
  });

  test('an href broken over two lines is the URL a browser follows: its line break (and the indent after it) dropped', () => {
    // Red team round 7, learn/repo/ml/ml.md: Markdown reads an inline tag over lines, an attribute's value too;
    // the WHATWG URL parser drops tabs and line breaks. The tag was left as HTML, then shown as text.
    const written =
      'Returns <a href="https://learn.microsoft.com/\nmulti">multi\nline</a> here.\n\n> A <a href=" /b\n>   c ">quoted</a> one.\n';
    const text = rewrite(written);
    assert.equal(text.split('\n').length, written.split('\n').length);
    assert.doesNotMatch(text, /<a\b/);
    assert.deepEqual(links(text), [
      { text: 'multi\nline', url: 'https://learn.microsoft.com/multi' },
      { text: 'quoted', url: '/bc' },
    ]);
  });

  test('in a table cell, an <a> whose </a> is on the next line ends with its cell, as a browser ends it at </td>', () => {
    // Red team round 7: `| <a href="…/cell">cell⏎</a> | x |` is a row, then a row whose first cell is `</a>`.
    const written = [
      '| a | b |',
      '|---|---|',
      '| <a href="https://learn.microsoft.com/cell">cell',
      '</a> | x |',
      '| <a href="/one">one <a href="/two">two</a> | y |',
      '',
    ].join('\n');
    const text = rewrite(written);
    assert.equal(text.split('\n').length, written.split('\n').length);
    assert.deepEqual(links(text), [
      { text: 'cell', url: 'https://learn.microsoft.com/cell' },
      { text: 'one', url: '/one' },
      { text: 'two', url: '/two' },
    ]);
    assert.match(text, /^\| \[cell\]\(https:\/\/learn\.microsoft\.com\/cell\)$/m);
  });

  test('an <a> left as HTML gets its start tag on one line, for MDX to read it as a tag; a quote keeps its >', () => {
    // No href (a bookmark), an href holding a control character: no Markdown link, but a tag over lines is text to
    // the import's escaping (`\<a`). A `>` starting a line inside an HTML block is the tag's own, not a quote.
    const written = [
      'A bookmark <a',
      '  name="b">here</a> and <a href="https://learn.microsoft.com/x&#1;y"',
      '  title="t">one</a>.',
      '',
      '<table><tr><td><a href="/x"',
      '>cell</a></td></tr></table>',
      '',
    ].join('\n');
    assert.equal(
      rewrite(written),
      [
        'A bookmark ',
        '  <a name="b">here</a> and ',
        '  <a href="https://learn.microsoft.com/x&#1;y" title="t">one</a>.',
        '',
        '<table><tr><td>[cell](/x',
        ')</td></tr></table>',
        '',
      ].join('\n'),
    );
  });
});

describe('http links written https', () => {
  test('a link whose text is its own URL is one rewrite, text and address https; a full stop after a URL is no part of it (MicrosoftDocs/biztalk-docs)', () => {
    // appendix-c-redistributable-cab-files.md:23, a table row of such links: each URL was reported twice.
    const report = emptyLinkReport();
    const text = rewriteLinks(
      '|EN|[http://go.microsoft.com/fwlink/p/?LinkId=746413](http://go.microsoft.com/fwlink/p/?LinkId=746413)<br />[http://go.microsoft.com/fwlink/p/?LinkId=746412](http://go.microsoft.com/fwlink/p/?LinkId=746412)|\n\nSee [WinSCP](http://winscp.net) or http://winscp.net.\n',
      'a.md',
      23,
      report,
    );
    assert.deepEqual(links(text).slice(0, 2), [
      {
        text: 'https://go.microsoft.com/fwlink/p/?LinkId=746413',
        url: 'https://go.microsoft.com/fwlink/p/?LinkId=746413',
      },
      {
        text: 'https://go.microsoft.com/fwlink/p/?LinkId=746412',
        url: 'https://go.microsoft.com/fwlink/p/?LinkId=746412',
      },
    ]);
    assert.deepEqual(report.httpsRewrites, [
      { file: 'a.md', line: 23, from: 'http://go.microsoft.com/fwlink/p/?LinkId=746413' },
      { file: 'a.md', line: 23, from: 'http://go.microsoft.com/fwlink/p/?LinkId=746412' },
      { file: 'a.md', line: 25, from: 'http://winscp.net' },
    ]);
  });

  test("a URL inside another URL is that URL's text, left as it is: a mailto's body (windows-driver-docs-ddi), a query", () => {
    // gpioclx/ne-gpioclx-_gpio_connect_io_pins_mode.md:122, the feedback link of the DDI's older pages.
    const feedback =
      "<a href=\"mailto:wsddocfb@microsoft.com?subject=Documentation%20feedback [GPIO\\parports]:%20GPIO_CONNECT_IO_PINS_MODE enumeration%20 RELEASE:%20(12/14/2017)&amp;body=%0A%0APRIVACY STATEMENT%0A%0AWe use your feedback to improve the documentation. We don't use your email address for any other purpose, and we'll remove your email address from our system after the issue that you're reporting is fixed. While we're working to fix this issue, we might send you an email message to ask for more info. Later, we might also send you an email message to let you know that we've addressed your feedback.%0A%0AFor more info about Microsoft's privacy policy, see http://privacy.microsoft.com/en-us/default.aspx.\" title=\"Send comments about this topic to Microsoft\">Send comments about this topic to Microsoft</a>";
    const report = emptyLinkReport();
    const text = rewriteLinks(
      `${feedback}\n\n[Sign in](https://login.example.com/?return=http://www.example.com/) or <http://a.example/?next=http://b.example/>, as [before](http://c.example/).\n`,
      'ne.md',
      122,
      report,
    );
    const [mail, signIn, auto, before] = links(text);
    assert.match(
      mail?.url ?? '',
      /^mailto:wsddocfb@microsoft\.com\?.* see http:\/\/privacy\.microsoft\.com\/en-us\/default\.aspx\.$/,
    );
    assert.equal(signIn?.url, 'https://login.example.com/?return=http://www.example.com/');
    assert.equal(auto?.url, 'https://a.example/?next=http://b.example/');
    assert.equal(before?.url, 'https://c.example/');
    assert.deepEqual(report.httpsRewrites, [
      { file: 'ne.md', line: 124, from: 'http://a.example/?next=http://b.example/' },
      { file: 'ne.md', line: 124, from: 'http://c.example/' },
    ]);
    // Nor is it a link to its host: privacy.microsoft.com and www.example.com are no hosts to allow.
    assert.deepEqual([...report.hosts.keys()], ['login.example.com', 'a.example', 'c.example']);
  });
});

describe('http text that is no link', () => {
  test('a setting value the build does not link stays as written, and is not reported (MicrosoftDocs/visualstudio-docs.zh-tw)', () => {
    // docs/containers/container-launch-settings.md:64, a table cell: "https://+:80" is another setting.
    const report = emptyLinkReport();
    const notes: { file: string; line: number; message: string }[] = [];
    const written =
      '| 設定名稱 | 範例 |\n| --- | --- |\n|  | "ASPNETCORE_URLS"： " https://+:443 ; http://+:80 "，   |\n\nSet it to "http://*:8080" or see http://example.com/a.\n';
    const text = rewriteLinks(written, 'a.md', 62, report, notes);
    assert.equal(
      text,
      '| 設定名稱 | 範例 |\n| --- | --- |\n|  | "ASPNETCORE_URLS"： " https://+:443 ; http://+:80 "，   |\n\nSet it to "http://*:8080" or see https://example.com/a.\n',
    );
    assert.deepEqual(report.httpsRewrites, [{ file: 'a.md', line: 66, from: 'http://example.com/a' }]);
    assert.deepEqual(notes, []);
  });

  test("a bare URL the build links to no domain on the web is its text, not https (a reader's machine, an intranet name, an address)", async () => {
    const report = emptyLinkReport();
    const notes: { file: string; line: number; message: string }[] = [];
    const text = rewriteLinks(
      'Browse to http://localhost:5000, http://contoso/x or http://10.0.0.4/.\n\nLinks: [app](http://localhost:5000) and <http://www.example.org>.\n',
      'a.md',
      1,
      report,
      notes,
    );
    assert.equal(
      text,
      'Browse to http:\\//localhost:5000, http:\\//contoso/x or http:\\//10.0.0.4/.\n\nLinks: [app](https://localhost:5000) and <https://www.example.org>.\n',
    );
    // The page shows the text as written, no link; before, the build refused each link over http.
    const [prose] = text.split('\n');
    const page = join(project, 'content/a.md');
    assert.equal(
      await renderLearn(prose ?? '', { root, path: page }),
      `<p>${prose?.replaceAll('\\', '')}</p>`,
    );
    assert.equal(await buildError(prose ?? '', page, root, ['a']), '');
    assert.match(await buildError('Browse to http://localhost:5000.', page, root, ['a']), /is not https/);
    assert.deepEqual(links(text.slice(text.indexOf('Links:'))), [
      { text: 'app', url: 'https://localhost:5000' },
      { text: 'https://www.example.org', url: 'https://www.example.org' },
    ]);
    assert.deepEqual(
      report.httpsRewrites.map(({ line, from }) => `${line} ${from}`),
      ['3 http://localhost:5000', '3 http://www.example.org'],
    );
    assert.deepEqual(
      notes.map(({ line, message }) => `${line} ${message.slice(0, message.indexOf(' is '))}`),
      ['1 "http://localhost:5000"', '1 "http://contoso/x"', '1 "http://10.0.0.4/"'],
    );
  });

  test("a Learn image's link and a video's URL to a domain are still https", () => {
    const report = emptyLinkReport();
    const text = rewriteLinks(
      ':::image type="content" source="a.png" alt-text="A." link="http://example.com/big":::\n\n> [!VIDEO http://www.youtube.com/embed/x]\n',
      'a.md',
      1,
      report,
    );
    assert.equal(
      text,
      ':::image type="content" source="a.png" alt-text="A." link="https://example.com/big":::\n\n> [!VIDEO https://www.youtube.com/embed/x]\n',
    );
  });
});

describe('code spans over two lines', () => {
  test('a URL inside one is code: not written https, not counted, not rebased (its lines read together)', () => {
    // A code span may run over a line break (CommonMark): read line by line, neither half was code.
    const written = 'Run `curl\nhttp://example.com/x` to fetch it, or see http://example.org/.\n';
    const report = emptyLinkReport();
    const text = rewriteLinks(written, 'a.md', 1, report);
    assert.equal(text, 'Run `curl\nhttp://example.com/x` to fetch it, or see https://example.org/.\n');
    assert.deepEqual(report.httpsRewrites, [{ file: 'a.md', line: 2, from: 'http://example.org/' }]);
    assert.deepEqual([...report.hosts.keys()], ['example.org']);
    assert.deepEqual([...linkedHosts([{ file: 'content/a.md', text: written }]).keys()], ['example.org']);
    const rooted = 'Write `[a](~/docs/a.md)\n[b](~/docs/b.md)` or [c](~/docs/c.md).';
    assert.equal(
      rootLinksFromPage(rooted, 'docs'),
      'Write `[a](~/docs/a.md)\n[b](~/docs/b.md)` or [c](c.md).',
    );
  });
});

describe("docfx's ~/ links", () => {
  test('are written relative to the page, from its folder in the repository; query, anchor and title kept', () => {
    // dotnet/docs, docs/core/testing: `[p](~/docs/core/testing/unit-testing-best-practices.md)`.
    const page = [
      'See [the other page](~/docs/f/code-id.md) and [a section](~/docs/f/code-id.md#part "Part").',
      'Up [there](~/docs/other/x.md?tabs=a), [the folder](~/docs/f/) and `[code](~/docs/f/a.md)`.',
      '',
      '[ref]: ~/docs/f/sub/b.md',
      '',
      '```md',
      '[fenced](~/docs/f/a.md)',
      '```',
    ].join('\n');
    assert.equal(
      rootLinksFromPage(page, 'docs/f'),
      [
        'See [the other page](code-id.md) and [a section](code-id.md#part "Part").',
        'Up [there](../other/x.md?tabs=a), [the folder](./) and `[code](~/docs/f/a.md)`.',
        '',
        '[ref]: sub/b.md',
        '',
        '```md',
        '[fenced](~/docs/f/a.md)',
        '```',
      ].join('\n'),
    );
    assert.equal(rootLinksFromPage('[a](~/docs/f/a.md)', 'docs/f/guides'), '[a](../a.md)');
    assert.equal(rootLinksFromPage('[a](~/a.md) [b](other.md)', ''), '[a](a.md) [b](other.md)');
  });
});

describe('hosts counted', () => {
  test('a link whose text is its own URL is one link to its host, on the import and in the pages written (MicrosoftDocs/biztalk-docs)', () => {
    // appendix-c-redistributable-cab-files.md: a table row of six such links said "go.microsoft.com: 12 link(s)".
    const row =
      '|EN|[http://go.microsoft.com/fwlink/p/?LinkId=746413](http://go.microsoft.com/fwlink/p/?LinkId=746413)<br />[http://go.microsoft.com/fwlink/p/?LinkId=746412](http://go.microsoft.com/fwlink/p/?LinkId=746412)|\n\nSee [https://a.example/](https://b.example/), <https://c.example/> and https://go.microsoft.com/x.\n';
    const report = emptyLinkReport();
    const written = rewriteLinks(row, 'a.md', 23, report);
    const expected = {
      'go.microsoft.com': [
        { file: 'a.md', line: 23 },
        { file: 'a.md', line: 23 },
        { file: 'a.md', line: 25 },
      ],
      'b.example': [{ file: 'a.md', line: 25 }],
      'c.example': [{ file: 'a.md', line: 25 }],
    };
    assert.deepEqual(Object.fromEntries(report.hosts), expected);
    const pages = linkedHosts([{ file: 'a.md', text: `${'\n'.repeat(22)}${written}` }]);
    assert.deepEqual(Object.fromEntries(pages), expected);
  });
});

describe('linkedHosts', () => {
  test('links whose text is their URL are counted once each, their texts blotted in one pass', () => {
    const hostsOf = (times: number) =>
      linkedHosts([{ file: 'a.md', text: '[https://a.example/x](https://a.example/x) '.repeat(times) }]);
    // A copy of the page at each link text: 68 s of CPU for 20,000 (860 KB).
    assertLinear((times) => slicedCharacters(() => hostsOf(times)), 500);
    assert.equal(hostsOf(500).get('a.example')?.length, 500);
  });

  test("docs.microsoft.com's links are Learn's, which the site links them to (real-folder trial CF, dotnet/docs)", () => {
    const hosts = linkedHosts([
      {
        file: 'content/a.md',
        text: 'See [String](https://docs.microsoft.com/dotnet/api/system.string) and https://docs.microsoft.com/en-us/dotnet/.\n',
      },
    ]);
    assert.deepEqual([...hosts.keys()], ['learn.microsoft.com']);
    assert.equal(hosts.get('learn.microsoft.com')?.length, 2);
  });

  test('a placeholder or a slip is no host to allow (MicrosoftDocs/fabric-docs: "https://.../groups/x")', () => {
    const hosts = linkedHosts([
      {
        file: 'content/a.md',
        text: 'For example: https://.../groups/x, or https://example..com/y and https://ok.example/.\n',
      },
    ]);
    assert.deepEqual([...hosts.keys()], ['ok.example']);
  });

  test('a bare URL ends before full-width punctuation, as the build links it: no host made of a Chinese sentence', () => {
    // OfficeDocs-SkypeForBusiness-pr.zh-CN: `转到 https://admin.teams.microsoft.com。` listed `admin.teams.microsoft.com.`.
    const hosts = linkedHosts([
      {
        file: 'content/a.md',
        text: '转到 https://admin.teams.microsoft.com。使用 https://example.com。下一句。\n',
      },
    ]);
    assert.deepEqual([...hosts.keys()], ['admin.teams.microsoft.com', 'example.com']);
  });

  test('a bare www. address is a link to allow, as the build links it (over https)', () => {
    const hosts = linkedHosts([
      { file: 'content/a.md', text: 'Go to www.example.org/start. Or see (www.other.example).\n' },
    ]);
    assert.deepEqual([...hosts.keys()], ['www.example.org', 'www.other.example']);
  });

  test('finds the hosts each page links, with the page and line of each link; front matter and code are not links', () => {
    const hosts = linkedHosts([
      {
        file: 'content/a.md',
        text: '---\ntitle: "A"\nsource: "https://not.a.link/"\n---\n\nSee [xUnit](https://xunit.net/) and `https://code.example/`.\n',
      },
      {
        file: 'content/b.mdx',
        text: '---\ntitle: "B"\n---\n\n```\nhttps://fenced.example/\n```\n\nAgain <https://xunit.net/docs> and https://nunit.org.\n',
      },
    ]);
    assert.deepEqual(Object.fromEntries(hosts), {
      'xunit.net': [
        { file: 'content/a.md', line: 6 },
        { file: 'content/b.mdx', line: 9 },
      ],
      'nunit.org': [{ file: 'content/b.mdx', line: 9 }],
    });
  });
});
