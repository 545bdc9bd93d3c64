/**
 * Indented code blocks written as fenced code (fenceIndentedCode), as the import writes each: a block of
 * 150,000 lines (900 KB, under the 1,000 KB a page may be) overflowed the stack, its lines spread into a
 * splice, and the article was refused with only "Maximum call stack size exceeded".
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fenceIndentedCode } from '../../src/lib/import/convert.ts';

test('each indented block is fenced in place of the blank lines around it, or beside it in its container', () => {
  assert.equal(
    fenceIndentedCode(`Text.\n\n${'    x\n'.repeat(3)}\nEnd.\n\n- item\n\n      code\n`),
    'Text.\n```\nx\nx\nx\n```\nEnd.\n\n- item\n  ```\n  code\n  ```',
  );
});

test('an indented block of 150,000 lines is fenced, every line kept', () => {
  const fenced = fenceIndentedCode(`Text.\n\n${'    x\n'.repeat(150_000)}\nEnd.\n`);
  assert.ok(fenced === `Text.\n\`\`\`\n${'x\n'.repeat(150_000)}\`\`\`\nEnd.\n`, fenced.slice(-40));
});
