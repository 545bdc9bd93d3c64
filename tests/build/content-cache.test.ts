/**
 * Astro's content cache keeps a Markdown page's rendering while the page's own file is unchanged; an
 * edited include (or snippet, or the site's code) renders every page again, so none is published stale.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { FINISH_SEPARATELY } from '../../src/integrations/finish.ts';
import { buildInProcess, buildWith } from '../support/build-fixture.ts';

const PAGE =
  '---\ntitle: Cached\ndescription: A page with an include.\norder: 90\nupdated: 2025-01-15\nauthor: fixture\n---\n\nBefore.\n\n[!INCLUDE [Note](includes/cached-note.md)]\n';

test('a page whose include changed is built with the new include, from a warm content cache', async () => {
  // Astro's part of the build only, as `npm run build` runs it before the finishing steps: the page as Astro
  // rendered it is what the cache keeps.
  const first = await buildWith(
    { 'content/cached.md': PAGE, 'content/includes/cached-note.md': 'The first text of the note.\n' },
    { env: { [FINISH_SEPARATELY]: '1' }, read: ['dist/cached/index.html'] },
  );
  const dir = dirname(first.dist);
  assert.equal(first.status, 0, first.output);
  assert.match(first.built['dist/cached/index.html'] ?? '', /The first text of the note\./);
  writeFileSync(join(dir, 'content/includes/cached-note.md'), 'The second text, longer than the first.\n');
  // A second `astro build` of the copy, over the content cache the first left in its node_modules/.astro/ (with
  // its own modules of the copy, as a process of its own would load them: buildInProcess).
  const again = await buildInProcess(dir, {
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    [FINISH_SEPARATELY]: '1',
  });
  assert.equal(again.status, 0, again.output);
  const page = readFileSync(join(dir, 'dist/cached/index.html'), 'utf8');
  assert.match(page, /The second text, longer than the first\./);
  assert.doesNotMatch(page, /The first text/);
});
