/**
 * What a screen reader reads of an element is what the page shows of it. Red team 35: an MDX page's `<a
 * href="/security/" aria-label="Privacy">Security</a>` built, and a screen reader read "Privacy, link" where the page
 * showed "Security" (axe: label-content-name-mismatch; WCAG 2.5.3, a reader speaking the words shown cannot follow it);
 * and its `<img src="/favicon.svg">` of no alt= failed axe's image-alt, a screen reader reading the image's file name.
 * Learn writes both (an old article's `<img>` without alt, which the import writes as Markdown's `![](…)`), so neither
 * fails the build: an `aria-label` that does not hold the element's shown text is left out, and an image without alt=
 * is decoration (alt=""), as Markdown's `![](…)` is (one named by aria-label= or title= keeps it), each said in a
 * warning at its line with what to write.
 */
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { textAsShown } from '../lib/content-safety.ts';
import { visit } from '../lib/tree-visit.ts';
import { hasAccessibleName } from './rehype-image-link-name.ts';
import { isJsx, type JsxElement } from './mdx-jsx.ts';
import { placeName } from './source-place.ts';

/** Text as compared for a name: its letters and digits as shown, in lower case, words one space apart. */
function comparable(text: string): string {
  return textAsShown(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}

/** The value of JSX attribute `name` (lower case): '' when bare, undefined when absent. */
function attributeOf(node: JsxElement, name: string): string | undefined {
  const found = node.attributes.find(
    (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name.toLowerCase() === name,
  );
  if (found?.type !== 'mdxJsxAttribute') return undefined;
  return typeof found.value === 'string' ? found.value : '';
}

/** Sets JSX attribute `name` to `value`, or removes it when `value` is undefined. */
function setAttribute(node: JsxElement, name: string, value?: string): void {
  node.attributes = node.attributes.filter(
    (attribute) => attribute.type !== 'mdxJsxAttribute' || attribute.name.toLowerCase() !== name,
  );
  if (value !== undefined) node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** Rehype plugin: see the file comment. */
export function rehypeShownNames() {
  return (tree: Root, file: VFile) => {
    const warn = (node: Node, message: string) => {
      console.warn(`[accessible-names] ${placeName(file, node.position?.start.line)}: ${message}`);
    };
    // Only what content writes as HTML (JSX of an .mdx page; a .md page may hold none): the build's own names stay.
    visit(tree, (node: Node) => {
      if (!isJsx(node)) return;
      const tag = node.name ?? '';
      // Alt text of blanks alone (alt=" ") is none either: axe's image-alt reads it so, a screen reader too.
      const alt = tag === 'img' ? attributeOf(node, 'alt') : '';
      // An image named by its aria-label or title instead (axe's image-alt passes it) keeps it: alt="" would hide it.
      const blank = alt !== undefined && alt !== '' && textAsShown(alt) === '';
      if ((alt === undefined && !hasAccessibleName(node)) || blank) {
        setAttribute(node, 'alt', '');
        warn(
          node,
          `an <img> without alt= (or of blanks alone) is read as decoration (alt=""), which a screen reader passes over. Write alt= saying what it shows, or alt="" where it only decorates.`,
        );
      }
      // A link or a <summary> is named by its text (axe's label-content-name-mismatch reads those that are).
      if (tag !== 'a' && tag !== 'summary') return;
      const label = attributeOf(node, 'aria-label');
      const shown = comparable(toString(node));
      if (label === undefined || shown === '' || comparable(label).includes(shown)) return;
      setAttribute(node, 'aria-label');
      warn(
        node,
        `aria-label="${label}" on <${tag}> is left out: a screen reader would read it in place of the text the page shows, "${shown}". Write the words to be read as the element's text, or an aria-label that holds it.`,
      );
    });
  };
}
