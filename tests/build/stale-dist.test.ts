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

/** A page named `name`, with a word found nowhere else. */
const page = (name: string, order: number) =>
  [
    '---',
    `title: Page ${name}`,
    `description: A page that is deleted after one build.`,
    `order: ${String(order)}`,
    'updated: 2024-05-31',
    'author: siosulli',
    '---',
    '',
    `Zorblax${name} is a word of this page only.`,
    '',
  ].join('\n');

const NAMES = ['g', 'i', 't'];

/** How many pages Pagefind says it indexed, in a build's output. */
function indexedPages(output: string): number {
  return Number(/Indexed (\d+) pages/.exec(output)?.[1] ?? Number.NaN);
}

test(
  'pages g, i and t deleted since the last build are not published or searchable; .git stays',
  { timeout: 600_000 },
  async () => {
    // The last build, with the pages: what it left in dist/.
    const last: Record<string, string> = {};
    const first = await buildWith(
      Object.fromEntries(NAMES.map((name, index) => [`content/${name}.mdx`, page(name, 90 + index)])),
      {
        inspect: (dir) => {
          for (const name of NAMES)
            for (const file of ['index.html', 'index.md']) {
              const path = join(dir, 'dist', name, file);
              if (existsSync(path)) last[`dist/${name}/${file}`] = readFileSync(path, 'utf8');
            }
        },
      },
    );
    assert.equal(first.status, 0, first.output);
    assert.equal(Object.keys(last).length, 2 * NAMES.length, 'the last build published the pages');

    // This build, the pages deleted, over the last build's dist/ and a deploy repository's .git.
    let left: string[] = [];
    let vocabulary = '';
    let gitHead = '';
    const { status, output } = await buildWith(
      { ...last, 'dist/.git/HEAD': 'ref: refs/heads/main\n' },
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
