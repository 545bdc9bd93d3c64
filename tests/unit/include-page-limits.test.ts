/**
 * A page's limits (headings, links, table cells, list items; nesting) count what its includes bring in:
 * red-team round 8 built a page of 300 B with ten `[!INCLUDE]`s of 5,000 links each (31 s, 1.75 GB,
 * 26 MB of HTML), and stopped the build with a bare "Maximum call stack size exceeded" on an include of
 * `<span>` nested 5,000 deep.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node } from 'unist';
import { VFile } from 'vfile';
import { remarkLearnInclude } from '../../src/markdown/remark-learn-include.ts';
import {
  measurePage,
  NODE_LIMIT,
  PAGE_LIMITS,
  type PageLimit,
} from '../../src/markdown/remark-nesting-limit.ts';
import { buildError } from '../support/learn-markdown.ts';
import { includeProject } from '../support/temp-dir.ts';

const { content, root, pagePath, write } = includeProject('include-page-limits-');

/** The error the build stops with on the page `markdown` of content/. */
const build = (markdown: string) => buildError(markdown, pagePath, root, ['page', 'privacy']);

test('the headings includes bring in count toward the page limit: the error names the page line and the include that brought most', async () => {
  // As real includes are: a section with a heading, used on several pages.
  write(
    'includes/steps.md',
    Array.from({ length: 200 }, (_, n) => `## Step ${String(n)}\n\nDo it.\n`).join('\n'),
  );
  write('includes/note.md', '## A note\n\nRead it.\n');
  const uses = Array.from({ length: 6 }, () => '[!INCLUDE [steps](includes/steps.md)]').join('\n\n');
  const error = await build(`Intro.\n\n[!INCLUDE [note](includes/note.md)]\n\n${uses}\n`);
  assert.match(
    error,
    /page\.mdx:13:1: This page has more than 1,000 headings with what its includes bring in \(1,201, of which 1,200 from "includes\/steps\.md", included 6 times, at lines 5, 7, 9, 11, 13, …\); the site builds pages of at most 1,000 \(Learn articles have at most about 56\)\. Split the page or the include, or include it fewer times\./,
  );
  // Five uses are within the limit.
  assert.equal(await build(uses.split('\n\n').slice(1).join('\n\n')), '');
});

test('links and list items from includes, inside a line or nested in another include, count too (limits passed in)', async () => {
  const limits: PageLimit[] = PAGE_LIMITS.filter((limit) => limit !== NODE_LIMIT).map((limit) => ({
    ...limit,
    most: 4,
  }));
  write('includes/links.md', '[a](/privacy/) [b](/privacy/) [c](/privacy/)\n');
  write('includes/outer.md', 'Outer.\n\n[!INCLUDE [links](links.md)]\n\n[!INCLUDE [links](links.md)]\n');
  write('includes/items.md', '- a\n- b\n- c\n');
  const render = (markdown: string) =>
    unified()
      .use(remarkParse)
      .use(remarkLearnInclude, { root: content, limits })
      .run(unified().use(remarkParse).parse(markdown), new VFile({ path: pagePath, value: markdown }));
  await assert.rejects(
    render(
      'One [x](/privacy/) and [!INCLUDE [l](includes/links.md)] inline.\n\n[!INCLUDE [o](includes/outer.md)]\n',
    ),
    /more than 4 links with what its includes bring in \(10, of which 6 from "includes\/outer\.md", included at line 3\)/,
  );
  await assert.rejects(
    render('- own\n\n[!INCLUDE [items](includes/items.md)]\n\n[!INCLUDE [items](includes/items.md)]\n'),
    /more than 4 list items with what its includes bring in \(7, of which 6 from "includes\/items\.md", included 2 times, at lines 3, 5\)/,
  );
  await assert.doesNotReject(render('[!INCLUDE [l](includes/links.md)] [!INCLUDE [i](includes/items.md)]\n'));
});

test('an include nested thousands deep fails with the nesting error naming the include and its line, not a stack overflow', async () => {
  // The red-team include: `<span>` × 5,000 … `</span>` × 5,000, used by an .mdx page.
  write('includes/deep.md', `Intro.\n\n${'<span>'.repeat(5000)}x${'</span>'.repeat(5000)}\n`);
  const error = await build('Text.\n\n[!INCLUDE [deep](includes/deep.md)]\n');
  assert.match(
    error,
    /includes\/deep\.md:3: This page nests lists, quotes or elements \d+ levels deep here; the site renders at most 64 \(Learn articles nest at most about 11\)\. Flatten the nesting\. \(included at .*page\.mdx:3\)/,
  );
  assert.doesNotMatch(error, /call stack/);
});

test('a page and its include, each nested within the bound, fail together past it, naming the include', async () => {
  write('includes/nested.md', `${'- '.repeat(20)}deep\n`);
  assert.equal(await build(`${'- '.repeat(20)}page\n`), '');
  assert.equal(await build('[!INCLUDE [n](includes/nested.md)]\n'), '');
  assert.match(
    await build(`${'- '.repeat(20)}[!INCLUDE [n](includes/nested.md)]\n`),
    /page\.mdx:1:1: This page nests lists, quotes or elements \d+ levels deep here; the site renders at most 64 .* The deepest part comes from "includes\/nested\.md", included at line 1\./,
  );
});

test('a page of more list items than the site builds (a red-team page of 50,000 `- a`, 44 s and 1.7 GB) fails at the first past the limit', async () => {
  const most = PAGE_LIMITS.find((limit) => limit.what === 'list items')?.most ?? 0;
  assert.ok(most >= 15 * 192, 'well above the 192 list items of the largest real page');
  const error = await build(`Intro.\n\n${'- a\n'.repeat(most + 1)}`);
  assert.match(
    error,
    new RegExp(
      `page\\.mdx:${String(3 + most)}:1: This page has more than 5,000 list items; the site builds pages of at most 5,000 \\(Learn articles have at most about 192\\)\\. Split it into several pages\\.`,
    ),
  );
});

test('every node an include brings in counts toward the page, whatever its kind (red team: five includes of 50,000 images, a 230 B page, took 60 s and 2.9 GB)', async () => {
  const limits: PageLimit[] = [{ ...NODE_LIMIT, most: 100 }];
  const render = (markdown: string) =>
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkLearnInclude, { root: content, limits })
      .run(
        unified().use(remarkParse).use(remarkGfm).parse(markdown),
        new VFile({ path: pagePath, value: markdown }),
      );
  // Each of these is one to three nodes, and none is a heading, link, table cell or list item.
  const kinds: Record<string, [number, (n: number) => string]> = {
    'images.md': [30, () => '![a](/favicon.svg) '],
    'definitions.md': [30, (n) => `[d${String(n)}]: /privacy/\n`],
    'footnotes.md': [10, (n) => `Text[^${String(n)}]\n\n[^${String(n)}]: A note.\n\n`],
    'code-spans.md': [30, () => '`a` '],
  };
  for (const [name, [count, unit]] of Object.entries(kinds)) {
    write(`includes/${name}`, Array.from({ length: count }, (_, n) => unit(n)).join(''));
    const uses = Array.from({ length: 5 }, () => `[!INCLUDE [x](includes/${name})]`).join('\n\n');
    await assert.rejects(
      render(`Intro.\n\n${uses}\n`),
      new RegExp(
        `page\\.mdx:\\d+:1: This page has more than 100 Markdown nodes \\(paragraphs, runs of text, images, links, code spans, footnotes, definitions…\\) with what its includes bring in \\(\\d+, of which \\d+ from "includes/${name}", included 5 times, at lines 3, 5, 7, 9, 11\\); the site builds pages of at most 100 \\(Learn articles have at most about 2,346\\)\\. Split the page or the include, or include it fewer times\\.`,
      ),
      name,
    );
    await assert.doesNotReject(render(`Intro.\n\n[!INCLUDE [x](includes/${name})]\n`), name);
  }
  // The site's own limit, ten times the 2,346 nodes of the largest real page, on the tree it is given.
  assert.ok(NODE_LIMIT.most >= 10 * NODE_LIMIT.seen);
  const images = (count: number): Node =>
    ({
      type: 'root',
      children: Array.from({ length: count }, () => ({ type: 'image', url: '/a.png' })),
    }) as Node;
  assert.equal(measurePage(images(NODE_LIMIT.most)).pastLimit, undefined);
  assert.match(
    measurePage(images(NODE_LIMIT.most + 1)).pastLimit?.message ?? '',
    /more than 25,000 Markdown nodes/,
  );
});

test('a page and the text it includes are held together to the size of one page, as the import writes them (red team: five includes of 950 KB built an 8 MB page)', async () => {
  const render = (markdown: string) =>
    unified()
      .use(remarkParse)
      .use(remarkLearnInclude, { root: content, pageCharacters: 1000 })
      .run(unified().use(remarkParse).parse(markdown), new VFile({ path: pagePath, value: markdown }));
  write('includes/long.md', `${'A line of included text. '.repeat(12)}\n`); // 301 characters
  const page = (uses: number) =>
    `${'Own text. '.repeat(10)}\n\n${Array.from({ length: uses }, () => '[!INCLUDE [long](includes/long.md)]').join('\n\n')}\n`;
  await assert.doesNotReject(render(page(2)));
  await assert.rejects(
    render(page(3)),
    /page\.mdx:7: \[!INCLUDE\] "includes\/long\.md" would make the page expand more than 7\d\d characters of included text, .* \(A page includes at most 1,000 times, and is at most 1 KB with the text it includes, as an imported page is: this one's own text leaves 0 KB for includes\.\)/,
  );
  // The build's own bound is the page size: a 600 KB include fits once, not twice.
  write('includes/big.md', `${'A line of included text. '.repeat(24_000)}\n`);
  const twice = '[!INCLUDE [big](includes/big.md)]\n\n[!INCLUDE [big](includes/big.md)]\n';
  assert.match(
    await build(twice),
    /page\.mdx:3: \[!INCLUDE\] "includes\/big\.md" would make the page expand more than 999,9\d\d characters of included text, .* is at most 1,000 KB with the text it includes, as an imported page is: this one's own text leaves 999 KB for includes\.\)/,
  );
});
