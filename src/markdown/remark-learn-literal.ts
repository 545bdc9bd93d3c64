/**
 * Learn syntax an article shows on purpose, written escaped (`\[!NOTE]`, `\:::image`, `&#58;::`): its text
 * is wrapped in `<span class="learn-literal">`, so the leftovers check (src/lib/learn/leftovers.ts) tells
 * it from a construct nothing rendered. Inline code needs nothing: it is code.
 */
import type { Parent, Root, RootContent, Text } from 'mdast';
import { SKIP, visit } from '../lib/tree-visit.ts';
import type { VFile } from 'vfile';
import { LITERAL_CLASS } from '../lib/learn/leftovers.ts';
import { LEARN_MARKER } from '../lib/learn/syntax.ts';
import { sourceText } from './source-place.ts';

/** A marker written so Markdown shows it as text: a backslash or a character reference inside it. */
const ESCAPED_MARKER = /\\\[!|\\:|:\\:|&#0*58;|&colon;|&#0*91;|&lbrack;|&#x0*3a;|&#x0*5b;/i;

/** Remark plugin: see the file comment. Runs before the plugins that render Learn's constructs. */
export function remarkLearnLiteral() {
  return (tree: Root, file: VFile) => {
    // What the page and its includes wrote (remarkLearnInclude runs before).
    const source = sourceText(file);
    visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || !LEARN_MARKER.test(node.value)) return undefined;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined || !ESCAPED_MARKER.test(source.slice(start, end)))
        return undefined;
      const literal = {
        type: 'learnLiteral',
        data: { hName: 'span', hProperties: { className: [LITERAL_CLASS] } },
        children: [node],
      } as unknown as RootContent;
      parent.children.splice(index, 1, literal);
      return [SKIP, index + 1];
    });
  };
}
