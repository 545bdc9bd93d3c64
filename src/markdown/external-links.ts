/**
 * How an external link is marked, in one place: rehype-external-links applies it to content links and
 * ExternalLink.astro to links in components, so both look and read the same.
 */
import type { Element, ElementContent, Properties, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import type { Options } from 'rehype-external-links';
import { visit } from '../lib/tree-visit.ts';
import { SITE_LANG } from '../consts.ts';
import { classifyUrl } from '../lib/url-class.ts';
import { otherPageLang } from './page-lang.ts';

/**
 * The site's class of text only a screen reader reads (global.css): the words a link's marker adds. Content may
 * not write it (RESERVED_CLASSES, remark-learn-tabs.ts).
 */
export const VISUALLY_HIDDEN_CLASS = 'visually-hidden';

/** Words a screen reader adds to the link's name; hidden from sight, and from the search index. */
export const EXTERNAL_TEXT = '(external site)';

/** `noopener noreferrer`: the destination gets no handle on this page and no Referer. */
export const EXTERNAL_REL = ['noopener', 'noreferrer'];

/** An arrow leaving a box, drawn in the text colour; decorative, so hidden from assistive technology. */
const icon: Element = {
  type: 'element',
  tagName: 'svg',
  properties: { className: ['external-icon'], viewBox: '0 0 16 16', ariaHidden: 'true', focusable: 'false' },
  children: [
    {
      type: 'element',
      tagName: 'path',
      properties: {
        d: 'M9.5 2.5h4v4m0-4L7 9M12 9.5V13a.5.5 0 0 1-.5.5h-8A.5.5 0 0 1 3 13V5a.5.5 0 0 1 .5-.5H7',
        fill: 'none',
        stroke: 'currentColor',
        strokeWidth: '1.5',
        strokeLinecap: 'round',
        strokeLinejoin: 'round',
      },
      children: [],
    },
  ],
};

const hiddenText: Element = {
  type: 'element',
  tagName: 'span',
  properties: { className: [VISUALLY_HIDDEN_CLASS] },
  children: [{ type: 'text', value: ` ${EXTERNAL_TEXT}` }],
};

/** The marker's wrapper: Pagefind leaves it out, so search excerpts never read "(external site)". */
const markerProperties: Properties = {
  className: ['external-marker'],
  dataPagefindIgnore: '',
  dataMarkdownIgnore: '',
};

/** The marker's content: the icon, then the hidden words. */
const markerContent: ElementContent[] = [icon, hiddenText];

/**
 * The class of a link whose text is its URL (`<https://x>`), or that has its URL written right under it (the Links
 * page): print does not spell the URL out again after it (print.css). Content may not write it (RESERVED_CLASSES, remark-learn-tabs.ts): it would hide where a link goes.
 */
export const URL_TEXT_CLASS = 'url-text';

/** Rehype plugin, before the marker is added: a link whose text is exactly its href gets URL_TEXT_CLASS. */
export function rehypeUrlText() {
  return (tree: Root) => {
    visit(tree, 'element', (link: Element) => {
      const href = link.properties['href'];
      if (link.tagName !== 'a' || typeof href !== 'string' || toString(link) !== href) return;
      const className = link.properties['className'];
      link.properties['className'] = [...(Array.isArray(className) ? className : []), URL_TEXT_CLASS];
    });
  };
}

/** The class of the link's last letter and its marker, kept on one line (white-space: nowrap). */
export const EXTERNAL_TAIL_CLASS = 'external-tail';

/** Whether `node` is the marker rehype-external-links appended. */
function isMarker(node: ElementContent | undefined): node is Element {
  const className = node?.type === 'element' ? node.properties['className'] : undefined;
  return Array.isArray(className) && className.includes('external-marker');
}

/**
 * Rehype plugin, right after rehype-external-links: the marker and the letter before it (with its combining
 * marks) go into one span kept on one line. A browser may wrap before an inline image, so the arrow sat
 * alone on the next line under a link in a narrow table cell. Only the last letter: a long last word (a URL)
 * may still wrap. A link ending in an element (its `<code>`) is left as it is.
 */
export function rehypeExternalTail() {
  return (tree: Root) => {
    visit(tree, 'element', (link: Element) => {
      if (link.tagName !== 'a') return;
      const at = link.children.findIndex((child) => isMarker(child));
      const marker = link.children[at];
      const before = link.children[at - 1];
      // An e-mail link's marker is words only: nothing to hold to the line.
      const hasIcon = (node: Element) =>
        node.children.some((child) => child.type === 'element' && child.tagName === 'svg');
      if (!isMarker(marker) || !hasIcon(marker) || before?.type !== 'text') return;
      const last = /\P{M}\p{M}*\s*$/u.exec(before.value);
      if (last === null) return;
      before.value = before.value.slice(0, last.index);
      const tail: Element = {
        type: 'element',
        tagName: 'span',
        properties: { className: [EXTERNAL_TAIL_CLASS] },
        children: [{ type: 'text', value: last[0] }, marker],
      };
      link.children.splice(at - 1, 2, ...(before.value === '' ? [] : [before]), tail);
    });
  };
}

/**
 * Rehype plugin, after rehype-external-links: on a page in another language than the site's (its front
 * matter's `lang`), the marker's hidden words, "(external site)" or "(email)", carry the site's `lang`; a
 * page in the site's language is left as it is.
 */
export function rehypeExternalWordsLang() {
  return (tree: Root, file?: { data?: unknown }) => {
    if (otherPageLang(file) === undefined) return;
    visit(tree, 'element', (marker: Element) => {
      if (!isMarker(marker)) return;
      for (const child of marker.children) {
        const className = child.type === 'element' ? child.properties['className'] : undefined;
        if (child.type === 'element' && Array.isArray(className) && className.includes(VISUALLY_HIDDEN_CLASS))
          child.properties['lang'] = SITE_LANG;
      }
    });
  };
}

/** Words a screen reader adds to an e-mail link (`mailto:`, also GFM's bare addresses): it opens the mail program. */
export const EMAIL_TEXT = '(email)';

/** The marker of a `mailto:` link: the same wrapper, its own hidden words. */
const emailContent: ElementContent[] = [
  {
    type: 'element',
    tagName: 'span',
    properties: { className: [VISUALLY_HIDDEN_CLASS] },
    children: [{ type: 'text', value: ` ${EMAIL_TEXT}` }],
  },
];

/** Whether a link leaves the site (or opens the mail program), as the site's one URL classifier reads it (src/lib/url-class.ts). */
function isOutboundLink(element: Element): boolean {
  const href = element.properties['href'];
  if (typeof href !== 'string') return false;
  const kind = classifyUrl(href).kind;
  return kind === 'outbound' || kind === 'mailto';
}

/** Options for rehype-external-links: links leaving the site (and e-mail links) get the marker and rel; same tab (no target). */
export const externalLinksOptions: Options = {
  test: isOutboundLink,
  rel: EXTERNAL_REL,
  protocols: ['http', 'https', 'mailto'],
  content: (element) => {
    const href = element.properties['href'];
    return typeof href === 'string' && href.startsWith('mailto:') ? emailContent : markerContent;
  },
  contentProperties: markerProperties,
};

/** The same marker as HTML, for links written in components. */
export const externalMarkerHtml = toHtml({
  type: 'element',
  tagName: 'span',
  properties: markerProperties,
  children: markerContent,
});

/**
 * A component's link text (`html`, its slot as rendered) with the marker after it, its last letter and the
 * marker kept on one line as rehypeExternalTail keeps a page's: PageSource's "Suggest a fix", beside a long
 * repository's name (customer-insights-pr.he-il, real-folder trial BY), left its arrow alone at the start of
 * the next line.
 */
export function externalLinkHtml(html: string): string {
  const link: Element = {
    type: 'element',
    tagName: 'a',
    properties: {},
    children: [
      ...(fromHtml(html, { fragment: true }).children as ElementContent[]),
      {
        type: 'element',
        tagName: 'span',
        properties: markerProperties,
        children: structuredClone(markerContent),
      },
    ],
  };
  rehypeExternalTail()({ type: 'root', children: [link] });
  return toHtml(link.children);
}
