/**
 * A link or TOC href whose path is written with `\` (dynamics365smb-devitpro-pb: `[Text Data Type](..\text\text-data-type.md)`,
 * `embedapps\embed-app-deployment-overview.md` in its TOC.md): Learn's docfx and a browser on an https page read
 * the `\` as `/`, so the import writes (reads) it so, said once a file; the build then publishes the page.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { emptyLinkReport, rewriteLinks, slashedHref, type LinkNote } from '../../src/lib/import/links.ts';
import { readTocYml, tocNotes } from '../../src/lib/import/toc-yml.ts';
import { runImport } from '../support/run-import.ts';
import { tempDir } from '../support/temp-dir.ts';

describe('slashedHref', () => {
  test('writes the path as the WHATWG URL parser reads it on an https page: its "\\" a "/"', () => {
    const cases: [string, string | undefined][] = [
      ['..\\text\\text-data-type.md', '../text/text-data-type.md'],
      ['embedapps\\embed-app-deployment-overview.md', 'embedapps/embed-app-deployment-overview.md'],
      ['\\dynamics365\\business-central\\a', '/dynamics365/business-central/a'],
      // Only the path: a "\" in the query or the #anchor is itself there.
      ['a\\b.md?q=c\\d#e\\f', 'a/b.md?q=c\\d#e\\f'],
      ['a.md#x\\y', undefined],
      // A URL with a special scheme: the browser reads "\" as "/" in it too.
      ['https:\\\\learn.microsoft.com\\en-us\\a', 'https://learn.microsoft.com/en-us/a'],
      // mailto: is no special scheme, its "\" stays one; C: is a scheme of its own.
      ['mailto:a\\b@example.com', undefined],
      ['C:\\docs\\a.md', undefined],
      // A relative URL that would leave the page's origin (a UNC path reads as //server/share): left as written.
      ['\\\\server\\share\\a.md', undefined],
      ['/\\evil.example/a', undefined],
      ['../text/text-data-type.md', undefined],
    ];
    for (const [href, expected] of cases) {
      assert.equal(slashedHref(href), expected, href);
      if (expected !== undefined) {
        const base = 'https://site.example/developer/methods-auto/textbuilder/';
        assert.equal(new URL(expected, base).href, new URL(href, base).href, href);
      }
    }
  });
});

describe('rewriteLinks', () => {
  const rewrite = (text: string, firstLine = 1) => {
    const notes: LinkNote[] = [];
    return {
      text: rewriteLinks(text, 'textbuilder-data-type.md', firstLine, emptyLinkReport(), notes),
      notes,
    };
  };

  test("writes the real page's three links with slashes, one warning for the file at the first, naming the lines", () => {
    // textbuilder-data-type.md, lines 46 to 53.
    const real = [
      'The [Text Data Type](..\\text\\text-data-type.md) is a value type. The overhead associated with creating a [Text Data Type](..\\text\\text-data-type.md) can be costly.  ',
      '',
      '## See Also',
      '[Getting Started with AL](../../devenv-get-started.md)  ',
      '[Developing Extensions](../../devenv-dev-overview.md)  ',
      '[Text Data Type](..\\text\\text-data-type.md)',
    ].join('\n');
    const { text, notes } = rewrite(real, 46);
    assert.equal(text, real.replaceAll('..\\text\\', '../text/'));
    assert.deepEqual(notes, [
      {
        file: 'textbuilder-data-type.md',
        line: 46,
        message:
          '3 links with "\\" in their paths are written with "/", as Learn and browsers read a "\\" in a URL\'s path ("..\\text\\text-data-type.md" is "../text/text-data-type.md"), on lines 46, 51.',
      },
    ]);
  });

  test('one link is named; a definition, a title and an angle-bracketed destination keep their form', () => {
    assert.deepEqual(rewrite('See [x](a\\b.md#Some\\Id).\n'), {
      text: 'See [x](a/b.md#Some\\Id).\n',
      notes: [
        {
          file: 'textbuilder-data-type.md',
          line: 1,
          message:
            'the link "a\\b.md#Some\\Id" is written "a/b.md#Some\\Id", as Learn and browsers read a "\\" in a URL\'s path.',
        },
      ],
    });
    assert.equal(
      rewrite('[x][d] and [y](<my folder\\a b.md> "T")\n\n[d]: ..\\c\\d.md "Title"\n').text,
      '[x][d] and [y](<my folder/a b.md> "T")\n\n[d]: ../c/d.md "Title"\n',
    );
  });

  test('an HTML link is written as the Markdown link a browser follows: "..\\..\\" is "../../", not an escape', () => {
    assert.equal(
      rewrite('<a href="..\\..\\devenv-overview.md">Overview</a>\n').text,
      '[Overview](../../devenv-overview.md)\n',
    );
  });

  test('leaves code, an include and what would leave the page as written', () => {
    for (const kept of [
      '`[x](a\\b.md)`\n',
      '```md\n[x](a\\b.md)\n```\n',
      '[!INCLUDE [d365fin](..\\includes\\d365fin_long_md.md)]\n',
      // `/\host` is `//host`, another site's, as a browser reads it.
      '[elsewhere](/\\evil.example/a.md)\n',
      '[mail](mailto:a\\b@example.com)\n',
    ]) {
      const { text, notes } = rewrite(kept);
      assert.equal(text, kept);
      assert.deepEqual(notes, []);
    }
  });
});

describe("a TOC's hrefs", () => {
  const FILE = '/repo/dev-itpro/TOC.md';
  const TOC = [
    '# [Development and administration](index.md)',
    '## [Embed an app](embedapps\\embed-app-deployment-overview.md)',
    '## [Get Started with AL](developer\\devenv-get-started.md)',
    '',
  ].join('\n');

  test('are read with "/" for "\\", said once for the TOC at the first', () => {
    assert.deepEqual(
      readTocYml(TOC, FILE).map(({ href }) => href),
      ['index.md', 'embedapps/embed-app-deployment-overview.md', 'developer/devenv-get-started.md'],
    );
    assert.deepEqual(tocNotes(TOC, FILE), [
      {
        file: FILE,
        line: 2,
        message:
          '2 hrefs with "\\" in their paths are read with "/", as Learn and browsers read a "\\" in a URL\'s path ("embedapps\\embed-app-deployment-overview.md" is "embedapps/embed-app-deployment-overview.md"), on lines 2, 3.',
      },
    ]);
    const yaml = '- name: Embed an app\n  href: embedapps\\embed-app-deployment-overview.md\n';
    assert.deepEqual(
      readTocYml(yaml, '/repo/dev-itpro/TOC.yml').map(({ href }) => href),
      ['embedapps/embed-app-deployment-overview.md'],
    );
    assert.match(tocNotes(yaml, '/repo/dev-itpro/TOC.yml')[0]?.message ?? '', /^the href "embedapps\\embed/);
  });
});

describe('importing pages with such links and TOC hrefs', async () => {
  const folder = tempDir('import-slashed-src-');
  const site = tempDir('import-slashed-site-');
  const files: Record<string, string> = {
    'TOC.md': [
      '# Development',
      '## AL data types and methods',
      '### [Text Data Type](developer\\methods-auto\\text\\text-data-type.md)',
      '### [TextBuilder Data Type](developer\\methods-auto\\textbuilder\\textbuilder-data-type.md)',
      '#### [Clear() Method](developer\\methods-auto\\textbuilder\\textbuilder-clear-method.md)',
      '',
    ].join('\n'),
    'developer/methods-auto/textbuilder/textbuilder-data-type.md':
      '---\ntitle: "TextBuilder Data Type"\nauthor: a\nms.date: 11/23/2020\n---\n# TextBuilder Data Type\n\nRepresents a lighweight wrapper for the .Net implementation of StringBuilder.\n\nThe [Text Data Type](..\\text\\text-data-type.md) is a value type, unlike [Clear()](textbuilder-clear-method.md).\n\n## See Also\n[Text Data Type](..\\text\\text-data-type.md)\n',
    'developer/methods-auto/textbuilder/textbuilder-clear-method.md':
      '---\ntitle: "TextBuilder.Clear() Method"\ndescription: Removes all characters.\nauthor: a\nms.date: 11/23/2020\n---\n# TextBuilder.Clear() Method\n\nRemoves all characters from the current TextBuilder instance.\n',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  const run = await runImport(
    [
      join(folder, 'developer/methods-auto/textbuilder/textbuilder-data-type.md'),
      join(folder, 'developer/methods-auto/textbuilder/textbuilder-clear-method.md'),
    ],
    {
      root: site,
      toc: join(folder, 'TOC.md'),
      repository: 'MicrosoftDocs/dynamics365smb-devitpro-pb',
      learnPath: 'dynamics365/business-central/dev-itpro',
    },
  );
  const { output } = run;
  const page = (slug: string) =>
    readFileSync(join(site, `content/developer/methods-auto/textbuilder/${slug}.md`), 'utf8');

  test('writes the links with "/", says so once, and leaves nothing for the build to refuse', () => {
    assert.equal(run.status, 0, output);
    assert.match(
      page('textbuilder-data-type'),
      /The \[Text Data Type\]\(\.\.\/text\/text-data-type\.md\) is/,
    );
    assert.match(page('textbuilder-data-type'), /^\[Text Data Type\]\(\.\.\/text\/text-data-type\.md\)$/m);
    assert.match(
      output,
      /textbuilder-data-type\.md:10: 2 links with "\\" in their paths are written with "\/".*on lines 10, 13\./,
    );
    assert.match(output, /TOC\.md:3: 3 hrefs with "\\" in their paths are read with "\/"/);
    assert.doesNotMatch(output, /backslash|cannot compile|neither a page/);
    // The TOC's third entry names text-data-type.md, which the import was not given.
    assert.match(
      output,
      /TOC\.md:3: an article not among the files imported, "developer\\methods-auto\\text\\text-data-type\.md" \(line 3\)/,
    );
    assert.match(output, /0 image\(s\), 4 warning\(s\)/);
  });

  test("the TOC's entries name the pages: the sidebar's label is the TOC's", () => {
    assert.match(page('textbuilder-clear-method'), /^sidebarLabel: "Clear\(\) Method"$/m);
  });
});
