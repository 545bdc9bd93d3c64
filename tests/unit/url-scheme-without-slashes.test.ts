/**
 * A special scheme without `//` (`https:evil.example/x.png`, `https:/evil.example/x.png`) is read relative to
 * an https page (same origin) and as another site on an http one (the http:// preview): red team round 9
 * built `![rel](https:evil.example/rel.png)` and `<img src="https:/evil.example/mdx.png">`, which Chromium
 * on the preview requested from evil.example. The import writes `https:\\evil.example\x.png` so and warns the
 * build will fail on it: the build refuses it, in Markdown and in HTML, links and images.
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { buildError } from '../support/learn-markdown.ts';
import { tempDir } from '../support/temp-dir.ts';

const project = tempDir('url-without-slashes-');
mkdirSync(join(project, 'content'));
const root = pathToFileURL(`${project}/`);
const build = (markdown: string) =>
  buildError(markdown, join(project, 'content', 'page.mdx'), root, ['page', 'privacy']);

test('images and links at `https:host/…` or `https:/host/…` fail the build with the line and what to write', async () => {
  const cases: [string, RegExp][] = [
    [
      '![rel](https:evil.example/rel.png)',
      /page\.mdx:3:1: the link "https:evil\.example\/rel\.png" writes "https:" without "\/\/"/,
    ],
    [
      '![abs](https:/evil.example/x.png)',
      /page\.mdx:3:1: the link "https:\/evil\.example\/x\.png" writes "https:" without "\/\/"/,
    ],
    [
      '[a link](https:evil.example/)',
      /page\.mdx:3:1: the link "https:evil\.example\/" writes "https:" without "\/\/"/,
    ],
    [
      '[ref][r]\n\n[r]: HTTPS:/evil.example/',
      /page\.mdx:5:1: the link "HTTPS:\/evil\.example\/" writes "https:" without "\/\/"/,
    ],
    [
      '<img src="https:/evil.example/mdx.png" alt="mdx" />',
      /page\.mdx:3:1: src="https:\/evil\.example\/mdx\.png" on <img> writes "https:" without "\/\/"/,
    ],
    [
      '<a href="http:evil.example/">x</a>',
      /page\.mdx:3:1: href="http:evil\.example\/" on <a> writes "http:" without "\/\/"/,
    ],
  ];
  for (const [markdown, expected] of cases) {
    const error = await build(`Intro.\n\n${markdown}\n`);
    assert.match(error, expected, markdown);
    assert.match(error, /write the full https:\/\/host\/… address, or a relative path\./, markdown);
  }
  assert.equal(
    await build('Intro.\n\n[Privacy](../privacy/) and [Learn](https://learn.microsoft.com/)\n'),
    '',
  );
});
