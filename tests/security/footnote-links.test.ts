/**
 * A footnote reference is two links on the published page: to its note, and the note's link back to it. Red
 * team 22: one note referenced 20,000 times (82 KB, 21,000 Markdown nodes, every limit met) made 40,000 links, a
 * page of 5.6 MB whose build took 41 s of CPU and 1.6 GB (and, before the link check read each link's siblings
 * from the link back, 30 s more). PAGE_LIMITS counts a reference as two links.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildError } from '../support/learn-markdown.ts';

const root = new URL('../../', import.meta.url);
const path = new URL('content/attack.mdx', root).pathname;

/** `paragraphs` paragraphs of 20 references each to one note, then the note. */
const references = (paragraphs: number) =>
  `${Array.from({ length: paragraphs }, () => '[^a]'.repeat(20)).join('\n\n')}\n\n[^a]: The note.\n`;

test('a page of 2,600 references to a note fails the build at its line, saying a reference counts two links', async () => {
  // 5,200 links, past the 5,000 a page may have; red team 22 wrote 20,000 references, refused as these are.
  const error = await buildError(references(130), path, root, ['attack']);
  assert.match(
    error,
    /content\/attack\.mdx:251:1: This page has more than 5,000 links; .* A footnote reference \(\[\^1\]\) counts two/,
    error || '(it compiled)',
  );
});

test('2,400 references, 4,800 links, build', async () => {
  assert.equal(await buildError(references(120), path, root, ['attack']), '');
});
