import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isKnownWarning } from '../../src/integrations/known-warnings.ts';

test("only the bundler's warning of Astro's own head-inject directive is left out of the build's log", () => {
  const message = (directive: string) =>
    `The semantics of the module level directive "${directive}" in "content/security.mdx?astroPropagatedAssets" may not be preserved when bundling.`;
  assert.equal(
    isKnownWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: message('use astro:head-inject') }),
    true,
  );
  // Another directive, or another warning naming it, is the reader's to see.
  assert.equal(isKnownWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: message('use client') }), false);
  assert.equal(
    isKnownWarning({ code: 'CIRCULAR_DEPENDENCY', message: message('use astro:head-inject') }),
    false,
  );
  assert.equal(isKnownWarning({ message: 'Some chunks are larger than 500 kB after minification.' }), false);
});
