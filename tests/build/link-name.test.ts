/**
 * `astro build` fails on a link with no name (no text, no image alt text), naming the file and line, in a
 * plain Markdown page and in an .mdx page: the real construct is microsoft-365-docs-pr.de-DE's
 * machine-translated `Sie können [](/powershell/module/Azuread) auch AzureAD-Cmdlets verwenden`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildWith } from '../support/build-fixture.ts';

const FRONT = (title: string, order: number) =>
  `---\ntitle: ${title}\ndescription: About it.\norder: ${order}\nupdated: 2025-01-15\nauthor: fixture\n---\n\n`;

test('a link with no name fails the build at its line, in a .md page and in an .mdx page', async () => {
  const { status, output, published } = await buildWith({
    'content/set-password.md': `${FRONT('Kennwort', 90)}Sie können [](/powershell/module/Azuread) auch AzureAD-Cmdlets verwenden.\n`,
    'content/icons.mdx': `${FRONT('Icons', 91)}Intro.\n\n<a href="/privacy/"><img src="/favicon.svg" alt="" /></a>\n`,
  });
  assert.notEqual(status, 0, output);
  assert.equal(published, false);
  assert.match(
    output,
    /content\/set-password\.md:9: the link "\/powershell\/module\/Azuread" \(published as https:\/\/learn\.microsoft\.com\/en-us\/powershell\/module\/Azuread\) has no text: a reader sees nothing to click, and a screen reader hears only "\(external site\)"\. Write its text: \[text\]\(url\)\./,
  );
  assert.match(output, /content\/icons\.mdx:11: the link "\/privacy\/" shows only an image without alt text/);
});
