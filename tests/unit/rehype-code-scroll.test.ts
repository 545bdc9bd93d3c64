import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderLearn } from '../support/learn-markdown.ts';

test('a code block is a box the keyboard reaches, to scroll its long lines sideways', async () => {
  const html = await renderLearn('Run:\n\n```powershell\nGet-BitLockerVolume\n```\n');
  assert.match(html, /<pre tabindex="0"><code class="language-powershell">Get-BitLockerVolume/);
});

test('a code block inside a list, a callout and a tab panel is one too', async () => {
  const html = await renderLearn(
    '1. Run:\n\n   ```\n   one\n   ```\n\n> [!NOTE]\n> ```\n> two\n> ```\n\n' +
      '# [Windows](#tab/windows)\n\n```\nthree\n```\n\n---\n',
  );
  assert.equal(html.match(/<pre tabindex="0">/g)?.length, 3, html);
});

test("an MDX page's own <pre> is one too, and keeps a tabindex of its own", async () => {
  const html = await renderLearn('<pre>own</pre>\n\n<pre tabindex="-1">kept</pre>\n');
  assert.match(html, /<pre tabindex="0">own<\/pre>/);
  assert.match(html, /<pre tabindex="-1">kept<\/pre>/);
  assert.doesNotMatch(html, /tabindex="-1"[^>]*tabindex/);
});
