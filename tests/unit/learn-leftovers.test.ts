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
