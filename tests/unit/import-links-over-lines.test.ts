/**
 * An HTML `<a>` whose tag is written over lines, as the import writes it (src/lib/import/links.ts): the
 * lines keep their numbers (warnings name them) and its paragraph, list item or quote stays one. Its line
 * breaks were written before what replaced the tag, so one starting a line left an empty line there:
 * `First line⏎<a href="…"⏎   title="t">y</a> z.` became two paragraphs, where Learn shows one.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Link, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { emptyLinkReport, rewriteLinks, type LinkNote } from '../../src/lib/import/links.ts';
import { mdxParser, toMdxSafe } from '../../src/lib/import/mdx-safe.ts';
import { parseMarkdown } from '../../src/lib/learn/parse-markdown.ts';

const URL = 'https://learn.microsoft.com/x';

/** `markdown` with its links rewritten as the import rewrites them, and what it said of it. */
function rewrite(markdown: string): { text: string; notes: LinkNote[] } {
  const notes: LinkNote[] = [];
  return { text: rewriteLinks(markdown, 'a.md', 1, emptyLinkReport(), notes), notes };
}

/** The blocks of a tree, nested (`blockquote[paragraph]`): what the reader sees as paragraphs, items, quotes. */
function blocks(node: Nodes): string {
  if (!('children' in node) || node.type === 'paragraph' || node.type === 'heading') return node.type;
  const inside = node.children.map((child) => blocks(child as Nodes)).join(',');
  return node.type === 'root' ? inside : `${node.type}[${inside}]`;
}

/** Each link of a tree: its text (white space as one space) and destination. */
function links(tree: Nodes): { text: string; url: string }[] {
  const found: { text: string; url: string }[] = [];
  visit(tree, 'link', (node: Link) => {
    found.push({ text: toString(node).replace(/\s+/g, ' '), url: node.url });
  });
  return found;
}

/** Asserts that `text`, written of `written`, has its lines from `line` (0-based) on as they were. */
function assertLaterLines(text: string, written: string, line: number): void {
  assert.equal(text.split('\n').length, written.split('\n').length, 'lines keep their numbers');
  assert.deepEqual(text.split('\n').slice(line), written.split('\n').slice(line));
}

describe('an HTML link whose start tag is over lines', () => {
  test('starting a line of a paragraph, a list item or a quote: one paragraph, its line breaks after the link', () => {
    const shapes = [
      { lines: ['First line', `<a href="${URL}"`, '   title="t">y</a> z.'], blocks: 'paragraph' },
      {
        lines: ['- First line', `  <a href="${URL}"`, '     title="t">y</a> z.'],
        blocks: 'list[listItem[paragraph]]',
      },
      {
        lines: ['> First line', `> <a href="${URL}"`, '>    title="t">y</a> z.'],
        blocks: 'blockquote[paragraph]',
      },
    ];
    for (const shape of shapes) {
      const last = shape.lines[0]?.startsWith('> ') ? '> Last line.' : '  Last line.';
      const written = [...shape.lines, last, ''].join('\n');
      const { text } = rewrite(written);
      assert.equal(blocks(parseMarkdown(text)), shape.blocks, text);
      assert.equal(blocks(mdxParser.parse(text)), shape.blocks, text);
      assert.deepEqual(links(parseMarkdown(text)), [{ text: 'y', url: URL }]);
      assert.match(toString(parseMarkdown(text)).replace(/\s+/g, ' '), /line y z\. Last line\.$/);
      assertLaterLines(text, written, 3);
      // In a quote, each line keeps its `>`.
      if (last.startsWith('>'))
        assert.ok(
          text
            .split('\n')
            .slice(0, 4)
            .every((line) => line.startsWith('>')),
          text,
        );
    }
    assert.equal(
      rewrite(`First line\n<a href="${URL}"\n   title="t">y</a> z.\n`).text,
      `First line\n[y](${URL})\n    z.\n`,
    );
  });

  test('ending its line too: its line breaks go in the parentheses, around the destination', () => {
    const written = `First line\n<a\n   href="${URL}"\n   title="t">y</a>.\nLast line.\n`;
    const { text } = rewrite(written);
    assert.equal(text, `First line\n[y](\n   ${URL}\n   ).\nLast line.\n`);
    assert.equal(blocks(parseMarkdown(text)), 'paragraph');
    assert.equal(blocks(mdxParser.parse(text)), 'paragraph');
    assert.deepEqual(links(parseMarkdown(text)), [{ text: 'y', url: URL }]);
    assertLaterLines(text, written, 4);
  });

  test('sdk-api, the text over lines in the middle of a paragraph, is written as before', () => {
    const written =
      'For more information, see \n    <a href="/windows/desktop/Sync/object-names">Object Security\n    and Access Rights</a>.\nLast line.\n';
    const { text } = rewrite(written);
    assert.equal(
      text,
      'For more information, see \n    [Object Security\n    and Access Rights](/windows/desktop/Sync/object-names).\nLast line.\n',
    );
  });

  test('a bookmark: its line breaks after it, or in its tag; a tag left as HTML that fits nowhere stays as written', () => {
    // windows-driver-docs' `<a href="" id="x">`, written as the bookmark `<a id="x">`.
    const bookmark = 'First line\n<a href="" id="bm"\n  class="c">Bookmark</a> text.\nLast line.\n';
    assert.equal(rewrite(bookmark).text, 'First line\n<a id="bm"></a>Bookmark\n   text.\nLast line.\n');
    const ending = 'First line\n<a href="" id="bm"\n  class="c">Bookmark</a>.\nLast line.\n';
    assert.equal(rewrite(ending).text, 'First line\n<a\n  id="bm"></a>Bookmark.\nLast line.\n');
    // No href: an `<a>` left as HTML, which toMdxSafe puts on one line for MDX to read as the tag it is.
    const named = 'First line\n<a\n  name="x">here</a>, as written.\nLast line.\n';
    for (const written of [bookmark, ending, named]) {
      const { text } = rewrite(written);
      assert.equal(blocks(parseMarkdown(text)), 'paragraph', text);
      assertLaterLines(text, written, 3);
      const mdx = mdxParser.parse(toMdxSafe(text));
      assert.equal(blocks(mdx), 'paragraph');
      let anchors = 0;
      visit(mdx, 'mdxJsxTextElement', (node) => {
        if (node.name === 'a') anchors++;
      });
      assert.equal(anchors, 1);
    }
    assert.equal(rewrite(named).text, named);
  });

  test('where its line breaks fit nowhere without an empty line, the tag is left as written: one paragraph', () => {
    // Three line breaks, a link of one word ending its line: two places in its parentheses.
    const written = `First line\n<a\n   href="${URL}"\n   title="t"\n   target="_blank">y</a>.\nLast line.\n`;
    const { text } = rewrite(written);
    assert.equal(text, written);
    assert.equal(blocks(parseMarkdown(text)), 'paragraph');
  });

  test('a link left out for having no text: its line breaks where a space was; one whose fit nowhere stays', () => {
    const beside = 'Sie können <a href="/powershell/module/Azuread"\n  title="t"></a> auch.\nLast line.\n';
    const left = rewrite(beside);
    assert.equal(left.text, 'Sie können \n   auch.\nLast line.\n');
    assert.deepEqual(
      left.notes.map((note) => note.line),
      [1],
    );
    // Alone on its lines, nothing of the paragraph can hold them: left as written (and named by the build).
    for (const written of [
      'Sie können\n<a href="/powershell/module/Azuread"\n  title="t"></a> auch.\nLast line.\n',
      'Sie können\n[](/powershell/module/Azuread\n) auch.\nLast line.\n',
    ]) {
      const { text, notes } = rewrite(written);
      assert.equal(text, written);
      assert.deepEqual(notes, []);
      assert.equal(blocks(parseMarkdown(text)), 'paragraph');
    }
  });
});
