/**
 * Content's ids never take the layout's (src/lib/layout-ids.ts), so the skip link, the table of
 * contents' `aria-labelledby`, the search box and the menu keep pointing at the layout; nor GFM's
 * footnotes' (`## Footnote label` took `footnote-label`, `## User content fn 1` the note's id, and the
 * reference jumped to the heading: isFootnoteId), whose section and references keep theirs. A heading named
 * like one (`## Main content` is `main-content` to rehype-slug) gets the next free suffix, as a second
 * heading of the same name does (`main-content-1`); a link written to `#main-content` then fails the
 * anchor check, which lists the page's headings. An id written in content (`<a id="main-content">`, or
 * `<a name>`) fails the build with file and line instead: its author chose it to be linked to, so
 * renaming it would break those links quietly.
 */
import type { Element, Root } from 'hast';
import type { Node } from 'unist';
import { SKIP, visit } from '../lib/tree-visit.ts';
import type { VFile } from 'vfile';
import { isFootnoteId, isTabSetId, RESERVED_IDS } from '../lib/layout-ids.ts';
import { TAB_SET_CLASSES } from './remark-learn-tabs.ts';
import { tabSetBound } from '../search/tab-sets.ts';
import { isJsx, type JsxElement } from './mdx-jsx.ts';
import { TEXT_IDS } from './rehype-learn-heading-ids.ts';
import { isBookmark } from './rehype-unique-ids.ts';
import { pagePoint, placeName } from './source-place.ts';

export interface ReservedIdsOptions {
  /** The ids content may not take; by default the layout's. */
  reserved?: ReadonlySet<string>;
}

/** The ids an element written as JSX in MDX gives itself: its `id`, and an `<a name>`'s name. */
function writtenIds(node: JsxElement): string[] {
  return node.attributes.flatMap((attribute) =>
    attribute.type === 'mdxJsxAttribute' &&
    ['id', 'name'].includes(attribute.name.toLowerCase()) &&
    typeof attribute.value === 'string'
      ? [attribute.value]
      : [],
  );
}

/**
 * Attributes that name other elements by id (names as written, lower case, letters only: `htmlFor` is `for`): a
 * `<label for>` adds its text to the named control's name, ARIA's labels, descriptions and the rest read or act on
 * the element named. Red team 26: `<label for="search-input">Search is switched off on this site: call 555-0100
 * to search</label>` made the header's search box "Search Search is switched off…" to a screen reader, in
 * Chromium's accessibility tree. Content names only its own elements: never the layout's, footnotes' or tab sets'.
 */
const ID_REFERENCES = new Set([
  'for',
  'htmlfor',
  'arialabelledby',
  'ariadescribedby',
  'ariacontrols',
  'ariadetails',
  'ariaerrormessage',
  'ariaactivedescendant',
  'ariaowns',
  'ariaflowto',
  'headers',
  'list',
  'itemref',
]);

/** The ids an element written as JSX names by ID_REFERENCES attributes, each with the attribute's name as written. */
function referencedIds(node: JsxElement): { attribute: string; id: string }[] {
  return node.attributes.flatMap((attribute) =>
    attribute.type === 'mdxJsxAttribute' &&
    ID_REFERENCES.has(attribute.name.toLowerCase().replace(/[^a-z]/g, '')) &&
    typeof attribute.value === 'string'
      ? attribute.value
          .split(/[\t\n\f\r ]+/)
          .filter((id) => id !== '')
          .map((id) => ({ attribute: attribute.name, id }))
      : [],
  );
}

/** Whether `element` is GFM's own footnote machinery: the footnotes' section, or a reference to a note. */
function isFootnotePart(element: Element): boolean {
  const { properties } = element;
  return (
    (element.tagName === 'section' && properties['dataFootnotes'] !== undefined) ||
    (element.tagName === 'a' && properties['dataFootnoteRef'] !== undefined)
  );
}

/** Rehype plugin, right after rehype-slug: see the file comment. */
export function rehypeReservedIds({ reserved = RESERVED_IDS }: ReservedIdsOptions = {}) {
  return (tree: Root, file: VFile) => {
    const taken = new Set(reserved);
    /**
     * The ids of the page's other elements, which a heading's own (made from its text: TEXT_IDS) never takes:
     * a tab set's parts (`learn-tab-1-1`, `tabset-1-tab-2`, whose buttons, labels and panels name each other
     * by them), an element written with an id (`<div id="intro">`). An empty bookmark is not one: it gives its id up to a heading
     * (rehype-unique-ids.ts).
     */
    const others = new Set<string>();
    /** A tab set's own parts (remark-learn-tabs.ts): the set, its buttons, panels, their label headings and its end. */
    const tabParts = new Set<Element>();
    visit(tree, 'element', (element: Element) => {
      const classes = element.properties['className'];
      const has = (name: string) => Array.isArray(classes) && classes.includes(name);
      if (has(TAB_SET_CLASSES.button) || has(TAB_SET_CLASSES.set)) tabParts.add(element);
      if (!has(TAB_SET_CLASSES.panel)) return;
      tabParts.add(element);
      const children = element.children.filter((child) => child.type === 'element');
      const [label] = children;
      if (label) tabParts.add(label);
      // The set's end marker, the last panel's last element (remark-learn-tabs.ts): search reads its id.
      const end = children.at(-1);
      if (end && tabSetBound(String(end.properties['id']))?.end) tabParts.add(end);
    });
    visit(tree, (node: Node) => {
      if (node.type === 'element' && typeof (node as Element).properties['id'] === 'string') {
        const id = (node as Element).properties['id'] as string;
        taken.add(id);
        if (!TEXT_IDS.has(node as Element) && !isBookmark(node)) others.add(id);
      } else if (isJsx(node))
        for (const id of writtenIds(node)) {
          taken.add(id);
          if (!isBookmark(node)) others.add(id);
        }
    });
    /** `id` with the first suffix no element of the page or the layout has. */
    const free = (id: string) => {
      let suffix = 1;
      while (taken.has(`${id}-${suffix}`)) suffix++;
      taken.add(`${id}-${suffix}`);
      return `${id}-${suffix}`;
    };
    const problems: string[] = [];
    let first: Node['position'];
    visit(tree, (node: Node) => {
      if (node.type === 'element') {
        const element = node as Element;
        if (isFootnotePart(element)) return SKIP;
        const id = element.properties['id'];
        if (
          typeof id === 'string' &&
          (reserved.has(id) ||
            isFootnoteId(id) ||
            (TEXT_IDS.has(element) && others.has(id)) ||
            (isTabSetId(id) && !tabParts.has(element)))
        )
          element.properties['id'] = free(id);
      } else if (isJsx(node)) {
        for (const id of writtenIds(node)) {
          const whose = reserved.has(id)
            ? "is the site layout's own (the skip link, search, menu or table of contents find their element by it)"
            : isFootnoteId(id)
              ? "is one of the footnotes' own (a footnote reference finds its note, and the notes' heading, by it)"
              : isTabSetId(id)
                ? "is one of a tab set's own (its buttons, panels and labels find each other by it)"
                : undefined;
          if (whose === undefined) continue;
          first ??= node.position;
          problems.push(
            `${placeName(file, node.position?.start.line)}: the id "${id}" on <${node.name ?? ''}> ${whose}: give it another id, such as "${free(id)}".`,
          );
        }
        for (const { attribute, id } of referencedIds(node)) {
          if (!reserved.has(id) && !isFootnoteId(id) && !isTabSetId(id)) continue;
          first ??= node.position;
          problems.push(
            `${placeName(file, node.position?.start.line)}: ${attribute}="${id}" on <${node.name ?? ''}> names an element of the site's ${reserved.has(id) ? 'layout' : isFootnoteId(id) ? 'footnotes' : 'tab sets'}, not of the page's content: a <label for> adds its text to that element's name (the search box's, to a screen reader), ARIA's references read or act on it. Name only an element the page writes, by an id of its own.`,
          );
        }
      }
      return undefined;
    });
    if (problems.length > 0)
      file.fail(
        `Content takes or names an id of the site's layout, footnotes or tab sets:\n${problems.join('\n')}`,
        {
          place: pagePoint(file, first?.start) ?? null,
          ruleId: 'reserved-ids',
          source: 'rehype-reserved-ids',
        },
      );
  };
}
