/**
 * Learn's generated API references (MicrosoftDocs/sdk-api, windows-driver-docs-ddi) as Learn shows them:
 * their `## -keyword` sections named (src/lib/import/reference-sections.ts) and their `req.*` front-matter
 * keys as a Requirements table, through the import and the site's pipeline.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { brokenAnchors } from '../../src/lib/import/link-preview.ts';
import { mdxParser, toMdxSafe } from '../../src/lib/import/mdx-safe.ts';
import {
  referenceSections,
  referenceTitle,
  requirementsTable,
} from '../../src/lib/import/reference-sections.ts';
import { renderLearn } from '../support/learn-markdown.ts';
import { tempDir } from '../support/temp-dir.ts';

/** Shaped like sdk-api's nf-synchapi-setevent.md: its front matter's requirements, its sections. */
const SET_EVENT = `---
UID: NF:synchapi.SetEvent
title: SetEvent function (synchapi.h)
description: Sets the specified event object to the signaled state.
ms.date: 12/05/2018
req.header: synchapi.h
req.include-header: Windows.h on Windows Server 2003, Windows Vista, Windows 7, Windows Server 2008  Windows Server 2008 R2
req.target-type: Windows
req.target-min-winverclnt: Windows XP [desktop apps \\| UWP apps]
req.target-min-winversvr: Windows Server 2003 [desktop apps \\| UWP apps]
req.kmdf-ver: 
req.umdf-ver: 
req.lib: Kernel32.lib
req.dll: Kernel32.dll
req.irql: 
---

# SetEvent function

## -description

Sets the specified event object to the signaled state.

## -parameters

### -param hEvent [in]

A handle to the event object. See [Remarks](#-remarks).

## -returns

If the function succeeds, the return value is nonzero.

## -remarks

The state of a manual-reset event object remains signaled until it is set explicitly.

## -see-also

<a href="/windows/desktop/Sync/event-objects">Event Objects</a>
`;

function folder(files: Record<string, string>): SourceFiles {
  return { read: (path) => files[path], exists: (path) => path in files };
}

describe('API reference sections', () => {
  test('are named as Learn shows them; the description is the introduction; lines kept', () => {
    const body = SET_EVENT.slice(SET_EVENT.indexOf('# SetEvent'));
    const { markdown, notes } = referenceSections(body, {});
    assert.deepEqual(notes, []);
    assert.equal(markdown.split('\n').length, body.split('\n').length);
    assert.deepEqual(
      markdown.split('\n').filter((line) => line.startsWith('#')),
      [
        '# SetEvent function',
        '## <a id="-parameters"></a>Parameters',
        '### `[in] hEvent`',
        '## <a id="-returns"></a>Return value',
        '## <a id="-remarks"></a>Remarks',
        '## <a id="-see-also"></a>See also',
      ],
    );
    assert.match(markdown, /^# SetEvent function\n\n\n\nSets the specified event/);
  });

  test("an IOCTL's buffers are sections of their own, fields are code; an unknown keyword is said with its line", () => {
    // windows-driver-docs-ddi, ni-mountdev-ioctl_mountdev_query_suggested_link_name.md and an enum's fields.
    const body = [
      '## -description',
      '',
      'Suggests a link name.',
      '',
      '## -ioctlparameters',
      '',
      '### -input-buffer',
      '',
      'None.',
      '',
      '### -inout-buffer-length',
      '',
      'None.',
      '',
      '### -status-block',
      '',
      'Irp->IoStatus.Status is set to STATUS_SUCCESS.',
      '',
      '## -enum-fields',
      '',
      '### -field D3D_SVC_SCALAR:0',
      '',
      '#### - RIL_LTEKIND_FDD',
      '',
      '### -field <b>Header</b>',
      '',
      '## -irql-notes',
      '',
      '```md',
      '## -remarks',
      '```',
    ].join('\n');
    const { markdown, notes } = referenceSections(body, {});
    assert.deepEqual(
      markdown.split('\n').filter((line) => line.startsWith('#')),
      [
        '## <a id="-input-buffer"></a>Input buffer',
        '## <a id="-inout-buffer-length"></a>Input / output buffer length',
        '## <a id="-status-block"></a>Status block',
        '## <a id="-enum-fields"></a>Constants',
        '### `D3D_SVC_SCALAR:0`',
        '#### `RIL_LTEKIND_FDD`',
        '### <b>Header</b>',
        '## -irql-notes',
        '## -remarks',
      ],
    );
    assert.deepEqual(
      notes.map((note) => [
        note.line,
        /"## -irql-notes" is no section of Learn's API reference/.test(note.message),
      ]),
      [[27, true]],
    );
  });

  test("a parameter's direction on the line below its heading is in the heading, as Learn shows it", () => {
    // windows-driver-docs-ddi's gpioclx (nc-gpioclx-gpio_client_clear_active_interrupts.md) and ndis pages.
    const body = [
      '## -parameters',
      '',
      '### -param Context ',
      '',
      '[in]',
      "A pointer to the GPIO controller driver's device context.",
      '',
      '### -param ClearParameters ',
      '',
      '[in, out]',
      'A pointer to a structure.',
      '',
      '### -param context',
      '',
      '[in, optional]',
      '',
      'Custom context data passed to the callback.',
      '',
      '### -param Flags [in]',
      '',
      '[out]',
      '',
      '### -param Reserved',
      '',
      '[in] Must be zero.',
      '',
      '## -returns',
      '',
      'STATUS_SUCCESS.',
    ].join('\n');
    const { markdown } = referenceSections(body, {});
    assert.equal(markdown.split('\n').length, body.split('\n').length);
    assert.deepEqual(headingLines(markdown), [
      '## <a id="-parameters"></a>Parameters',
      '### `[in] Context`',
      '### `[in, out] ClearParameters`',
      '### `[in, optional] context`',
      '### `[in] Flags`',
      '### `Reserved`',
      '## <a id="-returns"></a>Return value',
    ]);
    assert.match(
      markdown,
      /^### `\[in\] Context`\n\n\nA pointer to the GPIO controller driver's device context\.$/m,
    );
    assert.doesNotMatch(markdown, /^\[in(?:, out|, optional)?\]$/m);
    // A direction the heading has already, or one with text after it, is text as written.
    assert.match(markdown, /^\[out\]$/m);
    assert.match(markdown, /^\[in\] Must be zero\.$/m);
  });

  test('a file not written in the dialect keeps its headings, "-" and all', () => {
    // Such headings are rare but real elsewhere: "## -Prerequisites" in a README.
    const body = '# Tool\n\n## -Prerequisites\n\nNode.js.\n\n## -param x\n';
    assert.deepEqual(referenceSections(body, {}), { markdown: body, notes: [] });
  });
});

describe("winrt-api's XAML sections (real-folder trial ci: windows.ui.xaml.controls)", () => {
  test('the XAML syntax follows the description under no heading, its values under "XAML values"; none is warned of', () => {
    // Shaped like winrt-api's appbarbutton_label.md, below its front matter.
    const body = [
      '# Windows.UI.Xaml.Controls.AppBarButton.Label',
      '',
      '## -description',
      'Gets or sets the text description displayed on the app bar button.',
      '',
      '## -xaml-syntax',
      '```xaml',
      '<AppBarButton Label="stringContent" .../>',
      '```',
      '',
      '## -xaml-values',
      '<dl><dt>stringContent</dt><dd>A string that is displayed as the label.</dd>',
      '</dl>',
      '## -property-value',
      'The text description displayed on the app bar button.',
      '',
      '## -remarks',
      '',
    ].join('\n');
    const { markdown, notes } = referenceSections(body, {});
    assert.deepEqual(notes, []);
    assert.equal(markdown.split('\n').length, body.split('\n').length);
    assert.deepEqual(headingLines(markdown), [
      '# Windows.UI.Xaml.Controls.AppBarButton.Label',
      '## <a id="-xaml-values"></a>XAML values',
      '## <a id="-property-value"></a>Property value',
    ]);
    assert.doesNotMatch(markdown, /-xaml-syntax|-description/);
    assert.match(markdown, /displayed on the app bar button\.\n\n\n```xaml\n<AppBarButton Label=/);
  });

  test('a keyword line right below HTML starts its section, as the generator reads it; the lines are kept', () => {
    const body = [
      '## -description',
      'A value.',
      '',
      '<dl><dt>a</dt><dd>A.</dd></dl>',
      '## -property-value',
      'The value.',
      '',
      '<p>More.</p>',
      '<p>Still more.</p>',
      '### -param e',
      'Data.',
      '<!--',
      '## -remarks',
      '-->',
    ].join('\n');
    const { markdown } = referenceSections(body, {});
    assert.equal(markdown.split('\n').length, body.split('\n').length);
    // A one-line block moves into the blank line above it, a longer one's last line joins the line above;
    // a comment keeps what it holds.
    assert.deepEqual(headingLines(markdown), [
      '## <a id="-property-value"></a>Property value',
      '### `e`',
      '## -remarks',
    ]);
    assert.equal(markdown.split('\n')[2], '<dl><dt>a</dt><dd>A.</dd></dl>');
    assert.equal(markdown.split('\n')[7], '<p>More.</p> <p>Still more.</p>');
    assert.match(markdown, /<!--\n## -remarks\n-->/);
  });
});

/** The headings of `markdown` (a line starting with `#`). */
function headingLines(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('#'));
}

describe('an empty section', () => {
  test("is left out with its heading, as Learn leaves it out (winrt-api's property pages)", () => {
    // winrt-api, windows.globalization.fonts/languagefont_fontfamily.md, below its front matter.
    const body = [
      '<!-- Property syntax',
      'public string FontFamily { get; }',
      '-->',
      '',
      '# Windows.Globalization.Fonts.LanguageFont.FontFamily',
      '',
      '## -description',
      'Gets the family name of the font.',
      '',
      '## -property-value',
      'The font family name.',
      '',
      '## -remarks',
      '',
      '## -examples',
      '',
      '## -see-also',
      '',
    ].join('\n');
    const { markdown, notes } = referenceSections(body, {});
    assert.deepEqual(notes, []);
    assert.equal(markdown.split('\n').length, body.split('\n').length);
    assert.deepEqual(headingLines(markdown), [
      '# Windows.Globalization.Fonts.LanguageFont.FontFamily',
      '## <a id="-property-value"></a>Property value',
    ]);
    assert.doesNotMatch(markdown, /-remarks|-examples|-see-also|Remarks|Examples|See also/);
  });

  test('holding only HTML comments or white space is empty; text, code or a heading below it is content', () => {
    const body = [
      '## -description',
      'Gets a value.',
      '',
      '## -remarks',
      '<!-- Remarks go here. -->',
      ' \t',
      '## -examples',
      '<!-- An example: -->',
      '```csharp',
      'var font = group.UITextFont;',
      '```',
      '',
      '## -see-also',
      '',
      '#### Other APIs',
      '',
      '## -inheritance',
      '<!-- none --> Object',
    ].join('\n');
    assert.deepEqual(headingLines(referenceSections(body, {}).markdown), [
      '## <a id="-examples"></a>Examples',
      '## <a id="-see-also"></a>See also',
      '#### Other APIs',
      '## <a id="-inheritance"></a>Inheritance',
    ]);
  });

  test("of an IOCTL (windows-driver-docs-ddi's unused buffers) is left out; a parameter or field is kept, described or not", () => {
    // windows-driver-docs-ddi, ntddchgr/ni-ntddchgr-ioctl_changer_get_parameters.md: Learn shows no
    // "Input / output buffer" sections; sdk-api's d3d12.h D3D12_SAMPLER_FEEDBACK_TIER has a constant without text.
    const body = [
      '## -description',
      '',
      'Returns the parameters of the device.',
      '',
      '## -ioctlparameters',
      '',
      '### -input-buffer',
      '',
      'None.',
      '',
      '### -in-out-buffer',
      '',
      ' \t',
      '',
      '### -inout-buffer-length',
      '',
      '### -status-block',
      '',
      'The Information field is set to the number of bytes returned.',
      '',
      '## -enum-fields',
      '',
      '### -field D3D12_MESH_SHADER_TIER_NOT_SUPPORTED:0',
      '',
      '## -parameters',
      '',
      '### -param Reserved',
      '',
      '## -remarks',
      '',
      '## -see-also',
      '',
      '* [Sampler feedback spec](https://microsoft.github.io/DirectX-Specs/d3d/SamplerFeedback.html)',
    ].join('\n');
    assert.deepEqual(headingLines(referenceSections(body, {}).markdown), [
      '## <a id="-input-buffer"></a>Input buffer',
      '## <a id="-status-block"></a>Status block',
      '## <a id="-enum-fields"></a>Constants',
      '### `D3D12_MESH_SHADER_TIER_NOT_SUPPORTED:0`',
      '## <a id="-parameters"></a>Parameters',
      '### `Reserved`',
      '## <a id="-see-also"></a>See also',
    ]);
  });

  test('holding only empty keyword sections is empty too', () => {
    const body =
      '## -description\n\nText.\n\n## -remarks\n\n### -examples\n\n<!-- none -->\n\n## -see-also\n\nX.\n';
    assert.deepEqual(headingLines(referenceSections(body, {}).markdown), [
      '## <a id="-see-also"></a>See also',
    ]);
  });

  test('in a file not written in the dialect, a heading is kept, empty or not', () => {
    const body = '# Tool\n\n## Remarks\n\n## -Prerequisites\n';
    assert.equal(referenceSections(body, {}).markdown, body);
  });

  test("of sdk-api (no remarks, no see-also): the Requirements table closes the page; a link to the section's id is warned of, as any #anchor naming no heading", async () => {
    // sdk-api, d3d12video/nf-d3d12video-id3d12videodevice1-createvideomotionestimator.md, shortened.
    const source = [
      '---',
      'UID: NF:d3d12video.ID3D12VideoDevice1.CreateVideoMotionEstimator',
      'title: ID3D12VideoDevice1::CreateVideoMotionEstimator',
      'description: Creates an ID3D12VideoMotionEstimator, which maintains context for video motion estimation operations.',
      'ms.date: 4/26/2019',
      'req.dll: d3d12.dll',
      'req.header: d3d12video.h',
      'req.include-header: ',
      '---',
      '',
      '## -description',
      '',
      'Creates an ID3D12VideoMotionEstimator. See [Remarks](#-remarks).',
      '',
      '## -parameters',
      '',
      '### -param riid',
      '',
      'The globally unique identifier (GUID) for the **ID3D12VideoMotionEstimator** interface.',
      '',
      '## -returns',
      '',
      'This method returns HRESULT.',
      '',
      '## -remarks',
      '',
      '## -see-also',
      '',
    ].join('\n');
    const file = '/docs/nf-d3d12video-id3d12videodevice1-createvideomotionestimator.md';
    const plan = planImport([file], { today: '2026-01-01' }, folder({ [file]: source }));
    const [page] = plan.pages;
    assert.ok(page);
    assert.deepEqual(headingLines(page.body), [
      '## <a id="-parameters"></a>Parameters',
      '### `riid`',
      '## <a id="-returns"></a>Return value',
      '## Requirements',
    ]);
    assert.match(page.body, /This method returns HRESULT\.\s+## Requirements\s+\| Requirement \| Value \|/);
    assert.match(page.body, /\| DLL \| d3d12\.dll \|\s*$/);
    // The link to the section left out names no id: the import says so with the page line, as the build fails on it.
    const problems = await brokenAnchors(
      [{ file: 'createvideomotionestimator.mdx', text: page.body }],
      pathToFileURL(`${tempDir('import-reference-anchors-')}/`),
      ['createvideomotionestimator'],
      { learnFolder: 'contoso/api', articles: [] },
    );
    const line = page.body.split('\n').findIndex((text) => text.includes('(#-remarks)')) + 1;
    assert.equal(problems.length, 1);
    assert.match(
      problems[0] ?? '',
      new RegExp(
        `^content/createvideomotionestimator\\.mdx:${line}: the link "#-remarks" goes to #-remarks, which is not a heading`,
      ),
    );
  });
});

describe("the title of a page without an H1 (trial CD: sdk-api's ioringapi)", () => {
  /** Shaped like sdk-api's ioringapi/nf-ioringapi-closeioring.md: a bare name as title, no H1. */
  const closeIoRing = (frontMatter: string[]) =>
    [
      '---',
      'UID: NF:ioringapi.CloseIoRing',
      ...frontMatter,
      'description: Closes an **HIORING** handle that was previously opened with a call to CreateIoRing.',
      'ms.date: 07/16/2021',
      'req.target-min-winverclnt: Windows Build 22000 ',
      '---',
      '',
      '## -description',
      '',
      'Closes an **HIORING** handle that was previously opened with a call to [CreateIoRing](nf-ioringapi-createioring.md).',
      '',
      '## -parameters',
      '',
      '### -param ioRing',
      '',
      'The **HIORING** handle to close.',
      '',
    ].join('\n');
  const pageOf = (source: string) => {
    const file = '/docs/ioringapi/nf-ioringapi-closeioring.md';
    const [page] = planImport([file], { today: '2026-01-01' }, folder({ [file]: source })).pages;
    assert.ok(page);
    return page;
  };

  test('is the H1 Learn shows, its kind and header after the name; the name is the sidebar label', () => {
    const page = pageOf(
      closeIoRing(['title: CloseIoRing', 'req.construct-type: function', 'req.header: ioringapi.h']),
    );
    // learn.microsoft.com/en-us/windows/win32/api/ioringapi/nf-ioringapi-closeioring: "CloseIoRing function (ioringapi.h)".
    assert.equal(page.frontMatter.title, 'CloseIoRing function (ioringapi.h)');
    assert.equal(page.frontMatter.sidebarLabel, 'CloseIoRing');
    assert.match(page.body, /^Closes an \*\*HIORING\*\* handle/);
    assert.equal(
      page.frontMatter.description,
      'Closes an **HIORING** handle that was previously opened with a call to CreateIoRing.',
    );
  });

  test("of a structure and an enumeration too, the name's characters as written; the description's line keeps the lines", () => {
    const data = { title: 'IORING_CQE', 'req.construct-type': 'structure', 'req.header': 'ioringapi.h' };
    assert.equal(referenceTitle(data), 'IORING_CQE structure (ioringapi.h)');
    assert.equal(
      referenceTitle({ ...data, title: 'IORING_REF_KIND', 'req.construct-type': 'enumeration' }),
      'IORING_REF_KIND enumeration (ioringapi.h)',
    );
    const body = [
      '',
      '## -description',
      '',
      'Represents a completed entry.',
      '',
      '## -struct-fields',
      '',
    ].join('\n');
    const { markdown } = referenceSections(body, { ...data, title: 'A*b*_[c](d)' });
    // The text below it at its line, as the import's notes count lines (the Requirements table comes last).
    assert.equal(markdown.split('\n')[3], 'Represents a completed entry.');
    assert.equal(markdown.split('\n')[1], '# A\\*b\\*\\_\\[c\\]\\(d\\) structure \\(ioringapi\\.h\\)');
    assert.equal(
      pageOf(closeIoRing(['title: A*b*_[c](d)', 'req.construct-type: structure', 'req.header: ioringapi.h']))
        .frontMatter.title,
      'A*b*_[c](d) structure (ioringapi.h)',
    );
  });

  test('is one line when the title is written on several (red team 17: the lines after the first were a paragraph above the text)', () => {
    const page = pageOf(
      closeIoRing([
        'title: |',
        '  CloseIoRing',
        '',
        '      more',
        'req.construct-type: function',
        'req.header: ioringapi.h',
      ]),
    );
    assert.equal(page.frontMatter.title, 'CloseIoRing more function (ioringapi.h)');
    assert.match(page.body, /^Closes an \*\*HIORING\*\* handle/);
  });

  test("is left as written when it says its kind or header already, when the page has an H1, or its kind is one Learn's titles were not seen with", () => {
    const data = { 'req.construct-type': 'function', 'req.header': 'synchapi.h' };
    assert.equal(referenceTitle({ ...data, title: 'SetEvent function (synchapi.h)' }), undefined);
    assert.equal(referenceTitle({ ...data, title: 'SetEvent function' }), undefined);
    assert.equal(referenceTitle({ ...data, title: 'SetEvent', 'req.construct-type': 'method' }), undefined);
    assert.equal(referenceTitle({ title: 'SetEvent', 'req.construct-type': 'function' }), undefined);
    // sdk-api's older pages: an H1 of their own, which stays the title.
    const page = pageOf(
      closeIoRing(['title: CloseIoRing', 'req.construct-type: function', 'req.header: ioringapi.h']).replace(
        '## -description',
        '# CloseIoRing\n\n## -description',
      ),
    );
    assert.equal(page.frontMatter.title, 'CloseIoRing');
    assert.equal(
      pageOf(closeIoRing(['title: CloseIoRing', 'req.header: ioringapi.h'])).frontMatter.title,
      'CloseIoRing',
    );
  });
});

describe('the Requirements table', () => {
  test("holds the req.* keys with values, labelled as on Learn, the header with its include; before 'See also'", async () => {
    const plan = planImport(
      ['/docs/nf-synchapi-setevent.md'],
      { today: '2026-01-01' },
      folder({ '/docs/nf-synchapi-setevent.md': SET_EVENT }),
    );
    const [page] = plan.pages;
    assert.ok(page);
    const body = page.body;
    assert.ok(body.indexOf('## Requirements') < body.indexOf('See also'));
    const html = await renderLearn(body, { path: '/site/content/nf-synchapi-setevent.mdx' });
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/gs)].map(([row]) =>
      [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map(([, cell]) => cell?.trim()),
    );
    assert.deepEqual(rows, [
      ['Requirement', 'Value'],
      ['Minimum supported client', 'Windows XP [desktop apps | UWP apps]'],
      ['Minimum supported server', 'Windows Server 2003 [desktop apps | UWP apps]'],
      ['Target Platform', 'Windows'],
      [
        'Header',
        'synchapi.h (include Windows.h on Windows Server 2003, Windows Vista, Windows 7, Windows Server 2008 Windows Server 2008 R2)',
      ],
      ['Library', 'Kernel32.lib'],
      ['DLL', 'Kernel32.dll'],
    ]);
    // The keys the table shows are not reported as dropped; the empty ones and the rest are.
    const dropped = plan.dropped.flatMap((entry) => entry.keys);
    assert.ok(!dropped.includes('req.header') && !dropped.includes('req.include-header'));
    assert.ok(dropped.includes('req.irql') && !dropped.includes('ms.date'));
    // Learn's ids and the ones sdk-api links (`#-remarks`) both land; no heading shows the keyword.
    assert.match(html, /<h2[^>]* id="parameters"/);
    assert.match(html, /id="-remarks"/);
    assert.match(html, /<h2[^>]* id="requirements"/);
    assert.doesNotMatch(html, />-(?:description|parameters|param|returns|remarks|see-also)\b/);
    assert.match(html, /<code>\[in\] hEvent<\/code>/);
  });

  test("before a translated page's See also, known by its bookmark or its text (win32-pr.de-de)", () => {
    for (const heading of ['## <a name="see-also"></a>Siehe auch', '## See Also']) {
      const { markdown } = referenceSections(
        `# InterlockedPushListSList\n\nText.\n\n${heading}\n\n- [A](a.md)\n`,
        { 'req.lib': 'Kernel32.lib' },
      );
      assert.ok(markdown.indexOf('## Requirements') < markdown.indexOf(heading), `${heading}:\n${markdown}`);
      assert.ok(markdown.indexOf('## Requirements') > markdown.indexOf('Text.'), heading);
    }
  });

  test('none without req.* values; a pipe written unescaped is escaped once', () => {
    assert.equal(requirementsTable({ 'req.header': '', 'req.irql': null }), undefined);
    assert.equal(
      requirementsTable({ 'req.irql': 'PASSIVE_LEVEL', 'req.target-type': 'Desktop | Universal' }),
      '| Requirement | Value |\n| --- | --- |\n| Target Platform | Desktop \\| Universal |\n| IRQL | PASSIVE_LEVEL |',
    );
    assert.match(
      toMdxSafe(requirementsTable({ 'req.dll': 'Kernel32.dll' }) ?? ''),
      /\| DLL \| Kernel32\.dll \|/,
    );
  });
});

describe('text the dialect writes from front matter and heading names (red team: `<img onerror>` ended the import)', () => {
  /** sdk-api's CreateEventA shape, its include header and one parameter's name holding `markup`. */
  const createEvent = (includeHeader: string, param: string) =>
    [
      '---',
      'UID: NF:synchapi.CreateEventA',
      'title: CreateEventA function (synchapi.h)',
      'description: Creates or opens a named or unnamed event object.',
      'ms.date: 12/05/2018',
      'req.header: synchapi.h',
      `req.include-header: ${includeHeader}`,
      'req.irql: <= DISPATCH_LEVEL',
      'req.lib: Kernel32.lib',
      '---',
      '',
      '# CreateEventA function',
      '',
      '## -description',
      '',
      'Creates or opens a named or unnamed event object.',
      '',
      '## -parameters',
      '',
      `### -param ${param}`,
      '',
      'Whether the event is signaled.',
      '',
      '### -param <i>lpName</i> [in, optional]',
      '',
      'The name of the event object.',
      '',
      '## -see-also',
      '',
      '[Event Objects](/windows/desktop/Sync/event-objects)',
      '',
    ].join('\n');
  const file = '/docs/nf-synchapi-createeventa.md';
  const imported = (source: string) => {
    const plan = planImport([file], { today: '2026-01-01' }, folder({ [file]: source }));
    const [page] = plan.pages;
    assert.ok(page);
    return { body: page.body, warnings: plan.warnings };
  };

  test('a req.* value is text: its HTML shows as written, and the page is MDX the build reads', async () => {
    const { body } = imported(createEvent('<img src=x onerror=alert(2)>', 'bInitialState [in]'));
    assert.doesNotThrow(() => mdxParser.parse(body));
    const html = await renderLearn(body, { path: '/site/content/nf-synchapi-createeventa.mdx' });
    const cells = [...html.matchAll(/<td>(.*?)<\/td>/gs)].map(([, cell]) => cell?.trim());
    assert.ok(cells.includes('synchapi.h (include &#x3C;img src=x onerror=alert(2)>)'), cells.join(' | '));
    // windows-driver-docs-ddi's IRQL, `<=` as Learn shows it.
    assert.ok(cells.includes('&#x3C;= DISPATCH_LEVEL'), cells.join(' | '));
    assert.doesNotMatch(html, /<img/);
  });

  test('a parameter named with HTML MDX cannot read is written as a browser reads it, said with its line; HTML it reads stays', async () => {
    const { body, warnings } = imported(createEvent('Windows.h', '<img/src=x/onerror=alert(1)> [in]'));
    assert.doesNotThrow(() => mdxParser.parse(body));
    assert.deepEqual(headingLines(body).slice(1, 3), [
      // A browser reads <img/src=x/onerror=alert(1)> as an img whose src is "x/onerror=alert(1)": no handler.
      '### [in] <img src="x/onerror=alert(1)" />',
      // windows-driver-docs-ddi's older pages name their parameters so: <i> is Learn's, and the site's.
      '### [in, optional] <i>lpName</i>',
    ]);
    const said = warnings.filter((warning) => warning.message.includes('MDX cannot read'));
    assert.deepEqual(
      said.map(({ file: at, line }) => [at, line]),
      [[file, 20]],
    );
    assert.match(
      said[0]?.message ?? '',
      /^<img\/src=x\/onerror=alert\(1\)> is written as a browser reads it, <img src="x\/onerror=alert\(1\)">: MDX cannot read its attributes as written \(Unexpected character/,
    );
    const html = await renderLearn(body, { path: '/site/content/nf-synchapi-createeventa.mdx' });
    assert.match(html, /<h3[^>]*>\[in\] ?<img src="x\/onerror=alert\(1\)" alt=""><\/h3>/);
    assert.doesNotMatch(html, /\sonerror=/, 'no onerror attribute');
    assert.match(html, /<h3[^>]*>\[in, optional\] <i>lpName<\/i><\/h3>/);
  });
});
