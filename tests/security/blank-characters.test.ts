/**
 * Text that shows nothing is no text, whatever characters make it: spaces, those of Default_Ignorable_Code_Point
 * (a zero-width space, a soft hyphen) and the symbols drawn blank (U+2800 BRAILLE PATTERN BLANK, U+1D159 MUSICAL
 * SYMBOL NULL NOTEHEAD). Red team 29: a page titled "Privacy" and a braille blank stood in every page's sidebar as
 * a second "Privacy" (Chromium drew both alike), and a link whose text was a zero-width space, a soft hyphen or a
 * braille blank built, though a link without text fails the build: a link no reader sees.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { codePoint, textAsShown } from '../../src/lib/content-safety.ts';
import { buildSidebarModel, groupPath, type PageRef } from '../../src/lib/navigation.ts';
import { pageSchema } from '../../src/lib/page-schema.ts';
import { buildError, renderLearn } from '../support/learn-markdown.ts';

const root = new URL('../../', import.meta.url);
const path = new URL('content/attack.mdx', root).pathname;
const built = (line: string) => buildError(`Intro.\n\n${line}\n`, path, root, ['attack', 'privacy']);

const BLANKS = ['\u200B', '\u00AD', '\u2800', '\u{1D159}', '\u2800 \u200B'];
/** Text as its code points ("U+2800 U+200B"), for a test's name. */
const named = (text: string) => Array.from(text, codePoint).join(' ');

describe('text of characters that show nothing', () => {
  for (const blank of BLANKS)
    test(`a link whose text is ${named(blank)} fails the build as a link without text`, async () => {
      assert.match(
        await built(`See [${blank}](/privacy/) and <a href="/privacy/" title="${blank}">${blank}</a>.`),
        /content\/attack\.mdx:3: the link "\/privacy\/".* has no text: a reader sees nothing to click/,
      );
    });

  test('a heading of them is no heading; text with them beside letters still is', async () => {
    assert.doesNotMatch(await renderLearn('## \u2800\u200B\n\nText.\n'), /<h2/);
    assert.match(await renderLearn('## Set\u00ADup\n\nText.\n'), /<h2[^>]*>Set\u00ADup/);
    assert.equal(await built('See [a\u200B](/privacy/) here.'), '');
  });

  test("a page whose title is another's and a blank beside it is its twin in the sidebar", () => {
    const site: PageRef[] = [{ slug: 'privacy', label: 'Privacy', order: 3, file: 'content/privacy.mdx' }];
    for (const label of ['Privacy\u2800', '\u{1D159}Privacy', 'Privacy\u2800\u200B'])
      assert.throws(
        () => buildSidebarModel([...site, { slug: 'forge', label, order: 4, file: 'content/forge.md' }]),
        /content\/privacy\.mdx and content\/forge\.md are both ".*" in the sidebar, in one list/,
        named(label),
      );
    assert.equal(textAsShown('Pri\u2800vacy'), 'Pri vacy', 'a blank between letters shows as a space');
  });
});

test('a title of them alone is refused; a group of them alone is no group', () => {
  const page = { description: 'A page.', order: 2, updated: new Date('2026-01-01'), author: 'tester' };
  for (const title of ['\u2800', '\u200B\u200B', '\u00AD'])
    assert.match(
      pageSchema.safeParse({ ...page, title }).error?.issues[0]?.message ?? '(accepted)',
      /^front-matter field "title" shows nothing \(it holds only U\+/,
      named(title),
    );
  assert.ok(pageSchema.safeParse({ ...page, title: 'Set\u00ADup' }).success);
  assert.deepEqual(groupPath('Setup › \u2800 › Linux'), ['Setup', 'Linux']);
});
