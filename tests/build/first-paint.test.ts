/** First paint waits for no request: every page's <head> loads no screen stylesheet and no blocking script from a file. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DIST } from '../support/built-site.ts';
import { listDistPages } from '../support/dist-pages.ts';
import { weighPage } from '../support/page-weight.ts';

const dist = fileURLToPath(DIST).replace(/\/$/, '');

for (const page of listDistPages(DIST)) {
  test(`${page} paints from its HTML alone: styles and the theme script are inline`, () => {
    const blockingFiles = weighPage(dist, page)
      .assets.filter(
        (asset) => asset.renderBlocking && asset.kind !== 'html' && !asset.name.startsWith('inline'),
      )
      .map((asset) => asset.name);
    assert.deepEqual(blockingFiles, [], `${page} waits for these files before its first paint`);
  });
}
