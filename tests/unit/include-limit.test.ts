/**
 * Includes that multiply: f0.md includes f1.md ten times, f1.md f2.md ten times… A loop check does not stop
 * them (no file includes itself), so one page is held to INCLUDE_LIMITS, in the import and in the build.
 * Without it, nine such files (10^9 includes) never finished.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { INCLUDE_LIMITS, IncludeBudget } from '../../src/lib/learn/include.ts';
import { renderLearn } from '../support/learn-markdown.ts';
import { tempDir } from '../support/temp-dir.ts';

const FRONT = '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n';
/** 10^4 includes: without a limit, 22 s to import and 29 s to build; one level more, ten times that. */
const DEPTH = 4;

/**
 * The attack's files: includes/fK.md holds `[!INCLUDE [n](f{K+1}.md)]` ten times, on lines of their own
 * and inside a line; the last is one line of text.
 */
function multiplyingIncludes(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let level = 0; level < DEPTH; level++) {
    const include = `[!INCLUDE [n](f${level + 1}.md)]`;
    files[`includes/f${level}.md`] =
      `Level ${level}.\n\n${`${include}\n\n`.repeat(5)}Inline: ${`${include} `.repeat(5)}\n`;
  }
  files[`includes/f${DEPTH}.md`] = 'Leaf text.\n';
  return files;
}

/** SQL Server's docs write a product name as an include, a hundred times and more on one page. */
const MANY_SMALL = `${FRONT}# Many\n\n${'Install [!INCLUDE [ssnoversion-md](includes/ssnoversion-md.md)] on Linux.\n\n'.repeat(300)}`;

describe('IncludeBudget', () => {
  test('counts includes and their text per page, and names the chain from the page once past a limit', () => {
    const budget = new IncludeBudget({ includes: 2, characters: 100 });
    const chain = ['/r/docs/page.md', '/r/includes/a.md', '/r/includes/b.md'];
    assert.equal(budget.spend('a.md', 10, chain.slice(0, 2), '/r'), undefined);
    assert.equal(budget.spend('b.md', 10, chain, '/r'), undefined);
    assert.match(
      budget.spend('b.md', 10, chain, '/r') ?? '',
      /^"b\.md" would make the page expand more than 2 includes, the most one page may \(Learn's pages use up to a couple of hundred\), through docs\/page\.md › includes\/a\.md › includes\/b\.md\. .*include each shared text once, or split the page\.$/,
    );
    // A long chain is shortened in the middle.
    const long = ['/r/page.md', ...'abcdefg'.split('').map((name) => `/r/i/${name}.md`)];
    assert.match(
      budget.spend('g.md', 1, long, '/r') ?? '',
      / through page\.md › i\/a\.md › i\/b\.md › … › i\/f\.md › i\/g\.md\./,
    );
    const text = new IncludeBudget({ includes: 10, characters: 100 });
    assert.equal(text.spend('a.md', 100, chain.slice(0, 2), '/r'), undefined);
    assert.match(
      text.spend('a.md', 1, chain.slice(0, 2), '/r') ?? '',
      /more than 100 characters of included text, the most one page may \(Learn's pages include up to about 85,000\), through/,
    );
  });

  test('the limits leave Learn pages room: the most seen is 167 includes, 85 KB', () => {
    assert.ok(INCLUDE_LIMITS.includes >= 5 * 167);
    assert.ok(INCLUDE_LIMITS.characters >= 50 * 85_000);
  });
});

describe('the import', () => {
  const tree = Object.fromEntries(
    Object.entries({
      ...multiplyingIncludes(),
      'includes/ssnoversion-md.md': 'SQL Server\n',
      'page.md': `${FRONT}# Page\n\nIntro.\n\n[!INCLUDE [n](includes/f0.md)]\n`,
      'many.md': MANY_SMALL,
      'big.md': `${FRONT}# Big\n\n[!INCLUDE [n](includes/big.md)]\n`,
      // 1.2 MB: read once, it is refused before the import works through it (IncludeBudget adds them up). The
      // import allowed 5 MB where the build renders 1,000 KB with the page (red team 20: an include of 931 KB
      // five times held it 167 s and 2.5 GB, to write a page of 4.6 MB the build refuses).
      'includes/big.md': `${'A long line of included text. '.repeat(40_000)}\n`,
      // Past MAX_PARSE_COST alone (13 KB, 1,600 quotes), and under it but past it four times (7 KB, 870).
      'costly.md': `${FRONT}# Costly\n\nIntro.\n\n[!INCLUDE [n](includes/costly.md)]\n`,
      'includes/costly.md': 'Intro.\n\n' + '> x\n\ny\n\n'.repeat(1_600),
      'together.md': `${FRONT}# Together\n\n${'[!INCLUDE [n](includes/part.md)]\n\n'.repeat(4)}`,
      'includes/part.md': '> x\n\ny\n\n'.repeat(870),
    }).map(([path, text]) => [`/repo/docs/${path}`, text]),
  );
  const files: SourceFiles = { read: (path) => tree[path], exists: (path) => path in tree };

  test('a page whose includes multiply is refused at the limit, naming its line, the chain and what to do', () => {
    const plan = planImport(['/repo/docs/page.md', '/repo/docs/many.md'], { today: '2026-01-02' }, files);
    assert.deepEqual(
      plan.refused.map(({ file, line }) => ({ file, line })),
      [{ file: '/repo/docs/page.md', line: 12 }],
    );
    assert.match(
      plan.refused[0]?.message ?? '',
      /^"f\d\.md" would make the page expand more than 1,000 includes, .* through page\.md › includes\/f0\.md › includes\/f1\.md › includes\/f2\.md › includes\/f\d\.md(?: › includes\/f\d\.md)?\. Includes multiply .*split the page\.$/,
    );
    // A page with hundreds of includes, as Learn has, is imported.
    assert.deepEqual(
      plan.pages.map((page) => page.slug),
      ['many'],
    );
    assert.equal(plan.pages[0]?.body.match(/Install SQL Server on Linux\./g)?.length, 300);
  });

  test('so is one including text the parser would take too long over, alone or together, before a pass parses it', () => {
    // Red team 20: an include of 32 KB such as includes/costly.md held the import 224 s and 600 MB (each of its
    // passes parsed it), then wrote a page the build refuses at once; four of part.md, over 120 s.
    const plan = planImport(
      ['/repo/docs/costly.md', '/repo/docs/together.md'],
      { today: '2026-01-02' },
      files,
    );
    assert.deepEqual(
      plan.refused.map(({ file, line }) => ({ file, line })),
      [
        { file: '/repo/docs/costly.md', line: 12 },
        { file: '/repo/docs/together.md', line: 16 },
      ],
    );
    assert.match(
      plan.refused[0]?.message ?? '',
      /^\[!INCLUDE\] "includes\/costly\.md", at .*includes\/costly\.md:6247: This Markdown opens 1,600 lists, quotes .* The build will refuse the page\.$/,
    );
    assert.match(
      plan.refused[1]?.message ?? '',
      /^\[!INCLUDE\] "includes\/part\.md", at .*includes\/part\.md:1: with this include, the page and its includes open so many lists/,
    );
    assert.deepEqual(plan.pages, []);
  });

  test('so is one whose included text passes what the page leaves of the 1,000 KB the build renders', () => {
    const plan = planImport(['/repo/docs/big.md'], { today: '2026-01-02' }, files);
    assert.match(plan.refused[0]?.message ?? '', /more than 999,\d{3} characters of included text/);
  });
});

describe('the build (remark-learn-include)', () => {
  const site = tempDir('include-limit-');
  mkdirSync(join(site, 'includes'));
  for (const [path, text] of Object.entries(multiplyingIncludes())) writeFileSync(join(site, path), text);
  writeFileSync(join(site, 'includes/ssnoversion-md.md'), 'SQL Server\n');
  const page = join(site, 'page.mdx');

  test('a page whose includes multiply fails at the limit, naming the page, the chain and what to do', async () => {
    await assert.rejects(
      renderLearn('Intro.\n\n[!INCLUDE [n](includes/f0.md)]\n', { path: page }),
      (error: Error) => {
        assert.match(
          error.message,
          /includes\/f\d\.md:\d+: \[!INCLUDE\] "f\d\.md" would make the page expand more than 1,000 includes, .* through page\.mdx › includes\/f0\.md › includes\/f1\.md › includes\/f2\.md › includes\/f\d\.md(?: › includes\/f\d\.md)?\./,
        );
        return true;
      },
    );
  });

  test('a page with hundreds of includes, as Learn has, builds', async () => {
    const html = await renderLearn(MANY_SMALL.slice(FRONT.length), { path: page });
    assert.equal(html.match(/Install SQL Server on Linux\./g)?.length, 300);
  });
});
