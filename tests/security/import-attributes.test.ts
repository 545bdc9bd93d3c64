/**
 * The import never writes an attribute Astro reads as a directive (`set:html` writes raw HTML) or that the
 * build refuses (handlers, `style=`, `data-pagefind-*`, a clobbering `name=`): it leaves each out, and
 * says so with the line.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { planImport } from '../../src/lib/import/convert.ts';
import { attributeNotes, toMdxSafe } from '../../src/lib/import/mdx-safe.ts';

describe('the import leaves out attributes the build refuses, saying where', () => {
  // An imported Learn article's HTML, as the red-team wrote it into content/article.mdx.
  const learn = [
    'Intro.',
    '',
    `<div set:html='<a href="https://evil.example/x">x</a>' class="note">Text</div>`,
    '',
    '<a name="step-2"></a>Step 2 <img src="media/a.png" alt="A" name="querySelector" />',
    '',
    '<span client:load data-pagefind-filter="section:Privacy" onClick="x" title="kept">y</span>',
    '',
    '`<div set:html="code">` is code.',
  ].join('\n');

  test('the page written has none of them; bookmarks, titles and classes stay', () => {
    const mdx = toMdxSafe(learn);
    assert.doesNotMatch(mdx, /set:html='|client:|data-pagefind|onClick|name="querySelector"/);
    assert.match(mdx, /<div class="note">Text<\/div>/);
    assert.match(mdx, /<a name="step-2"><\/a>Step 2 <img src="media\/a\.png" alt="A" \/>/);
    assert.match(mdx, /<span title="kept">y<\/span>/);
    assert.match(mdx, /`<div set:html="code">` is code\./);
  });

  test('each one is a note with its line and why', () => {
    const notes = attributeNotes(`<!-- a comment\nof two lines -->\n${learn}`);
    assert.deepEqual(
      notes.map(({ index, message }) => `${index + 1}: ${message.split(' is not allowed')[0]}`),
      [
        '5: set:html= on <div>',
        '7: name= on <img>',
        '9: client:load= on <span>',
        '9: data-pagefind-filter= on <span>',
        '9: an inline event handler onClick= on <span>',
      ],
    );
    assert.match(
      notes[0]?.message ?? '',
      /Astro reads a "set:" attribute as a directive.*The import leaves it out\.$/,
    );
  });
});

test('a Learn link with download= is imported as a plain link, saying why', () => {
  // A file of the site saved under the name the page chooses runs as that kind of file when opened.
  const learn = 'Get the <a href="media/tool.zip" download="setup.html">installer</a>.';
  assert.equal(toMdxSafe(learn), 'Get the <a href="media/tool.zip">installer</a>.');
  assert.deepEqual(
    attributeNotes(learn).map(({ index, message }) => `${index + 1}: ${message.split(' is not allowed')[0]}`),
    ['1: download= on <a>'],
  );
});

test('the import says which attributes it left out, with the file and line (planImport)', () => {
  const files: Record<string, string> = {
    '/learn/a.md':
      '---\ntitle: A\ndescription: D.\n---\n\n# A\n\n<div set:html="<b>x</b>" class="note">Text</div>\n',
  };
  const plan = planImport(
    ['/learn/a.md'],
    {},
    { read: (path) => files[path], exists: (path) => path in files },
  );
  const notes = plan.warnings.filter((warning) => /set:html/.test(warning.message));
  assert.deepEqual(
    notes.map((note) => [note.file, note.line]),
    [['/learn/a.md', 8]],
  );
  assert.doesNotMatch(plan.pages[0]?.body ?? '', /set:html/);
});
