/**
 * "On this page" lists a heading each zone or moniker variant writes once, at its first: the site shows
 * every version one after another, where Learn's list shows the chosen one's. Real-folder trial CK
 * (MicrosoftDocs/sql-docs docs/linux) listed a version's sections once a version ("Install, Install").
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildToc } from '../../src/lib/toc.ts';
import { VARIANT_HEADINGS, type VariantHeading } from '../../src/markdown/rehype-variant-headings.ts';
import { headingIdsOf } from '../support/learn-markdown.ts';

/** The page's "On this page", as the layout builds it: each entry's text, its H3s after `>`. */
async function onThisPage(markdown: string): Promise<string[]> {
  const { headings, frontmatter } = await headingIdsOf(markdown);
  const variants = (frontmatter[VARIANT_HEADINGS] ?? []) as VariantHeading[];
  return buildToc(headings, variants).map((item) =>
    [item.text, ...item.children.map((child) => `> ${child.text} #${child.slug}`)].join(' '),
  );
}

describe('On this page, with zones and monikers', () => {
  test("a section each version writes is listed once, linking the first; its H3s under it, another's own H3 too", async () => {
    const page = [
      '::: moniker range="=sql-server-2017"',
      '## Install\n\nFor 2017.\n\n### Verify\n\nCheck it.',
      '::: moniker-end',
      '::: moniker range=">=sql-server-ver15"',
      '## Install\n\nFor 2019.\n\n### Verify\n\nCheck it.\n\n### Upgrade\n\nFrom 2017.',
      '::: moniker-end',
      '## Next steps\n\nMore.',
    ].join('\n\n');
    assert.deepEqual(await onThisPage(page), ['Install > Verify #verify > Upgrade #upgrade', 'Next steps']);
  });

  test('the same name in two sets, or twice in one variant, is listed each time', async () => {
    const page = [
      '::: zone pivot="a"\n\n## Run\n\nA.\n\n## Run\n\nA again.\n\n::: zone-end',
      '::: zone pivot="b"\n\n## Build\n\nB.\n\n::: zone-end',
      'Between.',
      '::: zone pivot="a"\n\n## Run\n\nA later.\n\n::: zone-end',
    ].join('\n\n');
    assert.deepEqual(await onThisPage(page), ['Run', 'Run', 'Build', 'Run']);
  });

  test('a page without zones or monikers is listed as before', async () => {
    assert.deepEqual(await onThisPage('## A\n\n### B\n\n## A\n'), ['A > B #b', 'A']);
  });
});
