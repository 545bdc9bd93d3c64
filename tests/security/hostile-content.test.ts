/**
 * Every hostile page (tests/security/hostile-pages.ts) fails the build with a message naming its file and
 * line: each compiled on its own through the site's own pipeline (src/markdown/pipeline.ts, strict, as
 * `astro build` runs it), so one failing page cannot hide another.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';
import { HOSTILE_CASES } from './hostile-pages.ts';

const root = new URL('../../', import.meta.url);
const pipeline = markdownPipeline({ root, sitePages: ['index', 'privacy', 'security'], strictLinks: true });

/** The build error for a page whose third line is `line`, or '' when it compiles. */
async function errorOf(line: string): Promise<string> {
  const file = new VFile({
    path: new URL('content/hostile.mdx', root).pathname,
    value: `Intro.\n\n${line}\n`,
  });
  try {
    await compile(file, pipeline);
    return '';
  } catch (error) {
    return String(error);
  }
}

describe('hostile content fails the build, naming file and line', () => {
  for (const hostile of HOSTILE_CASES) {
    test(hostile.name, async () => {
      const error = await errorOf(hostile.line);
      assert.match(error, /content\/hostile\.mdx:3\b/, `no file and line in: ${error || '(it compiled)'}`);
      assert.match(error, hostile.expect);
    });
  }
});
