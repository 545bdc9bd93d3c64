/**
 * Learn's generated API references (MicrosoftDocs/sdk-api, windows-driver-docs-ddi) as Learn shows them:
 * their `## -keyword` sections named (src/lib/import/reference-sections.ts) and their `req.*` front-matter
 * keys as a Requirements table, through the import and the site's pipeline.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { toMdxSafe } from '../../src/lib/import/mdx-safe.ts';
import { referenceSections, requirementsTable } from '../../src/lib/import/reference-sections.ts';
import { renderLearn } from '../support/learn-markdown.ts';

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
      '### -status-block',
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
      [[23, true]],
    );
  });

  test('a file not written in the dialect keeps its headings, "-" and all', () => {
    // Such headings are rare but real elsewhere: "## -Prerequisites" in a README.
    const body = '# Tool\n\n## -Prerequisites\n\nNode.js.\n\n## -param x\n';
    assert.deepEqual(referenceSections(body, {}), { markdown: body, notes: [] });
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
