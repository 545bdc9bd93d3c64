/** Bad front matter fails the build with a message that names the file and the field, and says what to write. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { buildWith } from '../support/build-fixture.ts';

const privacy = readFileSync(new URL('../../content/privacy.mdx', import.meta.url), 'utf8');

/** privacy.mdx with the front-matter line of `field` replaced by `line` (or removed, if null). */
function withField(field: string, line: string | null): string {
  const pattern = new RegExp(`^${field}:.*\\n`, 'm');
  const changed = pattern.test(privacy)
    ? privacy.replace(pattern, line === null ? '' : `${line}\n`)
    : privacy.replace(/^---\n/, `---\n${line ?? ''}\n`);
  assert.notEqual(changed, privacy, `the fixture must change ${field}`);
  return changed;
}

/** Builds with privacy.mdx changed and checks the build fails, publishes nothing and says `message`. */
function assertFails(content: string, message: RegExp): void {
  const { status, output, published } = buildWith({ 'content/privacy.mdx': content });
  assert.notEqual(status, 0, 'the build must fail');
  assert.equal(published, false, 'a failed build publishes no page');
  assert.match(output, /content\/privacy\.mdx/, 'the message names the file');
  assert.match(output, message);
}

test('a page without a title fails the build, naming the file and the field', () => {
  assertFails(withField('title', null), /front-matter field "title" is missing/);
});

test('an empty title fails the build', () => {
  assertFails(
    withField('title', 'title: "  "'),
    /front-matter field "title" is empty: it must be the page title/,
  );
});

test('a title that is not text fails the build', () => {
  assertFails(
    withField('title', 'title: [Privacy]'),
    /front-matter field "title" is \["Privacy"\]: it must be the page title/,
  );
});

test('a sidebar label that is not text fails the build', () => {
  assertFails(
    withField('sidebarLabel', 'sidebarLabel: 42'),
    /front-matter field "sidebarLabel" is 42: it must be a short label/,
  );
});

test('an empty sidebar group fails the build', () => {
  assertFails(
    withField('group', 'group: ""'),
    /front-matter field "group" is empty: it must be the label of the sidebar group/,
  );
});

test('a page without a description fails the build', () => {
  assertFails(
    withField('description', null),
    /front-matter field "description" is missing: add description:/,
  );
});

test('a page without an order fails the build', () => {
  assertFails(withField('order', null), /front-matter field "order" is missing: add order: a whole number/);
});

test('an order that is not a whole number fails the build', () => {
  assertFails(
    withField('order', 'order: 2.5'),
    /front-matter field "order" is 2\.5: it must be a whole number/,
  );
});

test('an order that is text fails the build', () => {
  assertFails(
    withField('order', 'order: third'),
    /front-matter field "order" is "third": it must be a whole number/,
  );
});

test('an order below 1 fails the build', () => {
  assertFails(withField('order', 'order: 0'), /front-matter field "order" is 0: it must be 1 or more/);
});

test('a page without an updated date fails the build', () => {
  assertFails(
    withField('updated', null),
    /front-matter field "updated" is missing: add updated: .* as YYYY-MM-DD/,
  );
});

test('a wrong updated date fails the build, saying the format to use', () => {
  assertFails(
    withField('updated', 'updated: 05/31/2024'),
    /front-matter field "updated" is "05\/31\/2024": it must be the date .* as YYYY-MM-DD/,
  );
});

test('a page without an author fails the build', () => {
  assertFails(withField('author', null), /front-matter field "author" is missing: add author:/);
});

test('an unknown front-matter field fails the build, saying where the schema is', () => {
  assertFails(
    withField('tags', 'tags: [privacy]'),
    /unknown front-matter field\(s\) tags: remove them or add them to the schema/,
  );
});
