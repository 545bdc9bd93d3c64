import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { HAS_TABS, remarkLearnTabs } from '../../src/markdown/remark-learn-tabs.ts';

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
