/**
 * Bad front matter fails the build with a message that names the file and the field, and says what to write.
 * Every message of the schema is unit-tested (tests/unit/page-schema.test.ts); these builds prove the build
 * uses the schema, reads YAML as expected, names the file and publishes nothing.
 */
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
async function assertFails(content: string, message: RegExp): Promise<void> {
  const { status, output, published } = await buildWith({ 'content/privacy.mdx': content });
  assert.notEqual(status, 0, 'the build must fail');
  assert.equal(published, false, 'a failed build publishes no page');
  assert.match(output, /content\/privacy\.mdx/, 'the message names the file');
  assert.match(output, message);
}

test('a page without a title fails the build, naming the file and the field', async () => {
  await assertFails(withField('title', null), /front-matter field "title" is missing/);
});

test('a date written as Learn writes it fails the build, saying the format to use', async () => {
  await assertFails(
    withField('updated', 'updated: 05/31/2024'),
    /front-matter field "updated" is "05\/31\/2024": it must be the date .* as YYYY-MM-DD/,
  );
});
