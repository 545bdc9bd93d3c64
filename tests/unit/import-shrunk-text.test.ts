/**
 * The import writes text Learn shrinks more than twice (`<small>` in two more `<small>`, `<sub>` or `<sup>`) without
 * the tags past the second, which the build refuses (hidden-styling.test.ts), and says so at the source's line. Red
 * teams 22 and 23 left it: three nested `<small>`s were imported as written, with a warning that the build would
 * fail on the page.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attributeNotes, toMdxSafe } from '../../src/lib/import/mdx-safe.ts';
import { buildError } from '../support/learn-markdown.ts';

const root = new URL('../../', import.meta.url);

test('three nested <small>, or <small> in <sub> in <sup>, are written two deep, said at their line', async () => {
  const learn =
    'Intro.\n\nText <small><small><small>three deep</small></small></small> and <sup><sub><small>x</small></sub></sup>.\n';
  const mdx = toMdxSafe(learn);
  assert.equal(mdx, 'Intro.\n\nText <small><small>three deep</small></small> and <sup><sub>x</sub></sup>.\n');
  assert.equal(await buildError(mdx, new URL('content/shrunk.mdx', root).pathname, root, ['shrunk']), '');
  assert.deepEqual(
    attributeNotes(learn).map(({ index, message }) => `${index + 1}: ${message.split(':')[0]}`),
    [
      '3: <small> is inside 2 more <small>, <sub> or <sup>',
      '3: <small> is inside 2 more <small>, <sub> or <sup>',
    ],
  );
});

test('text shrunk twice, and tags in code, are written as they are', () => {
  const learn =
    'H<sub>2</sub>O, x<sup><small>2</small></sup> and `<small><small><small>a</small></small></small>`.\n';
  assert.equal(toMdxSafe(learn), learn);
  assert.deepEqual(attributeNotes(learn), []);
});
