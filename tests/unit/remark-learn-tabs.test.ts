import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { buildToc } from '../../src/lib/toc.ts';
import { HAS_TABS, remarkLearnTabs } from '../../src/markdown/remark-learn-tabs.ts';
import { byTag, findElements, textOf } from '../support/html.ts';
import { describeChange } from '../../src/lib/import/page-change.ts';
import { renderLearn } from '../support/learn-markdown.ts';

/** The `remarkPluginFrontmatter` the plugin leaves for `markdown`. */
async function frontmatterOf(markdown: string): Promise<Record<string, unknown> | undefined> {
  const processor = unified().use(remarkParse).use(remarkLearnTabs);
  const file = new VFile(markdown);
  await processor.run(processor.parse(file), file);
  return file.data.astro?.frontmatter;
}

describe('remark-learn-tabs', () => {
  test('marks a page with a tab set, so that page alone loads the tabs script', async () => {
    const tabs = '# [Windows](#tab/windows)\n\nOne.\n\n# [Mac](#tab/mac)\n\nTwo.\n\n---\n';
    assert.equal((await frontmatterOf(tabs))?.[HAS_TABS], true);
  });

  test('leaves a page without one unmarked, a link to a #tab/ anchor in a paragraph included', async () => {
    assert.equal((await frontmatterOf('# Title\n\nSee [Mac](#tab/mac).\n'))?.[HAS_TABS], undefined);
  });
});

describe('where a tab set ends', () => {
  /** Each tab set of `html`: its sections, each as the text of its headings and paragraphs. */
  const tabSets = (html: string) =>
    findElements(html, (element) => element.properties['className']?.toString() === 'learn-tabs').map((set) =>
      byTag(set, 'section').map((section) =>
        findElements(section, (element) => /^(?:h[1-6]|p)$/.test(element.tagName)).map(textOf),
      ),
    );

  test("at its ---, as on Learn, even past headings above the tabs' level", async () => {
    const html = await renderLearn(
      '#### [Intune](#tab/intune)\n\n## Configure with Intune\n\nIntune text.\n\n#### [GPO](#tab/gpo)\n\n## Configure with GPO\n\nGPO text.\n\n---\n\nAfter tabs.\n',
    );
    assert.deepEqual(tabSets(html), [
      [
        ['Intune', 'Configure with Intune', 'Intune text.'],
        ['GPO', 'Configure with GPO', 'GPO text.'],
      ],
    ]);
    assert.equal(byTag(html, 'hr').length, 0, 'the --- closes the set, it is no rule');
    assert.equal(byTag(html, 'p').map(textOf).at(-1), 'After tabs.');
  });

  test('a label heading starting with a bookmark is a tab, its bookmark kept (machine-translated Learn folders)', async () => {
    // OfficeDocs-SkypeForBusiness-pr.zh-CN's business-voice-create-auto-attendant.md: every heading starts with one.
    const html = await renderLearn(
      '# <a name="general-info"></a>[常规信息](#tab/general-info)\n\n第一步。\n\n# <a name="call-flow"></a>[呼叫流](#tab/call-flow)\n\n第二步。\n\n---\n',
    );
    assert.deepEqual(tabSets(html), [
      [
        ['常规信息', '第一步。'],
        ['呼叫流', '第二步。'],
      ],
    ]);
    assert.match(html, /<a id="general-info"><\/a>/, 'links to the bookmark still land');
  });

  test("without a --- after it, at a heading above the tabs' level", async () => {
    const html = await renderLearn(
      '### [A](#tab/a)\n\nText A.\n\n### [B](#tab/b)\n\nText B.\n\n## Next\n\nAfter.\n',
    );
    assert.deepEqual(tabSets(html), [
      [
        ['A', 'Text A.'],
        ['B', 'Text B.'],
      ],
    ]);
    assert.deepEqual(byTag(html, 'h2').map(textOf), ['A', 'B', 'Next'], 'Next follows the set');
  });

  test('at its ---, with labels written at different levels: each label starts a tab, as on Learn', async () => {
    // windowsserverdocs' quickstart-install-configure-dns-server.md: `### [PowerShell](#tab/powershell)`,
    // then `#### [GUI](#tab/gui)`, in one set.
    const html = await renderLearn(
      '## Configure\n\n### [PowerShell](#tab/powershell)\n\nRun it.\n\n#### [GUI](#tab/gui)\n\nOpen the console.\n\n---\n\nDone.\n',
    );
    assert.deepEqual(tabSets(html), [
      [
        ['PowerShell', 'Run it.'],
        ['GUI', 'Open the console.'],
      ],
    ]);
    assert.deepEqual(
      findElements(html, (element) => String(element.properties['href']).startsWith('#tab/')),
      [],
      'no label is left as a link to #tab/gui',
    );
    const buttons = findElements(html, (element) => element.properties['role'] === 'tab');
    const panels = findElements(html, (element) => element.properties['role'] === 'tabpanel');
    assert.deepEqual(
      buttons.map((button) => [textOf(button), String(button.properties['ariaControls'])]),
      [
        ['PowerShell', 'learn-tab-1-1-panel'],
        ['GUI', 'learn-tab-1-2-panel'],
      ],
    );
    assert.deepEqual(
      panels.map((panel) => [
        panel.properties['id'],
        String(panel.properties['ariaLabelledBy']),
        panel.properties['dataTab'],
      ]),
      [
        ['learn-tab-1-1-panel', 'learn-tab-1-1', 'powershell'],
        ['learn-tab-1-2-panel', 'learn-tab-1-2', 'gui'],
      ],
    );
    assert.deepEqual(
      byTag(html, 'h3').map(textOf),
      ['PowerShell', 'GUI'],
      'both labels one level below Configure',
    );
    assert.equal(byTag(html, 'p').map(textOf).at(-1), 'Done.');
  });

  test("without a --- after it, at a heading above its highest label's level", async () => {
    const html = await renderLearn(
      '#### [A](#tab/a)\n\nText A.\n\n### [B](#tab/b)\n\nText B.\n\n### Inside B\n\nMore B.\n\n## Next\n\nAfter.\n',
    );
    assert.deepEqual(tabSets(html), [
      [
        ['A', 'Text A.'],
        ['B', 'Text B.', 'Inside B', 'More B.'],
      ],
    ]);
    assert.equal(byTag(html, 'p').map(textOf).at(-1), 'After.');
  });

  test('without a --- after it, at a heading that ends the section the set is in, after its last label', async () => {
    // OfficeDocs-DeployOffice's troubleshoot-deployment-new-outlook.md (import trial 22): `#` labels under a `###`
    // and no `---`; Learn showed its next `##` sections only in the last tab.
    const html = await renderLearn(
      '## Install\n\n### Delivery optimization\n\nSet the key:\n\n# [Windows 10](#tab/windows10)\n\n- Set it to 0.\n\n# [Windows 11](#tab/windows11)\n\n- Set it to 0, not 100.\n\n## Other deployment options\n\n#### Store is blocked\n\nAfter.\n',
    );
    assert.deepEqual(tabSets(html), [[['Windows 10'], ['Windows 11']]]);
    assert.deepEqual(
      byTag(html, 'h2').map(textOf),
      ['Install', 'Other deployment options'],
      'no tab holds it',
    );
    assert.equal(byTag(html, 'p').map(textOf).at(-1), 'After.');
  });

  test('without a --- after it, a heading of the section level is tab content where a label follows it or a tab before holds one', async () => {
    const html = await renderLearn(
      '## Install\n\n# [Windows](#tab/windows)\n\n## Step 1\n\nRun setup.exe.\n\n# [Linux](#tab/linux)\n\n## Step 1\n\nRun apt.\n',
    );
    assert.deepEqual(tabSets(html), [
      [
        ['Windows', 'Step 1', 'Run setup.exe.'],
        ['Linux', 'Step 1', 'Run apt.'],
      ],
    ]);
  });

  test('a # tab label is an h2: the page keeps one h1, its title', async () => {
    const html = await renderLearn('# [Windows](#tab/windows)\n\nOne.\n\n# [Mac](#tab/mac)\n\nTwo.\n\n---\n');
    assert.equal(byTag(html, 'h1').length, 0);
    assert.deepEqual(tabSets(html), [
      [
        ['Windows', 'One.'],
        ['Mac', 'Two.'],
      ],
    ]);
    assert.deepEqual(byTag(html, 'h2').map(textOf), ['Windows', 'Mac']);
  });
});

describe("a tab label's heading", () => {
  /** The page's headings in order, as `h<level> text`. */
  const outline = (html: string) =>
    findElements(html, (element) => /^h[1-6]$/.test(element.tagName)).map(
      (heading) => `${heading.tagName} ${textOf(heading)}`,
    );

  test('is one level below the heading the tab set is under, whatever level the label is written at', async () => {
    const html = await renderLearn(
      '## Mount\n\n### Sub\n\n# [One](#tab/one)\n\nOne.\n\n# [Two](#tab/two)\n\nTwo.\n\n---\n\n### Next sub\n\nText.\n',
    );
    assert.deepEqual(outline(html), ['h2 Mount', 'h3 Sub', 'h4 One', 'h4 Two', 'h3 Next sub']);
  });

  test('follows the outline inside a list item, and the headings of tabs before are no part of it', async () => {
    const html = await renderLearn(
      '## A\n\n## [X](#tab/x)\n\n#### Inside X\n\n---\n\n#### Step\n\n1. Add the storage.\n\n    # [SMB](#tab/smb)\n\n    SMB text.\n\n    # [NFS](#tab/nfs)\n\n    NFS text.\n\n    ---\n\n2. Mount it.\n',
    );
    assert.deepEqual(outline(html), ['h2 A', 'h3 X', 'h4 Inside X', 'h4 Step', 'h5 SMB', 'h5 NFS']);
  });

  test('is h6 at most, and h2 at least', async () => {
    const deep = await renderLearn('###### Deep\n\n## [A](#tab/a)\n\nA.\n\n## [B](#tab/b)\n\nB.\n\n---\n');
    // The h6 is the page's first heading, so an h2 (rehype-heading-order: no level skipped), its labels under it.
    assert.deepEqual(outline(deep), ['h2 Deep', 'h3 A', 'h3 B']);
    const top = await renderLearn('Intro.\n\n### [A](#tab/a)\n\nA.\n\n### [B](#tab/b)\n\nB.\n\n---\n');
    assert.deepEqual(outline(top), ['h2 A', 'h2 B']);
  });

  test('stays out of "On this page", and a heading of the tab with the same text keeps its own slug', async () => {
    const html = await renderLearn(
      '## Mount\n\n# [SMB](#tab/smb)\n\n### SMB\n\nSMB text.\n\n# [NFS](#tab/nfs)\n\nNFS text.\n\n---\n\n## Use\n\n# [SMB](#tab/smb)\n\nAgain.\n\n# [NFS](#tab/nfs)\n\nAgain.\n\n---\n',
    );
    // The headings as Astro reports them to the layout: level, id and text.
    const headings = findElements(html, (element) => /^h[1-6]$/.test(element.tagName)).map((heading) => ({
      depth: Number(heading.tagName.slice(1)),
      slug: String(heading.properties['id']),
      text: textOf(heading),
    }));
    assert.deepEqual(buildToc(headings), [
      { slug: 'mount', text: 'Mount', children: [{ slug: 'smb', text: 'SMB', children: [] }] },
      { slug: 'use', text: 'Use', children: [] },
    ]);
    assert.equal(new Set(headings.map((heading) => heading.slug)).size, headings.length, 'ids are unique');
  });

  test('keeps what the tab script reads: each section opens with its label, and carries its tab id', async () => {
    const html = await renderLearn(
      '## Sub\n\n# [SMB](#tab/smb)\n\nText.\n\n# [NFS](#tab/nfs)\n\nText.\n\n---\n',
    );
    const opening = byTag(html, 'section').map((section) => {
      const first = section.children.find((child) => child.type === 'element');
      return [section.properties['dataTab'], first && byTag(first, 'h3').map(textOf)];
    });
    assert.deepEqual(opening, [
      ['smb', ['SMB']],
      ['nfs', ['NFS']],
    ]);
  });

  test('comes after a tablist the build writes: a button per label naming its panel, the first chosen', async () => {
    const html = await renderLearn(
      '## Sub\n\n# [SMB](#tab/smb)\n\nText.\n\n# [NFS **v4**](#tab/nfs)\n\nText.\n\n---\n\n# [A](#tab/a)\n\nA.\n\n# [B](#tab/b)\n\nB.\n\n---\n',
    );
    const [first, second] = findElements(html, (element) => element.properties['role'] === 'tablist');
    assert.ok(first && second, 'a tablist per set');
    const ids = new Set(
      findElements(html, (element) => element.properties['id'] !== undefined).map((e) => e.properties['id']),
    );
    const tabs = byTag(first, 'button').map((button) => ({
      label: textOf(button),
      role: button.properties['role'],
      selected: button.properties['ariaSelected'],
      tabIndex: button.properties['tabIndex'],
      panelExists: ids.has(String(button.properties['ariaControls'])),
    }));
    assert.deepEqual(tabs, [
      { label: 'SMB', role: 'tab', selected: 'true', tabIndex: 0, panelExists: true },
      { label: 'NFS v4', role: 'tab', selected: 'false', tabIndex: -1, panelExists: true },
    ]);
    // Each panel is named by its own tab.
    const panels = findElements(html, (element) => element.properties['role'] === 'tabpanel');
    assert.deepEqual(
      panels.map((panel) => [String(panel.properties['ariaLabelledBy']), panel.properties['id']]),
      [1, 2, 3, 4].map((n) => {
        const tab = `learn-tab-${n < 3 ? 1 : 2}-${((n - 1) % 2) + 1}`;
        return [tab, `${tab}-panel`];
      }),
    );
    // The panels of the second set are its own: ids differ from the first set's.
    assert.deepEqual(
      byTag(second, 'button').map((button) => String(button.properties['ariaControls'])),
      ['learn-tab-2-1-panel', 'learn-tab-2-2-panel'],
    );
    // The tablist is the site's chrome: not in the search index, not in the Markdown copy.
    assert.equal(first.properties['dataPagefindIgnore'], '');
    assert.equal(first.properties['dataMarkdownIgnore'], '');
  });
});

describe('a tab holding nothing', () => {
  // Import trial 25: entra-docs' delete-application-portal.md writes an HTTP tab of code and six tabs
  // (C#, JavaScript, …) of one [!INCLUDE] each from MicrosoftGraph's repository, which the copy lacks: the
  // import leaves the includes out, and the page showed six buttons opening empty panels.
  const buttons = (html: string) =>
    findElements(html, (element) => element.properties['role'] === 'tab').map((button) => [
      textOf(button),
      String(button.properties['ariaControls']),
    ]);

  test('is left out, its button too; the tabs after it keep ids in order', async () => {
    const html = await renderLearn(
      '1. Run the query.\n\n   # [HTTP](#tab/http)\n   ```http\n   GET /servicePrincipals\n   ```\n\n   # [C#](#tab/csharp)\n\n\n   # [Go](#tab/go)\n\n   Go text.\n\n   ---\n',
    );
    assert.deepEqual(buttons(html), [
      ['HTTP', 'learn-tab-1-1-panel'],
      ['Go', 'learn-tab-1-2-panel'],
    ]);
    assert.deepEqual(
      byTag(html, 'section').map((section) => section.properties['dataTab']),
      ['http', 'go'],
    );
    assert.ok(!html.includes('C#'), 'no label of the empty tab is left');
  });

  test('keeps a tab whose label holds a bookmark, which a link may name', async () => {
    const html = await renderLearn('# [A](#tab/a)\n\nA.\n\n# <a name="b"></a>[B](#tab/b)\n\n---\n');
    assert.deepEqual(
      buttons(html).map(([label]) => label),
      ['A', 'B'],
    );
  });

  test('a set of such tabs alone is no set, and what follows it stays', async () => {
    const html = await renderLearn('Intro.\n\n# [C#](#tab/csharp)\n\n# [Go](#tab/go)\n\n---\n\nAfter.\n');
    assert.equal(findElements(html, (element) => element.properties['role'] === 'tablist').length, 0);
    assert.deepEqual(byTag(html, 'p').map(textOf), ['Intro.', 'After.']);
    assert.equal(byTag(html, 'hr').length, 0, 'its --- ends the set still');
  });
});

describe('where search reads a tab set to start and end', () => {
  test("its element's id, and an empty hidden element's at the end of its last panel (adyen-connector, is-is)", async () => {
    // The brief's repro of adyen-connector.md's version tabs: the text after the set is under "Versions".
    const html = await renderLearn(
      '## Versions\n\n# [One](#tab/one)\n### Heading one\nAlpha.\n# [Two](#tab/two)\n### Heading two\nBeta.\n\n---\n\nZebracorn after the set.\n\n' +
        '## Learn tabs 1 end\n\n# [A](#tab/a)\n\nA.\n\n---\n',
    );
    const sets = findElements(
      html,
      (element) => element.properties['className']?.toString() === 'learn-tabs',
    );
    assert.deepEqual(
      sets.map((set) => set.properties['id']),
      ['learn-tabs-1', 'learn-tabs-2'],
    );
    const [first] = sets;
    assert.ok(first);
    const last = byTag(first, 'section').at(-1);
    const end = last?.children.filter((child) => child.type === 'element').at(-1);
    assert.equal(end?.type === 'element' && end.tagName, 'div');
    assert.deepEqual(end?.type === 'element' && end.properties, { id: 'learn-tabs-1-end', hidden: true });
    assert.deepEqual(end?.type === 'element' && end.children, [], 'nothing a reader sees');
    // The set is still its tablist and its panels, as the tabs script reads it; the marker is no panel of it.
    assert.deepEqual(
      first.children.filter((child) => child.type === 'element').map((child) => child.tagName),
      ['div', 'section', 'section'],
    );
    // A heading named as the marker gives its id up: one element per id.
    const ids = findElements(html, (element) => element.properties['id'] !== undefined).map((element) =>
      String(element.properties['id']),
    );
    assert.deepEqual(
      ids.filter((id) => id.startsWith('learn-tabs-1-end')),
      ['learn-tabs-1-end', 'learn-tabs-1-end-1'],
    );
  });
});

describe("Learn's dependent tabs, `#tab/id/condition`", () => {
  // azure-docs functions-bindings-storage-queue-output.md: a set of versions for each process model.
  const DEPENDENT = [
    '## Usage',
    '# [In-process](#tab/in-process)',
    'A',
    '# [Isolated process](#tab/isolated-process)',
    'B',
    '---',
    '# [Extension 5.x+](#tab/extensionv5/in-process)',
    'C',
    '# [Extension 5.x+](#tab/extensionv5/isolated-process)',
    'D',
    '---',
    '',
  ].join('\n\n');

  test('each is a tab of its set, its button and heading naming the tab it depends on by its label', async () => {
    const html = await renderLearn(DEPENDENT);
    const [, second] = findElements(
      html,
      (element) => element.properties['className']?.toString() === 'learn-tabs',
    );
    assert.ok(second, 'the dependent labels are a tab set of their own');
    assert.deepEqual(byTag(second, 'button').map(textOf), [
      'Extension 5.x+ (In-process)',
      'Extension 5.x+ (Isolated process)',
    ]);
    assert.deepEqual(
      byTag(second, 'section').map((section) => [
        section.properties['dataTab'],
        section.properties['dataCondition'],
        byTag(section, 'h3').map(textOf),
        byTag(section, 'p').map(textOf),
      ]),
      [
        ['extensionv5', 'in-process', ['Extension 5.x+ (In-process)'], ['C']],
        ['extensionv5', 'isolated-process', ['Extension 5.x+ (Isolated process)'], ['D']],
      ],
    );
    // The tablist names its panels, each panel its button, and no id repeats.
    const ids = findElements(html, (element) => element.properties['id'] !== undefined).map((element) =>
      String(element.properties['id']),
    );
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    for (const button of byTag(second, 'button')) {
      const panel = findElements(
        second,
        (element) => element.properties['id'] === String(button.properties['ariaControls']),
      );
      assert.equal(panel.length, 1);
      assert.equal(String(panel[0]?.properties['ariaLabelledBy']), button.properties['id']);
    }
    assert.deepEqual(
      findElements(html, (element) => String(element.properties['href']).startsWith('#tab/')),
      [],
      'no label is left as a link to #tab/…, an anchor the page has not (the build failed on them)',
    );
  });

  test('a condition no tab above has is named by its id', async () => {
    const html = await renderLearn(
      '# [Bash](#tab/bash/linux)\n\nA\n\n# [PowerShell](#tab/ps/linux)\n\nB\n\n---\n',
    );
    assert.deepEqual(findElements(html, (element) => element.properties['role'] === 'tab').map(textOf), [
      'Bash (linux)',
      'PowerShell (linux)',
    ]);
  });

  test('the import reads their labels as labels too: no section of their own', () => {
    const page = (body: string) => `---\ntitle: Queue\n---\n\n${body}`;
    assert.equal(
      describeChange(page(DEPENDENT), page(DEPENDENT.replace('\n\nD\n\n', '\n\nD2\n\n')), 'f'),
      'Changed the section "Usage".',
    );
  });
});
