/**
 * An include's footnotes are its own, as its link references are (docfx parses an include alone). Red team
 * 30: a page and two includes each writing `[^1]` showed the first include's note at all three references,
 * one footnote with three back links: the page's own note and the other include's were gone without a word;
 * the import, which inlines an include's text into the article, wrote three `[^1]:` alike.
 */
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { renderLearn } from '../support/learn-markdown.ts';
import { tempDir } from '../support/temp-dir.ts';

test("each include's footnotes, and the page's, are shown, with ids of their own", async () => {
  const root = tempDir('include-footnotes-');
  after(() => {
    rmSync(root, { recursive: true, force: true });
  });
  mkdirSync(join(root, 'content/includes'), { recursive: true });
  writeFileSync(join(root, 'content/includes/a.md'), 'Include A[^1].\n\n[^1]: Note of include A.\n');
  writeFileSync(join(root, 'content/includes/b.md'), 'Include B[^1].\n\n[^1]: Note of include B.\n');
  const html = await renderLearn(
    [
      'The page[^1], and [^1-include-1].',
      '',
      '[!INCLUDE [a](includes/a.md)]',
      '',
      '[!INCLUDE [b](includes/b.md)]',
      '',
      "[^1]: The page's note.",
      '',
      "[^1-include-1]: The page's label that the first include's would take.",
      '',
    ].join('\n'),
    { path: join(root, 'content/page.md'), root: pathToFileURL(`${root}/`) },
  );
  const notes = [...html.matchAll(/<li id="([^"]+)">\s*<p>([^<]*)/g)].map((match) => [
    match[1],
    match[2]?.trim(),
  ]);
  assert.deepEqual(notes, [
    ['user-content-fn-1', "The page's note."],
    ['user-content-fn-1-include-1', "The page's label that the first include's would take."],
    ['user-content-fn-1-include-1-2', 'Note of include A.'],
    ['user-content-fn-1-include-2', 'Note of include B.'],
  ]);
  const references = [...html.matchAll(/<a href="#(user-content-fn-[^"]+)"[^>]*data-footnote-ref/g)].map(
    (match) => match[1],
  );
  assert.deepEqual(references, [
    'user-content-fn-1',
    'user-content-fn-1-include-1',
    'user-content-fn-1-include-1-2',
    'user-content-fn-1-include-2',
  ]);
});

test("the import inlines each include's footnotes under labels of their own, as the build reads them", () => {
  const from = '/source/docs';
  const texts: Record<string, string> = {
    [join(from, 'a.md')]:
      '---\ntitle: A\ndescription: "About."\nauthor: a\nms.date: 01/01/2024\n---\n\n# A\n\nThe page[^1] and [^1-include1].\n\n[!INCLUDE [x](includes/x.md)]\n\n[!INCLUDE [y](includes/y.md)]\n\n[^1]: Page note.\n\n[^1-include1]: Page label.\n',
    [join(from, 'includes/x.md')]: 'X says[^1] and [^only].\n\n[^1]: Note of X.\n\n[^only]: Only X.\n',
    [join(from, 'includes/y.md')]: 'Y says[^1].\n\n[^1]: Note of Y.\n',
  };
  const files: SourceFiles = { read: (path) => texts[path], exists: (path) => path in texts };
  const body = planImport([join(from, 'a.md')], { readRoot: '/source' }, files).pages[0]?.body ?? '';
  assert.match(
    body,
    /X says\[\^1-include1-2\] and \[\^only\]\.\n\n\[\^1-include1-2\]: Note of X\.\n\n\[\^only\]: Only X\./,
  );
  assert.match(body, /Y says\[\^1-include2\]\.\n\n\[\^1-include2\]: Note of Y\./);
  assert.match(body, /\[\^1\]: Page note\.\n\n\[\^1-include1\]: Page label\./);
});
