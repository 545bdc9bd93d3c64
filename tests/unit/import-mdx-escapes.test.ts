import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createProcessor } from '@mdx-js/mdx';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { toMdxSafe } from '../../src/lib/import/mdx-safe.ts';

/** The text a page shows for `mdx`, as the build's MDX reads it (it throws where the build fails). */
function mdxText(mdx: string): string {
  return toString(createProcessor().parse(mdx));
}

/** The text Learn (markdig, CommonMark's backslash escapes) shows for `markdown`. */
function learnText(markdown: string): string {
  return toString(fromMarkdown(markdown));
}

describe('backslashes before a character MDX reads as code: an even run escapes nothing', () => {
  test('the visualstudio-docs remote debugger path (\\\\<x86, x64, …) builds and reads as on Learn', () => {
    // docs/debugger/includes/remote-debugger-configuration.md of MicrosoftDocs/visualstudio-docs.
    const learn =
      '1. Find **\\<Visual Studio installation directory>\\Common7\\IDE\\Remote Debugger\\\\<x86, x64, or Appx\\msvsmon.exe**.\n';
    const text = mdxText(toMdxSafe(learn));
    assert.equal(
      text,
      'Find <Visual Studio installation directory>\\Common7\\IDE\\Remote Debugger\\<x86, x64, or Appx\\msvsmon.exe.',
    );
    assert.equal(text, learnText(learn));
  });

  for (const [learn, shown] of [
    ['a \\\\<b c', 'a \\<b c'],
    ['a \\\\\\<b c', 'a \\<b c'],
    ['a \\\\{b}', 'a \\{b}'],
    ['a \\\\\\{b\\}', 'a \\{b}'],
    ['a \\\\\\\\{b}', 'a \\\\{b}'],
    ['a \\\\</sup| b', 'a \\</sup| b'],
    ['see \\\\<https://example.com/x>', 'see \\https://example.com/x'],
    ['see \\<https://example.com/x>', 'see <https://example.com/x>'],
    // No autolink holds a `<` (msteams-docs' request-headers-of-the-bot.md): text, as on Learn.
    ['at <https://<your_domain>/api/messages> now', 'at <https://<your_domain>/api/messages> now'],
  ] as const) {
    test(`${JSON.stringify(learn)} shows ${JSON.stringify(shown)}`, () => {
      const text = mdxText(toMdxSafe(`${learn}\n`));
      assert.equal(text, shown);
      assert.equal(text, learnText(`${learn}\n`));
    });
  }

  test('an HTML tag after a literal backslash is still a tag, balanced in its paragraph', () => {
    const mdx = toMdxSafe('C:\\\\<b>folder\n');
    assert.equal(mdx, 'C:\\\\<b>folder</b>\n');
    assert.equal(mdxText(mdx), 'C:\\folder');
  });
});
