/** A front-matter key the import reads, written in another case (`Description:`, as win32's desktop-src writes it), is read as it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mapLearnFrontMatter, splitFrontMatter } from '../../src/lib/import/front-matter.ts';

const DEFAULTS = { fallbackAuthor: 'a', date: '2026-01-02', title: 'T', description: 'First sentence.' };

test('a known key in another case is read as that key, with a warning at its line', () => {
  // MicrosoftDocs/win32 desktop-src/Sync/wait-functions.md
  const source =
    '---\nDescription: Wait functions allow a thread to block its own execution.\nms.assetid: 9c66c71d-fdfd-42ae-895c-2fc842b5bc7a\ntitle: Wait Functions\nms.topic: article\nms.date: 06/25/2020\n---\n\n# Wait Functions\n';
  const { data, warnings } = splitFrontMatter(source, 'wait-functions.md');
  const learn = mapLearnFrontMatter(data, 'wait-functions.md', DEFAULTS, source);
  assert.equal(learn.description, 'Wait functions allow a thread to block its own execution.');
  assert.deepEqual(learn.dropped, ['ms.assetid', 'ms.topic']);
  assert.ok(!learn.notes.some((note) => /description/.test(note.message)), 'no "description is missing"');
  assert.deepEqual(
    warnings.map(({ line, message }) => `${line}: ${message}`),
    [
      '2: front-matter key "Description" is "description" in another case: read as "description"; write it so, as Learn does.',
    ],
  );
  // One warning for the files that write it so, as for a default given to several (report.ts).
  assert.deepEqual(warnings[0]?.defaulted, {
    what: 'front-matter key "Description" is "description" in another case',
    value: 'description',
  });
});

test('written both ways, the key as Learn writes it wins and the other is said to be left out', () => {
  const source = '---\nTitle: Other\nDESCRIPTION: Other.\ndescription: Kept.\nMs.Date: 06/25/2020\n---\n';
  const { data, warnings } = splitFrontMatter(source, 'a.md');
  assert.deepEqual(data, { title: 'Other', description: 'Kept.', 'ms.date': '06/25/2020' });
  assert.deepEqual(
    warnings.map(({ line, message }) => `${line}: ${message}`),
    [
      '2: front-matter key "Title" is "title" in another case: read as "title"; write it so, as Learn does.',
      '3: front-matter key "DESCRIPTION" is left out: "description" (line 4) is that key too, and is read. Remove one of them.',
      '5: front-matter key "Ms.Date" is "ms.date" in another case: read as "ms.date"; write it so, as Learn does.',
    ],
  );
});

test('two other spellings: the first is read, the second left out; unknown keys keep their case', () => {
  const source = '---\nAuthor: first\nAUTHOR: second\nManager: m\n---\n';
  const { data, warnings } = splitFrontMatter(source, 'a.md');
  assert.deepEqual(data, { author: 'first', Manager: 'm' });
  assert.match(warnings[1]?.message ?? '', /"AUTHOR" is left out: "Author" \(line 2\) is that key too/);
  assert.equal(warnings[1]?.line, 3);
});

test('a key named __proto__ is a key like any other, never the prototype fields are read from', () => {
  // A Learn article's front matter is the attacker's: `__proto__:` holding a title must not feed `title` unseen.
  const source =
    '---\n__proto__:\n  title: Planted\n  description: Planted.\nms.date: 06/25/2020\n---\n\n# Real\n';
  const { data } = splitFrontMatter(source, 'proto.md');
  assert.equal(Object.getPrototypeOf(data), Object.prototype);
  assert.ok(Object.hasOwn(data, '__proto__'), 'kept as a key (dropped later as one the site does not keep)');
  const learn = mapLearnFrontMatter(data, 'proto.md', DEFAULTS, source);
  assert.equal(learn.title, 'T');
  assert.equal(learn.description, 'First sentence.');
});
