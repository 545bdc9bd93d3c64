/**
 * A page's headings one level at a time, as a screen reader's outline reads them: a heading deeper than one
 * level below the heading it sits under becomes that level plus one, and so do the headings under it, each
 * kept as deep below it as it was. The page's title is its one h1 (the layout's), so content starts at h2.
 *
 * Learn's articles skip levels, and an include lands at the level its own author chose: VBA-Docs (real-folder
 * trial CG) ends every page with `[!include[Support and feedback](~/includes/feedback-boilerplate.md)]`, whose
 * `### Support and feedback` follows the H1 straight on an enumeration page (WdSaveOptions: the title, a table,
 * then that h3), and its older object pages put `#### Other resources` under `## See also`. axe's
 * heading-order rule, which this site holds every page to, failed both; "On this page" left the h4 out.
 *
 * A heading is placed under the nearest heading before it that is less deep in the source, one level below
 * what that heading became: headings that were siblings stay siblings, and a page whose levels skip none keeps
 * every level. A content h1 (in Markdown, HTML or an .mdx page's JSX) is read as written an h2, a section of the
 * page: red team 34's looked as the page's title does, so a page could start a page of its own, titled as it liked,
 * below a forged footer. The text, ids and anchors are unchanged.
 */
import type { Element, Root } from 'hast';
import type { Node } from 'unist';
import { headingRank } from 'hast-util-heading-rank';
import { visit } from '../lib/tree-visit.ts';
import { isTabLabelId } from '../lib/toc.ts';
import { isJsx } from './mdx-jsx.ts';

/** A heading a later one may sit under: the level it was written at, the one it now has, a tab label or not. */
interface Open {
  written: number;
  level: number;
  label: boolean;
}

/** Rehype plugin, after rehype-trim-headings (which drops headings showing nothing), before the ids. */
export function rehypeHeadingOrder() {
  return (tree: Root) => {
    const open: Open[] = [];
    visit(tree, (node: Node) => {
      // A JSX <h1> has no rank for hast (nor an id: rehype-slug reads elements); JSX's other headings keep theirs.
      const jsxTitle = isJsx(node) && node.name === 'h1' ? node : undefined;
      const element = node.type === 'element' ? (node as Element) : undefined;
      const rank = jsxTitle ? 1 : element ? headingRank(element) : undefined;
      if (rank === undefined) return;
      const written = Math.max(rank, 2);
      // A tab label (remark-learn-tabs) sits under a heading of its own level when that is an h6, the deepest
      // a label is written at: it ends only another label of its set there, or a heading less deep.
      const id = element?.properties['id'];
      const label = typeof id === 'string' && isTabLabelId(id);
      const ends = (above: Open) =>
        above.written > written || (above.written === written && (above.label || !label || written < 6));
      while (open.length > 0 && ends(open.at(-1) as Open)) open.pop();
      const level = (open.at(-1)?.level ?? 1) + 1;
      open.push({ written, level, label });
      if (level === rank) return;
      if (jsxTitle) jsxTitle.name = `h${String(level)}`;
      else if (element) element.tagName = `h${String(level)}`;
    });
  };
}
