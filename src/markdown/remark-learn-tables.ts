/**
 * GFM table column alignment (`|:---:|`) as a class on each cell (`learn-align-center`), styled in
 * src/styles/learn.css: the HTML `align` the compiler would write becomes a `style=` attribute, which the
 * strict Content-Security-Policy blocks.
 */
import type { Root, Table } from 'mdast';
import { visit } from '../lib/tree-visit.ts';

/** Remark plugin: see the file comment. */
export function remarkLearnTables() {
  return (tree: Root) => {
    visit(tree, 'table', (table: Table) => {
      const align = table.align ?? [];
      for (const row of table.children) {
        row.children.forEach((cell, index) => {
          const side = align[index];
          if (!side) return;
          const properties = (cell.data?.hProperties ?? {}) as { className?: string[] };
          cell.data = {
            ...cell.data,
            hProperties: {
              ...properties,
              className: [...(properties.className ?? []), `learn-align-${side}`],
            },
          };
        });
      }
      table.align = align.map(() => null);
    });
  };
}
