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
async function assertBuildRefuses(body: readonly string[], errors: readonly RegExp[]): Promise<void> {
  const { status, output, published } = await buildWith({
    'content/hostile.mdx': `${FRONT}${body.join('\n')}\n`,
  });
  assert.notEqual(status, 0, 'the build must fail');
  assert.equal(published, false, 'nothing is published');
  for (const error of errors) assert.match(output, error);
}

// Links (a disguised host among them) stop the real build too: tests/build/link-check.test.ts.
test('remote loads fail the real build, each named with its line', async () => {
  await assertBuildRefuses(
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

// The red-team's pages: set:html gave raw HTML (a link off the site, a spoofed search result), a </noscript>
// in an attribute sent readers away, client:* reached Astro's island code, a named <img> broke the scripts.
test("markup Astro or the browser would read otherwise fails the real build, with content-safety's message", async () => {
  const { status, output, published } = await buildWith({
    'content/hostile.mdx': `${FRONT}${[
      'Intro.',
      '',
      `<div set:html='<a href="https://evil.example/x">x</a><div data-pagefind-meta="title:Privacy settings (official)" data-pagefind-filter="section:Privacy">w</div>'></div>`,
      '',
      `<noscript><span title="</noscript><meta http-equiv=refresh content='2;url=https://evil.example/r'>">x</span></noscript>`,
      '',
      '<textarea><span title="</textarea><a href=https://evil.example/ta>link</a>">y</span></textarea>',
      '',
      '<x-isl client:load client:component-path="https://evil.example/x.js" client:component-export="default">hi</x-isl>',
      '',
      '<img src="/favicon.svg" alt="" name="querySelector" />',
    ].join('\n')}\n`,
  });
  assert.notEqual(status, 0, 'the build must fail');
  assert.equal(published, false, 'nothing is published');
  for (const error of [
    /content\/hostile\.mdx:10:1: set:html= on <div> is not allowed: Astro reads a "set:" attribute as a directive/,
    /content\/hostile\.mdx:12:1: a raw <noscript> is not allowed in content: a browser does not read/,
    /content\/hostile\.mdx:14:1: a raw <textarea> is not allowed in content/,
    /content\/hostile\.mdx:16:1: client:load= on <x-isl> is not allowed/,
    /content\/hostile\.mdx:18:1: name= on <img> is not allowed: a named element can stand in/,
  ])
    assert.match(output, error);
  assert.doesNotMatch(output, /Cannot find the built path/, "Astro's island code is never reached");
});

// What gets past the content checks (a component's value, here a template's) is read as a browser reads it.
test('the post-build step reads pages with scripting on: a refresh after "</noscript>" in an attribute fails the build', async () => {
  // Unquoted and single-quoted: Astro would write a " in the value as &quot;.
  const breakout = `</noscript><meta http-equiv=refresh content='0;url=https://evil.example/r'>`;
  const { status, output, published } = await buildWith({
    'src/pages/noscript-breakout.astro': `---\nconst title = ${JSON.stringify(breakout)};\n---\n<html lang="en"><head><meta charset="utf-8" /><title>Test</title></head><body><noscript><span title={title}>x</span></noscript></body></html>\n`,
  });
  assert.notEqual(status, 0, 'the build must fail');
  assert.equal(published, false, 'nothing is published');
  assert.match(
    output,
    /dist\/noscript-breakout\/index\.html: a <meta http-equiv="refresh">: only the CSP may be set this way/,
  );
});
