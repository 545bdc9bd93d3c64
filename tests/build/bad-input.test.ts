/**
 * Bad front matter fails the build with a message that names the file and the field, and says what to write.
 * Every message of the schema is unit-tested (tests/unit/page-schema.test.ts); these builds prove the build
 * uses the schema, reads YAML as expected, names the file and publishes nothing.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { buildWith, type BuildResult } from '../support/build-fixture.ts';

const privacy = readFileSync(new URL('../../content/privacy.mdx', import.meta.url), 'utf8');

/** `text` (a page) with the front-matter line of `field` replaced by `line` (or removed, if null). */
function withField(text: string, field: string, line: string | null): string {
  const pattern = new RegExp(`^${field}:.*\\n`, 'm');
  const changed = pattern.test(text)
    ? text.replace(pattern, line === null ? '' : `${line}\n`)
    : text.replace(/^---\n/, `---\n${line ?? ''}\n`);
  assert.notEqual(changed, text, `the fixture must change ${field}`);
  return changed;
}

/**
 * privacy.mdx without a title and with a date as Learn writes it: the schema reports every bad field of a page
 * at once, so one build holds both tests' cases; built at its first use.
 */
let build: Promise<BuildResult> | undefined;
const badFields = () =>
  (build ??= buildWith({
    'content/privacy.mdx': withField(withField(privacy, 'title', null), 'updated', 'updated: 05/31/2024'),
  }));

/** Checks the build failed, publishes nothing and says `message`. */
async function assertFails(message: RegExp): Promise<void> {
  const { status, output, published } = await badFields();
  assert.notEqual(status, 0, 'the build must fail');
  assert.equal(published, false, 'a failed build publishes no page');
  assert.match(output, /content\/privacy\.mdx/, 'the message names the file');
  assert.match(output, message);
}

test('a page without a title fails the build, naming the file and the field', async () => {
  await assertFails(/front-matter field "title" is missing/);
});

test('a date written as Learn writes it fails the build, saying the format to use', async () => {
  await assertFails(/front-matter field "updated" is "05\/31\/2024": it must be the date .* as YYYY-MM-DD/);
});
