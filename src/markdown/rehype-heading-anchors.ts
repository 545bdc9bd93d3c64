/**
 * The "#" link after each heading (rehype-autolink-headings), named for screen readers "Link to section:
 * <heading>". On a page in another language than the site's, those words are the site's and carry its
 * `lang`, the heading's text inside them the page's.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeAutolinkHeadings, { type Options } from 'rehype-autolink-headings';
import { SITE_LANG } from '../consts.ts';
import { VISUALLY_HIDDEN_CLASS } from './external-links.ts';
import { otherPageLang, spanInLang } from './page-lang.ts';

/** The link's content: a "#" hidden from screen readers, and its name hidden from sight. */
function headingAnchor(heading: Element, pageLang: string | undefined): ElementContent[] {
  const text = toString(heading);
  const name: ElementContent[] =
    pageLang === undefined
      ? [{ type: 'text', value: `Link to section: ${text}` }]
      : [{ type: 'text', value: 'Link to section: ' }, spanInLang(pageLang, [{ type: 'text', value: text }])];
  return [
    {
      type: 'element',
      tagName: 'span',
      properties: { ariaHidden: 'true' },
      children: [{ type: 'text', value: '#' }],
    },
    {
      type: 'element',
      tagName: 'span',
      properties: { className: [VISUALLY_HIDDEN_CLASS], ...(pageLang !== undefined && { lang: SITE_LANG }) },
      children: name,
    },
  ];
}

/** The "#" link's class: its name repeats the heading's text (read by src/lib/learn/leftovers.ts). */
export const HEADING_ANCHOR_CLASS = 'heading-anchor';

// Made afresh for each heading by functions: given objects, rehype-autolink-headings copies each for each
// heading with structuredClone.
const options: Options = {
  behavior: 'after',
  group: () => ({ type: 'element', tagName: 'div', properties: { className: ['heading'] }, children: [] }),
  properties: () => ({
    className: [HEADING_ANCHOR_CLASS],
    'data-pagefind-ignore': '',
    'data-markdown-ignore': '',
  }),
};

/** Rehype plugin: each heading with an id gets its "#" link after it, in a `<div class="heading">` with it. */
export function rehypeHeadingAnchors() {
  return (tree: Root, file?: { data?: unknown }) => {
    const pageLang = otherPageLang(file);
    rehypeAutolinkHeadings({ ...options, content: (heading) => headingAnchor(heading, pageLang) })(tree);
  };
}
