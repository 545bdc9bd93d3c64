/**
 * A code block's "Copy" button (src/markdown/rehype-code-copy.ts): one right before each block Markdown writes,
 * wherever it stands, left out of search and of the Markdown copy; none for an MDX page's own <pre>, whose
 * text need not be code.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { renderLearn } from '../support/learn-markdown.ts';

/** Each code block of `html` and the element right before it. */
function blocksAndBefore(html: string): { pre: Element; before: Element | undefined }[] {
  const found: { pre: Element; before: Element | undefined }[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node, index, parent) => {
    if (node.tagName !== 'pre' || parent === undefined || index === undefined) return;
    const before = parent.children
      .slice(0, index)
      .filter((child): child is Element => child.type === 'element')
      .at(-1);
    found.push({ pre: node, before });
  });
  return found;
}

test('each code block, in a list, a callout or a tab panel too, has a "Copy" bar right before it', async () => {
  const html = await renderLearn(
    'Run:\n\n```powershell\nGet-BitLockerVolume\n```\n\n1. Then:\n\n   ```\n   one\n   ```\n\n' +
      '> [!NOTE]\n> ```\n> two\n> ```\n\n# [Windows](#tab/windows)\n\n```\nthree\n```\n\n---\n',
  );
  const blocks = blocksAndBefore(html);
  assert.equal(blocks.length, 4, html);
  for (const { before } of blocks) {
    assert.ok(before);
    assert.deepEqual(before.properties, {
      className: ['code-bar'],
      dataPagefindIgnore: '',
      dataMarkdownIgnore: '',
    });
    const [button, ...rest] = before.children;
    assert.equal(rest.length, 0);
    assert.ok(button?.type === 'element' && button.tagName === 'button');
    assert.deepEqual(button.properties, { type: 'button', dataCopy: '' });
    assert.equal(toString(button), 'Copy');
  }
});

test("an MDX page's own <pre> gets no button", async () => {
  const html = await renderLearn('<pre>own</pre>\n');
  assert.equal(blocksAndBefore(html).length, 1);
  assert.doesNotMatch(html, /data-copy/);
});
