/**
 * Post-build stage: `aria-hidden="true"` around something the keyboard reaches, on the finished page. The
 * Markdown check (remark-content-safety.ts) refuses what a page writes so; this one also sees what the
 * site's plugins and components make focusable after that check (a code block's scroll box, a heading's
 * "#" link, a wide table's scroll region) and the layout's own markup, and what the page's own stylesheets
 * make a scroll box, which Chromium's keyboard reaches with no tabindex (scrollers).
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { transform, type Declaration, type Selector, type TokenOrValue } from 'lightningcss';
import { attributeName, hiddenFocusProblem, keyboardReaches, tabIndexOf } from '../content-safety.ts';
import { EXIT, SKIP, walkElements } from '../hast-walk.ts';
import type { BuiltPage, Stage } from './stage.ts';

/** The value of `node`'s attribute `name` (lower case) as written: '' when bare, undefined when absent. */
function attributeOf(node: Element, name: string): string | undefined {
  for (const [property, value] of Object.entries(node.properties)) {
    if (attributeName(property) !== name) continue;
    if (value === undefined || value === null || value === false) return undefined;
    if (value === true) return '';
    return Array.isArray(value) ? value.join(' ') : String(value);
  }
  return undefined;
}

/** An element a rule styles, by what the last part of its selector asks of it. */
interface Subject {
  tag?: string;
  classes: string[];
  id?: string;
  /** The attributes it has (whatever their values). */
  attributes: string[];
}

/**
 * The element `selector`'s rule styles, as the part of it after its last combinator says (for
 * `.header .panel[data-astro-cid-x]`, an element of class `panel` with that attribute). What else the
 * selector asks (ancestors, pseudo-classes, an attribute's value) is left out, so it names every element the
 * rule may style, and some more. Undefined for a pseudo-element (`::before`), which no keyboard reaches.
 */
function subjectOf(selector: Selector): Subject | undefined {
  const last = selector.findLastIndex((component) => component.type === 'combinator');
  const subject: Subject = { classes: [], attributes: [] };
  for (const component of selector.slice(last + 1)) {
    if (component.type === 'pseudo-element') return undefined;
    if (component.type === 'type') subject.tag = component.name.toLowerCase();
    else if (component.type === 'class') subject.classes.push(component.name);
    else if (component.type === 'id') subject.id = component.name;
    else if (component.type === 'attribute') subject.attributes.push(component.name.toLowerCase());
  }
  return subject;
}

/** The overflow values a reader can scroll a box by: the box is a scroll container the keyboard scrolls. */
const SCROLLING = new Set(['auto', 'scroll', 'overlay']);

/** The overflow properties: the two axes, their logical names and the shorthand. */
const OVERFLOW_PROPERTIES = new Set([
  'overflow',
  'overflow-x',
  'overflow-y',
  'overflow-block',
  'overflow-inline',
]);

/**
 * Whether a value the parser kept as written (`overflow-block: auto`, `overflow-x: var(--x)`) may scroll:
 * unless it is only keywords that do not (a variable may be `auto`).
 */
function mayScroll(tokens: readonly TokenOrValue[]): boolean {
  return tokens.some(
    (token) =>
      !(token.type === 'token' && token.value.type === 'white-space') &&
      !(
        token.type === 'token' &&
        token.value.type === 'ident' &&
        !SCROLLING.has(token.value.value.toLowerCase())
      ),
  );
}

/** Whether `declaration` makes its element a box the reader scrolls (overflow auto or scroll on an axis). */
function scrolls(declaration: Declaration): boolean {
  switch (declaration.property) {
    case 'overflow':
      return SCROLLING.has(declaration.value.x) || SCROLLING.has(declaration.value.y);
    case 'overflow-x':
    case 'overflow-y':
      return SCROLLING.has(declaration.value);
    case 'custom':
      return (
        OVERFLOW_PROPERTIES.has(declaration.value.name.toLowerCase()) && mayScroll(declaration.value.value)
      );
    case 'unparsed':
      return (
        OVERFLOW_PROPERTIES.has(declaration.value.propertyId.property) && mayScroll(declaration.value.value)
      );
    default:
      return false;
  }
}

/**
 * The elements `css` makes scroll boxes, as the subjects of its rules that set overflow to auto or scroll
 * (in any media query or layer): `.table-scroll`, `pre[tabindex]`, the search's result panel.
 */
function scrollBoxesOf(css: string): Subject[] {
  const subjects: Subject[] = [];
  transform({
    filename: 'page.css',
    code: Buffer.from(css),
    errorRecovery: true,
    visitor: {
      Rule: {
        style(rule) {
          const { declarations, importantDeclarations } = rule.value.declarations;
          if ([...declarations, ...importantDeclarations].some(scrolls))
            for (const selector of rule.value.selectors) {
              const subject = subjectOf(selector);
              if (subject) subjects.push(subject);
            }
          return undefined;
        },
      },
    },
  });
  return subjects;
}

/** scrollBoxesOf each stylesheet met: the pages of a site share theirs. */
const scrollBoxesByCss = new Map<string, Subject[]>();

/**
 * The elements the stylesheets of the page `tree` make scroll boxes. The site inlines every stylesheet in
 * its pages (astro.config.mjs: build.inlineStylesheets 'always'), so its `<style>` elements hold them all.
 */
function scrollBoxesOfPage(tree: Root): Subject[] {
  const subjects: Subject[] = [];
  walkElements(tree, (node) => {
    if (node.tagName !== 'style') return undefined;
    const css = toString(node);
    let found = scrollBoxesByCss.get(css);
    if (found === undefined) {
      found = scrollBoxesOf(css);
      scrollBoxesByCss.set(css, found);
    }
    subjects.push(...found);
    return SKIP;
  });
  return subjects;
}

/**
 * Whether `node` has the attribute `name` (lower case), which hast names in camel case: `data-astro-cid-x`
 * is `dataAstroCidX`, `class` is `className`.
 */
function hasAttribute(node: Element, name: string): boolean {
  const key = name === 'class' ? 'classname' : name.replaceAll('-', '');
  return Object.entries(node.properties).some(
    ([property, value]) =>
      property.toLowerCase() === key && value !== undefined && value !== null && value !== false,
  );
}

/** `subject` written as a selector: `div.table-scroll`, `.panel[data-astro-cid-x]`. */
function selectorOf(subject: Subject): string {
  return (
    [
      subject.tag ?? '',
      subject.id === undefined ? '' : `#${subject.id}`,
      ...subject.classes.map((name) => `.${name}`),
      ...subject.attributes.map((name) => `[${name}]`),
    ].join('') || '*'
  );
}

/** Whether `node` is an element `subject` names. */
function isSubject(node: Element, subject: Subject): boolean {
  const classes = node.properties['className'];
  const own = Array.isArray(classes) ? classes.map(String) : [];
  return (
    (subject.tag === undefined || node.tagName === subject.tag) &&
    (subject.id === undefined || node.properties['id'] === subject.id) &&
    subject.classes.every((name) => own.includes(name)) &&
    subject.attributes.every((name) => hasAttribute(node, name))
  );
}

/**
 * What the keyboard reaches of `node` itself: as keyboardReaches says, or a box the page's stylesheets make
 * scroll (`scrollBoxes`) that no tabindex takes out of or puts in the order, which Chromium's keyboard
 * reaches when its content overflows it (keyboard-focusable scrollers): a wide `<nobr>` in content's
 * `<div className="table-scroll" aria-hidden="true">` was reached, and hidden.
 */
function reachedAt(node: Element, scrollBoxes: readonly Subject[]): string | undefined {
  const attribute = (name: string) => attributeOf(node, name);
  const reached = keyboardReaches(node.tagName, attribute);
  if (reached !== undefined) return reached;
  const tabIndex = attribute('tabindex');
  if (tabIndex !== undefined && tabIndexOf(tabIndex) !== undefined) return undefined;
  const box = scrollBoxes.find((subject) => isSubject(node, subject));
  return box === undefined
    ? undefined
    : `a scroll box (<${node.tagName}>, which the site's stylesheet lets scroll as ${selectorOf(box)})`;
}

/** What the keyboard reaches in `node` or below it, in document order; undefined when nothing. */
function reachedIn(node: Element, scrollBoxes: readonly Subject[]): string | undefined {
  let reached = reachedAt(node, scrollBoxes);
  walkElements(node, (child) => {
    reached ??= reachedAt(child, scrollBoxes);
    return reached === undefined ? undefined : EXIT;
  });
  return reached;
}

/** The problems of one parsed page: each outermost hidden element with something the keyboard reaches. */
export function hiddenFocus({ tree }: BuiltPage): string[] {
  const problems: string[] = [];
  let scrollBoxes: Subject[] | undefined;
  walkElements(tree, (node) => {
    if (String(node.properties['ariaHidden']).trim().toLowerCase() !== 'true') return undefined;
    // Read only on a page with something hidden.
    scrollBoxes ??= scrollBoxesOfPage(tree);
    const reached = reachedIn(node, scrollBoxes);
    if (reached !== undefined) problems.push(hiddenFocusProblem(node.tagName, reached));
    return SKIP;
  });
  return problems;
}

export function hiddenFocusStage(): Stage {
  return {
    name: 'hidden-focus',
    failure:
      'Markup hidden from screen readers holds something the keyboard reaches (remove aria-hidden from the content around it)',
    inspect: hiddenFocus,
  };
}
