/** A paragraph's (or setext heading's) inline content as the source lines it was written on. */
import type { PhrasingContent } from 'mdast';

/** A line of a paragraph's (or setext heading's) inline content, and what ended it: a newline or a hard break. */
export interface InlineLine {
  nodes: PhrasingContent[];
  end?: PhrasingContent;
}

/** `nodes` cut into lines at newlines in their text and at hard breaks. */
export function inlineLines(nodes: readonly PhrasingContent[]): InlineLine[] {
  const lines: InlineLine[] = [{ nodes: [] }];
  for (const node of nodes) {
    const line = lines.at(-1) as InlineLine;
    if (node.type === 'break') {
      line.end = node;
      lines.push({ nodes: [] });
    } else if (node.type === 'text' && node.value.includes('\n')) {
      const [first = '', ...rest] = node.value.split('\n');
      if (first !== '') line.nodes.push({ type: 'text', value: first });
      line.end = { type: 'text', value: '\n' };
      rest.forEach((value, index) => {
        lines.push({ nodes: value === '' ? [] : [{ type: 'text', value }] });
        if (index < rest.length - 1) (lines.at(-1) as InlineLine).end = { type: 'text', value: '\n' };
      });
    } else line.nodes.push(node);
  }
  return lines;
}

/** The inline content of consecutive `lines`, each line's end kept between them (not after the last). */
export function joinLines(lines: readonly InlineLine[]): PhrasingContent[] {
  return lines.flatMap((line, index) =>
    index < lines.length - 1 && line.end ? [...line.nodes, line.end] : line.nodes,
  );
}
