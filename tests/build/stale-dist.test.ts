/**
 * A page deleted since the last build is gone from dist/, whatever its name: Astro 7.3 empties dist/ but
 * for entries named ".", "g", "i" and "t" (`new Set(".git")`), so a deleted content/t.mdx stayed
 * published, indexed by Pagefind and in the search vocabulary (red team round 5). The build empties dist/
 * itself first (src/integrations/empty-out-dir.ts), keeping only a deploy repository's `.git`.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildWith } from '../support/build-fixture.ts';
import { ENGLISH_FILES, englishSite, KEPT_NAMES as NAMES } from '../support/english-site.ts';

/** How many pages Pagefind says it indexed, in a build's output. */
function indexedPages(output: string): number {
  return Number(/Indexed (\d+) pages/.exec(output)?.[1] ?? Number.NaN);
}

test(
  'pages g, i and t deleted since the last build are not published or searchable; .git stays',
  { timeout: 600_000 },
  async () => {
    // The last build, with the pages (the site shared with other build tests, tests/support/english-site.ts):
    // what it left in dist/.
    const first = await englishSite();
    assert.equal(first.status, 0, first.output);
    const last: Record<string, string> = {};
    for (const name of NAMES)
      for (const file of ['index.html', 'index.md']) {
        const path = join(first.dist, name, file);
        if (existsSync(path)) last[`dist/${name}/${file}`] = readFileSync(path, 'utf8');
      }
    assert.equal(Object.keys(last).length, 2 * NAMES.length, 'the last build published the pages');

    // This build, the pages deleted, over the last build's dist/ and a deploy repository's .git.
    let left: string[] = [];
    let vocabulary = '';
    let gitHead = '';
    const pages = new Set(NAMES.map((name) => `content/${name}.mdx`));
    const { status, output } = await buildWith(
      {
        ...Object.fromEntries(Object.entries(ENGLISH_FILES).filter(([path]) => !pages.has(path))),
        ...last,
        'dist/.git/HEAD': 'ref: refs/heads/main\n',
      },
      {
        inspect: (dir) => {
          left = readdirSync(join(dir, 'dist')).filter((entry) => NAMES.includes(entry));
          const words = join(dir, 'dist/pagefind/vocabulary.json');
          vocabulary = existsSync(words) ? readFileSync(words, 'utf8') : '';
          const git = join(dir, 'dist/.git/HEAD');
          gitHead = existsSync(git) ? readFileSync(git, 'utf8') : '';
        },
      },
    );
    assert.equal(status, 0, output);
    assert.deepEqual(left, [], 'no page of the last build is left');
    assert.equal(
      indexedPages(output),
      indexedPages(first.output) - NAMES.length,
      'Pagefind indexes only the pages built',
    );
    assert.ok(vocabulary.length > 0);
    assert.doesNotMatch(vocabulary, /zorblax/i, 'their words are not in the search vocabulary');
    assert.equal(gitHead, 'ref: refs/heads/main\n', "a deploy repository's .git is kept");
  },
);
