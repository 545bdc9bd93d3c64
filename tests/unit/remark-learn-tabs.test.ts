import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { HAS_TABS, remarkLearnTabs } from '../../src/markdown/remark-learn-tabs.ts';
import { byTag, findElements, textOf } from '../support/html.ts';
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
    assert.deepEqual(byTag(html, 'h2').map(textOf), ['Next']);
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
