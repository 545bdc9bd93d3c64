/**
 * Every hostile page (tests/security/hostile-pages.ts) fails the build with a message naming its file and
 * line: each compiled on its own through the site's own pipeline (src/markdown/pipeline.ts, strict, as
 * `astro build` runs it), so one failing page cannot hide another.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildError } from '../support/learn-markdown.ts';
import { HOSTILE_CASES } from './hostile-pages.ts';

const root = new URL('../../', import.meta.url);

/** The build error for a page whose third line is `line`, or '' when it compiles. */
const errorOf = (line: string) =>
  buildError(`Intro.\n\n${line}\n`, new URL('content/hostile.mdx', root).pathname, root, [
    'index',
    'privacy',
    'security',
  ]);

describe('hostile content fails the build, naming file and line', () => {
  for (const hostile of HOSTILE_CASES) {
    test(hostile.name, async () => {
      const error = await errorOf(hostile.line);
      assert.match(error, /content\/hostile\.mdx:3\b/, `no file and line in: ${error || '(it compiled)'}`);
      assert.match(error, hostile.expect);
    });
  }
});

// Red team 34's links in foreign content are refused; where a browser reads HTML again, a link is the site's own.
test("a link in an <svg>'s <foreignObject> or a MathML token, where a browser reads HTML, builds", async () => {
  for (const line of [
    '<svg><foreignObject width="300" height="40">[Privacy](https://learn.microsoft.com/x)</foreignObject></svg>',
    '<math><mtext>[Privacy](/privacy/)</mtext></math>',
  ])
    assert.equal(await errorOf(line), '', line);
});
