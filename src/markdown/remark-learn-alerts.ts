/** Learn's alerts (`> [!NOTE]` … `> [!WARNING]`) as labelled callouts, and `> [!div class="…"]` as a plain block. */
import type { Blockquote, Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { ElementContent } from 'hast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from '../lib/tree-visit.ts';
import type { VFile } from 'vfile';
import { SITE_LANG } from '../consts.ts';
import { DIV_MARKER, parseAttributes } from '../lib/learn/syntax.ts';
import { otherPageLang } from './page-lang.ts';

export const ALERT_KINDS = ['note', 'tip', 'important', 'caution', 'warning'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** The class of a callout of `kind` (`callout-note`), which callouts.css colours it by. */
function kindClass(kind: AlertKind): string {
  return `callout-${kind}`;
}

/** The classes of a callout the build makes (callouts.css): its box, one per kind, its title and the title's icon. */
export const CALLOUT_CLASSES = {
  box: 'callout',
  kinds: ALERT_KINDS.map(kindClass),
  title: 'callout-title',
  icon: 'callout-icon',
} as const;

const LABELS: Record<AlertKind, string> = {
  note: 'Note',
  tip: 'Tip',
  important: 'Important',
  caution: 'Caution',
  warning: 'Warning',
};

/** 16×16 icons drawn for this site (even-odd fill): info ring, star, speech bubble, octagon, triangle. */
const ICONS: Record<AlertKind, string> = {
  note: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm0 1.5a5.5 5.5 0 1 1 0 11 5.5 5.5 0 0 1 0-11ZM7.25 7h1.5v4.5h-1.5ZM8 4.25a1 1 0 1 1 0 2 1 1 0 0 1 0-2Z',
  tip: 'M8 1l2.1 4.4 4.9.6-3.6 3.3 1 4.8L8 11.7l-4.4 2.4 1-4.8L1 6l4.9-.6Z',
  important: 'M2 2h12v9H7.5L4 14v-3H2ZM7.25 4h1.5v4h-1.5Zm0 5h1.5v1.25h-1.5Z',
  caution: 'M5 1h6l4 4v6l-4 4H5l-4-4V5ZM7.25 4h1.5v5h-1.5Zm0 6h1.5v1.5h-1.5Z',
  warning: 'M8 1l7 13H1ZM7.25 6h1.5v4h-1.5Zm0 5h1.5v1.5h-1.5Z',
};

const MARKER = /^\[!(NOTE|TIP|IMPORTANT|CAUTION|WARNING)\][ \t]*(?:\r?\n)?/i;
const QUOTE_DIV_MARKER = new RegExp(`${DIV_MARKER.source}[ \\t]*(?:\\r?\\n)?`, 'i');

/**
 * The classes of the block a `[!div class="a b" …]` marker makes, from the marker's attributes:
 * `learn-div learn-div-a learn-div-b`. Its other attributes are not copied to the page.
 */
export function learnDivClasses(attributes = ''): string[] {
  const names = (parseAttributes(attributes)['class'] ?? '')
    .split(/\s+/)
    .filter((name) => /^[\w-]+$/.test(name));
  return ['learn-div', ...names.map((name) => `learn-div-${name}`)];
}

/** The icon as hast, hidden from assistive technology (the visible label says the same). */
function icon(kind: AlertKind): ElementContent {
  return {
    type: 'element',
    tagName: 'svg',
    properties: {
      className: [CALLOUT_CLASSES.icon],
      viewBox: '0 0 16 16',
      width: 16,
      height: 16,
      fill: 'currentColor',
      ariaHidden: 'true',
      focusable: 'false',
    },
    children: [
      { type: 'element', tagName: 'path', properties: { fillRule: 'evenodd', d: ICONS[kind] }, children: [] },
    ],
  };
}

/**
 * Elements that end an open `<p>` where a browser parses their start tag (HTML's parsing rules): inside
 * a paragraph they would leave it empty and the text after them outside it.
 */
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'dialog',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'search',
  'section',
  'table',
  'ul',
]);

/** Whether `node` is an element (MDX's JSX, in a line of text) that may not be inside a paragraph. */
function isBlockElement(node: PhrasingContent): boolean {
  return node.type === 'mdxJsxTextElement' && node.name !== null && BLOCK_ELEMENTS.has(node.name);
}

/**
 * The blocks `paragraph` is once each block element in it (`<p>`, `<div>`, `<table>`…) is a block of its
 * own, the text between them paragraphs (white space alone dropped); undefined when it holds none. MDX
 * reads `<p>Text.</p>` on the line under `[!NOTE]` as part of the marker's paragraph.
 */
function splitAtBlockElements(paragraph: Paragraph): RootContent[] | undefined {
  if (!paragraph.children.some(isBlockElement)) return undefined;
  const blocks: RootContent[] = [];
  let run: PhrasingContent[] = [];
  const flush = () => {
    const blank = run.every(
      (child) => child.type === 'break' || (child.type === 'text' && child.value.trim() === ''),
    );
    if (!blank) blocks.push({ type: 'paragraph', children: run });
    run = [];
  };
  for (const child of paragraph.children) {
    if (!isBlockElement(child)) {
      run.push(child);
      continue;
    }
    flush();
    blocks.push({ ...(child as unknown as MdxJsxFlowElement), type: 'mdxJsxFlowElement' });
  }
  flush();
  return blocks;
}

/**
 * Removes `pattern` from the start of the blockquote's first paragraph; returns the match, or null. The
 * rest of that paragraph stays a paragraph, but for its block elements, blocks of the quote.
 */
function takeMarker(node: Blockquote, pattern: RegExp): RegExpExecArray | null {
  const first = node.children[0];
  if (first?.type !== 'paragraph') return null;
  const text = first.children[0];
  if (text?.type !== 'text') return null;
  const match = pattern.exec(text.value);
  if (!match) return null;
  text.value = text.value.slice(match[0].length);
  if (text.value === '') first.children.shift();
  const next = first.children[0];
  if (next?.type === 'break') first.children.shift();
  const blocks = splitAtBlockElements(first) ?? (first.children.length === 0 ? [] : [first]);
  node.children.splice(0, 1, ...(blocks as Blockquote['children']));
  return match;
}

/** Where a line starting with an alert marker begins in `text`, when one does (`lineStart`: its first line too). */
function markerLine(text: string, lineStart: boolean): number | undefined {
  let offset = 0;
  for (const [index, line] of text.split('\n').entries()) {
    if ((index > 0 || lineStart) && MARKER.test(line)) return offset;
    offset += line.length + 1;
  }
  return undefined;
}

/**
 * The quote's content from its next alert marker on, taken out of it as a quote of its own: on Learn a
 * line that starts an alert, in a later paragraph of a quote or inside one, closes the callout before it.
 */
function takeNextAlert(node: Blockquote): Blockquote | undefined {
  for (const [index, child] of node.children.entries()) {
    if (child.type !== 'paragraph') continue;
    for (const [at, text] of child.children.entries()) {
      if (text.type !== 'text') continue;
      const previous = child.children[at - 1];
      const start = markerLine(text.value, at === 0 ? index > 0 : previous?.type === 'break');
      if (start === undefined) continue;
      const head = child.children.slice(0, at);
      if (start > 1) head.push({ type: 'text', value: text.value.slice(0, start - 1) });
      if (head.at(-1)?.type === 'break') head.pop();
      const tail: Paragraph = {
        type: 'paragraph',
        children: [{ type: 'text', value: text.value.slice(start) }, ...child.children.slice(at + 1)],
      };
      const rest = node.children.splice(index);
      if (head.length > 0) node.children.push({ ...child, children: head });
      return { type: 'blockquote', children: [tail, ...rest.slice(1)] };
    }
  }
  return undefined;
}

/**
 * The callout's visible title: icon and label, in the site's language (`english`: not the page's). Search
 * leaves it out: the label is the site's word, not the page's, and an excerpt read "Important. Dynamics 365…"
 * or "…转换为另一种。 Note. 本文介绍…" (office-developer-client-docs.zh-CN).
 */
function title(kind: AlertKind, english: boolean): Paragraph {
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: LABELS[kind] }],
    data: {
      hProperties: {
        className: [CALLOUT_CLASSES.title],
        dataPagefindIgnore: '',
        ...(english ? { lang: SITE_LANG } : {}),
      },
      hChildren: [icon(kind), { type: 'text', value: LABELS[kind] }],
    },
  };
}

/**
 * Remark plugin: alerts become `<div class="callout callout-note" role="note" aria-label="Note">`. On a
 * page in another language than the site's, the label is the site's word: its title carries `lang="en"`,
 * and the callout no `aria-label`, which a screen reader would speak in the page's language.
 */
export function remarkLearnAlerts() {
  return (tree: Root, file: VFile) => {
    const english = otherPageLang(file) !== undefined;
    visit(tree, 'blockquote', (node: Blockquote, index, parent: Parent | undefined) => {
      // A later alert in the quote becomes the quote after it, visited in its turn.
      const next = takeNextAlert(node);
      if (next && parent && index !== undefined) parent.children.splice(index + 1, 0, next);
      const alert = takeMarker(node, MARKER);
      if (alert) {
        const kind = (alert[1] ?? 'note').toLowerCase() as AlertKind;
        node.children.unshift(title(kind, english) as RootContent as Blockquote['children'][number]);
        node.data = {
          hName: 'div',
          hProperties: {
            className: [CALLOUT_CLASSES.box, kindClass(kind)],
            role: 'note',
            ...(english ? {} : { ariaLabel: LABELS[kind] }),
          },
        };
        return;
      }
      const div = takeMarker(node, QUOTE_DIV_MARKER);
      if (div) node.data = { hName: 'div', hProperties: { className: learnDivClasses(div[1]) } };
    });
  };
}
