/**
 * An HTML tag written over lines (`<img⏎ src="…" alt="…">`, as generated references break a start tag) is
 * the tag it is, on one line: toMdxSafe, reading a line at a time, wrote `\<img` and showed the markup as
 * text, its attributes unchecked. Markdown reads such a tag as HTML (inline, or an HTML block), and so does
 * a browser on Learn.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { attributeNotes, mdxParser, toMdxSafe } from '../../src/lib/import/mdx-safe.ts';
import { renderLearn } from '../support/learn-markdown.ts';

describe('a tag over lines is read as the HTML it is', () => {
  test('`<img⏎ src="…" alt="…">` in a paragraph: an img, not text', async () => {
    const learn = 'The dialog <img\n src="media/dialog.png"\n alt="The Options dialog"> opens.\n';
    const mdx = toMdxSafe(learn);
    assert.equal(mdx, 'The dialog <img src="media/dialog.png" alt="The Options dialog" /> opens.\n');
    const html = await renderLearn(mdx);
    assert.match(html, /<p>The dialog <img src="media\/dialog\.png" alt="The Options dialog"> opens\.<\/p>/);
    assert.doesNotMatch(html, /&#x3C;img|&lt;img/);
  });

  test("its attributes are checked as any tag's: a handler left out, said at the tag's line", () => {
    const learn = 'Intro.\n\nA <span\n  class="note"\n  onclick="go()">x</span> b\n';
    assert.equal(toMdxSafe(learn), 'Intro.\n\nA <span class="note">x</span> b\n');
    assert.deepEqual(
      attributeNotes(learn).map(
        ({ index, message }) => `${index + 1}: ${message.split(' is not allowed')[0]}`,
      ),
      ['3: an inline event handler onclick= on <span>'],
    );
  });

  test('an HTML block whose start tag is over lines, in a quote too, holds its blocks', () => {
    const learn = '> <div\n>   class="note">\n>\n> Text.\n>\n> </div>\n';
    const mdx = toMdxSafe(learn);
    assert.equal(mdx, '> <div class="note">\n>\n> Text.\n>\n> </div>\n');
    const tree = mdxParser.parse(mdx);
    assert.equal(JSON.stringify(tree).includes('"name":"div"'), true);
  });

  test('an end tag over lines too; a tag that is no HTML stays text, as on one line', () => {
    // Its `>` indented: at a line's start, `>` would open a quote.
    assert.equal(toMdxSafe('A <b>bold</b\n    > word.\n'), 'A <b>bold</b> word.\n');
    assert.equal(toMdxSafe('Use <tenant\nname> here.\n'), 'Use \\<tenant\nname> here.\n');
  });

  test('code is untouched', () => {
    const learn = '```xml\n<coverage line-rate="1"\n  version="1.9">\n```\n\n`<img` and\n`src="x">`\n';
    assert.equal(toMdxSafe(learn), learn);
  });

  test('the page MDX reads shows no markup as text', async () => {
    const html = await renderLearn(
      toMdxSafe('Press <kbd\n  title="Control">Ctrl</kbd> then <img\nsrc="a.png" alt="">.\n'),
    );
    assert.match(html, /Press <kbd title="Control">Ctrl<\/kbd> then <img src="a\.png" alt="">\./);
  });
});
