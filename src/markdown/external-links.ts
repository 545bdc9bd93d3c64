/**
 * How an external link is marked, in one place: rehype-external-links applies it to content links and
 * ExternalLink.astro to links in components, so both look and read the same.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Options } from 'rehype-external-links';
import { classifyUrl } from '../lib/url-class.ts';

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
  properties: { className: ['visually-hidden'] },
  children: [{ type: 'text', value: ` ${EXTERNAL_TEXT}` }],
};

/** The marker's wrapper: Pagefind leaves it out, so search excerpts never read "(external site)". */
const markerProperties: Properties = { className: ['external-marker'], dataPagefindIgnore: '' };

/** The marker's content: the icon, then the hidden words. */
const markerContent: ElementContent[] = [icon, hiddenText];

/** Whether a link leaves the site, as the site's one URL classifier reads it (src/lib/url-class.ts). */
function isOutboundLink(element: Element): boolean {
  const href = element.properties['href'];
  return typeof href === 'string' && classifyUrl(href).kind === 'outbound';
}

/** Options for rehype-external-links: links leaving the site get the marker and rel; same tab (no target). */
export const externalLinksOptions: Options = {
  test: isOutboundLink,
  rel: EXTERNAL_REL,
  content: markerContent,
  contentProperties: markerProperties,
};

/** The same marker as HTML, for links written in components. */
export const externalMarkerHtml = toHtml({
  type: 'element',
  tagName: 'span',
  properties: markerProperties,
  children: markerContent,
});
