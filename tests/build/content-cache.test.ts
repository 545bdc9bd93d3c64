/**
 * Astro's content cache keeps a Markdown page's rendering while the page's own file is unchanged; an
 * edited include (or snippet, or the site's code) renders every page again, so none is published stale.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildWith } from '../support/build-fixture.ts';

const PAGE =
  '---\ntitle: Cached\ndescription: A page with an include.\norder: 90\nupdated: 2025-01-15\nauthor: fixture\n---\n\nBefore.\n\n[!INCLUDE [Note](includes/cached-note.md)]\n';

test('a page whose include changed is built with the new include, from a warm content cache', async () => {
  const pages: string[] = [];
  const built = await buildWith(
    { 'content/cached.md': PAGE, 'content/includes/cached-note.md': 'The first text of the note.\n' },
    {
      inspect: (dir) => {
        const page = () => readFileSync(join(dir, 'dist/cached/index.html'), 'utf8');
        pages.push(page());
        writeFileSync(
          join(dir, 'content/includes/cached-note.md'),
          'The second text, longer than the first.\n',
        );
        const again = spawnSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
        });
        assert.equal(again.status, 0, again.stderr);
        pages.push(page());
      },
    },
  );
  assert.equal(built.status, 0, built.output);
  assert.match(pages[0] ?? '', /The first text of the note\./);
  assert.match(pages[1] ?? '', /The second text, longer than the first\./);
  assert.doesNotMatch(pages[1] ?? '', /The first text/);
});
