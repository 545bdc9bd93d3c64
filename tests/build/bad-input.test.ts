/** Bad content fails the build with a message that names the file and says what is wrong. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { buildWith } from '../support/build-fixture.ts';

const privacy = readFileSync(new URL('../../content/privacy.mdx', import.meta.url), 'utf8');

test('a page without a title fails the build, naming the file and the field', () => {
  const { status, output } = buildWith({ 'content/privacy.mdx': privacy.replace(/^title:.*\n/m, '') });
  assert.notEqual(status, 0, 'the build must fail');
  assert.match(output, /content\/privacy\.mdx/);
  assert.match(output, /front-matter field "title" is missing/);
});

test('a wrong updated date fails the build, saying the format to use', () => {
  const { status, output } = buildWith({
    'content/privacy.mdx': privacy.replace(/^updated:.*$/m, 'updated: 05/31/2024'),
  });
  assert.notEqual(status, 0, 'the build must fail');
  assert.match(output, /content\/privacy\.mdx/);
  assert.match(output, /front-matter field "updated" is "05\/31\/2024": it must be the date .* as YYYY-MM-DD/);
});
