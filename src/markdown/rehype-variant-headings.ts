/**
 * Which variant of which set each heading of a page is in, for "On this page" (buildToc,
 * src/lib/toc.ts). The site shows every variant of a Learn zone or moniker range, one after another
 * (`div.learn-variant`, remark-learn-blocks.ts), where Learn shows the one the reader chose: a section
 * each version writes (sql-docs' `## Install` under `::: moniker range="=sql-server-2017"` and again under
 * `">=sql-server-ver15"`, real-folder trial CK) was listed once a variant, the same name twice or more in a
 * row. Variants side by side in one parent are one set; a heading in a variant inside another variant
 * belongs to the inner one. Recorded as `[id, set, variant]` (numbered from 1, in page order) in the page's
 * `remarkPluginFrontmatter` under VARIANT_HEADINGS, as the tab sets are under HAS_TABS.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { visit } from '../lib/tree-visit.ts';
import type { VFile } from 'vfile';
import { VARIANT_CLASS } from './remark-learn-blocks.ts';

/** The key of remarkPluginFrontmatter holding a page's headings in variants. */
export const VARIANT_HEADINGS = 'variantHeadings';

/** A heading in a variant: its id, its set and its variant in that set (each numbered from 1). */
export type VariantHeading = [id: string, set: number, variant: number];

const isVariant = (node: RootContent | ElementContent): node is Element =>
  node.type === 'element' &&
  Array.isArray(node.properties['className']) &&
  node.properties['className'].includes(VARIANT_CLASS);

/** Records each H2 and H3 inside a variant (VARIANT_HEADINGS). */
export function rehypeVariantHeadings() {
  return (tree: Root, file: VFile) => {
    const found = new Map<string, { set: number; variant: number }>();
    let sets = 0;
    visit(tree, (node) => {
      if (node.type !== 'root' && node.type !== 'element') return;
      let variant = 0;
      for (const child of node.children) {
        if (child.type === 'text' && child.value.trim() === '') continue;
        if (!isVariant(child)) {
          variant = 0;
          continue;
        }
        if (variant === 0) sets += 1;
        variant += 1;
        const place = { set: sets, variant };
        // Visited before the variants inside it: an inner variant's heading is recorded again, as its own.
        visit(child, 'element', (heading) => {
          const rank = headingRank(heading);
          const id = heading.properties['id'];
          if ((rank === 2 || rank === 3) && typeof id === 'string') found.set(id, place);
        });
      }
    });
    if (found.size === 0) return;
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter[VARIANT_HEADINGS] = [...found].map(
      ([id, { set, variant }]): VariantHeading => [id, set, variant],
    );
  };
}
