/** Content's ids never take the layout's: headings get a suffix, ids written in content fail the build. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile } from '@mdx-js/mdx';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { LAYOUT_IDS, RESERVED_IDS, sidebarGroupLabelId } from '../../src/lib/layout-ids.ts';
import { checkInternalLinks, type InternalLink } from '../../src/lib/link-check.ts';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';
import { buildError, renderLearn } from '../support/learn-markdown.ts';

const root = new URL('../../', import.meta.url);
const path = new URL('content/attack.mdx', root).pathname;

/** Every id of the rendered page, in order. */
async function idsOf(markdown: string): Promise<string[]> {
  const html = await renderLearn(markdown, { path, sitePages: ['attack'] });
  const ids: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node) => {
    if (typeof node.properties['id'] === 'string') ids.push(node.properties['id']);
  });
  return ids;
}

describe('a heading named like an id of the layout', () => {
  test('gets the next free suffix, as a second heading of one name does; its "#" link follows', async () => {
    // The red-team page's headings, and two of one name.
    const markdown =
      '## Main content\n\n## Search input\n\n## TOC heading\n\n## Main content\n\n## Menu panel\n';
    const html = await renderLearn(markdown, { path, sitePages: ['attack'] });
    const ids = await idsOf(markdown);
    assert.deepEqual(ids, [
      'main-content-2',
      'search-input-1',
      'toc-heading-1',
      'main-content-1',
      'menu-panel-1',
    ]);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(html, new RegExp(`href="#${id}"`));
    for (const id of RESERVED_IDS) assert.doesNotMatch(html, new RegExp(`id="${id}"`));
  });

  test("a heading named like an open sidebar group's label (the sidebar's nested groups, any level) gets a suffix", async () => {
    // "Sidebar group 1" is sidebar-group-1 to rehype-slug: the id of the label naming the open group's list.
    const ids = await idsOf('## Sidebar group 1\n\n## Sidebar group 3\n\n## Sidebar group 50\n');
    assert.deepEqual(ids, ['sidebar-group-1-1', 'sidebar-group-3-1', 'sidebar-group-50-1']);
    assert.ok(RESERVED_IDS.has(sidebarGroupLabelId(1)));
  });

  test('a link written to the layout id is then a broken anchor, listing the page’s headings', async () => {
    const file = new VFile({ path, value: '## Main content\n\nSkip to [the content](#main-content).\n' });
    await compile(file, markdownPipeline({ root, sitePages: ['attack'], strictLinks: true }));
    const record = file.data.astro?.frontmatter?.['linkCheck'] as {
      internal: InternalLink[];
      headingIds: string[];
    };
    assert.deepEqual(
      checkInternalLinks(record.internal, new Map([['/attack/', new Set(record.headingIds)]])),
      [
        'content/attack.mdx:3: the link "#main-content" goes to #main-content, which is not a heading on /attack/. Did you mean #main-content-1? Its ids are: #main-content-1.',
      ],
    );
  });

  test('other headings keep their ids', async () => {
    assert.deepEqual(await idsOf('## Main\n\n## Content search\n'), ['main', 'content-search']);
  });
});

describe('an id written in content that the layout has', () => {
  for (const [line, id] of [
    ['<a id="main-content"></a>', LAYOUT_IDS.mainContent],
    ['<h2 id="toc-heading">On this page</h2>', LAYOUT_IDS.tocHeading],
    ['<a name="search-input"></a>', LAYOUT_IDS.searchInput],
    ['<div id="theme-select">t</div>', LAYOUT_IDS.themeSelect],
  ] as const) {
    test(`${line} fails the build, naming file, line and the id, and an id to use`, async () => {
      const error = await buildError(`Intro.\n\n${line}\n`, path, root, ['attack']);
      assert.match(
        error,
        new RegExp(
          `content/attack\\.mdx:3: the id "${id}" on <[a-z0-9]+> is the site layout's own .*such as "${id}-1"`,
        ),
        error || '(it compiled)',
      );
    });
  }

  test('an id of its own passes', async () => {
    assert.equal(await buildError('Intro.\n\n<a id="main-content-notes"></a>\n', path, root, ['attack']), '');
  });
});

describe("a heading named like an id of GFM's footnotes (red team round 9)", () => {
  test('gets the next free suffix; the footnotes keep theirs, and the reference still reaches its note', async () => {
    const markdown =
      'A claim.[^1]\n\n## Footnote label\n\n## User content fn 1\n\n## User content fnref 1\n\n[^1]: The source.\n';
    const ids = await idsOf(markdown);
    assert.deepEqual(ids, [
      'user-content-fnref-1',
      'footnote-label-1',
      'user-content-fn-1-1',
      'user-content-fnref-1-1',
      'footnote-label',
      'user-content-fn-1',
    ]);
    const html = await renderLearn(markdown, { path, sitePages: ['attack'] });
    assert.match(
      html,
      /<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref[^>]*aria-describedby="footnote-label"/,
    );
    assert.match(html, /<h2 class="sr-only" id="footnote-label">/);
    assert.match(html, /<a href="#user-content-fnref-1" data-footnote-backref/);
  });

  test('one written in content fails the build, as a layout id does', async () => {
    const error = await buildError('Intro.\n\n<a id="user-content-fn-1"></a>\n', path, root, ['attack']);
    assert.match(
      error,
      /content\/attack\.mdx:3: the id "user-content-fn-1" on <a> is one of the footnotes' own \(.*\): give it another id, such as "user-content-fn-1-1"\./,
    );
  });
});

describe("a heading named like another element's id on the page (red-team round 11)", () => {
  test("a tab set's parts and an element written with an id keep theirs; the heading gets the next suffix", async () => {
    const markdown = [
      '## Learn tab 1 1',
      '',
      '# [One](#tab/one)',
      '',
      'One.',
      '',
      '# [Two](#tab/two)',
      '',
      'Two.',
      '',
      '---',
      '',
      '## Tabset 1 tab 2',
      '',
      '<div id="intro">Written.</div>',
      '',
      '## Intro',
      '',
      '## ❌',
      '',
      '<div id="section">Also written.</div>',
      '',
    ].join('\n');
    const ids = await idsOf(markdown);
    assert.equal(new Set(ids).size, ids.length, ids.join(', '));
    for (const id of ['learn-tab-1-1', 'intro', 'section']) assert.ok(ids.includes(id), id);
    assert.ok(
      ids.includes('learn-tab-1-1-1') && ids.includes('intro-1') && ids.includes('section-1'),
      ids.join(', '),
    );
  });

  test('an empty bookmark still gives its id up to the heading beside it (rehype-unique-ids)', async () => {
    const ids = await idsOf('## <a name="setup"></a>Setup\n\nText.\n');
    assert.deepEqual(
      ids.filter((id) => id.startsWith('setup')),
      ['setup'],
    );
  });
});

describe("a tab set's ids (red-team round 12)", () => {
  const TABS = '# [Windows](#tab/windows)\n\nWindows.\n\n# [Mac](#tab/mac)\n\nMac.\n\n---\n';

  test('written in content, fail the build at their line', async () => {
    const error = await buildError(
      `Intro.\n\n<span id="learn-tab-1-2-panel">Not the Mac panel</span>\n\n${TABS}`,
      path,
      root,
      ['attack'],
    );
    assert.match(
      error,
      /content\/attack\.mdx:3: the id "learn-tab-1-2-panel" on <span> is one of a tab set.s own/,
      error || '(it compiled)',
    );
  });

  for (const id of ['learn-tabs-1', 'learn-tabs-1-end'])
    test(`the set's own id and its end marker's (${id}, which search reads) fail the build too`, async () => {
      const error = await buildError(`Intro.\n\n<span id="${id}">Not the set</span>\n\n${TABS}`, path, root, [
        'attack',
      ]);
      assert.match(
        error,
        new RegExp(`content/attack\\.mdx:3: the id "${id}" on <span> is one of a tab set.s own`),
      );
    });

  test('a heading named like one, on a page with no tab set, is still listed: it gets a suffix', async () => {
    const ids = await idsOf('## Tabset 1 tab 2\n\nText.\n');
    assert.deepEqual(ids, ['tabset-1-tab-2-1']);
  });
});
