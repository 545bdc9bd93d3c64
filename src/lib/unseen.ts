/**
 * What of a page no reader sees, which search must not find the page by, nor its Markdown copy hold: an
 * element a browser never shows the text of (NEVER_SHOWN), an element with `hidden` (`hidden="until-found"` too, which only the browser's find-in-page opens, as the
 * search vocabulary's text, hast-util-to-text, already leaves out) and a `<dialog>` that is not open. Pagefind read their text as any other: an MDX page's
 * `<div hidden>privacy privacy compliance security</div>` ranked it for words a reader never meets on it,
 * its search excerpt showing them, and its copy and llms-full.txt held them (red team 19). The site's own
 * hidden element, each Learn tab set's empty end marker (`learn-tabs-1-end`, src/markdown/remark-learn-tabs.ts;
 * content may not write such an id), is an anchor search reads, and stays.
 */
import type { Element } from 'hast';

/**
 * Elements a browser never shows the text of: a `<datalist>`'s options (shown only as an input's suggestions),
 * `<rp>` (the parentheses a browser without ruby shows), the fallback inside `<audio>`, `<video>`, `<canvas>`,
 * `<meter>` and `<progress>` (for a browser without them: each shows its player, drawing or bar instead) and
 * MathML's `<annotation>`s. Red team 22: each was indexed, so search found a page by words in them, as by a
 * `<div hidden>`'s. Red team 23: MathML's `<mphantom>` too, which keeps its content's room and shows none of it.
 */
const NEVER_SHOWN = [
  'datalist',
  'rp',
  'audio',
  'video',
  'canvas',
  'meter',
  'progress',
  'annotation',
  'annotation-xml',
  'mphantom',
];

/** UNSEEN as CSS selectors, as Pagefind's `excludeSelectors` takes them (src/integrations/pagefind.ts). */
export const UNSEEN_SELECTORS: readonly string[] = [
  '[hidden]:not([id^="learn-tabs-"])',
  'dialog:not([open])',
  ...NEVER_SHOWN,
];

/** Whether `node` is an element UNSEEN_SELECTORS select, read from its hast properties. */
export function isUnseen(node: Element): boolean {
  const { hidden, open, id } = node.properties;
  if (NEVER_SHOWN.includes(node.tagName)) return true;
  if (node.tagName === 'dialog' && (open === undefined || open === false)) return true;
  if (hidden === undefined || hidden === false) return false;
  return !(typeof id === 'string' && id.startsWith('learn-tabs-'));
}
