/**
 * Images and links inside an HTML block, as azure-docs-sdk-dotnet.ja-JP's dotnet-tools.md writes its tool logos
 * in an HTML table (`<td>⏎        <img src="https://…/logo.svg" width="50" height="50"></img>`): the import writes
 * each `<img>` and `<a>` as Markdown, which the page, MDX, reads as an image or a link inside the HTML. The
 * import's passes read Markdown with CommonMark, which keeps the whole block as HTML: a remote logo was not
 * warned (the build then failed on it), a local one not published, an ftp: link not reported.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { markdownInHtml } from '../../src/lib/learn/parse-markdown.ts';

const FRONT = '---\ntitle: T\ndescription: An article.\nauthor: a\nms.date: 03/07/2025\n---\n';

/** An in-memory Learn folder. */
function folder(files: Record<string, string>): SourceFiles {
  return { read: (path) => files[path], exists: (path) => path in files };
}

describe('images and links in an HTML table', () => {
  const plan = planImport(
    ['/r/docs/tools.md'],
    { readRoot: '/r' },
    folder({
      '/r/docs/tools.md': [
        FRONT,
        '# Tools',
        '',
        '<table>',
        '  <tr>',
        '    <td>',
        '        <img src="https://example.com/vs.svg" width="50" height="50"></img>',
        '    </td>',
        '    <td>',
        '        <img src="media/vscode.png" alt="Visual Studio Code" width="50">',
        '    </td>',
        '    <td><a href="ftp://example.com/tools">Tools</a> <code>![](missing.png)</code></td>',
        '  </tr>',
        '</table>',
        '',
      ].join('\n'),
      '/r/docs/media/vscode.png': 'png',
    }),
  );

  test('a remote image and a refused link are reported at their lines; a local image is published', () => {
    assert.deepEqual(
      plan.warnings.map((note) => `${note.line}: ${note.message.split(':')[0] ?? ''}`),
      // Markdown inside <code> is an image too, as MDX reads it: this one is not there.
      [
        '13: image https',
        '18: image "missing.png" does not exist. The page shows its alt text instead.',
        '18: the link "ftp',
      ],
    );
    assert.deepEqual(plan.copies, [{ from: '/r/docs/media/vscode.png', to: 'public/media/vscode.png' }]);
    assert.match(plan.pages[0]?.body ?? '', /!\[Visual Studio Code\]\(\/media\/vscode\.png\)/);
  });

  test('inside the HTML, tags, comments and <pre> are no Markdown; indented text is no code block', () => {
    // MDX reads Markdown inside <code> as elsewhere (red-team round 11: the image went unpublished); <pre>
    // becomes fenced code.
    const html =
      '<div>\n        ![a](a.png)\n<code>![b](b.png)</code> <!-- ![c](c.png) -->\n<pre>![d](d.png)</pre>\n</div>\n';
    const images: string[] = [];
    const visitAll = (node: { type: string; url?: string; children?: unknown[] }) => {
      if (node.type === 'image' && node.url !== undefined) images.push(node.url);
      for (const child of node.children ?? []) visitAll(child as typeof node);
    };
    const tree = markdownInHtml(html);
    assert.ok(tree);
    visitAll(tree);
    assert.deepEqual(images, ['a.png', 'b.png']);
    assert.equal(markdownInHtml('No HTML here: ![a](a.png)\n'), undefined);
  });

  test('an HTML block of 300 KB is read (its characters were spread into one call, which overflowed the stack)', () => {
    const tree = markdownInHtml(`<div>\n${'word '.repeat(60_000)}\n</div>\n`);
    assert.equal(tree?.children[0]?.type, 'paragraph');
  });

  test('an HTML block nested 20,000 deep is read (a recursive walk of it overflowed the stack; red team 13)', () => {
    const tree = markdownInHtml(`${'<div>'.repeat(20_000)}x ![i](i.png)${'</div>'.repeat(20_000)}\n`);
    assert.ok(tree, 'read, for the nesting limit to say what is wrong with the page');
  });
});
