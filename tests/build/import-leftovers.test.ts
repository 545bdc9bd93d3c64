/** Learn syntax the site cannot render never reaches a published page: the build fails, naming page and text. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { englishSite } from '../support/english-site.ts';
import { postBuildFailures } from '../support/post-build-failures.ts';

test('a leaked ::: or [!NOTE] fails the build, naming the page and the text', async () => {
  // The build shared with the other post-build failures (tests/support/post-build-failures.ts).
  const { status, output, published } = await postBuildFailures();
  assert.notEqual(status, 0, 'the build must fail');
  assert.equal(published, false, 'no page may be left in dist/');
  assert.match(output, /Learn syntax reached the published HTML unrendered/);
  assert.match(output, /\/privacy\/index\.html: ":::spoiler title="defender-2024":::"/);
  assert.match(output, /\/privacy\/index\.html: "A stray \[!NOTE\] in a sentence\."/);
});

// A missing include stops the pipeline the build runs: tests/unit/remark-learn-include.test.ts.
test('an include beside the page is rendered in place, with its alert', async () => {
  // The site shared with other build tests (tests/support/english-site.ts): privacy.mdx names the include.
  const { status, output, built } = await englishSite();
  assert.equal(status, 0, output);
  assert.match(
    built['dist/privacy/index.html'] ?? '',
    /<div class="callout callout-important" role="note" aria-label="Important">[\s\S]*Shared words from an include file\./,
  );
});
