/**
 * A tag whose attributes MDX cannot read as written (an unquoted value, `/` between attributes) is written as
 * a browser reads it: before, it reached the page raw and the import ended with "import failed: Unexpected
 * character" and no file or line (red-team round 7: `<img/src=x/onerror=alert(1)>` in prose).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { visit } from 'unist-util-visit';
import { planImport } from '../../src/lib/import/convert.ts';
import { attributeNotes, mdxParser, toMdxSafe } from '../../src/lib/import/mdx-safe.ts';

/** The notes of `markdown` as `line: start of the message`. */
function notesOf(markdown: string): string[] {
  return attributeNotes(markdown).map(({ index, message }) => `${index + 1}: ${message}`);
}

describe('a tag MDX cannot read as written is the tag a browser reads', () => {
  test('`<img src=x onerror=alert(1)>`: an img of src "x", its handler left out, each said', () => {
    const learn = 'Text <img src=x onerror=alert(1)> here.';
    const mdx = toMdxSafe(learn);
    assert.equal(mdx, 'Text <img src="x" /> here.');
    assert.doesNotThrow(() => mdxParser.parse(mdx));
    const notes = notesOf(learn);
    assert.equal(notes.length, 2);
    assert.match(
      notes[0] ?? '',
      /^1: <img src=x onerror=alert\(1\)> is written as a browser reads it, <img src="x" onerror="alert\(1\)">: MDX cannot read its attributes as written \(Unexpected character `x`.*\)\. Quote each value/,
    );
    assert.match(notes[1] ?? '', /^1: an inline event handler onerror= on <img> is not allowed/);
  });

  test('`<img/src=x/onerror=alert(1)>`: a browser reads one attribute, src "x/onerror=alert(1)"', () => {
    const learn = 'Text <img/src=x/onerror=alert(1)> here.';
    const mdx = toMdxSafe(learn);
    assert.equal(mdx, 'Text <img src="x/onerror=alert(1)" /> here.');
    assert.doesNotThrow(() => mdxParser.parse(mdx));
    assert.deepEqual(
      notesOf(learn).map((note) => note.split(': MDX')[0]),
      ['1: <img/src=x/onerror=alert(1)> is written as a browser reads it, <img src="x/onerror=alert(1)">'],
    );
  });

  test('an unquoted value as windows-docs writes it (`<a href=https://… target=_blank>`) is quoted', () => {
    // MicrosoftDocs/windows-itpro-docs, hello-for-business/deploy/requirements.md: its appliesto list.
    const learn =
      '- ✅ <a href=https://learn.microsoft.com/windows/release-health/supported-versions-windows-client target=_blank>Windows 11</a>';
    const mdx = toMdxSafe(learn);
    assert.equal(
      mdx,
      '- ✅ <a href="https://learn.microsoft.com/windows/release-health/supported-versions-windows-client" target="_blank">Windows 11</a>',
    );
    assert.doesNotThrow(() => mdxParser.parse(mdx));
  });

  test('values keep what a browser reads (entities, quotes); names MDX cannot hold are left out, said', () => {
    const learn = `<span class=note title='a&amp;b "c"' @click=go>x</span>`;
    const mdx = toMdxSafe(learn);
    assert.equal(mdx, '<span class="note" title="a&amp;b &quot;c&quot;">x</span>');
    const read: [string, unknown][] = [];
    visit(mdxParser.parse(mdx), ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      if ('attributes' in node)
        for (const attribute of node.attributes)
          if (attribute.type === 'mdxJsxAttribute') read.push([attribute.name, attribute.value]);
    });
    assert.deepEqual(read, [
      ['class', 'note'],
      ['title', 'a&b "c"'],
    ]);
    assert.match(notesOf(learn)[0] ?? '', /Left out: @click=, which MDX reads as no attribute name\.$/);
  });

  test("an end tag's attributes, which a browser ignores, are dropped; `</br>` is still a line break", () => {
    assert.equal(toMdxSafe('<b>x</b class=y> and </br>'), '<b>x</b> and <br />');
  });

  test('a page holding such tags is imported and MDX reads it; the warning names file and line', () => {
    const files: Record<string, string> = {
      '/learn/a.md': [
        '---',
        'title: A',
        'description: D.',
        '---',
        '',
        '# A',
        '',
        'Text <img/src=x/onerror=alert(1)> here.',
        '',
        'Text <span class=note>x</span> here.',
        '',
      ].join('\n'),
    };
    const plan = planImport(
      ['/learn/a.md'],
      {},
      { read: (path) => files[path], exists: (path) => path in files },
    );
    const body = plan.pages[0]?.body ?? '';
    assert.doesNotThrow(() => mdxParser.parse(body));
    assert.match(body, /Text <img src="x\/onerror=alert\(1\)" \/> here\./);
    assert.match(body, /Text <span class="note">x<\/span> here\./);
    assert.deepEqual(
      plan.warnings
        .filter((warning) => / is written as a browser reads it/.test(warning.message))
        .map((warning) => [warning.file, warning.line]),
      [
        ['/learn/a.md', 8],
        ['/learn/a.md', 10],
      ],
    );
  });
});

describe('attributes the build refuses for their value are left out by the import, each said', () => {
  test('a positive tabindex and a bidi control in a title: the tag kept, the page one the build takes', async () => {
    const { buildError } = await import('../support/learn-markdown.ts');
    const learn =
      'See <a href="/privacy/" tabindex="3" title="\u202Eexe.tseb">the page</a> and <span tabindex="0">x</span>.';
    const mdx = toMdxSafe(learn);
    assert.equal(mdx, 'See <a href="/privacy/">the page</a> and <span tabindex="0">x</span>.');
    const notes = notesOf(learn);
    assert.equal(notes.length, 2, notes.join('\n'));
    assert.match(notes[0] ?? '', /^1: tabIndex="3" on <a> is not allowed: a positive tabindex/);
    assert.match(notes[1] ?? '', /^1: title= on <a> /);
    // What the import wrote builds; what it was given does not.
    const root = new URL('file:///nonexistent-project/');
    assert.equal(await buildError(mdx, '/site/content/page.mdx', root, ['page', 'privacy']), '');
    assert.notEqual(await buildError(learn, '/site/content/page.mdx', root, ['page', 'privacy']), '');
  });
});
