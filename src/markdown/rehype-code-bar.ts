/**
 * A bar above each code block, as Learn, Starlight and Docusaurus have: its language's name ("PowerShell",
 * "Azure CLI": code-languages.ts), which tells two blocks in a row apart (a C# sample, then its Visual Basic
 * one), and a "Copy" button, as the admins this site is for copy its commands. The bar is the site's, not the
 * page's: left out of search and of the Markdown copy (whose fence names the language), its words in the site's
 * language. The button shows only where scripts run, and a bar without a name only with it (global.css); what
 * it does is src/client/copy-buttons.ts's: it copies the text of the block after its bar.
 */
import type { Element, Root } from 'hast';
import { SITE_LANG } from '../consts.ts';
import { visit } from '../lib/tree-visit.ts';
import { CODE_LABEL_CLASS, codeLanguageName } from './code-languages.ts';
import { otherPageLang } from './page-lang.ts';

/** The bar above a code block, styled by global.css. */
export const CODE_BAR_CLASS = 'code-bar';

/** The `<code>` of a block as Markdown writes it: a `<pre>` holding one `<code>`. */
function codeOfBlock(node: Element): Element | undefined {
  const [code, ...rest] = node.children;
  return node.tagName === 'pre' && rest.length === 0 && code?.type === 'element' && code.tagName === 'code'
    ? code
    : undefined;
}

/** The language a block's fence names (`language-powershell`, as remark-rehype writes it). */
function fenceLanguage(code: Element): string | undefined {
  const { className } = code.properties;
  const name = Array.isArray(className)
    ? className.find((one) => typeof one === 'string' && one.startsWith('language-'))
    : undefined;
  return typeof name === 'string' ? name.slice('language-'.length) : undefined;
}

function codeBar(language: string | undefined, pageLang: string | undefined): Element {
  const name = codeLanguageName(language);
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
      ...(name === undefined
        ? []
        : [
            {
              type: 'element' as const,
              tagName: 'span',
              properties: { className: [CODE_LABEL_CLASS] },
              children: [{ type: 'text' as const, value: name }],
            },
          ]),
      {
        type: 'element',
        tagName: 'button',
        // What it copies: nothing named, so the block after its bar (copy.js).
        properties: { type: 'button', 'data-copy': '' },
        children: [{ type: 'text', value: 'Copy' }],
      },
    ],
  };
}

/** Rehype plugin: a bar with the language's name and a "Copy" button right before each code block. */
export function rehypeCodeBar() {
  return (tree: Root, file?: { data?: unknown }) => {
    const pageLang = otherPageLang(file);
    visit(tree, 'element', (node, index, parent) => {
      const code = codeOfBlock(node);
      if (parent === undefined || index === undefined || code === undefined) return;
      parent.children.splice(index, 0, codeBar(fenceLanguage(code), pageLang));
      // The block itself is next, and has no block inside it.
      return index + 2;
    });
  };
}
