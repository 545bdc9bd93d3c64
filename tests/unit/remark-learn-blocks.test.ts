import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Element } from 'hast';
import { CODE_BAR_CLASS } from '../../src/markdown/rehype-code-bar.ts';
import { byTag, findElements, textOf } from '../support/html.ts';
import { renderLearn } from '../support/learn-markdown.ts';
import { tempDir } from '../support/temp-dir.ts';

describe('remark-learn-blocks', () => {
  test(':::row::: and :::column::: markers go; each row is a block of its columns, side by side', async () => {
    const html = await renderLearn(
      ':::row:::\n   :::column span="2":::\n      Left text.\n   :::column-end:::\n   :::column:::\n      Right text.\n   :::column-end:::\n:::row-end:::\n',
    );
    assert.doesNotMatch(html, /:::/);
    assert.match(
      html,
      /^<div class="learn-row"><div class="learn-column learn-span-2"><p>Left text\.<\/p><\/div><div class="learn-column"><p>Right text\.<\/p><\/div><\/div>$/,
    );
  });

  test('markers in their own paragraphs go too', async () => {
    const html = await renderLearn(
      ':::row:::\n\n:::column:::\n\nAlone.\n\n:::column-end:::\n\n:::row-end:::\n',
    );
    assert.equal(html.trim(), '<div class="learn-row"><div class="learn-column"><p>Alone.</p></div></div>');
  });

  test("a table written as rows of columns (azure-devops-docs) keeps each row's cells side by side", async () => {
    // As the import writes them: markers at the line start, a column's content moved left.
    const cell = (text: string) => `:::column span="1":::\n${text}\n:::column-end:::\n`;
    const html = await renderLearn(
      `:::row:::\n${cell('**Platform**')}${cell('**GitHub.com**')}:::row-end:::\n:::row:::\n${cell('**Azure DevOps Services**')}${cell('- GitHub.com user account\n- Personal access token (PAT)')}:::row-end:::\n`,
    );
    const rows = findElements(html, (node) => node.properties['className']?.toString() === 'learn-row');
    assert.deepEqual(
      rows.map((row) =>
        row.children
          .filter((node): node is Element => node.type === 'element')
          .map((column) => `${column.properties['className']?.toString() ?? ''}: ${textOf(column).trim()}`),
      ),
      [
        ['learn-column: Platform', 'learn-column: GitHub.com'],
        [
          'learn-column: Azure DevOps Services',
          'learn-column: GitHub.com user account Personal access token (PAT)',
        ],
      ],
    );
  });

  test('a mark with nothing open for it goes, its content where it is; a row never ended ends with its parent', async () => {
    const stray = await renderLearn(':::column:::\nOutside.\n:::column-end:::\n\n:::row-end:::\n\nAfter.\n');
    assert.equal(stray.trim(), '<p>Outside.</p>\n<p>After.</p>');
    const open = await renderLearn('- Item.\n\n  :::row:::\n  :::column:::\n  In it.\n\nAfter.\n');
    assert.match(
      open,
      /<li>\s*<p>Item\.<\/p>\s*<div class="learn-row"><div class="learn-column"><p>In it\.<\/p><\/div><\/div>\s*<\/li>\s*<\/ul>\s*<p>After\.<\/p>/,
    );
  });

  test('a span past four, or not a number, is a share of four or of one', async () => {
    const html = await renderLearn(
      ':::row:::\n:::column span="9":::\nWide.\n:::column-end:::\n:::column span="x":::\nNarrow.\n:::column-end:::\n:::row-end:::\n',
    );
    assert.match(
      html,
      /<div class="learn-column learn-span-4"><p>Wide\.<\/p><\/div><div class="learn-column"><p>Narrow\.<\/p><\/div>/,
    );
  });

  test('each zone keeps its content under a visible label naming its pivot', async () => {
    const html = await renderLearn(
      ':::zone pivot="desk"\n\nOn the desk.\n\n:::zone-end\n\n:::zone pivot="wall,shelf":::\n\nOn the wall.\n\n:::zone-end:::\n',
    );
    assert.doesNotMatch(html, /:::/);
    assert.match(
      html,
      /<div class="learn-variant"><p class="learn-zone-label">For desk:<\/p>\s*<p>On the desk\.<\/p><\/div>\s*<div class="learn-variant"><p class="learn-zone-label">For wall, shelf:<\/p>\s*<p>On the wall\.<\/p><\/div>/,
    );
  });

  test('an <a name> bookmark becomes an anchor with that id', async () => {
    const html = await renderLearn('<a name="choose"></a>\n\nChoose one.\n\nSee [above](#choose).\n');
    assert.match(html, /<a id="choose"><\/a>/);
    assert.match(html, /<a href="#choose">above<\/a>/);
  });

  test('a bookmark beside a heading of its name leaves the id to the heading, where links land', async () => {
    const html = await renderLearn('<a name="choose"></a>\n\n## Choose\n\nSee [above](#choose).\n');
    assert.doesNotMatch(html, /<a id="choose">/);
    assert.match(html, /<h2 id="choose">/);
    assert.match(html, /<a href="#choose">above<\/a>/);
  });

  test('a space after ::: is allowed, as Learn allows it', async () => {
    const html = await renderLearn(
      '::: zone pivot="desk"\n\nOn the desk.\n\n::: zone-end\n\n::: row :::\n\nIn a row.\n\n::: row-end :::\n',
    );
    assert.doesNotMatch(html, /:::/);
    assert.match(
      html,
      /<div class="learn-variant"><p class="learn-zone-label">For desk:<\/p>\s*<p>On the desk\.<\/p><\/div>\s*<div class="learn-row"><p>In a row\.<\/p><\/div>/,
    );
  });

  test("each moniker's content is kept under a label naming its versions", async () => {
    const html = await renderLearn(
      [
        '::: moniker range=">= devops-2020"',
        '',
        'New versions.',
        '',
        '::: moniker-end',
        '',
        '::: moniker range="< devops-2020 || devops-2022"',
        '',
        'Old versions.',
        '',
        '::: moniker-end',
        '',
        ':::moniker range=">=v2 \\<=v4"',
        'Straight after its opening line, *with emphasis*.',
        ':::moniker-end',
        '',
      ].join('\n'),
    );
    assert.doesNotMatch(html, /:::|moniker/);
    assert.match(
      html,
      /<div class="learn-variant"><p class="learn-zone-label">For devops-2020 and later:<\/p>\s*<p>New versions\.<\/p><\/div>\s*<div class="learn-variant"><p class="learn-zone-label">For versions before devops-2020 or devops-2022:<\/p>\s*<p>Old versions\.<\/p><\/div>\s*<div class="learn-variant"><p class="learn-zone-label">For v2 to v4:<\/p>\s*<p>Straight after its opening line, <em>with emphasis<\/em>\.\s*<\/p><\/div>/,
    );
  });

  test('marker lines anywhere in a paragraph are blocks of their own, as Learn parses them', async () => {
    const backToBack = await renderLearn(
      '::: moniker range="a"\nA.\n::: moniker-end\n::: moniker range="b"  \nB.\n::: moniker-end\n',
    );
    assert.doesNotMatch(backToBack, /:::/);
    assert.match(
      backToBack,
      /<div class="learn-variant"><p class="learn-zone-label">For a:<\/p>\s*<p>A\.<\/p><\/div>\s*<div class="learn-variant"><p class="learn-zone-label">For b:<\/p>\s*<p>B\.<\/p><\/div>/,
    );
    const inList = await renderLearn('1. Step\n   ::: zone pivot="cli"\n   Run it.\n   ::: zone-end\n');
    assert.match(
      inList,
      /<li>\s*<p>Step<\/p>\s*<div class="learn-variant"><p class="learn-zone-label">For cli:<\/p>\s*<p>Run it\.<\/p><\/div>\s*<\/li>/,
    );
    const aboveNote = await renderLearn('::: zone-end\n::: zone pivot="b"\n> [!NOTE]\n> Careful.\n');
    assert.match(aboveNote, /^<div class="learn-variant"><p class="learn-zone-label">For b:<\/p>/);
  });

  test('a marker over --- is no heading: the line goes and the rule stays, as on Learn', async () => {
    const html = await renderLearn(':::row:::\nIn a row.\n:::row-end:::\n---\n\nAfter.\n');
    assert.doesNotMatch(html, /:::|<h2/);
    assert.match(html, /<div class="learn-row"><p>In a row\.<\/p><\/div>\s*<hr>\s*<p>After\.<\/p>/);
    const heading = await renderLearn(':::row:::\nA heading\n---\n');
    assert.match(heading, /<h2[^>]*>A heading<\/h2>/);
  });

  test('an unknown ::: block is left as it is, for the build check to report', async () => {
    assert.match(await renderLearn(':::spoiler title="v2":::\n\nText.\n\n:::spoiler-end:::\n'), /:::spoiler/);
  });
});

describe('where a variant ends', () => {
  /** Each variant block of `html` as the texts of its paragraphs, and the paragraphs outside them. */
  const variantsOf = (html: string) => {
    const [page] = byTag(html, 'html') as [Element];
    const blocks = findElements(
      page,
      (element) => element.properties['className']?.toString() === 'learn-variant',
    );
    const inside = new Set(blocks.flatMap((variant) => byTag(variant, 'p')));
    return {
      variants: blocks.map((variant) => byTag(variant, 'p').map(textOf)),
      shared: byTag(page, 'p')
        .filter((paragraph) => !inside.has(paragraph))
        .map(textOf),
    };
  };
  const variants = (html: string) => variantsOf(html).variants;
  const shared = (html: string) => variantsOf(html).shared;
  /** Each variant as its label and its list items' texts, and the list items outside every variant. */
  const itemsOf = (html: string) => {
    const [page] = byTag(html, 'html') as [Element];
    const blocks = findElements(
      page,
      (element) => element.properties['className']?.toString() === 'learn-variant',
    );
    const inside = new Set(blocks.flatMap((variant) => byTag(variant, 'li')));
    return {
      variants: blocks.map((variant) => [
        ...byTag(variant, 'p')
          .filter((paragraph) => paragraph.properties['className']?.toString() === 'learn-zone-label')
          .map(textOf),
        ...byTag(variant, 'li').map(textOf),
      ]),
      shared: byTag(page, 'li')
        .filter((item) => !inside.has(item))
        .map(textOf),
    };
  };

  test('each variant is a block of its label and its content: the text after its end is shared', async () => {
    for (const markdown of [
      ':::zone pivot="a"\n\nFor A.\n\n:::zone-end\n\n:::zone pivot="b"\n\nFor B.\n\n:::zone-end\n\nShared.\n',
      ':::zone pivot="a"\nFor A.\n:::zone-end\n:::zone pivot="b"\nFor B.\n:::zone-end\nShared.\n',
    ]) {
      const html = await renderLearn(markdown);
      assert.deepEqual(variants(html), [
        ['For a:', 'For A.'],
        ['For b:', 'For B.'],
      ]);
      assert.deepEqual(shared(html), ['Shared.']);
    }
  });

  test('a variant in a list item ends at its end marker, or else at the end of the item', async () => {
    const html = await renderLearn(
      '1. Step.\n   ::: zone pivot="cli"\n   Run it.\n   ::: zone-end\n   Then check.\n2. Next.\n\n   ::: moniker range=">= v2"\n\n   Unclosed.\n\n3. Last.\n\nAfter.\n',
    );
    assert.deepEqual(variants(html), [
      ['For cli:', 'Run it.'],
      ['For v2 and later:', 'Unclosed.'],
    ]);
    assert.deepEqual(shared(html), ['Step.', 'Then check.', 'Next.', 'Last.', 'After.']);
  });

  test("an end marker read into a list's last item ends the variant around the list", async () => {
    const html = await renderLearn(':::zone pivot="a"\n\n1. One.\n2. Two.\n:::zone-end\n\nShared.\n');
    assert.deepEqual(itemsOf(html), { variants: [['For a:', 'One.', 'Two.']], shared: [] });
    assert.deepEqual(shared(html), ['Shared.']);
  });

  describe('a marker line at column 0 inside a list item ends the list there, as Learn (markdig) reads it', () => {
    test('zones around list items (azure-docs functions articles: `+ item` lines between zone markers)', async () => {
      const html = await renderLearn(
        '+ Common.\n\n::: zone pivot="a"\n+ Only A.\n::: zone-end\n::: zone pivot="b"\n+ Only B.\n::: zone-end\n\n+ Common 2.\n',
      );
      assert.deepEqual(itemsOf(html), {
        variants: [
          ['For a:', 'Only A.'],
          ['For b:', 'Only B.'],
        ],
        shared: ['Common.', 'Common 2.'],
      });
      // Each item is the list it was on Learn, tight: no paragraph, no empty label left in an item.
      assert.deepEqual(byTag(html, 'p').map(textOf), ['For a:', 'For b:']);
      assert.doesNotMatch(html, /:::/);
    });

    test('monikers too, an ordered list going on counting after the marker', async () => {
      const html = await renderLearn(
        '1. One.\n::: moniker range=">= v2"\n2. Two, v2.\n::: moniker-end\n3. Three.\n',
      );
      assert.deepEqual(itemsOf(html), {
        variants: [['For v2 and later:', 'Two, v2.']],
        shared: ['One.', 'Three.'],
      });
      assert.deepEqual(
        byTag(html, 'ol').map((list) => list.properties['start']),
        [undefined, 2, 3],
      );
    });

    test('every list whose items it is left of, nested ones too', async () => {
      const html = await renderLearn(
        '::: zone pivot="a"\n- Outer A.\n  - Inner A.\n::: zone-end\n- Shared.\n',
      );
      assert.deepEqual(itemsOf(html), {
        variants: [['For a:', 'Outer A. Inner A.', 'Inner A.']],
        shared: ['Shared.'],
      });
    });

    test("indented to the item's content, it ends a variant opened outside the list, and the list with it", async () => {
      // sql-docs' docker quickstart: each shell's steps a list of their own, its markers indented as the steps' text.
      const html = await renderLearn(
        'Intro.\n\n   ::: zone pivot="a"\n1. A one.\n\n1. A two.\n\n   ::: zone-end\n\n   ::: zone pivot="b"\n1. B one.\n\n1. B two.\n\n   ::: zone-end\n\nShared.\n',
      );
      assert.deepEqual(itemsOf(html), {
        variants: [
          ['For a:', 'A one.', 'A two.'],
          ['For b:', 'B one.', 'B two.'],
        ],
        shared: [],
      });
      assert.deepEqual(
        byTag(html, 'ol').map((list) => list.properties['start']),
        [undefined, undefined],
      );
      assert.deepEqual(shared(html), ['Intro.', 'Shared.']);
    });

    test("indented to the item's content, it stays in the item", async () => {
      const html = await renderLearn('- Step.\n  ::: zone pivot="a"\n  Only A.\n  ::: zone-end\n- Next.\n');
      assert.equal(byTag(html, 'ul').length, 1, 'one list');
      assert.deepEqual(itemsOf(html).shared, ['Step. For a: Only A.', 'Next.']);
    });
  });

  test('a variant never closed ends at the next start, or at the end of the page', async () => {
    const html = await renderLearn(':::zone pivot="a"\n\nFor A.\n\n:::zone pivot="b"\n\nFor B.\n');
    assert.deepEqual(variants(html), [
      ['For a:', 'For A.'],
      ['For b:', 'For B.'],
    ]);
    assert.doesNotMatch(html, /:::|learnVariantEnd/);
  });

  test('a stray end marker goes, and leaves nothing on the page', async () => {
    const html = await renderLearn('Before.\n\n::: zone-end\n\n- item\n  ::: moniker-end\n');
    assert.deepEqual(variants(html), []);
    assert.doesNotMatch(html, /:::|<div/);
  });
});

describe('a marker line after a quote is a block of its own, as Learn (markdig) reads it, never its lazy line', () => {
  // MicrosoftDocs/dataexplorer-docs kusto/includes/help-cluster-note.md (CC BY 4.0), as written.
  const helpClusterNote = [
    '---',
    'ms.topic: include',
    'ms.date: 01/22/2025',
    '---',
    '',
    ':::moniker range="azure-data-explorer"',
    '> The examples in this article use publicly available tables in the [help cluster](https://dataexplorer.azure.com/clusters/help/), such as the `StormEvents` table in the *Samples* database.',
    '::: moniker-end',
    ':::moniker range="microsoft-fabric"',
    '> The examples in this article use publicly available tables, such as the `StormEvents` table in the Weather analytics [sample data](/fabric/real-time-intelligence/sample-gallery).',
    '::: moniker-end',
    '',
  ].join('\n');
  /** Each top-level block as its tag, a variant as its label and the tags and texts of its blocks; a code block's bar, the site's, aside. */
  const outline = (html: string) =>
    (byTag(html, 'body')[0]?.children ?? [])
      .filter(
        (node): node is Element =>
          node.type === 'element' && node.properties['className']?.toString() !== CODE_BAR_CLASS,
      )
      .map((block) =>
        block.properties['className']?.toString() === 'learn-variant'
          ? block.children
              .filter((node): node is Element => node.type === 'element')
              .map((child) => `${child.tagName}: ${textOf(child).slice(0, 40)}`)
          : `${block.tagName}: ${textOf(block)}`,
      );
  const expected = [
    ['p: For azure-data-explorer:', 'blockquote: The examples in this article use publicl'],
    ['p: For microsoft-fabric:', 'blockquote: The examples in this article use publicl'],
    'p: After both.',
  ];

  test("each moniker holds its own quote (dataexplorer-docs' help-cluster note, in every Kusto example)", async () => {
    const html = await renderLearn(`${helpClusterNote.replace(/^---[\s\S]*?---\n/, '')}\nAfter both.\n`);
    assert.deepEqual(outline(html), expected);
    assert.equal(byTag(html, 'blockquote').flatMap((quote) => byTag(quote, 'div')).length, 0);
  });

  test('so in an include, which the build expands, its lines not those of the page', async () => {
    const site = tempDir('learn-blocks-');
    mkdirSync(join(site, 'includes'));
    writeFileSync(join(site, 'includes', 'help-cluster-note.md'), helpClusterNote);
    const html = await renderLearn(
      '# Summarize\n\n## Examples\n\n[!INCLUDE [help-cluster](includes/help-cluster-note.md)]\n\nAfter both.\n',
      { path: join(site, 'page.mdx') },
    );
    assert.deepEqual(outline(html).slice(2), expected);
  });

  test('rows and columns too; a paragraph or list item is ended as a quote is', async () => {
    const html = await renderLearn(
      ':::row:::\n:::column:::\n> Left quote.\n:::column-end:::\n:::column:::\nRight text.\n:::column-end:::\n:::row-end:::\n',
    );
    assert.deepEqual(
      byTag(html, 'div').map(
        (div) => `${div.properties['className']?.toString() ?? ''}: ${textOf(div).trim()}`,
      ),
      ['learn-row: Left quote. Right text.', 'learn-column: Left quote.', 'learn-column: Right text.'],
    );
    assert.equal(byTag(html, 'blockquote').length, 1);
    const item = await renderLearn('- Item.\n:::zone pivot="a"\nFor A.\n:::zone-end\n');
    assert.deepEqual(outline(item), ['ul: Item.', ['p: For a:', 'p: For A.']]);
  });

  test('an inline ::: (no-loc) or a marker in code is no block', async () => {
    const html = await renderLearn(
      '> Quote\n:::no-loc text="Contoso"::: goes on.\n\n```\n> code\n::: zone-end\n```\n',
    );
    assert.deepEqual(outline(html), ['blockquote: Quote Contoso goes on.', 'pre: > code ::: zone-end']);
  });
});

describe('no-loc and [!div] lists', () => {
  test(':::no-loc text="…"::: shows its text, in prose and headings', async () => {
    const html = await renderLearn(
      '## Use :::no-loc text="Intune":::\n\nOpen :::no-loc text="Microsoft Intune"::: now.\n',
    );
    assert.match(html, /Use Intune/);
    assert.match(html, /Open Microsoft Intune now\./);
    assert.doesNotMatch(html, /no-loc|:::/);
  });

  test('[!div class="…"] right above an image, with or without a blank line, puts it in that div', async () => {
    for (const gap of ['\n', '\n\n']) {
      const html = await renderLearn(`[!div class="mx-imgBorder"]${gap}![A screen](/media/a.png)\n`);
      assert.match(
        html,
        /<div class="learn-div learn-div-mx-imgBorder">\s*<p>(?:<img[^>]*alt=|<span class="image-missing">)"?A screen/,
      );
      assert.doesNotMatch(html, /\[!div/);
    }
    const quoted = await renderLearn('> [!div class="nextstepaction"]\n> [Next](https://example.com/)\n');
    assert.match(
      quoted,
      /<div class="learn-div learn-div-nextstepaction">\s*<p><a href="https:\/\/example.com\/"/,
    );
    assert.doesNotMatch(quoted, /<blockquote/, 'the quote is the div');
  });

  test('[!div] takes any attributes, as Learn does, and keeps only its class', async () => {
    const quoted = await renderLearn(
      '> [!div class="op_multi_selector" title1="Model:" title2="Trust:"]\n> - [(Hybrid | Key)](page.md)\n',
      { sitePages: ['page'] },
    );
    assert.match(
      quoted,
      /<div class="learn-div learn-div-op_multi_selector">\s*<ul>\s*<li><a href="\/page\/">\(Hybrid \| Key\)<\/a><\/li>/,
    );
    const above = await renderLearn('[!div class="checklist" data-x="y"]\n- First\n');
    assert.match(above, /<div class="learn-div learn-div-checklist">\s*<ul>/);
    for (const html of [quoted, above]) assert.doesNotMatch(html, /\[!div|title1|Model:|data-x/);
  });

  test('[!div class="checklist"] above a list, outside a quote, puts the list in that div', async () => {
    const html = await renderLearn('[!div class="checklist"]\n- First\n- Second\n');
    assert.match(html, /<div class="learn-div learn-div-checklist">\s*<ul>\s*<li>First<\/li>/);
    assert.doesNotMatch(html, /\[!div/);
  });
});

describe('e-mail addresses', () => {
  test('a mailto: link is a link, allowed by the link check and marked "(email)"; a bare address is text, as on Learn', async () => {
    const { checkUrl } = await import('../../src/lib/link-check.ts');
    const html = await renderLearn('Write to pat@contoso.com or [the team](mailto:team@contoso.com).\n');
    assert.match(
      html,
      /<a href="mailto:team@contoso\.com"[^>]*>the team<span[^>]*><span class="visually-hidden"> \(email\)<\/span><\/span><\/a>/,
    );
    // Learn's markdig links no bare address (xoofx/markdig#146): src/markdown/remark-learn-autolinks.ts.
    assert.doesNotMatch(html, /href="mailto:pat@/);
    assert.match(html, /Write to pat@contoso\.com or/);
    assert.deepEqual(checkUrl('mailto:pat@contoso.com', '/page/', 'link', new Set()), { ok: true });
  });
});
