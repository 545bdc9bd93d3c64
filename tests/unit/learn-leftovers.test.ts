import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findLearnLeftovers } from '../../src/lib/learn/leftovers.ts';

describe('findLearnLeftovers', () => {
  test('finds raw ::: and [!NOTE]-style markers in the visible text', () => {
    const html =
      '<main><p>Before :::moniker range="v2"::: after</p><p>[!NOTE] left over</p><p>[!INCLUDE <a href="x.md">x</a>]</p></main>';
    assert.deepEqual(findLearnLeftovers(html), [
      'Before :::moniker range="v2"::: after',
      '[!NOTE] left over',
      '[!INCLUDE',
    ]);
  });

  test('ignores markers shown as code, and rendered callouts', () => {
    const html =
      '<p>Write <code>:::image</code> or</p><pre>> [!NOTE]\n> text</pre><div class="callout" role="note" aria-label="Note"><p>Note</p></div>';
    assert.deepEqual(findLearnLeftovers(html), []);
  });

  test('ignores markers in attributes (alt text is not the place to look)', () => {
    assert.deepEqual(findLearnLeftovers('<img alt="a ::: b" src="/x.png">'), []);
  });
});

describe('documentation about Learn syntax is not a leftover', async () => {
  const { renderLearn } = await import('../support/learn-markdown.ts');

  test('syntax escaped in the source (\\[!NOTE], \\:::image) or in inline code is shown, and not reported', async () => {
    const html = await renderLearn(
      'Start a note with \\[!NOTE] in a quote. Images are \\:::image type="content":::. Or `[!TIP]` and `:::zone:::`.\n',
    );
    assert.match(html, /\[!NOTE\] in a quote/);
    assert.match(html, /:::image type="content":::/);
    assert.deepEqual(findLearnLeftovers(html), []);
  });

  test('the same syntax unescaped and unrendered is still reported', async () => {
    const html = await renderLearn('Some text :::moniker range="v2"::: here.\n');
    assert.equal(findLearnLeftovers(html).length, 1);
  });
});
