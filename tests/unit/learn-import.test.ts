import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compile } from '@mdx-js/mdx';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import {
  fenceIndentedCode,
  outsideReads,
  pageFile,
  pageSlugOf,
  planImport,
  renderPage,
  type SourceFiles,
} from '../../src/lib/import/convert.ts';
import { mapLearnFrontMatter, splitFrontMatter } from '../../src/lib/import/front-matter.ts';
import { attributeNotes, balanceHtml, toMdxSafe } from '../../src/lib/import/mdx-safe.ts';
import { SourceError } from '../../src/lib/import/source-error.ts';
import { findLearnLeftovers } from '../../src/lib/learn/leftovers.ts';
import { buildError, renderLearn } from '../support/learn-markdown.ts';
import {
  headingSlug,
  headingSlugs,
  promoteHeadings,
  relinkAnchors,
  splitArticle,
} from '../../src/lib/import/split.ts';
import { articlePath, readTocYml, tocArticlePaths, tocTitle } from '../../src/lib/import/toc-yml.ts';
import { buildSidebarModel } from '../../src/lib/navigation.ts';
import { asElements } from '../support/mdx-elements.ts';

/** An in-memory Learn folder. */
function folder(files: Record<string, string>): SourceFiles {
  return { read: (path) => files[path], exists: (path) => path in files };
}

const FRONT =
  '---\ntitle: Widget overview\ndescription: "All about widgets."\nauthor: testwriter\nms.date: 03/07/2025\nms.topic: overview\n---\n';

const DEFAULTS = {
  fallbackAuthor: 'configured-default',
  date: '2026-01-02',
  title: 'Widgets from the H1',
  description: 'The first sentence of the article.',
};

/** The HTML MDX makes of `mdx`, without newlines between elements: what the page shows. */
async function mdxHtml(mdx: string, remarkPlugins: PluggableList = []): Promise<string> {
  let html = '';
  await compile(mdx, {
    remarkPlugins,
    rehypePlugins: [
      () => (tree: Root) => {
        html = toHtml(asElements(tree)).replace(/\n/g, '');
      },
    ],
  });
  return html;
}

describe('front matter', () => {
  test('title, description, author are kept; ms.date becomes the updated date; other keys are listed as dropped', () => {
    const { data, body } = splitFrontMatter(`${FRONT}\n# Widgets\n`, 'a.md');
    assert.deepEqual(mapLearnFrontMatter(data, 'a.md', DEFAULTS), {
      title: 'Widget overview',
      description: 'All about widgets.',
      updated: '2025-03-07',
      author: 'testwriter',
      dropped: ['ms.topic'],
      notes: [],
    });
    assert.equal(body.trim(), '# Widgets');
  });

  const cases: [field: string, key: keyof ReturnType<typeof mapLearnFrontMatter>, expected: string][] = [
    ['title', 'title', DEFAULTS.title],
    ['description', 'description', DEFAULTS.description],
    ['author', 'author', DEFAULTS.fallbackAuthor],
    ['ms.date', 'updated', DEFAULTS.date],
  ];
  for (const [field, key, expected] of cases) {
    test(`a missing ${field} never stops the import: it gets its default and a warning naming the field`, () => {
      const text = FRONT.replace(new RegExp(`^${field.replace('.', '\\.')}:.*\\n`, 'm'), '');
      const { data } = splitFrontMatter(text, 'docs/a.md');
      const mapped = mapLearnFrontMatter(data, 'docs/a.md', DEFAULTS, text);
      assert.equal(mapped[key], expected);
      assert.equal(mapped.notes.length, 1);
      assert.match(mapped.notes[0]?.message ?? '', new RegExp(`"${field.replace('.', '\\.')}" is missing`));
    });
  }

  test('the author comes from --author first, then ms.author, then the configured default', () => {
    const withMsAuthor = Object.fromEntries(
      Object.entries({ ...splitFrontMatter(FRONT, 'a.md').data, 'ms.author': 'msalias' }).filter(
        ([key]) => key !== 'author',
      ),
    );
    assert.equal(mapLearnFrontMatter(withMsAuthor, 'a.md', { ...DEFAULTS, author: 'cli' }).author, 'cli');
    assert.equal(mapLearnFrontMatter(withMsAuthor, 'a.md', DEFAULTS).author, 'msalias');
  });

  test('an ms.date that is not MM/DD/YYYY gets the default date and a warning on its line', () => {
    const text = FRONT.replace('03/07/2025', '13/45/2025');
    const { data } = splitFrontMatter(text, 'a.md');
    const mapped = mapLearnFrontMatter(data, 'a.md', DEFAULTS, text);
    assert.equal(mapped.updated, DEFAULTS.date);
    assert.deepEqual(
      mapped.notes.map((note) => note.line),
      [text.split('\n').findIndex((line) => line.startsWith('ms.date')) + 1],
    );
    assert.match(mapped.notes[0]?.message ?? '', /"13\/45\/2025", not a date as MM\/DD\/YYYY/);
  });

  test('an ms.date of a day the month does not have (02/30) is not rolled over to another day', () => {
    const text = FRONT.replace('03/07/2025', '02/30/2025');
    const mapped = mapLearnFrontMatter(splitFrontMatter(text, 'a.md').data, 'a.md', DEFAULTS, text);
    assert.equal(mapped.updated, DEFAULTS.date);
    assert.match(mapped.notes[0]?.message ?? '', /"02\/30\/2025"/);
  });
});

describe('toMdxSafe', () => {
  const learn = [
    'Use <br> to break, {braces} and a <tenant-name> placeholder; 1 < 2.',
    'A <mark>marked</mark> and <s>struck</s> word, then a rule:',
    '<hr>',
    '<!-- a comment -->',
    'Inline `code {x} <y>` stays. See <https://example.org/a>.',
    '```json',
    '{ "a": "<b>" }',
    '```',
    '<a name="x"></a>',
  ].join('\n');

  test('the result compiles as MDX and says the same', async () => {
    const mdx = toMdxSafe(learn);
    await compile(mdx);
    assert.match(mdx, /<br \/>/);
    assert.match(mdx, /\\\{braces\\\}/);
    assert.match(mdx, /\\<tenant-name>/);
    assert.match(
      mdx,
      /A <mark>marked<\/mark> and <s>struck<\/s> word/,
      'formatting tags Learn renders stay tags',
    );
    assert.match(mdx, /^<hr \/>$/m);
    assert.match(mdx, /1 \\< 2/);
    assert.doesNotMatch(mdx, /comment/);
    assert.match(mdx, /`code \{x\} <y>`/);
    assert.match(mdx, /\{ "a": "<b>" \}/);
    assert.match(mdx, /\[https:\/\/example.org\/a\]\(https:\/\/example.org\/a\)/);
    assert.match(mdx, /<a name="x"><\/a>/);
  });

  test('an HTML comment in code is text the page shows: only comments in HTML are left out', async () => {
    // windows-dev-docs' toast-notifications.md: the manifest samples explain themselves in XML comments.
    const sample = [
      'Add the following to the manifest: <!-- a note for editors -->',
      '',
      '```xml',
      '<!--Add these namespaces-->',
      '<Package',
      '  xmlns:com="http://schemas.microsoft.com/appx/manifest/com/windows10">',
      '```',
      '',
      'Inline `<!-- kept -->` code.',
      '',
      '<!--',
      'A block comment',
      '',
      'over a blank line',
      '-->',
      'Last line.',
    ].join('\n');
    const mdx = toMdxSafe(sample);
    await compile(mdx);
    assert.match(mdx, /^<!--Add these namespaces-->$/m);
    assert.match(mdx, /`<!-- kept -->`/);
    assert.doesNotMatch(mdx, /note for editors|block comment|blank line/);
    assert.match(mdx, /Last line\./);
    assert.deepEqual(
      attributeNotes(sample + '\n<img name="x" src="a.png" alt="">').map((note) => note.index),
      [16],
      'lines keep their numbers',
    );
  });

  test('a fence line with an info string inside a code block is code, not its end (CommonMark)', async () => {
    const learn =
      '```azurecli\ntext\n```azurecli\naz x --resource <RG> --logs \'{ "a": 1 }\'\n```\n\nAfter {x}.\n';
    const mdx = toMdxSafe(learn);
    assert.match(mdx, /^az x --resource <RG> --logs '\{ "a": 1 \}'$/m, 'the code is as written');
    assert.match(mdx, /^After \\\{x\\\}\.$/m, 'prose after the block is escaped');
    await compile(mdx);
  });

  test('the raw Learn text does not compile as MDX (why the step exists)', async () => {
    await assert.rejects(compile(learn));
  });
});

describe('splitting at H2', () => {
  const body =
    '# Title\n\nIntro.\n\n## First part\n\nOne. See [two](#second-part) and [sub](#a-sub).\n\n```md\n## not a heading\n```\n\n## Second part\n\n### A sub\n\nTwo.\n';

  test('the H1 is the title, text before the first H2 the introduction, each H2 a section; code is not cut', () => {
    const article = splitArticle(body);
    assert.equal(article.h1, 'Title');
    assert.equal(article.intro, 'Intro.');
    assert.deepEqual(
      article.sections.map((section) => section.heading),
      ['First part', 'Second part'],
    );
    assert.match(article.sections[0]?.body ?? '', /## not a heading/);
  });

  test('a heading is slugged by the text it shows, as the build slugs it: bookmarks, emphasis and links read', () => {
    // visualstudio-docs: `## <a name="BKMK_setup"></a> Set up the remote debugger` is #set-up-the-remote-debugger.
    assert.equal(
      headingSlug('<a name="BKMK_setup"></a> Set up the remote debugger'),
      'set-up-the-remote-debugger',
    );
    assert.equal(headingSlug('Use **bold** and [a link](x.md) <a id="end"></a>'), 'use-bold-and-a-link');
    assert.deepEqual(headingSlugs('## <a name="a"></a> Part\n\n### Part <a id="b"></a>\n'), [
      'part',
      'part-1',
    ]);
    // A heading of only an emoji is #section, as the build names it (rehype-learn-heading-ids.ts).
    assert.deepEqual(headingSlugs('## ❌\n\n## Section\n'), ['section', 'section-1']);
  });

  test('a heading ending in # keeps it: only a # run after a space closes an ATX heading (trial CF)', () => {
    // dotnet/docs' core/diagnostics/diagnostic-health-checks.md (real-folder trial CF): `# .NET app health
    // checks in C\#` was titled ".NET app health checks in C\" (title, sidebar, search result), and an
    // H2 ending in "C#" lost its "#" on the page, as every trailing # was taken for a closing sequence.
    const article = splitArticle(
      '# .NET app health checks in C\\#\n\nIntro.\n\n## Write tests in C#\n\nText.\n\n## Closed ##\n\nEnd.\n',
    );
    assert.equal(article.h1, '.NET app health checks in C\\#');
    assert.equal(headingSlug(article.h1), 'net-app-health-checks-in-c');
    assert.deepEqual(
      article.sections.map((section) => section.heading),
      ['Write tests in C#', 'Closed'],
    );
    assert.deepEqual(headingSlugs('## Tests in F#\n\n### In C\\#\n'), ['tests-in-f', 'in-c']);
    const page = planImport(
      ['/learn/a.md'],
      {},
      folder({
        '/learn/a.md': `${FRONT}# .NET app health checks in C\\#\n\nIntro.\n\n## Write tests in C#\n\nText.\n`,
      }),
    ).pages[0];
    assert.ok(page);
    assert.equal(page.frontMatter.title, '.NET app health checks in C#');
    assert.match(page.body, /^## Write tests in C#$/m);
  });

  test('headings of a section page move up one level, outside code', () => {
    assert.equal(promoteHeadings('### Sub\n\n```\n### code\n```'), '## Sub\n\n```\n### code\n```');
  });

  test('in-article anchors point at the page that now holds the heading', () => {
    const pages = new Map([
      ['second-part', { slug: 'second-part', isTitle: true }],
      ['a-sub', { slug: 'second-part', isTitle: false }],
    ]);
    assert.equal(
      relinkAnchors(
        'See [two](#second-part), [sub](article.md#a-sub), [x](#other).',
        'first-part',
        'article.md',
        pages,
      ),
      'See [two](second-part.md), [sub](second-part.md#a-sub), [x](#other).',
    );
  });
});

describe('pageFile', () => {
  const fileOf = (markdown: string) => pageFile({ slug: 'docs/a', body: toMdxSafe(markdown) });

  test('plain Markdown, with escaped braces, placeholders and code showing tags, is a .md page', () => {
    for (const markdown of [
      'Intro with **bold**, a [link](https://example.org/) and `<div>` in code.',
      'Replace <tenant-name> with {your tenant}: a placeholder, then braces.',
      'Escaped \\<b\\> stays text.',
      '| A | B |\n| --- | --- |\n| one | two |',
      '```html\n<script>alert(1)</script>\n```',
      '- Step:\n\n  ```powershell\n  Get-Value {name}\n  ```',
      '> ~~~\n> quoted code\n> ~~~',
      '> [!NOTE]\n> A note.',
    ])
      assert.equal(fileOf(markdown), 'docs/a.md', markdown);
  });

  test('a tag Learn uses as HTML, a component or an indented code block makes it a .mdx page', () => {
    for (const markdown of [
      '| A | B |\n| --- | --- |\n| one<br>two | three |',
      '<a name="choose"></a>\n\n## Choose',
      'Water is H<sub>2</sub>O.',
      '<ul><li>one</li></ul>',
      // Markdown would show this block as code, with the escapes of {braces} in it.
      'Run:\n\n    Set-Value {name}\n\nDone.',
    ])
      assert.equal(fileOf(markdown), 'docs/a.mdx', markdown);
    assert.equal(pageFile({ slug: 'index', body: 'Intro.\n\n<SectionList />' }), 'index.mdx');
  });
});

describe('TOC.yml', () => {
  test('its .md entries, depth first, in reading order, with their names and the node above them as group', () => {
    const toc = readTocYml(
      '- name: Top\n  items:\n    - name: B first\n      href: b.md\n    - name: Group\n      items:\n        - name: A\n          href: a.md#x\n    - name: Out\n      href: /other/place\n',
      'TOC.yml',
    );
    assert.deepEqual(toc, [
      { href: 'b.md', name: 'B first' },
      { href: 'a.md', name: 'A', group: 'Group' },
    ]);
  });

  test('with several top-level nodes, each node with items is a group', () => {
    const toc = readTocYml(
      '- name: Start\n  href: a.md\n- name: Set up\n  items:\n    - name: B\n      href: b.md\n',
      'TOC.yml',
    );
    assert.deepEqual(toc, [
      { href: 'a.md', name: 'Start' },
      { href: 'b.md', name: 'B', group: 'Set up' },
    ]);
  });

  test('its articles are Markdown and YAML pages, each as the .md path Learn links to; not TOCs', () => {
    assert.deepEqual(
      tocArticlePaths(
        '- name: A\n  href: a.md#x\n- name: FAQ\n  href: docs/faq.yml\n- name: More\n  href: more/toc.yml\n- name: Out\n  href: /other/place.md\n',
        'TOC.yml',
      ),
      ['a.md', 'docs/faq.md'],
    );
    assert.equal(articlePath('docs/TOC.yml'), undefined);
    assert.equal(articlePath('media/a.png'), undefined);
  });

  test('a name two branches share is a group inside each branch ("Hybrid › Key trust"), so each is its own', () => {
    const toc = readTocYml(
      'items:\n- name: Hybrid\n  items:\n  - name: Key trust\n    items:\n    - name: R\n      href: a.md\n  - name: Cloud trust\n    href: c.md\n- name: On-premises\n  items:\n  - name: Key trust\n    items:\n    - name: R\n      href: b.md\n',
      'TOC.yml',
    );
    assert.deepEqual(
      toc.map((entry) => [entry.href, entry.group]),
      [
        ['a.md', 'Hybrid › Key trust'],
        ['c.md', 'Hybrid'],
        ['b.md', 'On-premises › Key trust'],
      ],
    );
  });

  test("a subgroup is a group inside its node's, between the node's own pages; same-named siblings are numbered", () => {
    const toc = readTocYml(
      '- name: N\n  items:\n  - name: a\n    href: a.md\n  - name: Sub\n    items:\n    - name: b\n      href: b.md\n  - name: c\n    href: c.md\n- name: M\n  items:\n  - name: Sub\n    items:\n    - name: d\n      href: d.md\n  - name: x\n    href: x.md\n  - name: Sub\n    items:\n    - name: e\n      href: e.md\n',
      'TOC.yml',
    );
    assert.deepEqual(
      toc.map((entry) => [entry.href, entry.group]),
      [
        ['a.md', 'N'],
        ['b.md', 'N › Sub'],
        ['c.md', 'N'],
        ['d.md', 'M › Sub'],
        ['x.md', 'M'],
        ['e.md', 'M › Sub (2)'],
      ],
    );
  });

  test("front matter that does not parse is an error naming the file and its line, not YAML's", () => {
    assert.throws(
      // A key written twice is read as docfx reads it (import-front-matter-repeated-keys.test.ts); this is not.
      () => splitFrontMatter('---\ntitle: A\nms.date: [b\n---\n\n# A\n', 'docs/a.md'),
      (error: SourceError) =>
        error instanceof SourceError &&
        error.file === 'docs/a.md' &&
        error.line === 3 &&
        /^docs\/a\.md:3: its front matter \(between the --- lines\) is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a \]\./.test(
          error.message,
        ),
    );
  });

  test('its title is the name of its one top node, when it has one', () => {
    assert.equal(
      tocTitle('- name: Product\n  href: index.yml\n  items:\n  - name: A\n    href: a.md\n'),
      'Product',
    );
    assert.equal(tocTitle('- name: A\n  href: a.md\n- name: B\n  href: b.md\n'), undefined);
  });

  test('its title is the name of its first node when that is the landing page alone, as Learn opens a TOC', () => {
    // Trial CJ: memdocs' intune/protect TOC names itself by its landing page, then lists its top groups;
    // without a title its group beside the site's "Overview" was qualified with the folder's name, "protect".
    const toc = (first: string) =>
      `${first}- name: Overview\n  items:\n  - name: A\n    href: a.md\n- name: B\n  href: b.md\n`;
    assert.equal(
      tocTitle(toc('- name: Protect Data and Devices with Intune\n  href: index.yml\n')),
      'Protect Data and Devices with Intune',
    );
    assert.equal(tocTitle(toc('- name: Docs home\n  href: ./index.md\n')), 'Docs home');
    assert.equal(
      tocTitle(toc('- name: Start\n  href: start.md\n')),
      undefined,
      'a first article names no TOC',
    );
    assert.equal(
      tocTitle(toc('- name: Sub\n  href: sub/index.yml\n')),
      undefined,
      "another folder's landing page names no TOC",
    );
    assert.equal(
      tocTitle(toc('- name: Home\n  href: index.yml\n  items:\n  - name: C\n    href: c.md\n')),
      undefined,
      'a node with items is a group, not the title',
    );
  });

  test('only the articles imported count: a level holding every one of them is no group', () => {
    const toc =
      '- name: Fold\n  items:\n  - name: Section\n    items:\n    - name: Page A\n      href: a.md\n    - name: Sub\n      items:\n      - name: Overview\n        href: b.md\n  - name: Not imported\n    href: c.md\n';
    assert.deepEqual(
      readTocYml(toc, 'TOC.yml', (href) => href !== 'c.md'),
      [
        { href: 'a.md', name: 'Page A' },
        { href: 'b.md', name: 'Overview', group: 'Sub' },
      ],
    );
    assert.deepEqual(readTocYml(toc, 'TOC.yml'), [
      { href: 'a.md', name: 'Page A', group: 'Section' },
      { href: 'b.md', name: 'Overview', group: 'Section › Sub' },
      { href: 'c.md', name: 'Not imported' },
    ]);
  });

  test('a TOC that is not a list is an error naming the file', () => {
    assert.throws(() => readTocYml('name: x', 'docs/TOC.yml'), /docs\/TOC\.yml/);
  });
});

describe('planImport', () => {
  const files = {
    '/learn/a.md': `${FRONT}\n# A page\n\nText of A. See [B](b.md).\n\n[!INCLUDE [shared](includes/shared.md)]\n\n:::image type="content" source="media/a/dial.png" alt-text="Dial.":::\n\n:::image type="content" source="media/a/gone.png" alt-text="Gone.":::\n`,
    '/learn/b.md': `${FRONT.replace('Widget overview', 'B')}\n# B page\n\n:::moniker range="v2":::\n\n> [!VIDEO https://example.org/v]\n\n# [Windows](#tab/windows)\n`,
    '/learn/includes/shared.md': '---\nms.topic: include\n---\n\nShared text, see [A](../a.md).\n',
    '/learn/media/a/dial.png': 'png',
  };
  const access = folder(files);

  test('a title is the text its H1 shows: Markdown in it is read, not kept as marks', () => {
    // PowerShell-Docs: "# Everything you wanted to know about the `if` statement".
    const plan = planImport(
      ['/ps/if.md'],
      {},
      folder({
        '/ps/if.md': `${FRONT}\n# Everything you wanted to know about the \`if\` statement\n\nText.\n`,
      }),
    );
    assert.equal(plan.pages[0]?.frontMatter.title, 'Everything you wanted to know about the if statement');
  });

  test('a YAML page (faq.yml) is a page at the URL Learn gives it, without .yml', () => {
    assert.equal(pageSlugOf('/learn/docs/Hello-FAQ.yml', '/learn'), 'docs/hello-faq');
    assert.equal(pageSlugOf('/learn/a.md', '/learn'), 'a');
  });

  test('one page per file, in command-line order, slug from the file name, title from the H1', () => {
    const plan = planImport(['/learn/b.md', '/learn/a.md'], {}, access);
    assert.deepEqual(
      plan.pages.map((page) => [page.slug, page.frontMatter.order, page.frontMatter.title]),
      [
        ['b', 1, 'B page'],
        ['a', 2, 'A page'],
      ],
    );
    assert.equal(
      plan.pages[1]?.frontMatter.sidebarLabel,
      'Widget overview',
      'the Learn title becomes the sidebar label',
    );
  });

  test('a TOC.yml sets the order and the sidebar labels', () => {
    const toc = {
      entries: readTocYml('- name: First\n  href: a.md\n- name: Second\n  href: b.md\n', 'TOC.yml'),
      dir: '/learn',
    };
    const plan = planImport(['/learn/b.md', '/learn/a.md'], { toc }, access);
    assert.deepEqual(
      plan.pages.map((page) => [page.slug, page.frontMatter.order, page.frontMatter.sidebarLabel]),
      [
        ['a', 1, 'First'],
        ['b', 2, 'Second'],
      ],
    );
  });

  test("a page under a TOC node is in that node's sidebar group", () => {
    const toc = {
      entries: readTocYml(
        '- name: First\n  href: a.md\n- name: More\n  items:\n    - name: Second\n      href: b.md\n',
        'TOC.yml',
      ),
      dir: '/learn',
    };
    const plan = planImport(['/learn/b.md', '/learn/a.md'], { toc }, access);
    assert.deepEqual(
      plan.pages.map((page) => [page.slug, page.frontMatter.group]),
      [
        ['a', undefined],
        ['b', 'More'],
      ],
    );
    const second = plan.pages[1];
    assert.ok(second);
    assert.match(renderPage(second), /^group: "More"$/m);
  });

  test("a TOC group that pages of another Learn folder have is qualified with the folder's name, said once", () => {
    const toc = {
      entries: readTocYml(
        '- name: Start\n  href: start.md\n- name: Setup\n  items:\n  - name: A\n    href: a.md\n  - name: B\n    href: b.md\n',
        'TOC.yml',
      ),
      dir: '/learn',
    };
    const plan = planImport(
      ['/learn/a.md', '/learn/b.md'],
      { toc, takenGroups: new Set(['Setup']), groupQualifier: 'Contoso' },
      access,
    );
    assert.deepEqual(
      plan.pages.map((page) => page.frontMatter.group),
      ['Contoso › Setup', 'Contoso › Setup'],
    );
    assert.equal(plan.warnings.filter((note) => note.message.includes('another Learn folder')).length, 1);
  });

  test("a nested TOC group whose top-level group another Learn folder has goes inside the folder's name", () => {
    // Groups nest ("Setup › Linux" is Linux inside Setup): the pages of another folder hold "Setup" only.
    const toc = {
      entries: readTocYml(
        '- name: Start\n  href: start.md\n- name: Setup\n  items:\n  - name: Linux\n    items:\n    - name: A\n      href: a.md\n  - name: B\n    href: b.md\n',
        'TOC.yml',
      ),
      dir: '/learn',
    };
    const plan = planImport(
      ['/learn/a.md', '/learn/b.md'],
      { toc, takenGroups: new Set(['Setup']), groupQualifier: 'Contoso' },
      access,
    );
    assert.deepEqual(
      plan.pages.map((page) => page.frontMatter.group),
      ['Contoso › Setup › Linux', 'Contoso › Setup'],
    );
  });

  test("a top-level TOC name a page of another Learn folder shows there gives way to the page's title, said", () => {
    // Trial CH: fabric-docs' data-warehouse TOC opens with "Overview", and the site's home is "Overview":
    // two links of one name side by side at the sidebar's top. In a group, or of another name, it stays.
    const toc = {
      entries: readTocYml(
        '- name: Overview\n  href: a.md\n- name: More\n  items:\n  - name: Overview\n    href: b.md\n',
        'TOC.yml',
      ),
      dir: '/learn',
    };
    const plan = planImport(
      ['/learn/a.md', '/learn/b.md'],
      { toc, takenLabels: new Set(['overview']) },
      access,
    );
    assert.deepEqual(
      plan.pages.map((page) => [
        page.frontMatter.title,
        page.frontMatter.sidebarLabel,
        page.frontMatter.group,
      ]),
      [
        ['A page', undefined, undefined],
        ['B page', 'Overview', 'More'],
      ],
    );
    assert.deepEqual(
      plan.warnings.filter((note) => note.message.includes('sidebar label')).map((note) => note.file),
      ['/learn/a.md'],
    );
    const alone = planImport(['/learn/a.md'], { toc }, access).pages[0];
    assert.equal(alone?.frontMatter.sidebarLabel, 'Overview');
  });

  test('a top-level TOC group named as a page of another Learn folder there is qualified, said', () => {
    // Trial CJ: memdocs' intune/protect TOC opens with a group "Overview" (its device protection overview),
    // which sat right under the site's home, "Overview": two of one name at the sidebar's top.
    const toc = {
      entries: readTocYml(
        '- name: Overview\n  items:\n  - name: Device protection overview\n    href: a.md\n- name: Concepts\n  items:\n  - name: Overview\n    items:\n    - name: B\n      href: b.md\n',
        'TOC.yml',
      ),
      dir: '/learn',
    };
    const plan = planImport(
      ['/learn/a.md', '/learn/b.md'],
      { toc, takenLabels: new Set(['overview']), groupQualifier: 'protect' },
      access,
    );
    assert.deepEqual(
      plan.pages.map((page) => page.frontMatter.group),
      ['protect › Overview', 'protect › Concepts › Overview'],
    );
    assert.deepEqual(
      plan.warnings.filter((note) => note.message.includes('TOC group')).map((note) => note.message),
      [
        'its TOC group "Overview" is the sidebar label of a page left at the sidebar\'s top level: named "protect › Overview" here, the folder\'s other pages inside "protect" too, so the two are told apart.',
      ],
    );
  });

  test('with one TOC group qualified, every page of the import is inside the qualifier: the sidebar builds, its pages one run', () => {
    // Trial 19, azure-docs' bastion: its "Overview" and "Security" groups are the labels of the site's pages, and
    // "Concepts" lies between them; qualified alone, the two split "Bastion documentation", which the sidebar refuses.
    const toc = {
      entries: readTocYml(
        '- name: Overview\n  items:\n  - name: A\n    href: a.md\n- name: Start\n  href: start.md\n- name: Concepts\n  items:\n  - name: B\n    href: b.md\n- name: Security\n  items:\n  - name: R\n    href: r.md\n',
        'TOC.yml',
      ),
      dir: '/learn',
    };
    const files = ['/learn/a.md', '/learn/start.md', '/learn/b.md', '/learn/r.md'];
    const pages = folder(
      Object.fromEntries(files.map((file) => [file, `${FRONT}\n# ${file} page\n\nText.\n`])),
    );
    const options = { toc, takenLabels: new Set(['overview', 'security']), groupQualifier: 'Docs' };
    const plan = planImport(files, options, pages);
    assert.deepEqual(
      plan.pages.map((page) => page.frontMatter.group),
      ['Docs › Overview', 'Docs', 'Docs › Concepts', 'Docs › Security'],
    );
    const site = [
      { slug: 'index', order: 1, label: 'Overview' },
      { slug: 'security', order: 2, label: 'Security' },
      ...plan.pages.map((page, at) => ({
        slug: page.slug,
        order: 3 + at,
        label: page.slug,
        group: page.frontMatter.group,
      })),
    ];
    assert.doesNotThrow(() => buildSidebarModel(site));
    // Nothing taken, nothing qualified.
    const own = planImport(files, { toc, groupQualifier: 'Docs' }, pages);
    assert.deepEqual(
      own.pages.map((page) => page.frontMatter.group),
      ['Overview', undefined, 'Concepts', 'Security'],
    );
  });

  test('includes are inlined with their links rebased; images are queued for copying under public/media', () => {
    const page = planImport(['/learn/a.md'], {}, access).pages[0];
    assert.match(page?.body ?? '', /Shared text, see \[A\]\(a\.md\)\./);
    assert.match(page?.body ?? '', /source="\/media\/a\/dial\.png"/);
    assert.deepEqual(planImport(['/learn/a.md'], {}, access).copies, [
      { from: '/learn/media/a/dial.png', to: 'public/media/a/dial.png' },
    ]);
  });

  test('an image on another site: a Learn image shows its alt text, a Markdown one fails the build, each said so', () => {
    const plan = planImport(
      ['/learn/r.md'],
      {},
      folder({
        '/learn/r.md': `${FRONT}\n# R page\n\n:::image type="content" source="https://cdn.example/a.png" alt-text="A.":::\n\n![B](https://cdn.example/b.gif)\n`,
      }),
    );
    const messages = plan.warnings.map((warning) => `${String(warning.line)}: ${warning.message}`);
    assert.equal(messages.length, 2, messages.join('\n'));
    assert.match(
      messages[0] ?? '',
      /^11: image https:\/\/cdn\.example\/a\.png is on another site.*the page shows its alt text/,
    );
    assert.match(
      messages[1] ?? '',
      /^13: image https:\/\/cdn\.example\/b\.gif is on another site.*the build will fail on it/,
    );
  });

  test('an image directive with more colons after it, or spaces around its source, is published', () => {
    const plan = planImport(
      ['/learn/i.md'],
      {},
      folder({
        '/learn/i.md': `${FRONT}\n# I page\n\n:::image type="content" source=" media/dial.png" alt-text="Dial.":::::::::\n`,
        '/learn/media/dial.png': 'png',
      }),
    );
    assert.match(plan.pages[0]?.body ?? '', /source="\/media\/dial\.png"/);
    assert.deepEqual(plan.copies, [{ from: '/learn/media/dial.png', to: 'public/media/dial.png' }]);
    assert.deepEqual(plan.warnings, []);
  });

  test('a missing description is the first sentence of prose, as the reader sees it, from the first paragraphs', () => {
    const describe = (body: string) =>
      planImport(
        ['/learn/a.md'],
        {},
        folder({ '/learn/a.md': `---\ntitle: A\nauthor: x\nms.date: 03/07/2025\n---\n# A page\n\n${body}` }),
      ).pages[0]?.frontMatter.description;
    // cpp-docs' lambda-expressions-constexpr.md: a code block, then a paragraph opening in bold, over two lines.
    assert.equal(
      describe(
        '```cpp\nint x;\n```\n\n**Visual Studio 2017 and later** (`/std:c++17`): A lambda may be declared\nas `constexpr` when allowed. More.\n',
      ),
      'Visual Studio 2017 and later (/std:c++17): A lambda may be declared as constexpr when allowed.',
    );
    assert.equal(
      describe(
        'Smart pointers come in two variants of each:\n\n- unique\n- shared\n\nEach owns the object it points to.\n',
      ),
      'Each owns the object it points to.',
      'a sentence introducing a list is passed over',
    );
    assert.equal(describe('- a list item only.\n'), 'A page', 'no prose: the title');
  });

  test('an include in the title or description is the text it brings, as in the H1', () => {
    const include = '[!INCLUDE[prod_short](includes/prod_short.md)]';
    const plan = planImport(
      ['/learn/vat.md'],
      {},
      folder({
        // Business Central (dynamics365smb-docs) writes its product name as an include, in titles too.
        '/learn/vat.md': `---\ntitle: Set up ${include} VAT\ndescription: How ${include} handles VAT.\nauthor: x\nms.date: 03/07/2025\n---\n# Set up ${include} VAT\n\nText.\n`,
        '/learn/includes/prod_short.md': '---\nms.topic: include\n---\n**Business Central**\n',
      }),
    );
    const front = plan.pages[0]?.frontMatter;
    assert.equal(front?.title, 'Set up Business Central VAT');
    assert.equal(front.description, 'How Business Central handles VAT.');
    assert.equal(front.sidebarLabel, undefined, 'no label holding the raw include, which the build refuses');
    assert.deepEqual(plan.warnings, []);
  });

  test('a title made from an H1 longer than the site takes is cut at a word and said, not left to fail the build', () => {
    const long = 'Word '.repeat(60).trim();
    const plan = planImport(
      ['/learn/long.md'],
      {},
      folder({ '/learn/long.md': `${FRONT}\n# ${long}\n\nText.\n` }),
    );
    const title = plan.pages[0]?.frontMatter.title ?? '';
    assert.ok(title.length <= 200 && title.endsWith('Word…'), title);
    assert.equal(plan.warnings.length, 1);
    assert.match(
      plan.warnings[0]?.message ?? '',
      /"title" is 299 characters long, more than the 200 the site takes/,
    );
  });

  test("a machine-translated page's title and description are the translation, its English left out", () => {
    // microsoft-365-docs-pr.ja-JP bookings: Learn hides the .sxs-lookup English (shown on hover).
    const english = (id: number, text: string) =>
      `<span class="sxs-lookup"><span data-stu-id="${String(id)}">${text}</span></span>`;
    const plan = planImport(
      ['/learn/ja.md'],
      {},
      folder({
        '/learn/ja.md': `---\nauthor: x\nms.date: 03/07/2025\n---\n# <a name="x"></a><span data-ttu-id="1">予約</span>${english(1, 'Bookings')}\n\n<span data-ttu-id="2">予約はオンラインで行います。</span>${english(2, 'Bookings are made online.')}\n`,
      }),
    );
    const front = plan.pages[0]?.frontMatter;
    assert.equal(front?.title, '予約');
    assert.equal(front.description, '予約はオンラインで行います。', 'a Japanese sentence ends with 。');
  });

  test('the checks see a machine-translated page as published: its English left out first, in includes and titles too', () => {
    const hidden = (text: string) => `<span class="sxs-lookup"><span data-stu-id="9">${text}</span></span>`;
    const plan = planImport(
      ['/learn/t.md'],
      {},
      folder({
        // Left out after the checks, the span joined `java` and `script:` into a link the import never saw.
        '/learn/t.md': `---\ntitle: I [!INCLUDE[x](includes/sxs.md)]\nauthor: x\nms.date: 03/07/2025\n---\n\nSee [this](java${hidden('English')}script:alert(1)).\n`,
        '/learn/includes/sxs.md': `<span data-ttu-id="1">訳</span>${hidden('English')}\n`,
      }),
    );
    assert.equal(plan.pages[0]?.frontMatter.title, 'I 訳', "a title's include without its hidden English");
    assert.match(
      plan.warnings.map((warning) => warning.message).join('\n'),
      /the link "javascript:alert\(1\)" is a javascript: URL.*The build will fail on it/,
    );
  });

  test('a field the build would refuse for a bidirectional control is said, wherever the import took it from', () => {
    const plan = planImport(
      ['/learn/b.md'],
      {},
      folder({
        '/learn/b.md': `---\ntitle: I [!INCLUDE[x](includes/rtl.md)]\nauthor: x\nms.date: 03/07/2025\n---\n\nText.\n`,
        '/learn/includes/rtl.md': 'gnp.\u202Eexe\n',
      }),
    );
    const said = plan.warnings.map((warning) => warning.message).join('\n');
    assert.match(
      said,
      /the page's title \(from its front matter, H1, an include or the TOC\) holds the bidirectional control character U\+202E/,
    );
    assert.doesNotMatch(said, /\u202E/, 'the control itself is not echoed to the terminal');
  });

  test('windows-driver-docs\' bookmark <a href="" id> stays a place to link to, and a heading of it alone is no heading', async () => {
    const plan = planImport(
      ['/learn/gpio.md'],
      {},
      folder({
        // gpio-driver-support-overview.md and the IRP pages: an empty-href anchor is a bookmark, not a link.
        '/learn/gpio.md': `${FRONT}\n# GPIO\n\n## <a href="" id="gpio-block-diagram"></a>\n\nText.\n\n<a href="" id="irp-mj-create"></a>**IRP\\_MJ\\_CREATE**\n\nSee [diagram](#gpio-block-diagram) and [create](#irp-mj-create).\n`,
      }),
    );
    const body = plan.pages[0]?.body ?? '';
    assert.match(body, /^<a id="gpio-block-diagram"><\/a>$/m, 'the bookmark alone, no empty heading');
    assert.match(body, /^<a id="irp-mj-create"><\/a>\*\*IRP\\_MJ\\_CREATE\*\*$/m);
    assert.deepEqual(plan.warnings, [], 'no "link with no target"');
    const root = new URL('../../', import.meta.url);
    assert.equal(await buildError(body, new URL('content/gpio.mdx', root).pathname, root, ['gpio']), '');
    const html = await renderLearn(body, {
      path: new URL('content/gpio.mdx', root).pathname,
      sitePages: ['gpio'],
    });
    assert.match(html, /<a id="gpio-block-diagram"><\/a>/);
    assert.doesNotMatch(html, /<h2/, 'no empty heading');
  });

  test("the H1's bookmark stays a place to link to: the layout writes the title, the bookmark starts the page", async () => {
    // Machine-translated folders write a bookmark in every heading, the H1 too (`# <a name="x"></a>Title`),
    // and pages link to it: a "Back to top", another page's `page.md#x`.
    const top = `${FRONT}\n# <a name="top"></a>Top page\n\nFirst **words**.\n\n[Back to top](#top)\n`;
    const list = `${FRONT}\n# <a name="t1"></a><a id="t2"></a> List page\n\n- Item\n\n[Up](#t1) [Up](#t2)\n`;
    const plan = planImport(
      ['/learn/top.md', '/learn/list.md'],
      {},
      folder({ '/learn/top.md': top, '/learn/list.md': list }),
    );
    assert.deepEqual(plan.warnings, []);
    const [topBody = '', listBody = ''] = plan.pages.map((page) => page.body);
    assert.equal(plan.pages[0]?.frontMatter.title, 'Top page');
    assert.match(
      topBody,
      /^<a id="top"><\/a>First \*\*words\*\*\.$/m,
      'the bookmark starts the first paragraph',
    );
    assert.match(
      listBody,
      /^<a id="t1"><\/a><a id="t2"><\/a>\n\n- Item$/m,
      'before a list, a line of its own',
    );
    const root = new URL('../../', import.meta.url);
    const path = new URL('content/top.mdx', root).pathname;
    assert.equal(await buildError(topBody, path, root, ['top']), '', 'the link to #top holds');
    const html = await renderLearn(topBody, { path, sitePages: ['top'] });
    assert.match(html, /<p><a id="top"><\/a>First <strong>words<\/strong>\.<\/p>/);
  });

  test('a link with no target is said with its line: Learn shows it, but a click leads nowhere', () => {
    const plan = planImport(
      ['/learn/e.md'],
      {},
      folder({
        // powerbi-docs service-admin-portal-azure-connections.md: `* [Workspace-level Log Analytics permissions]() - Use to`
        '/learn/e.md': `${FRONT}\n# E page\n\n* [Workspace-level permissions]() - Use to\n* [Top](#)\n* [Here](#e-page)\n`,
      }),
    );
    assert.deepEqual(
      plan.warnings.map((warning) => `${String(warning.line)}: ${warning.message}`),
      [
        '11: the link "Workspace-level permissions" has no target ("()"): a click leads nowhere. Give it the page or #heading it means, or make it text.',
        '12: the link "Top" has no target ("#"): a click leads nowhere. Give it the page or #heading it means, or make it text.',
      ],
    );
  });

  test('a Markdown image is found by the parser: brackets in its alt text, a reference, never in code', () => {
    const plan = planImport(
      ['/learn/b.md'],
      {},
      folder({
        // As ja-JP Learn writes a UI label in an alt text: ![Bookingsの [ビジネス情報] ページ](../media/x.png)
        '/learn/b.md': `${FRONT}\n# B page\n\n![The [Business information] page](media/info.png "Info")\n\n![Dial][dial]\n\n\`\`\`md\n![Sample](media/sample.png)\n\`\`\`\n\n[dial]: media/dial.png\n`,
        '/learn/media/info.png': 'png',
        '/learn/media/dial.png': 'png',
      }),
    );
    const body = plan.pages[0]?.body ?? '';
    assert.match(body, /!\[The \[Business information\] page\]\(\/media\/info\.png "Info"\)/);
    assert.match(body, /^\[dial\]: \/media\/dial\.png$/m, "a reference's definition is published");
    assert.match(
      body,
      /^!\[Sample\]\(media\/sample\.png\)$/m,
      'an image in a code sample is code: left as written',
    );
    assert.deepEqual(plan.copies, [
      { from: '/learn/media/info.png', to: 'public/media/info.png' },
      { from: '/learn/media/dial.png', to: 'public/media/dial.png' },
    ]);
    assert.deepEqual(plan.warnings, [], 'no missing image said of the code sample');
  });

  test('--read-root reads includes and images from a folder above the source folder, which is otherwise refused; images below it keep their paths', () => {
    const repo = folder({
      '/repo/docs/guide/a.md': `${FRONT}\n# A page\n\n[!INCLUDE [applies](../../includes/applies.md)]\n\n![Dial](../media/dial.png)\n\n![In](media/in.png)\n`,
      '/repo/docs/guide/b.md': `${FRONT}\n# B page\n`,
      '/repo/includes/applies.md': 'Applies to [B](../docs/guide/b.md).\n',
      '/repo/docs/media/dial.png': 'png',
      '/repo/docs/guide/media/in.png': 'png',
    });
    const files = ['/repo/docs/guide/a.md', '/repo/docs/guide/b.md'];
    const confined = planImport(files, {}, repo);
    assert.equal(outsideReads(confined), 2);
    assert.deepEqual(confined.copies, [{ from: '/repo/docs/guide/media/in.png', to: 'public/media/in.png' }]);
    assert.doesNotMatch(confined.pages[0]?.body ?? '', /Applies to/);
    const wider = planImport(files, { readRoot: '/repo' }, repo);
    assert.equal(outsideReads(wider), 0);
    assert.deepEqual(
      wider.pages.map((page) => page.slug),
      ['a', 'b'],
      'pages keep their URLs below the source folder',
    );
    assert.match(wider.pages[0]?.body ?? '', /^Applies to \[B\]\(b\.md\)\.$/m);
    assert.deepEqual(wider.copies, [
      { from: '/repo/docs/media/dial.png', to: 'public/media/_up/media/dial.png' },
      { from: '/repo/docs/guide/media/in.png', to: 'public/media/in.png' },
    ]);
    assert.throws(
      () => planImport(files, { readRoot: '/elsewhere' }, repo),
      /--read-root \/elsewhere must be/,
    );
  });

  test('an HTML <img> is a Markdown image, published; an <iframe> or <video> player is a link to the video', () => {
    const html = {
      '/learn/h.md': `${FRONT}\n# H page\n\n<img src="media/a/dial.png" alt="The [dial]." width="300">\n\nText <img src="media/a/dial.png"> inline, and \`<img src="media/code.png">\` as code.\n\n<iframe width="560" src="https://www.youtube-nocookie.com/embed/abc123" title="A talk" allowfullscreen></iframe>\n\n<video src="https://example.org/v.mp4" controls></video>\n\n<img src="my picture.png" alt="Kept">\n`,
      '/learn/media/a/dial.png': 'png',
    };
    const plan = planImport(['/learn/h.md'], {}, folder(html));
    const body = plan.pages[0]?.body ?? '';
    assert.match(body, /^!\[The dial\.\]\(\/media\/a\/dial\.png\)$/m);
    assert.match(
      body,
      /^Text !\[\]\(\/media\/a\/dial\.png\) inline, and `<img src="media\/code\.png">` as code\.$/m,
    );
    assert.match(
      body,
      /^\[Watch the video on youtube\.com\]\(https:\/\/www\.youtube\.com\/watch\?v=abc123\)$/m,
    );
    assert.match(body, /^\[Watch the video on example\.org\]\(https:\/\/example\.org\/v\.mp4\)$/m);
    // A path with a space is an image too (trial BW's `images/Dn986544.note(EXCHG.150).gif`, with
    // parentheses, was left as HTML, broken on the site): this one is missing, so its alt text shows, said.
    assert.match(body, /^!\[Kept\]\(\/media\/my%20picture\.png\)$/m);
    assert.deepEqual(
      plan.warnings.map((w) => `${w.line}: ${w.message}`),
      ['19: image "my picture.png" does not exist. The page shows its alt text instead.'],
    );
    assert.deepEqual(plan.copies, [{ from: '/learn/media/a/dial.png', to: 'public/media/a/dial.png' }]);
  });

  test('a link the build refuses (tel:, ftp:, javascript:) is reported with its line and why; one to a scheme of no code is its text', () => {
    const links = {
      '/learn/l.md': `${FRONT}\n# L page\n\nCall [the desk](tel:+1-555-0100), or [get it](ftp://example.org/f).\n\n[Run](javascript:alert(1)) and [fine](https://example.org/) and [mail](mailto:a@example.org).\n`,
    };
    const plan = planImport(['/learn/l.md'], {}, folder(links));
    const line = FRONT.split('\n').length + 3;
    assert.deepEqual(
      plan.warnings.map((warning) => `${warning.line}: ${warning.message.split(':')[0] ?? ''}`),
      [`${line}: the link "tel`, `${line}: the link "ftp`, `${line + 2}: the link "javascript`],
    );
    // A tel: or ftp: link is written as its text and its address as code, which the build publishes; a
    // javascript: one is left for the build to refuse.
    assert.match(plan.warnings[0]?.message ?? '', /uses the tel: scheme, which the site never links/);
    assert.match(plan.warnings[2]?.message ?? '', /The build will fail on it\.$/);
    assert.match(
      plan.pages[0]?.body ?? '',
      /Call the desk \(`tel:\+1-555-0100`\), or get it \(`ftp:\/\/example\.org\/f`\)\./,
    );
  });

  test('an :::image:::\'s link="…" the build refuses is reported with its line, as a Markdown link\'s is (trial 32)', () => {
    // The build makes an image of link="…" a link to it (docfx's "Deploy to Azure" buttons): one it refuses
    // fails the page, which the import says where it reads the source, in a table cell too.
    const page = {
      '/learn/d.md': `${FRONT}\n# D page\n\n:::image type="content" source="a.svg" alt-text="Deploy." border="false" link="https://portal.azure.com/#create/x":::\n\n:::image type="content" source="a.svg" alt-text="Run." link="javascript:alert(1)":::\n\n| a |\n|---|\n| :::image type="icon" source="a.svg" link="vbscript:msgbox":::|\n`,
    };
    const plan = planImport(['/learn/d.md'], {}, folder(page));
    const line = FRONT.split('\n').length + 3;
    assert.deepEqual(
      plan.warnings
        .filter((warning) => warning.message.startsWith("the image's link"))
        .map((warning) => `${warning.line}: ${warning.message.split(' is ')[0] ?? ''}`),
      [
        `${line + 2}: the image's link "javascript:alert(1)"`,
        `${line + 6}: the image's link "vbscript:msgbox"`,
      ],
    );
  });

  test("a link to an app's scheme in a note (winrt-api's XAML Controls Gallery, trial ci) is its text and its address: the page builds", () => {
    const page = {
      '/learn/g.md': `${FRONT}\n# G page\n\n> [!TIP]\n> Click here to [open the app and see the AppBar in action](xamlcontrolsgallery:/item/AppBar).\n`,
    };
    const plan = planImport(['/learn/g.md'], {}, folder(page));
    assert.deepEqual(
      plan.warnings.map((warning) => [warning.line, warning.message.split(':')[0]]),
      [[FRONT.split('\n').length + 4, 'the link "xamlcontrolsgallery']],
    );
    assert.match(
      plan.pages[0]?.body ?? '',
      /> Click here to open the app and see the AppBar in action \(`xamlcontrolsgallery:\/item\/AppBar`\)\./,
    );
  });

  test('a missing image and unsupported constructs are reported with file and line', () => {
    const plan = planImport(['/learn/a.md', '/learn/b.md'], {}, access);
    const notes = plan.warnings.map((warning) => `${warning.file}:${warning.line}`);
    assert.ok(notes.includes('/learn/a.md:17'), `missing image at a.md:17; got ${notes.join(', ')}`);
    assert.ok(notes.includes('/learn/b.md:11'), `:::moniker at b.md:11; got ${notes.join(', ')}`);
    // [!VIDEO] (b.md:13) and tabs (b.md:15) are rendered now: no warning.
    assert.ok(!notes.includes('/learn/b.md:13') && !notes.includes('/learn/b.md:15'), notes.join(', '));
  });

  test("a [!NAME] that is not one of Learn's alerts is said as the text the page shows, which the build keeps (trial 31)", async () => {
    // powerapps-docs' troubleshoot-zscaler-issues.md opens a quote with [!DANGER]: docfx renders only its
    // alert names, so Learn shows it as the quote's text. [!NOTE-X] looks like [!NOTE] to the build's check.
    const plan = planImport(
      ['/l/a.md'],
      {},
      folder({
        '/l/a.md': `${FRONT}\n# A\n\n> [!DANGER]\n> **Risk:** this disables checks.\n\n> [!NOTE-X]\n> Other.\n`,
      }),
    );
    assert.deepEqual(
      plan.warnings.map((note) => `${note.line}: ${note.message}`),
      [
        "11: [!DANGER] is not one of Learn's alerts (NOTE, TIP, IMPORTANT, CAUTION, WARNING): Learn shows it as text, and so does the page. To show an alert, write one of those.",
        '14: [!NOTE-X] is not supported: the build will fail on it. Rewrite it as Markdown.',
      ],
    );
    const html = await renderLearn(plan.pages[0]?.body ?? '');
    assert.match(html, /<blockquote>\s*<p>\[!DANGER\]\s*<strong>Risk:<\/strong>/);
    assert.deepEqual(
      findLearnLeftovers(html).map((text) => text.slice(0, 9)),
      ['[!NOTE-X]'],
    );
  });

  test('a ":::" no directive name follows (an IPv6 port, :::3000) is text, as on Learn: neither said nor refused (trial 31)', async () => {
    // powerapps-docs' connect-to-azure-sql.md lists the symptom "EADDRINUSE: address already in use :::3000";
    // docfx reads a directive only where a letter follows ":::" (spaces between at a block's start).
    const plan = planImport(
      ['/l/a.md'],
      {},
      folder({
        '/l/a.md': `${FRONT}\n# A\n\n- "EADDRINUSE: address already in use :::3000"\n- Bound to ::: and :::\n\nThen :::3000 again :::moniker range="v2":::\n`,
      }),
    );
    assert.deepEqual(
      plan.warnings.map((note) => `${note.line}: ${note.message}`),
      [
        '14: moniker: every version\'s content is shown, one after another, each under a "For <versions>:" label.',
      ],
    );
    const html = await renderLearn(plan.pages[0]?.body ?? '');
    assert.match(html, /address already in use :::3000/);
    assert.deepEqual(findLearnLeftovers(html), ['Then :::3000 again :::moniker range="v2":::']);
  });

  test('a missing include is a warning naming the page, its line and the include as written (no absolute path)', () => {
    const broken = folder({ ...files, '/learn/a.md': `${FRONT}\n[!INCLUDE [x](includes/none.md)]\n` });
    const plan = planImport(['/learn/a.md'], {}, broken);
    const warning = plan.warnings.find((note) => note.message.includes('[!INCLUDE]'));
    assert.equal(`${warning?.file}:${warning?.line}`, '/learn/a.md:9');
    assert.match(warning?.message ?? '', /"includes\/none\.md" does not exist/);
    assert.doesNotMatch(warning?.message ?? '', /\/learn\/includes/);
  });

  test(':::code source="…"::: becomes a fenced block of the file (its range), read only from inside the source folder', () => {
    const withCode = folder({
      ...files,
      '/learn/a.md': `${FRONT}\n:::code source="snippets/run.ps1" language="powershell" range="2-3":::\n\n:::code source="../outside.ps1" language="powershell":::\n`,
      '/learn/snippets/run.ps1': 'line one\nGet-Thing\nSet-Thing\nline four\n',
      '/outside.ps1': 'secret\n',
    });
    const plan = planImport(['/learn/a.md'], {}, withCode);
    const body = plan.pages[0]?.body ?? '';
    assert.match(body, /```powershell\nGet-Thing\nSet-Thing\n```/);
    assert.doesNotMatch(body, /secret|line one/);
    assert.ok(
      plan.warnings.some((note) =>
        /:::code::: "\.\.\/outside\.ps1" is outside the source folder/.test(note.message),
      ),
    );
  });

  test('--split h2 takes one file; a file whose pages would share a slug is refused', () => {
    assert.throws(
      () => planImport(['/learn/a.md', '/learn/b.md'], { split: 'h2' }, access),
      /exactly one file/,
    );
    const twins = folder({
      '/x/a.md': `${FRONT}\n# T\n\n## Same\n\nOne. [!INCLUDE [i](../i.md)]\n\n## Same\n\nTwo.\n`,
    });
    const plan = planImport(['/x/a.md'], { split: 'h2' }, twins);
    assert.deepEqual(plan.pages, []);
    assert.deepEqual([plan.warnings, outsideReads(plan)], [[], 0], 'a refused file leaves nothing behind');
    assert.match(plan.refused[0]?.message ?? '', /both be the page \/same\//);
  });

  test('one file that cannot be imported is refused with its line; the others are imported', () => {
    const mixed = folder({
      ...files,
      // Stray text inside the front matter: YAML's line 2 is the file's line 3.
      '/learn/bad.md':
        '---\n\nSome text.\n\nms.topic: tutorial\ntitle: A\n---\n\n# A\n\n![gone](media/gone.png)\n',
      '/learn/faq.md': '### YamlMime:FAQ\ntitle: FAQ\ntitle: Again\n',
      '/learn/Bad Name.md': `${FRONT}\n# X\n`,
    });
    const plan = planImport(
      [
        '/learn/a.md',
        '/learn/bad.md',
        '/learn/faq.md',
        '/learn/Bad Name.md',
        '/learn/none.md',
        '/learn/b.md',
      ],
      {},
      mixed,
    );
    assert.deepEqual(
      plan.pages.map((page) => page.slug),
      ['a', 'b'],
    );
    assert.deepEqual(
      plan.refused.map((note) => `${note.file}:${note.line}`),
      ['/learn/Bad Name.md:1', '/learn/bad.md:3', '/learn/faq.md:3', '/learn/none.md:1'],
    );
    assert.match(
      plan.refused[1]?.message ?? '',
      /^its front matter \(between the --- lines\) is not valid YAML: Implicit keys need to be on a single line\. Fix that line/,
    );
    assert.doesNotMatch(plan.refused[1]?.message ?? '', /line 2|\n/);
    assert.match(plan.refused[2]?.message ?? '', /YamlMime:FAQ file is not valid YAML/);
    assert.ok(
      plan.warnings.every((warning) => warning.file !== '/learn/bad.md'),
      'a refused file leaves no warnings behind',
    );
  });

  test("a page at one of the site's own URLs refuses its file only", () => {
    const clash = folder({ ...files, '/learn/links.md': `${FRONT}\n# Links\n` });
    const plan = planImport(['/learn/links.md', '/learn/a.md'], {}, clash);
    assert.deepEqual(
      plan.pages.map((page) => page.slug),
      ['a'],
    );
    assert.match(plan.refused[0]?.message ?? '', /at \/links\/, which is the site's own page/);
  });

  test("a file named with parentheses (VBA-Docs' Excel.Range(object).md) is a page without them; links to it stay Learn's", () => {
    // MicrosoftDocs/VBA-Docs names its pages so, and pairs Close(method).md with Close(event).md.
    const vba = folder({
      '/vba/api/Outlook.RemoteItem.Close(method).md': `${FRONT}\n# RemoteItem.Close method (Outlook)\n\nCloses it.\n`,
      '/vba/api/Outlook.RemoteItem.Close(event).md': `${FRONT}\n# RemoteItem.Close event (Outlook)\n\nOccurs then.\n`,
      '/vba/api/Outlook.RemoteItem.md': `${FRONT}\n# RemoteItem object (Outlook)\n\n[Close](Outlook.RemoteItem.Close(method).md)\n`,
    });
    const plan = planImport(
      [
        '/vba/api/Outlook.RemoteItem.md',
        '/vba/api/Outlook.RemoteItem.Close(method).md',
        '/vba/api/Outlook.RemoteItem.Close(event).md',
      ],
      {},
      vba,
    );
    assert.deepEqual(plan.refused, []);
    assert.deepEqual(
      plan.pages.map((page) => [page.slug, pageFile(page)]),
      [
        ['outlook.remoteitem', 'outlook.remoteitem.md'],
        ['outlook.remoteitem.close-method', 'outlook.remoteitem.close-method.md'],
        ['outlook.remoteitem.close-event', 'outlook.remoteitem.close-event.md'],
      ],
    );
    // The build resolves the link as written (src/lib/learn-links.ts, sitePagePath).
    assert.match(plan.pages[0]?.body ?? '', /\[Close\]\(Outlook\.RemoteItem\.Close\(method\)\.md\)/);
  });

  test('two files whose pages would share a URL: the second is refused, naming both below the folder', () => {
    const twins = folder({
      '/vba/api/Close(method).md': `${FRONT}\n# Close method\n`,
      '/vba/api/close-method.md': `${FRONT}\n# Close, again\n`,
    });
    const plan = planImport(['/vba/api/Close(method).md', '/vba/api/close-method.md'], {}, twins);
    assert.deepEqual(
      plan.pages.map((page) => page.slug),
      ['close-method'],
    );
    assert.deepEqual(
      plan.refused.map((note) => [note.file, note.message]),
      [
        [
          '/vba/api/close-method.md',
          "two imported pages would both be the page /close-method/, from Close(method).md and from close-method.md (a name's parentheses are a \"-\" in its URL, its case is not kept, and a folder's index.md is the folder's page). Rename one file or heading.",
        ],
      ],
    );
  });

  // Red team 26: both were written, content/setup.md and content/setup/index.md, and the build stopped on them
  // (Astro's DuplicateContentEntrySlugError): a folder's index.md is the folder's page, /setup/.
  test("a file and a folder's index.md of one name: the second is refused, naming both", () => {
    const twins = folder({
      '/learn/docs/setup.md': `${FRONT}\n# Setup\n`,
      '/learn/docs/setup/index.md': `${FRONT}\n# Setup, again\n`,
    });
    const plan = planImport(
      ['/learn/docs/setup.md', '/learn/docs/setup/index.md'],
      { sourceRoot: '/learn/docs' },
      twins,
    );
    assert.deepEqual(
      plan.pages.map((page) => page.slug),
      ['setup'],
    );
    assert.deepEqual(
      plan.refused.map((note) => [note.file, note.message.split(' (')[0]]),
      [
        [
          '/learn/docs/setup/index.md',
          'two imported pages would both be the page /setup/, from setup.md and from setup/index.md',
        ],
      ],
    );
  });

  test("a folder's index.md at the URL of a page of the site in another file is refused, naming that file", () => {
    const privacy = folder({
      '/learn/docs/privacy/index.md': `${FRONT}\n# Privacy again\n`,
      '/learn/docs/a.md': `${FRONT}\n# A\n`,
    });
    const plan = planImport(
      ['/learn/docs/a.md', '/learn/docs/privacy/index.md'],
      { sourceRoot: '/learn/docs' },
      privacy,
    );
    assert.deepEqual(
      plan.pages.map((page) => page.slug),
      ['a'],
    );
    assert.match(
      plan.refused[0]?.message ?? '',
      /would be content\/privacy\/index\.md, at \/privacy\/, which content\/privacy\.mdx already is/,
    );
  });

  test('a name no page URL can have is refused with what to do, naming it below the folder', () => {
    const odd = folder({
      '/learn/docs/Bad Name.md': `${FRONT}\n# X\n`,
      '/learn/docs/a.md': `${FRONT}\n# A\n`,
    });
    const plan = planImport(['/learn/docs/a.md', '/learn/docs/Bad Name.md'], { sourceRoot: '/learn' }, odd);
    assert.equal(
      plan.refused[0]?.message,
      'its path in the folder imported, docs/Bad Name.md, cannot be a page URL here: the name "Bad Name.md" has " " (U+0020), which is none of the ASCII letters, digits, "-", "_", "." and parentheses a name here may hold. Rename it (and the links and TOC entries naming it) to such a name, or leave the file out of the import.',
    );
    assert.throws(() => pageSlugOf('/elsewhere/a.md', '/learn'), /outside the folder imported/);
    assert.throws(
      () => pageSlugOf('/learn/().md', '/learn'),
      /the name "\(\)\.md" is empty or only dots\. Rename it/,
    );
  });

  test('a page file is front matter the schema accepts, then the body', () => {
    const [page] = planImport(['/learn/b.md'], { firstOrder: 6 }, access).pages;
    assert.ok(page);
    const text = renderPage(page);
    assert.match(
      text,
      /^---\ntitle: "B page"\nsidebarLabel: "B"\ndescription: "All about widgets."\norder: 6\nupdated: 2025-03-07\nauthor: "testwriter"\n---\n/,
    );
  });

  test('an <xref:…?text=…> is a link named by its text, spaces and all, as docfx reads it to its ">" (trial 31)', async () => {
    // powerapps-docs writes <xref:Microsoft.Dynamics.CRM.EntityMetadata?text=EntityMetadata EntityType>: docfx's
    // XrefInlineParser reads to the ">" and its resolver shows `text`, dropped from the address, before any name.
    const plan = planImport(
      ['/l/a.md'],
      {},
      folder({
        '/l/a.md': `${FRONT}\n# A\n\nHolds <xref:Microsoft.Dynamics.CRM.EntityMetadata?text=EntityMetadata EntityType>, <xref:Microsoft.Dynamics.CRM.WhoAmI?text=WhoAmI+*function*> and <xref:System.String?displayProperty=fullName>.\n`,
      }),
    );
    assert.equal(
      plan.pages[0]?.body,
      'Holds [EntityMetadata EntityType](xref:Microsoft.Dynamics.CRM.EntityMetadata), [WhoAmI \\*function\\*](xref:Microsoft.Dynamics.CRM.WhoAmI) and [System.String](xref:System.String?displayProperty=fullName).',
    );
    const html = await renderLearn(plan.pages[0].body);
    assert.match(
      html,
      /href="https:\/\/learn\.microsoft\.com\/en-us\/power-apps\/developer\/data-platform\/webapi\/reference\/entitymetadata"[^>]*>EntityMetadata EntityTyp/,
    );
  });

  test("a namespace another article's xrefs show names a type on every page, in any order (trial CF)", () => {
    // dotnet/docs' core/diagnostics (real-folder trial CF): diagnosticsource-diagnosticlistener.md links
    // only <xref:System.Diagnostics.DiagnosticSource?displayProperty=nameWithType>, five times, shown
    // "Diagnostics.DiagnosticSource" where Learn shows DiagnosticSource; distributed-tracing.md's
    // System.Diagnostics.Activity.Source shows System.Diagnostics is a namespace, on every page.
    const xrefs = folder({
      '/learn/listener.md': `${FRONT}# Listener\n\n<xref:System.Diagnostics.DiagnosticSource?displayProperty=nameWithType> is a module.\n`,
      '/learn/tracing.md': `${FRONT}# Tracing\n\n- <xref:System.Diagnostics.Activity?displayProperty=nameWithType> class.\n- <xref:System.Diagnostics.Activity.Source?displayProperty=nameWithType> gets it.\n`,
      '/learn/alone.md': `${FRONT}# Alone\n\n<xref:Contoso.Widgets.Gadget?displayProperty=nameWithType> is a member or a type.\n`,
    });
    const pages = planImport(['/learn/listener.md', '/learn/tracing.md', '/learn/alone.md'], {}, xrefs).pages;
    const body = (slug: string) => pages.find((page) => page.slug === slug)?.body ?? '';
    assert.match(body('listener'), /^\[DiagnosticSource\]\(xref:System\.Diagnostics\.DiagnosticSource\?/m);
    assert.match(body('tracing'), /\[Activity\.Source\]\(xref:/);
    // Nothing says what Contoso.Widgets is: Type.Member, as before.
    assert.match(body('alone'), /^\[Widgets\.Gadget\]\(xref:/m);
  });
});

describe('HTML that Learn accepts, made MDX-safe without changing what it says', () => {
  test('\\<placeholder\\> escapes survive exactly; <br>, <br/> and </br> are one line break each', async () => {
    const mdx = toMdxSafe('Run `x` on \\<tenant-name\\> now.<br>One<br/>Two</br>Three\n');
    assert.match(mdx, /on \\<tenant-name\\> now\./);
    assert.equal(mdx.match(/<br \/>/g)?.length, 3);
    await compile(mdx);
  });

  test('an element HTML lacks, opened then closed (<Token>…</Token>), shows its words without its tags, as a browser shows it', async () => {
    // sql-docs' applies-to includes; a <placeholder> only opened stays text.
    const mdx = toMdxSafe('<Token>**APPLIES TO:** SQL Server (Linux only) </Token> for <server-name>.\n');
    assert.equal(mdx, '**APPLIES TO:** SQL Server (Linux only)  for \\<server-name>.\n');
    await compile(mdx);
    // One of HTML's own elements the site does not take stays text, tags and all.
    assert.equal(toMdxSafe('Not <script>run()</script>.\n'), 'Not \\<script>run()\\</script>.\n');
  });

  test('kbd, sup, sub and code are kept as HTML', () => {
    const mdx = toMdxSafe('Press <kbd>Ctrl</kbd>, x<sup>2</sup>, H<sub>2</sub>O, <code>run</code>.\n');
    assert.match(mdx, /<kbd>Ctrl<\/kbd>, x<sup>2<\/sup>, H<sub>2<\/sub>O, <code>run<\/code>/);
  });

  test('an end tag missing its ">" (</sup|) is text, as Learn shows it; the open <sup> is closed in its cell', async () => {
    const mdx = toMdxSafe('|a|b|\n|-|-|\n|Server support|<sup>*</sup|\n');
    assert.match(mdx, /\|<sup>\*\\<\/sup<\/sup>\|/);
    await compile(mdx);
  });

  test('malformed list HTML in a table cell is balanced: stray end tags dropped, loose text made an item', () => {
    assert.equal(
      balanceHtml('<ul></li>Contain a device</li><li>Contain a user</li><li>Disable</ul></li>'),
      '<ul><li>Contain a device</li><li>Contain a user</li><li>Disable</li></ul>',
    );
  });

  test('<details> around several blocks holds them, as a browser shows it: summary first, content inside', async () => {
    const learn =
      '<details><summary>Show the steps</summary>\n\nFirst *one*.\n\n- a\n- b\n\n</details> After.\n\nOutside.\n';
    assert.equal(
      await mdxHtml(toMdxSafe(learn)),
      '<details><summary>Show the steps</summary><p>First <em>one</em>.</p><ul><li>a</li><li>b</li></ul></details>' +
        '<p>After.</p><p>Outside.</p>',
    );
  });

  test('a spanning <div> in a list item stays in it; one never closed holds the rest, as in a browser', async () => {
    assert.equal(
      await mdxHtml(
        toMdxSafe('1. Step\n\n   <div class="x">Inner <b>bold\n\n   More.\n\n   </div>\n\n2. Next\n'),
      ),
      '<ol><li><p>Step</p><div class="x"><p>Inner <b>bold</b></p><p>More.</p></div></li><li><p>Next</p></li></ol>',
    );
    assert.equal(
      await mdxHtml(toMdxSafe('<details>\n<summary>Open</summary>\n\nBody.\n\n## Later\n')),
      '<details><summary>Open</summary><p>Body.</p><h2>Later</h2></details>',
    );
  });

  test('an HTML table keeps every row and cell when blank lines part its rows or hold Markdown in a cell', async () => {
    assert.equal(
      await mdxHtml(
        toMdxSafe('<table>\n<tr><td>A</td><td>1</td></tr>\n\n<tr><td>B</td><td>2</td></tr>\n</table>\n'),
      ),
      '<table><tr><td>A</td><td>1</td></tr><tr><td>B</td><td>2</td></tr></table>',
    );
    assert.equal(
      await mdxHtml(
        toMdxSafe(
          '<table>\n<tr><th>Field</th></tr>\n<tr>\n<td>\n\n[Value](https://example.com/x)\n</td>\n</tr>\n<tr><td>Last</td></tr>\n</table>\n',
        ),
      ),
      '<table><tr><th>Field</th></tr><tr><td><p><a href="https://example.com/x">Value</a></p></td></tr>' +
        '<tr><td>Last</td></tr></table>',
    );
  });

  test('an HTML block written over several lines, a list in a table cell, is one element as on Learn', async () => {
    assert.equal(
      await mdxHtml(
        toMdxSafe(
          '<table>\n<tr>\n<td>Values:<br/><ul>\n<li><b>A</b> one</li>\n</ul>\n</td>\n</tr>\n</table>\n',
        ),
      ),
      '<table> <tr> <td>Values:<br><ul> <li><b>A</b> one</li> </ul> </td> </tr> </table>',
    );
  });

  test('a line starting an HTML block ends the Markdown paragraph above it, as in CommonMark', async () => {
    assert.equal(
      await mdxHtml(
        toMdxSafe(
          '<table>\n<tr>\n<td>\n\n**Priority**\n</td>\n<td>\nValues:<ul>\n<li>A</li>\n</ul>\n</td>\n</tr>\n</table>\n',
        ),
      ),
      '<table><tr><td><p><strong>Priority</strong></p></td><td> Values:<ul> <li>A</li> </ul> </td></tr></table>',
    );
  });

  test('a table written without outer pipes has its cells balanced too; items without a list get one', async () => {
    // azure-docs articles/backup/backup-azure-vms-introduction.md: its SSE row's middle cell holds two
    // unclosed <li>, which MDX refused ("Expected a closing tag for `<li>` … before the end of `tableData`").
    const table = [
      '**Encryption** | **Details** | **Support**',
      '--- | --- | ---',
      '**SSE** | Azure Backup supports two types of Storage Service Encryption:<li> **SSE with platform-managed keys**: by default.<li> **SSE with customer-managed keys**. You manage the keys. | Azure Backup uses SSE.',
      '**ADE** | Azure Disk Encryption.<br/><br/> With BitLocker. | Supported.',
    ].join('\n');
    assert.equal(
      await mdxHtml(toMdxSafe(`${table}\n`), [remarkGfm]),
      '<table><thead><tr><th><strong>Encryption</strong></th><th><strong>Details</strong></th><th><strong>Support</strong></th></tr></thead>' +
        '<tbody><tr><td><strong>SSE</strong></td><td>Azure Backup supports two types of Storage Service Encryption:<ul><li> <strong>SSE with platform-managed keys</strong>: by default.</li><li> <strong>SSE with customer-managed keys</strong>. You manage the keys. </li></ul></td><td>Azure Backup uses SSE.</td></tr>' +
        '<tr><td><strong>ADE</strong></td><td>Azure Disk Encryption.<br><br> With BitLocker.</td><td>Supported.</td></tr></tbody></table>',
    );
    // An item closed, then text: the list ends before it, as the text is no item.
    assert.equal(
      balanceHtml('Types:<li>A</li><li>B</li> and more.'),
      'Types:<ul><li>A</li><li>B</li></ul> and more.',
    );
  });

  test('a table whose delimiter row has fewer cells than its header is a table, as Learn renders it', async () => {
    assert.equal(
      await mdxHtml(toMdxSafe('| A | B | C |\n| --- | --- |\n| 1 | 2 | 3 |\n'), [remarkGfm]),
      '<table><thead><tr><th>A</th><th>B</th><th>C</th></tr></thead><tbody><tr><td>1</td><td>2</td><td>3</td></tr></tbody></table>',
    );
  });

  test("a table whose delimiter row has more cells than its header takes the header's columns, as Learn does", async () => {
    // visualstudio-docs.es-es, debugger/remote-debugging.md: a paragraph of pipes before.
    assert.equal(
      await mdxHtml(toMdxSafe('|Escenario|Vínculo|\n|-|-|-|\n|Azure|[x](a.md)|\n'), [remarkGfm]),
      '<table><thead><tr><th>Escenario</th><th>Vínculo</th></tr></thead><tbody><tr><td>Azure</td><td><a href="a.md">x</a></td></tr></tbody></table>',
    );
    assert.equal(toMdxSafe('| A | B |\n| :-- | --: | --- |\n'), '| A | B |\n| :-- | --: |\n');
  });

  test('the obsolete <center>, which Learn renders centred, is a centred block instead of text', async () => {
    assert.equal(
      await mdxHtml(toMdxSafe('<center>\n\n**Figure 1**\n\n</center>\n\nNext.\n')),
      '<div class="learn-align-center"><p><strong>Figure 1</strong></p></div><p>Next.</p>',
    );
  });

  test('a <details> inside a line of text, or an inline tag left open, still closes in its own block', async () => {
    assert.equal(
      await mdxHtml(toMdxSafe('Text <details><summary>x</summary>\n\nLoose <b>bold.\n')),
      '<p>Text <details><summary>x</summary></details></p><p>Loose <b>bold.</b></p>',
    );
  });

  test('a quoted attribute value may hold ">": an <img> is still a Markdown image, a tag still a tag', async () => {
    const { htmlMediaToMarkdown } = await import('../../src/lib/import/html-media.ts');
    assert.equal(
      htmlMediaToMarkdown('See <img src="media/a.png" alt="Work>product" style="width:50%"> here.'),
      'See ![Work>product](media/a.png) here.',
    );
    assert.equal(
      await mdxHtml(toMdxSafe('Hover <abbr title="a > b">this</abbr>.\n')),
      '<p>Hover <abbr title="a > b">this</abbr>.</p>',
    );
  });

  test('<a href> to another site becomes a Markdown link (marked and checked like any other)', async () => {
    const { rewriteLinks, emptyLinkReport } = await import('../../src/lib/import/links.ts');
    const report = emptyLinkReport();
    const text = rewriteLinks('See <a href="http://example.org/x">the guide</a>.\n', 'a.md', 1, report);
    assert.equal(text, 'See [the guide](https://example.org/x).\n');
    assert.deepEqual(report.httpsRewrites, [{ file: 'a.md', line: 1, from: 'http://example.org/x' }]);
    assert.deepEqual([...report.hosts.keys()], ['example.org']);
  });

  test('an <a href> around an autolink or a Markdown link is one link, its text the inner URL or text', async () => {
    const { rewriteLinks, emptyLinkReport } = await import('../../src/lib/import/links.ts');
    const text = rewriteLinks(
      'Go to <a href="https://go.microsoft.com/x" target="_blank"><https://admin.microsoft.com></a> or <a href="https://b.example/">[the b](https://b.example/)</a>.',
      'a.md',
      1,
      emptyLinkReport(),
    );
    assert.equal(
      text,
      'Go to [https://admin.microsoft.com](https://go.microsoft.com/x) or [the b](https://b.example/).',
    );
    assert.equal(
      await mdxHtml(toMdxSafe(text)),
      '<p>Go to <a href="https://go.microsoft.com/x">https://admin.microsoft.com</a> or <a href="https://b.example/">the b</a>.</p>',
    );
  });

  test('<xref:…> becomes a link named as Learn names it', async () => {
    const { rewriteLinks, emptyLinkReport } = await import('../../src/lib/import/links.ts');
    const text = rewriteLinks(
      'Use <xref:System.String> or <xref:System.String.Length?displayProperty=nameWithType>.',
      'a.md',
      1,
      emptyLinkReport(),
    );
    assert.equal(
      text,
      'Use [String](xref:System.String) or [String.Length](xref:System.String.Length?displayProperty=nameWithType).',
    );
  });
});

describe('indented code', () => {
  test('is written fenced, in its container, so the steps after it stay a list (MicrosoftDocs/powerapps-docs)', async () => {
    const learn =
      'Intro.\n\n    Get-Thing -Name {x}\n\n2. Step two.\n3. Step three.\n\n> Quote:\n>\n>     quoted code\n';
    const fenced = fenceIndentedCode(learn);
    assert.equal(fenced.split('\n').length, learn.split('\n').length, 'warnings keep their lines');
    const html = await mdxHtml(toMdxSafe(fenced), [remarkGfm]);
    assert.match(html, /<pre><code>Get-Thing -Name \{x\}\n?<\/code><\/pre>/);
    assert.match(html, /<ol start="2"><li>Step two\.<\/li><li>Step three\.<\/li><\/ol>/);
    assert.match(html, /<blockquote><p>Quote:<\/p><pre><code>quoted code\n?<\/code><\/pre><\/blockquote>/);
  });
});
