/**
 * Import trial 27: MicrosoftDocs/learn's intro-to-azure-fundamentals unit "What is cloud computing?" writes its
 * tables' first column as `<nobr>**Public cloud**</nobr>`, and the page showed "<nobr>Public cloud</nobr>",
 * tags and all: `<nobr>` is one of HTML's elements, so it was not unwrapped as `<Token>` is, and not one the
 * site keeps. A browser shows such an element's content; so does the page.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from '@mdx-js/mdx';
import { toMdxSafe } from '../../src/lib/import/mdx-safe.ts';

test('an element of HTML that only styles its text, opened then closed, is its content', async () => {
  const row = '| <nobr>**Public cloud**</nobr> | Services are offered over the public internet. |\n';
  assert.equal(toMdxSafe(row), '| **Public cloud** | Services are offered over the public internet. |\n');
  const mdx = toMdxSafe('Use <tt>dir</tt>, <font color="white">hidden</font> and <big>large</big> text.\n');
  assert.equal(mdx, 'Use dir, hidden and large text.\n');
  await compile(mdx);
  // Only opened, it is text still; an element HTML parses apart stays text, tags and all.
  assert.equal(toMdxSafe('A <nobr> alone.\n'), 'A \\<nobr> alone.\n');
  assert.equal(toMdxSafe('Not <script>run()</script>.\n'), 'Not \\<script>run()\\</script>.\n');
});
