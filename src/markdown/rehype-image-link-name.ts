/**
 * A link to an image file whose only content is images without alt text (iis-docs' screenshots,
 * `[![](a/_static/image2.jpg)](a/_static/image1.jpg)`, Learn's `lightbox=` on an image of no alt text) has
 * no name a screen reader can read: it gets visually hidden words saying where it goes, "Full-size image".
 * What a link's name is, is said here once (hasAccessibleName): rehype-link-check refuses any other link
 * without one.
 */
import type { Element, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { EXIT, SKIP, visit } from '../lib/tree-visit.ts';
import { SITE_LANG } from '../consts.ts';
import { textAsShown } from '../lib/content-safety.ts';
import { hasImageExtension } from '../lib/learn/source-files.ts';
import { classifyUrl } from '../lib/url-class.ts';
import { VISUALLY_HIDDEN_CLASS } from './external-links.ts';
import { isJsx, jsxAttributeValue, type JsxElement } from './mdx-jsx.ts';
import { otherPageLang } from './page-lang.ts';

/** The name of a link that opens an image's full-size file and shows only the image. */
const FULL_SIZE_IMAGE_TEXT = 'Full-size image';

/** Whether `href` opens an image file (its path ends in an image extension), here or on another site. */
function opensImage(href: string): boolean {
  const found = classifyUrl(href);
  if (found.kind !== 'internal' && found.kind !== 'outbound') return false;
  return hasImageExtension(found.url.pathname);
}

/** The hast property of each attribute that may name a link or image. */
const PROPERTY: Record<string, string> = {
  'aria-label': 'ariaLabel',
  'aria-labelledby': 'ariaLabelledBy',
  'aria-hidden': 'ariaHidden',
  title: 'title',
  alt: 'alt',
};

/** The text of attribute `name` (as HTML writes it: `aria-label`) of an element or of JSX, or ''. */
function attributeText(node: Node, name: string): string {
  if (node.type === 'element') {
    const value = (node as Element).properties[PROPERTY[name] ?? name];
    return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
  }
  if (!isJsx(node)) return '';
  return jsxAttributeValue(node.attributes, name) ?? '';
}

/**
 * Elements that show no name by themselves: an image (but by its alt text) and SVG's drawing, its shapes and what
 * groups them (a name there is an attribute, or SVG's <text>, which is text).
 */
const NAMELESS_ELEMENTS = new Set([
  'img',
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'image',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
]);

/**
 * Whether `link` (an element, or JSX in an .mdx page) has a name of its own: text, an image's alt text, or an ARIA
 * name or title, that shows something (textAsShown: a zero-width space or a braille blank does not), outside what
 * `aria-hidden="true"` hides from screen readers. Lenient: any other element in it (a figure, a missing image's box)
 * may carry a name this does not read, and counts as one. Red team 35: `<a href><span aria-hidden="true">Privacy
 * </span></a>` and an SVG's `<a href><rect /></a>` passed as named, and axe's link-name failed on each.
 */
export function hasAccessibleName(link: Node): boolean {
  const names = ['aria-label', 'aria-labelledby', 'title'];
  if (names.some((name) => textAsShown(attributeText(link, name)) !== '')) return true;
  let named = false;
  visit(link, (node: Node) => {
    if (named) return EXIT;
    if (node.type === 'text') {
      named = textAsShown((node as Text).value) !== '';
      return undefined;
    }
    if (node === link || (node.type !== 'element' && !isJsx(node))) return undefined;
    if (attributeText(node, 'aria-hidden').trim().toLowerCase() === 'true') return SKIP;
    const tag = node.type === 'element' ? (node as Element).tagName : ((node as JsxElement).name ?? '');
    named =
      !NAMELESS_ELEMENTS.has(tag.toLowerCase()) ||
      [...names, ...(tag === 'img' ? ['alt'] : [])].some(
        (name) => textAsShown(attributeText(node, name)) !== '',
      );
    return undefined;
  });
  return named;
}

/**
 * What `link` (an element, or JSX in an .mdx page) shows a reader as its name or as where it goes, as one text: its
 * text, its ARIA name, its title (the tooltip) and each image's alt text and title in it.
 */
export function shownNames(link: Node): string {
  const names = [
    toString(link as Element),
    ...['aria-label', 'title'].map((name) => attributeText(link, name)),
  ];
  visit(link, (node: Node) => {
    if (node !== link && (node.type === 'element' || isJsx(node)))
      names.push(attributeText(node, 'alt'), attributeText(node, 'title'));
  });
  return names.filter((name) => name !== '').join(' ');
}

/** Rehype plugin, after links are resolved: see the file comment. */
export function rehypeImageLinkName() {
  return (tree: Root, file?: VFile) => {
    const lang = otherPageLang(file) === undefined ? undefined : SITE_LANG;
    visit(tree, 'element', (link: Element) => {
      const href = link.properties['href'];
      if (link.tagName !== 'a' || typeof href !== 'string' || hasAccessibleName(link) || !opensImage(href))
        return;
      // Hidden from sight, from the search index and from the page's Markdown copy (its data- marks).
      link.children.push({
        type: 'element',
        tagName: 'span',
        properties: {
          className: [VISUALLY_HIDDEN_CLASS],
          dataPagefindIgnore: '',
          dataMarkdownIgnore: '',
          ...(lang ? { lang } : {}),
        },
        children: [{ type: 'text', value: FULL_SIZE_IMAGE_TEXT }],
      });
    });
  };
}
