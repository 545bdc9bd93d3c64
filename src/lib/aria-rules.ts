/**
 * Content's role= and aria-* attributes, and its lang=, held to what axe-core's own tables say of them (the axe-core
 * the accessibility tests run: its WAI-ARIA roles and attributes, HTML's allowed roles and its language list), so a
 * page that builds is one axe passes. Red team 35: an MDX page's `<p aria-hidden="maybe">`, `<div aria-foo>`,
 * `<div aria-checked="true">`, `<div role="foo">`, `<div role="checkbox">`, `<div role="tab">`, `<a href role=
 * "presentation">`, `<hr role="button">`, `<div role="img">` and `<p lang="english">` built, each failing an axe rule
 * on the built page (aria-valid-attr-value, aria-valid-attr, aria-allowed-attr, aria-roles, aria-required-attr,
 * aria-required-parent, presentation-role-conflict, aria-allowed-role, role-img-alt, valid-lang), and a screen reader
 * read each otherwise than the page shows it: a control with no script behind it, a part of a list or table with no
 * whole, an attribute it ignores. The build refuses each at its line (remark-content-safety.ts); the import leaves
 * such an attribute out of Learn's HTML with a warning (mdx-safe.ts).
 */
import { createRequire } from 'node:module';
import { keyboardReaches } from './content-safety.ts';

interface AriaAttribute {
  type: string;
  values?: string[];
  minValue?: number;
  allowEmpty?: boolean;
  global?: boolean;
  deprecated?: boolean;
}

interface AriaRole {
  type: string;
  requiredContext?: string[];
  requiredOwned?: string[];
  requiredAttrs?: string[];
  allowedAttrs?: string[];
  prohibitedAttrs?: string[];
  accessibleNameRequired?: boolean;
  deprecated?: boolean;
}

interface HtmlElementRoles {
  allowedRoles?: boolean | string[];
  namingProhibited?: boolean;
}

interface HtmlElement extends HtmlElementRoles {
  variant?: Record<string, HtmlElementRoles & { matches?: unknown }>;
}

interface Standards {
  ariaAttrs: Record<string, AriaAttribute>;
  ariaRoles: Record<string, AriaRole>;
  htmlElms: Record<string, HtmlElement>;
}

interface Axe {
  utils: { getStandards(): Standards; validLangs(): string[] };
  commons: { standards: { implicitHtmlRoles: Record<string, unknown> } };
}

/** axe-core, loaded the first time a page writes ARIA or a lang= (it takes about 0.15 s to load). */
let axe: Axe | undefined;
function loaded(): Axe {
  axe ??= createRequire(import.meta.url)('axe-core') as Axe;
  return axe;
}

/** An attribute of the element the rule reads, by its name in lower case: its value, '' when bare, undefined when absent. */
export type AttributeOf = (name: string) => string | undefined;

/** Role types that make an element a control or a window, which content has no script to make work. */
const CONTROL_TYPES = new Set(['widget', 'composite', 'window']);

/** The roles HTML gives these elements of lists and tables themselves: such a role written on its own element is no change. */
const OWN_ROLES: Readonly<Record<string, readonly string[]>> = {
  ul: ['list'],
  ol: ['list'],
  menu: ['list'],
  li: ['listitem'],
  table: ['table'],
  thead: ['rowgroup'],
  tbody: ['rowgroup'],
  tfoot: ['rowgroup'],
  tr: ['row'],
  td: ['cell'],
  th: ['columnheader', 'rowheader'],
  caption: ['caption'],
};

/** The role HTML gives `<tag>` itself (axe's implicitHtmlRoles): an <a> with href= is a link, an <img> with alt text an img. */
function implicitRoleOf(tag: string, attribute: AttributeOf): string | undefined {
  const implicit = loaded().commons.standards.implicitHtmlRoles[tag];
  if (typeof implicit === 'string') return implicit;
  if (tag === 'a') return attribute('href') === undefined ? undefined : 'link';
  if (tag === 'img') return attribute('alt')?.trim() ? 'img' : undefined;
  return undefined;
}

/** The roles an element may take (true: any), from axe's table of HTML elements, the variant its attributes make. */
function allowedRolesOf(tag: string, attribute: AttributeOf): boolean | readonly string[] {
  const element = loaded().utils.getStandards().htmlElms[tag];
  if (element === undefined) return true;
  const variant = element.variant;
  if (variant === undefined) return element.allowedRoles ?? true;
  // The variants content can make: a link (`[href]`), an image with alt text; else the element's default.
  const alt = attribute('alt');
  const picked =
    (attribute('href') !== undefined ? variant['href'] : undefined) ??
    (alt !== undefined && alt !== '' ? variant['nonEmptyAlt'] : undefined) ??
    variant['default'];
  return picked?.allowedRoles ?? true;
}

/** Whether `value` is one WAI-ARIA allows for the attribute `name` (`definition`), as axe's aria-valid-attr-value reads it. */
function validValue(definition: AriaAttribute, value: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '') return definition.allowEmpty === true || definition.type === 'string';
  const values = (definition.values ?? []).map((known) => known.toLowerCase());
  switch (definition.type) {
    case 'boolean':
      return ['true', 'false'].includes(trimmed.toLowerCase());
    case 'nmtoken':
      return values.includes(trimmed.toLowerCase());
    case 'nmtokens':
      return trimmed.split(/\s+/).every((token) => values.includes(token.toLowerCase()));
    case 'int':
      return /^[+-]?\d+$/.test(trimmed) && Number(trimmed) >= (definition.minValue ?? -Infinity);
    case 'decimal':
      return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed);
    default:
      return true;
  }
}

/** How an element's role is named in a sentence: its first role WAI-ARIA knows, or "none" (generic). */
function roleOf(attribute: AttributeOf): string | undefined {
  const roles = loaded().utils.getStandards().ariaRoles;
  return (attribute('role') ?? '')
    .toLowerCase()
    .split(/[\t\n\f\r ]+/)
    .find((role) => roles[role] !== undefined && roles[role].type !== 'abstract');
}

/** Why `role`="`value`" on `<tag>` is refused, or undefined. */
function roleProblem(
  tag: string,
  written: string,
  value: string,
  attribute: AttributeOf,
): string | undefined {
  const { ariaRoles } = loaded().utils.getStandards();
  const element = tag.toLowerCase();
  const start = `${written}="${value}" on <${tag}>`;
  for (const role of value.toLowerCase().split(/[\t\n\f\r ]+/)) {
    if (role === '') continue;
    const definition = ariaRoles[role];
    if (definition === undefined || definition.type === 'abstract' || definition.deprecated === true)
      return `${start} is not allowed: "${role}" is no WAI-ARIA role, or one it no longer has, which screen readers read as they choose (axe: aria-roles). Remove it.`;
    // The role the element has anyway (<img alt="x" role="img">, <h2 role="heading">) changes nothing: axe allows it.
    if (role === implicitRoleOf(element, attribute)) continue;
    if (CONTROL_TYPES.has(definition.type))
      return `${start} is not allowed: "${role}" makes the element a control to screen readers (a ${role} to press, open or choose), which a page's content has no script to run: a reader is told to use it and nothing happens. Remove it: write a link as a link, and text as text.`;
    const ownRole = OWN_ROLES[element]?.includes(role) === true;
    if (!ownRole && (definition.requiredContext !== undefined || definition.requiredOwned !== undefined))
      return `${start} is not allowed: a "${role}" is read only as part of a whole (${[...(definition.requiredContext ?? []), ...(definition.requiredOwned ?? [])].join(', ')}) (axe: aria-required-parent, aria-required-children), which a screen reader would announce with parts missing. Remove it: write a list or a table as Markdown does, or with <ul>, <ol> and <table>.`;
    const allowed = allowedRolesOf(element, attribute);
    if (!ownRole && (allowed === false || (Array.isArray(allowed) && !allowed.includes(role))))
      return `${start} is not allowed: HTML does not let a <${tag}> be a "${role}" (axe: aria-allowed-role), and a screen reader would read it as neither. Remove it.`;
    if (role === 'presentation' || role === 'none') {
      // An item, row or cell without its role leaves its list or table holding what is none (axe: list).
      if (['li', 'tr', 'td', 'th'].includes(element))
        return `${start} is not allowed: it takes the <${tag}> out of its ${element === 'li' ? 'list' : 'table'}, which a screen reader then reads as holding something else (axe: ${element === 'li' ? 'list' : 'its table rules'}). Remove it.`;
      const reached = keyboardReaches(tag, attribute);
      if (reached !== undefined)
        return `${start} is not allowed: it takes the element's meaning away from screen readers while the keyboard still reaches ${reached} (axe: presentation-role-conflict), so a reader tabs to something that is not announced. Remove it.`;
    }
    const missing = (definition.requiredAttrs ?? []).find((name) => attribute(name) === undefined);
    if (missing !== undefined)
      return `${start} is not allowed without ${missing}=, which a "${role}" must have (axe: aria-required-attr). ${role === 'heading' ? 'Write a heading as Markdown does (## Title), so it is in the page\'s outline and "On this page"' : `Add ${missing}=, or remove the role`}.`;
    // Content may not write SVG's <title> (remark-content-safety.ts), so an <svg> too is named by its attributes.
    // A tooltip too, which axe reads by its name (aria-tooltip-name) where WAI-ARIA's table does not require one.
    if (
      (definition.accessibleNameRequired === true || role === 'tooltip') &&
      ['aria-label', 'aria-labelledby', 'title'].every((name) => !attribute(name)?.trim())
    )
      return `${start} is not allowed without a name (aria-label=): a "${role}" is announced by its name alone, and has none (axe: ${role === 'img' ? 'role-img-alt' : `aria-${role}-name`}). Add aria-label= saying what it shows, or remove the role.`;
  }
  return undefined;
}

/** Why the ARIA attribute `written`="`value`" on `<tag>` is refused, or undefined. */
function ariaProblem(
  tag: string,
  written: string,
  value: string,
  attribute: AttributeOf,
): string | undefined {
  const { ariaAttrs, ariaRoles, htmlElms } = loaded().utils.getStandards();
  const name = written.toLowerCase();
  const definition = ariaAttrs[name];
  if (definition === undefined)
    return `${written}= on <${tag}> is not allowed: it is no WAI-ARIA attribute, which screen readers ignore (axe: aria-valid-attr). Remove it, or write the attribute WAI-ARIA names (aria-label, aria-describedby…).`;
  if (!validValue(definition, value)) {
    const allowed =
      definition.values?.join(', ') ?? (definition.type === 'int' ? 'a whole number' : 'a number');
    return `${written}="${value}" on <${tag}> is not allowed: WAI-ARIA's values for it are ${allowed} (axe: aria-valid-attr-value), and a screen reader reads any other as it chooses. Write one of them, or remove it.`;
  }
  const role = roleOf(attribute);
  const roleDefinition = role === undefined ? undefined : ariaRoles[role];
  // Without a role of its own, an element HTML names nothing by (a <div>, <span>, <p>) is generic: globals only.
  const generic = role === undefined && htmlElms[tag.toLowerCase()]?.namingProhibited === true;
  const prohibited =
    roleDefinition?.prohibitedAttrs?.includes(name) === true ||
    (generic && ['aria-label', 'aria-labelledby'].includes(name));
  if (prohibited)
    return `${written}= on <${tag}> is not allowed: a ${role ?? 'generic element'} cannot be named (axe: aria-prohibited-attr), so screen readers ignore the name or read it in place of the text the page shows. Remove it: the text shown is what is read.`;
  const allowedHere =
    definition.global === true ||
    (roleDefinition !== undefined &&
      [...(roleDefinition.allowedAttrs ?? []), ...(roleDefinition.requiredAttrs ?? [])].includes(name));
  if (!allowedHere && (roleDefinition !== undefined || generic))
    return `${written}= on <${tag}> is not allowed: it says nothing of a ${role ?? 'generic element'} (axe: aria-allowed-attr), and a screen reader reads it as it chooses or not at all. Remove it.`;
  return undefined;
}

/** Why `lang`="`value`" is refused: a tag BCP 47 does not read, or a language axe does not know (valid-lang). */
function langProblem(tag: string, written: string, value: string): string | undefined {
  const trimmed = value.trim();
  // An empty lang says the language is unknown, as HTML allows.
  if (trimmed === '') return undefined;
  let language: string | undefined;
  try {
    language = new Intl.Locale(trimmed).language;
  } catch {
    language = undefined;
  }
  if (language !== undefined && loaded().utils.validLangs().includes(language)) return undefined;
  return `${written}="${value}" on <${tag}> is not allowed: it is no language tag a screen reader knows (axe: valid-lang), so the text is read in a voice of the wrong language. Write the language as BCP 47 does (en, fr, ja-JP, zh-Hant).`;
}

/** The values HTML gives a header cell's scope= (any other, or one on another element, fails axe's scope-attr-valid). */
const SCOPES = new Set(['row', 'col', 'rowgroup', 'colgroup']);

/** Why `scope`="`value`" on `<tag>` is refused: only a header cell (`<th>`) heads a row or column, as one of SCOPES. */
function scopeProblem(tag: string, written: string, value: string): string | undefined {
  if (tag.toLowerCase() === 'th' && SCOPES.has(value.trim().toLowerCase())) return undefined;
  return `${written}="${value}" on <${tag}> is not allowed: ${tag.toLowerCase() === 'th' ? 'a header cell heads a row or a column (scope="row", "col", "rowgroup" or "colgroup")' : `only a header cell (<th>) heads a row or column; a <${tag}> is read as heading nothing`} (axe: scope-attr-valid). ${tag.toLowerCase() === 'th' ? 'Write one of those' : 'Make the cell a <th>, or remove scope='}.`;
}

/**
 * Why content's attribute `written`="`value`" on `<tag>` is refused by axe's tables, or undefined: an ARIA
 * attribute, role=, lang= or a table cell's scope= (see the file comment). `attribute` gives the element's other attributes, which
 * decide its role and what HTML lets it be.
 */
export function accessibilityAttributeProblem(
  tag: string,
  written: string,
  value: string,
  attribute: AttributeOf,
): string | undefined {
  const name = written.toLowerCase();
  if (name === 'role') return roleProblem(tag, written, value, attribute);
  if (name.startsWith('aria-')) return ariaProblem(tag, written, value, attribute);
  if (name === 'lang' || name === 'xml:lang') return langProblem(tag, written, value);
  if (name === 'scope') return scopeProblem(tag, written, value);
  return undefined;
}

/**
 * Why content's element `<tag>` is refused as a whole, or undefined: a `<summary>` (the control that opens its
 * `<details>`) holding a link or control (axe: nested-interactive; Tab reaches both, and activating the link may open
 * the details instead) or showing no text (summary-name), a link holding a control, an `<area>` link without alt=
 * (area-alt). `reachedInside` says what the keyboard reaches inside the element; `shown`, the text it shows.
 */
export function accessibilityElementProblem(
  tag: string,
  attribute: AttributeOf,
  shown: string,
  reachedInside: () => string | undefined,
): string | undefined {
  const element = tag.toLowerCase();
  const named = ['aria-label', 'aria-labelledby', 'title'].some((name) => attribute(name)?.trim());
  if (element === 'summary') {
    const reached = reachedInside();
    if (reached !== undefined)
      return `a <summary> holding ${reached} is not allowed: the summary is itself the control that opens its <details>, and a control inside it is one a screen reader cannot tell apart from it, nor a reader be sure which a click takes (axe: nested-interactive). Take the ${reached === 'a link' ? 'link' : 'element'} out of the summary, into the details.`;
    if (shown.trim() === '' && !named)
      return `a <summary> with no text is not allowed: a screen reader announces the control that opens its <details> as nothing (axe: summary-name). Write what the details hold as the summary's text.`;
  }
  // A link holding a control (red team 35: <a href><details>…</details></a>, which axe did not flag): two things the
  // keyboard reaches in one, read as one link, a click on the inner one taking the reader nowhere the link says.
  if (element === 'a' && attribute('href') !== undefined) {
    const reached = reachedInside();
    if (reached !== undefined)
      return `an <a href> holding ${reached} is not allowed: HTML lets no link hold what the keyboard reaches, and a screen reader reads both as one link, whose click does one or the other. Take the ${reached === 'a link' ? 'inner link' : 'element'} out of the link.`;
  }
  if (element === 'area' && attribute('href') !== undefined && !attribute('alt')?.trim() && !named)
    return `an <area> link without alt= is not allowed: a screen reader names the part of the image it links by its alt text alone (axe: area-alt). Write alt= saying where it goes.`;
  return undefined;
}
