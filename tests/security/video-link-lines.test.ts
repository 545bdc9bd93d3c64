/**
 * A refused link the build makes of Learn syntax is said at its line, as one written is. Red team 29: the link of
 * `[!VIDEO url]` had no place in the page, so a video of a host not allowed, or a `javascript:` one, failed the
 * build as "content/attack.mdx: the link …", naming no line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildError } from '../support/learn-markdown.ts';

const root = new URL('../../', import.meta.url);
const path = new URL('content/attack.mdx', root).pathname;

test('a [!VIDEO] link the build refuses is named at its line, alone or quoted', async () => {
  for (const [marker, expected] of [
    [
      '> [!VIDEO https://evil.example/v]',
      /^Error: Broken link:\ncontent\/attack\.mdx:5: the link "https:\/\/evil\.example\/v" goes to evil\.example/,
    ],
    [
      '[!VIDEO javascript:alert(1)]',
      /^Error: Broken link:\ncontent\/attack\.mdx:5: the link "javascript:alert\(1\)" is a javascript: URL/,
    ],
  ] as const)
    assert.match(
      await buildError(`Intro.\n\nText.\n\n${marker}\n`, path, root, ['attack']),
      expected,
      marker,
    );
});
