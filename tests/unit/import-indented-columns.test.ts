/**
 * Rows and columns written indented, as Learn writes them (MicrosoftDocs/learn's sandbox list of regions,
 * azure-docs' MSAL logging article: `    :::column:::` and then `        - westus2`): docfx reads a column's
 * content as Markdown, where CommonMark reads 4 spaces as code, so the lists and the markers themselves
 * showed as a code block.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { renderLearn } from '../support/learn-markdown.ts';

const FRONT = '---\ntitle: T\ndescription: An article.\nauthor: a\nms.date: 03/07/2025\n---\n';

/** An in-memory Learn folder. */
function folder(files: Record<string, string>): SourceFiles {
  return { read: (path) => files[path], exists: (path) => path in files };
}

describe('indented rows and columns', () => {
  const plan = planImport(
    ['/r/docs/a.md', '/r/docs/b.md'],
    { readRoot: '/r' },
    folder({
      '/r/docs/a.md': [
        FRONT,
        '# Logging',
        '',
        'Select a region:',
        '',
        '[!INCLUDE [regions](../includes/regions.md)]',
        '',
        // The Learn contributor guide's layout: 3 and 6 spaces, tabs in the second column.
        ':::row:::',
        '   :::column span="":::',
        '      Logging is covered in **these** articles:',
        '',
        '          dotnet add package Microsoft.Identity.Client',
        '   :::column-end:::',
        '   :::column span="":::',
        '\t\t- [Logging in MSAL.NET](b.md)',
        '\t\t- [Logging in MSAL.js](b.md#js)',
        '   :::column-end:::',
        ':::row-end:::',
        '',
      ].join('\n'),
      '/r/docs/b.md': `${FRONT}# B\n\n## JS\n\nText.\n`,
      '/r/includes/regions.md': [
        ':::row:::',
        '    :::column:::',
        '        - westus2',
        '        - westcentralus',
        '    :::column-end:::',
        '    :::column:::',
        '        - southeastasia',
        '    :::column-end:::',
        ':::row-end:::',
        '',
      ].join('\n'),
    }),
  );
  const body = plan.pages[0]?.body ?? '';

  test('markers start their lines; a column is moved left by what its lines share, more indented code kept', () => {
    const include = [':::row:::', ':::column:::', ':::column-end:::', ':::column:::', ':::column-end:::'];
    const page = [
      ':::row:::',
      ':::column span="":::',
      ':::column-end:::',
      ':::column span="":::',
      ':::column-end:::',
    ];
    assert.deepEqual(
      body.split('\n').filter((line) => line.includes(':::')),
      [...include, ':::row-end:::', ...page, ':::row-end:::'],
    );
    assert.match(body, /^- westus2\n- westcentralus$/m);
    assert.match(body, /^- \[Logging in MSAL\.NET\]\(b\.md\)$/m);
    assert.deepEqual(plan.warnings, []);
  });

  test('the site shows the lists and links, and the code as code', async () => {
    const html = await renderLearn(body, { sitePages: ['a', 'b'] });
    assert.match(html, /<li>westus2<\/li>\s*<li>westcentralus<\/li>/);
    assert.match(html, /<li><a href="\/b\/">Logging in MSAL\.NET<\/a><\/li>/);
    assert.match(html, /<p>Logging is covered in <strong>these<\/strong> articles:<\/p>/);
    assert.match(html, /<pre[^>]*><code>dotnet add package Microsoft\.Identity\.Client\n<\/code><\/pre>/);
    assert.doesNotMatch(html, /:::/);
  });

  test('a row written as indented code stays code (red-team round 11)', () => {
    const code = planImport(
      ['/r/docs/c.md'],
      { readRoot: '/r' },
      folder({
        '/r/docs/c.md': `${FRONT}# C\n\nA row is written so:\n\n    :::row:::\n    <img src="https://evil.example/row.png">\n    :::row-end:::\n`,
      }),
    );
    assert.match(
      code.pages[0]?.body ?? '',
      /^```\n:::row:::\n<img src="https:\/\/evil\.example\/row\.png">\n:::row-end:::\n```$/m,
    );
  });
});
