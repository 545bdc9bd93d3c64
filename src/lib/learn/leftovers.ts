/** Learn syntax that survived into published HTML: raw `:::` or `[!NOTE]`-style markers in the visible text. */
import { fromHtml } from 'hast-util-from-html';
import { SKIP, visit } from 'unist-util-visit';
import { LEARN_MARKER } from './syntax.ts';

/** Elements whose text is shown as code or not shown at all: markers there are meant. */
const IGNORED = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'template']);

/** Each text of the page (outside code) that holds a Learn marker, trimmed to 80 characters around it. */
export function findLearnLeftovers(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html), (node) => {
    if (node.type === 'element' && IGNORED.has(node.tagName)) return SKIP;
    if (node.type !== 'text') return undefined;
    const value = node.value.replace(/\s+/g, ' ');
    const match = LEARN_MARKER.exec(value);
    if (match) found.push(value.slice(Math.max(0, match.index - 30), match.index + 50).trim());
    return undefined;
  });
  return found;
}
