/**
 * A link to an image file whose only content is images without alt text (iis-docs' screenshots,
 * `[![](a/_static/image2.jpg)](a/_static/image1.jpg)`, Learn's `lightbox=` on an image of no alt text) has
 * no name a screen reader can read: it gets visually hidden words saying where it goes, "Full-size image".
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { SITE_LANG } from '../consts.ts';
import { hasImageExtension } from '../lib/learn/source-files.ts';
import { classifyUrl } from '../lib/url-class.ts';
import { otherPageLang } from './page-lang.ts';

/** The name of a link that opens an image's full-size file and shows only the image. */
const FULL_SIZE_IMAGE_TEXT = 'Full-size image';

/** Whether `href` opens an image file (its path ends in an image extension), here or on another site. */
function opensImage(href: string): boolean {
  const found = classifyUrl(href);
  if (found.kind !== 'internal' && found.kind !== 'outbound') return false;
  return hasImageExtension(found.url.pathname);
}

/** Whether `link` has a name of its own: text, an image's alt text, or an ARIA name or title. */
function hasName(link: Element): boolean {
  if (['ariaLabel', 'ariaLabelledBy', 'title'].some((name) => link.properties[name] !== undefined))
    return true;
  if (toString(link).trim() !== '') return true;
  let named = false;
  visit(link, 'element', (node: Element) => {
    const alt = node.properties['alt'];
    if (node.tagName === 'img' && typeof alt === 'string' && alt.trim() !== '') named = true;
    // Anything but an image (an SVG, a box of a missing image) may carry a name this check does not read.
    else if (node !== link && node.tagName !== 'img') named = true;
  });
  return named;
}

/** Rehype plugin, after links are resolved: see the file comment. */
export function rehypeImageLinkName() {
  return (tree: Root, file?: VFile) => {
    const lang = otherPageLang(file) === undefined ? undefined : SITE_LANG;
    visit(tree, 'element', (link: Element) => {
      const href = link.properties['href'];
      if (link.tagName !== 'a' || typeof href !== 'string' || !opensImage(href) || hasName(link)) return;
      // Hidden from sight, from the search index and from the page's Markdown copy (its class).
      link.children.push({
        type: 'element',
        tagName: 'span',
        properties: { className: ['visually-hidden'], dataPagefindIgnore: '', ...(lang ? { lang } : {}) },
        children: [{ type: 'text', value: FULL_SIZE_IMAGE_TEXT }],
      });
    });
  };
}
