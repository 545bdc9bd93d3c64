/**
 * A real `astro build` of a hostile page: what the per-case compile tests (hostile-content.test.ts) check
 * through the pipeline also stops the real build, naming file and line, and publishes nothing.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildWith } from '../support/build-fixture.ts';

// Front matter is 7 lines; the body starts on line 8.
const FRONT =
  '---\ntitle: Hostile\ndescription: A hostile page.\norder: 91\nupdated: 2024-05-31\nauthor: tester\n---\n';

/** Builds the project with `content/hostile.mdx` holding `body`; the build must fail, publish nothing and print each of `errors`. */
function assertBuildRefuses(body: readonly string[], errors: readonly RegExp[]): void {
  const { status, output, published } = buildWith({ 'content/hostile.mdx': `${FRONT}${body.join('\n')}\n` });
  assert.notEqual(status, 0, 'the build must fail');
  assert.equal(published, false, 'nothing is published');
  for (const error of errors) assert.match(output, error);
}

// Links (a disguised host among them) stop the real build too: tests/build/link-check.test.ts.
test('remote loads fail the real build, each named with its line', () => {
  assertBuildRefuses(
    [
      'Intro.',
      '',
      '![tracker](https://www.microsoft.com/pixel.png)',
      '',
      '<video poster="https://www.microsoft.com/x.png" />',
    ],
    [
      /content\/hostile\.mdx:10: the src= of <img> "https:\/\/www\.microsoft\.com\/pixel\.png" makes every reader's browser request www\.microsoft\.com/,
      /content\/hostile\.mdx:12: the poster= of <video> "https:\/\/www\.microsoft\.com\/x\.png"/,
    ],
  );
});
