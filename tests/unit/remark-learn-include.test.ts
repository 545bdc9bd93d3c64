import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { renderLearn } from '../support/learn-markdown.ts';

const site = mkdtempSync(join(tmpdir(), 'learn-include-'));
mkdirSync(join(site, 'includes'));
writeFileSync(
  join(site, 'includes', 'serial.md'),
  '---\nms.topic: include\n---\n\n> [!TIP]\n> Quote the serial when you [set it up](../mdb-setup-configuration.md).\n\n[!INCLUDE [nested](nested.md)]\n',
);
writeFileSync(join(site, 'includes', 'nested.md'), 'Nested text from a second include.\n');
writeFileSync(join(site, 'includes', 'loop.md'), '[!INCLUDE [loop](loop.md)]\n');
const page = join(site, 'page.mdx');

describe('remark-learn-include', () => {
  test('[!INCLUDE [title](path)] is replaced by the include, rendered like the page (alerts, nested includes)', async () => {
    const html = await renderLearn('Before.\n\n[!INCLUDE [Serial number](includes/serial.md)]\n\nAfter.\n', {
      path: page,
    });
    assert.match(
      html,
      /<p>Before\.<\/p>\s*<div class="callout callout-tip"[\s\S]*Quote the serial[\s\S]*<\/div>\s*<p>Nested text from a second include\.<\/p>\s*<p>After\.<\/p>/,
    );
    assert.doesNotMatch(html, /INCLUDE|ms\.topic/);
  });

  test("the include's relative links are rewritten from the page's folder", async () => {
    const html = await renderLearn('[!INCLUDE [Serial number](includes/serial.md)]\n', { path: page });
    // `../mdb-setup-configuration.md` in includes/serial.md is the article beside the page: Learn's article of that name.
    assert.match(
      html,
      /<a href="https:\/\/learn.microsoft.com\/en-us\/defender-business\/mdb-setup-configuration"[^>]*>set it up/,
    );
  });

  test('a missing include fails, naming the page and the include file', async () => {
    await assert.rejects(
      renderLearn('Text.\n\n[!INCLUDE [gone](includes/gone.md)]\n', { path: page }),
      (error: Error) => {
        assert.match(error.message, new RegExp(`${page.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3`));
        assert.match(error.message, /includes\/gone\.md/);
        return true;
      },
    );
  });

  test('an include that includes itself fails instead of looping', async () => {
    await assert.rejects(
      renderLearn('[!INCLUDE [loop](includes/loop.md)]\n', { path: page }),
      /includes itself/,
    );
  });
});
