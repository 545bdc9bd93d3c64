/**
 * A "Copy" button above each code block, as Learn, Starlight and Docusaurus have: readers of an admin guide
 * copy its commands. The button is the site's, not the page's: left out of search and of the Markdown copy,
 * shown only where scripts run (global.css), its words in the site's language. What it does is
 * src/client/copy-markdown.ts's: it copies the text of the block after its bar.
 */
import type { Element, Root } from 'hast';
import { SITE_LANG } from '../consts.ts';
import { visit } from '../lib/tree-visit.ts';
import { otherPageLang } from './page-lang.ts';

/** The bar above a code block that holds its "Copy" button, styled by global.css. */
export const CODE_BAR_CLASS = 'code-bar';

/** A block of code as Markdown writes it: a `<pre>` holding one `<code>`. */
function isCodeBlock(node: Element): boolean {
  const [code, ...rest] = node.children;
  return node.tagName === 'pre' && rest.length === 0 && code?.type === 'element' && code.tagName === 'code';
}

function codeBar(pageLang: string | undefined): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: {
      className: [CODE_BAR_CLASS],
      'data-pagefind-ignore': '',
      'data-markdown-ignore': '',
      ...(pageLang !== undefined && { lang: SITE_LANG }),
    },
    children: [
      {
        type: 'element',
        tagName: 'button',
        // What it copies: nothing named, so the block after its bar (copy-page.js).
        properties: { type: 'button', 'data-copy': '' },
        children: [{ type: 'text', value: 'Copy' }],
      },
    ],
  };
}

/** Rehype plugin: a bar with a "Copy" button right before each code block. */
export function rehypeCodeCopy() {
  return (tree: Root, file?: { data?: unknown }) => {
    const pageLang = otherPageLang(file);
    visit(tree, 'element', (node, index, parent) => {
      if (parent === undefined || index === undefined || !isCodeBlock(node)) return;
      parent.children.splice(index, 0, codeBar(pageLang));
      // The block itself is next, and has no block inside it.
      return index + 2;
    });
  };
}
