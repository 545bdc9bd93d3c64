/** One element per id on a page, however a Learn article marks its places (src/markdown/rehype-unique-ids.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findElements } from '../support/html.ts';
import { renderLearn } from '../support/learn-markdown.ts';

/** How many elements of `html` carry each id. */
function idCounts(html: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const element of findElements(html, (node) => typeof node.properties['id'] === 'string')) {
    const id = String(element.properties['id']);
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

test('a bookmark beside a heading of its name, or written twice, leaves one element with the id', async () => {
  const html = await renderLearn(
    '<a name="overview"></a>\n\n## Overview\n\nText.\n\n<a name="x"></a>\n<a id="x"></a>\n\nMore.\n\n<a name="later"></a>\n\nEnd.\n\n## Later\n',
  );
  assert.deepEqual(idCounts(html), { overview: 1, x: 1, later: 1 });
  assert.equal(findElements(html, (node) => node.properties['id'] === 'overview')[0]?.tagName, 'h2');
  assert.equal(findElements(html, (node) => node.properties['id'] === 'later')[0]?.tagName, 'h2');
  // The bookmarks that gave their id up are gone, not left as empty <a></a> (microsoft-365-docs-pr.nl-NL).
  assert.deepEqual(
    findElements(html, (node) => node.tagName === 'a' && Object.keys(node.properties).length === 0),
    [],
  );
});

test('a bookmark of its own keeps its id, and one with text is no bookmark', async () => {
  const html = await renderLearn(
    '<a name="step-2"></a>Step 2.\n\n<a id="note">A note</a> and <a id="note2">more</a>.\n',
  );
  assert.deepEqual(idCounts(html), { 'step-2': 1, note: 1, note2: 1 });
});

test('any element written with an id an earlier one has gives it up (red-team round 12)', async () => {
  const html = await renderLearn(
    '<div id="dup">First.</div>\n\n<div id="dup">Second.</div>\n\n<span id="dup">Third.</span>\n',
  );
  assert.deepEqual(idCounts(html), { dup: 1 });
  assert.equal(findElements(html, (node) => node.properties['id'] === 'dup')[0]?.children.length, 1);
});
