/** A front-matter key the import reads, written in another case (`Description:`, as win32's desktop-src writes it), is read as it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleUid, mapLearnFrontMatter, splitFrontMatter } from '../../src/lib/import/front-matter.ts';

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

test('`UID:`, as generated references write it, is read as uid without a word: the site drops it', () => {
  // windows-driver-docs-ddi, gpioclx/nc-gpioclx-gpio_client_clear_active_interrupts.md (sdk-api writes it so too).
  const source =
    '---\nUID: NC:gpioclx.GPIO_CLIENT_CLEAR_ACTIVE_INTERRUPTS\ntitle: GPIO_CLIENT_CLEAR_ACTIVE_INTERRUPTS (gpioclx.h)\nms.date: 02/15/2018\n---\n';
  const { data, warnings } = splitFrontMatter(source, 'nc.md');
  assert.equal(articleUid(data), 'NC:gpioclx.GPIO_CLIENT_CLEAR_ACTIVE_INTERRUPTS');
  assert.deepEqual(warnings, []);
  assert.deepEqual(mapLearnFrontMatter(data, 'nc.md', DEFAULTS, source).dropped, ['uid']);
  // Written both ways, one is still left out with a word.
  const both = splitFrontMatter('---\nuid: a\nUID: b\n---\n', 'b.md');
  assert.equal(articleUid(both.data), 'a');
  assert.match(both.warnings[0]?.message ?? '', /"UID" is left out: "uid" \(line 2\) is that key too/);
});

test('front matter refused for a value starting with a YAML indicator says to quote it, before what to do', () => {
  // windows-driver-docs-ddi, gpioclx/ne-gpioclx-_client_controller_query_set_request_type.md: a pointer type.
  const refusal = (line: string) => {
    try {
      splitFrontMatter(`---\ntitle: T\n${line}\nms.date: 02/15/2018\n---\n`, 'ne.md');
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  };
  assert.equal(
    refusal(
      'req.typenames: *PCLIENT_CONTROLLER_QUERY_SET_REQUEST_TYPE, CLIENT_CONTROLLER_QUERY_SET_REQUEST_TYPE',
    ),
    'ne.md:3: its front matter (between the --- lines) is not valid YAML: Unexpected scalar at node end. Its value starts with "*", which YAML reads as an alias (of an `&` anchor), not text: write the value in quotes (req.typenames: "*PCLIENT_CONTROLLER_QUERY_SET_REQUEST_TYPE, CLIENT_CONTROLLER_Q…). Fix that line, then import the file again.',
  );
  assert.match(
    refusal('keywords: @home'),
    /starts with "@", which YAML reserves: write the value in quotes \(keywords: "@home"\)\. Fix that line/,
  );
  assert.match(refusal('api_name:\n - `x`'), /:4: .*starts with "`".*\(- "`x`"\)\./);
  // Another error says what it said.
  assert.doesNotMatch(refusal('a: [b'), /quotes/);
});

test('front matter refused for a `key = value` line says to write a colon, at that line', () => {
  // Trial CC: architecture-center's best-practices/protecting-apis.md writes two keys so, one under the other.
  const source =
    '---\ntitle: Protect APIs\ndescription: D.\nms.service = architecture-center\nms.subservice = best-practice\n---\n';
  assert.throws(
    () => splitFrontMatter(source, 'protecting-apis.md'),
    (error: Error) => {
      assert.equal(
        error.message,
        'protecting-apis.md:4: its front matter (between the --- lines) is not valid YAML: Implicit keys need to be on a single line. It joins a key and its value with "=", which YAML reads as text: write a colon and a space (ms.service: architecture-center). Fix that line, then import the file again.',
      );
      return true;
    },
  );
  // `=` inside a value, or a line that is no key, says only what YAML said.
  assert.doesNotThrow(() => splitFrontMatter('---\ntitle: a = b\n---\n', 'a.md'));
  assert.throws(
    () => splitFrontMatter('---\ntitle: T\n= b\nx: [\n---\n', 'b.md'),
    (error: Error) => !/colon/.test(error.message),
  );
});
