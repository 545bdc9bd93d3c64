/**
 * Post-build stage: `aria-hidden="true"` around something the keyboard reaches, on the finished page. The
 * Markdown check (remark-content-safety.ts) refuses what a page writes so; this one also sees what the
 * site's plugins and components make focusable after that check (a code block's scroll box, a heading's
 * "#" link, a wide table's scroll region) and the layout's own markup.
 */
import type { Element } from 'hast';
import { attributeName, hiddenFocusProblem, keyboardReaches } from '../content-safety.ts';
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

/** What the keyboard reaches in `node` or below it, in document order; undefined when nothing. */
function reachedIn(node: Element): string | undefined {
  let reached = keyboardReaches(node.tagName, (name) => attributeOf(node, name));
  walkElements(node, (child) => {
    reached ??= keyboardReaches(child.tagName, (name) => attributeOf(child, name));
    return reached === undefined ? undefined : EXIT;
  });
  return reached;
}

/** The problems of one parsed page: each outermost hidden element with something the keyboard reaches. */
export function hiddenFocus({ tree }: BuiltPage): string[] {
  const problems: string[] = [];
  walkElements(tree, (node) => {
    if (String(node.properties['ariaHidden']).trim().toLowerCase() !== 'true') return undefined;
    const reached = reachedIn(node);
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
