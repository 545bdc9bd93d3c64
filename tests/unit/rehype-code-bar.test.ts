/**
 * A code block's bar (src/markdown/rehype-code-bar.ts): one right before each block Markdown writes, wherever
 * it stands, with its language's name where the site has one (code-languages.ts) and a "Copy" button, left out
 * of search and of the Markdown copy; none for an MDX page's own <pre>, whose text need not be code.
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

/** The bar right before each code block of `markdown` rendered: its language's name ('' for none) and button. */
async function bars(markdown: string): Promise<{ name: string; button: Element }[]> {
  return blocksAndBefore(await renderLearn(markdown)).map(({ before }) => {
    assert.ok(before);
    assert.deepEqual(before.properties, {
      className: ['code-bar'],
      dataPagefindIgnore: '',
      dataMarkdownIgnore: '',
    });
    const elements = before.children.filter((child): child is Element => child.type === 'element');
    const button = elements.at(-1);
    assert.ok(button?.tagName === 'button');
    const label = elements.length === 2 ? elements[0] : undefined;
    if (label !== undefined) assert.deepEqual(label.properties, { className: ['learn-code-label'] });
    return { name: label === undefined ? '' : toString(label), button };
  });
}

const block = (lang: string, code: string) => `\`\`\`${lang}\n${code}\n\`\`\``;

test('each code block, in a list, a callout or a tab panel too, has a bar with a "Copy" button right before it', async () => {
  const found = await bars(
    'Run:\n\n```powershell\nGet-BitLockerVolume\n```\n\n1. Then:\n\n   ```\n   one\n   ```\n\n' +
      '> [!NOTE]\n> ```\n> two\n> ```\n\n# [Windows](#tab/windows)\n\n```\nthree\n```\n\n---\n',
  );
  assert.equal(found.length, 4);
  for (const { button } of found) {
    assert.deepEqual(button.properties, { type: 'button', dataCopy: '' });
    assert.equal(toString(button), 'Copy');
  }
});

test("a bar names its block's language as Learn does, in any case and with -interactive; none it has no name for", async () => {
  const found = await bars(
    [
      block('powershell', 'Get-Date'),
      block('azurecli-interactive', 'az group list'),
      block('AzurePowerShell-interactive', 'Get-AzContext'),
      block('C#', 'a();'),
      block('cmd', 'dir'),
      block('bicep', "param location string = 'westus'"),
      block('brainfuck', '+'),
      block('', 'plain'),
    ].join('\n\n'),
  );
  assert.deepEqual(
    found.map(({ name }) => name),
    ['PowerShell', 'Azure CLI', 'Azure PowerShell', 'C#', 'Windows Command Prompt', 'Bicep', '', ''],
  );
});

test('a C# sample then its Visual Basic one, side by side, are each named (trial CF)', async () => {
  // dotnet/docs' core/diagnostics/distributed-tracing-configuration.md (real-folder trial CF, dev_langs
  // csharp and vb): its "Run the sample" is a :::code of C# then one of VB, which Learn shows as one block with
  // a C# and a Visual Basic tab; the site showed two unnamed blocks in a row.
  const found = await bars([block('csharp', 'a();'), block('vb', 'b()')].join('\n'));
  assert.deepEqual(
    found.map(({ name }) => name),
    ['C#', 'Visual Basic'],
  );
});

test("an MDX page's own <pre> gets no bar", async () => {
  const html = await renderLearn('<pre><code>own</code></pre>\n');
  assert.equal(blocksAndBefore(html).length, 1);
  assert.doesNotMatch(html, /code-bar|data-copy/);
});
