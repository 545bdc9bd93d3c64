import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from '../lib/tree-visit.ts';
import type { VFile } from 'vfile';
import { accessibilityAttributeProblem, accessibilityElementProblem } from '../lib/aria-rules.ts';
import { jsxAttributeValue } from './mdx-jsx.ts';
import { pagePoint, placeName } from './source-place.ts';
import {
  attributeName,
  FOREIGN_BREAKOUT_ELEMENTS,
  hiddenFocusProblem,
  HTML_INTEGRATION_POINTS,
  isComponentName,
  keyboardReaches,
  landmarkOf,
  landmarkProblem,
  refusedAttribute,
  refusedAttributeValue,
  refusedElement,
  refusedUrl,
  SEARCH_INDEX_MARK,
  shownTextProblem,
  unknownElement,
  URL_ATTRIBUTES,
  urlsOf,
} from '../lib/content-safety.ts';

/**
 * How many times text may be shown smaller than the page's: `<small>` in `<small>` reads, and so does a
 * superscript's superscript in MathML (x^(a^b)), but twenty `<small>`s, or MathML's `scriptlevel="30"`, show
 * words no reader can make out while search finds and quotes them (shownSmaller counts the steps).
 */
export const MAX_SHRINKING_DEPTH = 2;

export interface ContentSafetyOptions {
  /** The components pages may use, as passed to `<Content components={…}>`. */
  components: readonly string[];
}

/** The parts of MDX's JSX and ESM nodes the checks read. */
interface MdxNode {
  type: string;
  name?: string | null | undefined;
  url?: string | undefined;
  label?: string | null | undefined;
  title?: string | null | undefined;
  alt?: string | null | undefined;
  value?: string | undefined;
  attributes?: { type: string; name?: string | undefined; value?: unknown }[] | undefined;
  position?: { start: { line: number; column: number } } | undefined;
  children?: MdxNode[] | undefined;
}

/** Whether `node` is an element written in MDX (`<small>`, `<msub>`). */
function isJsxElement(node: MdxNode): boolean {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/**
 * The elements written in MDX that a browser parses as SVG or MathML, not as HTML: those inside an `<svg>` or a
 * `<math>`, but for what is inside one of HTML_INTEGRATION_POINTS there (`<foreignObject>`, `<mi>`…) and an element
 * that ends them (FOREIGN_BREAKOUT_ELEMENTS, a `<p>`) with what it holds, which are HTML. Markdown's links there too.
 */
function foreignElements(tree: MdxNode): Set<MdxNode> {
  const foreign = new Set<MdxNode>();
  const stack: [MdxNode, boolean][] = [[tree, false]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [node, inForeign] = entry;
    let childrenForeign = inForeign;
    if (isJsxElement(node)) {
      const tag = (node.name ?? '').toLowerCase();
      // An element that ends the <svg> or <math> it is in (a <p>) is HTML, as is what it holds.
      const breaksOut = inForeign && FOREIGN_BREAKOUT_ELEMENTS.has(tag);
      if (inForeign && !breaksOut) foreign.add(node);
      if (tag === 'svg' || tag === 'math') childrenForeign = true;
      else if (breaksOut || (inForeign && HTML_INTEGRATION_POINTS.has(tag))) childrenForeign = false;
    } else if (inForeign && (node.type === 'link' || node.type === 'linkReference')) foreign.add(node);
    for (const child of node.children ?? []) stack.push([child, childrenForeign]);
  }
  return foreign;
}

/**
 * Why a Markdown link to `href` written inside an `<svg>` or `<math>` (foreignElements) is refused: the browser reads
 * it as SVG's or MathML's own element, which the site's marker, HTML, cannot be inside. Red team 34: in an SVG's
 * `<text>` it was a link to github.com drawn as plain text, no arrow nor "(external site)", its marker put after the
 * `<svg>`.
 */
function foreignLinkProblem(href: string): string {
  return `the link ${JSON.stringify(href)} is inside an <svg> or <math>, where a browser reads it as SVG's or MathML's own element: it shows as plain text, without the site's link style or the marker of a link leaving the site. Write the link outside it, or in its <foreignObject>.`;
}

/** Where a node's text is shown: how many times smaller than the page's text, and inside a `<math>`, its MathML style. */
interface Shrinking {
  steps: number;
  /** MathML's math-depth (scriptlevel) and whether the formula is in display style there; undefined outside `<math>`. */
  math: { depth: number; display: boolean } | undefined;
}

/** HTML elements that show their content smaller, and by how many steps: `font-size: smaller`, and 50% for ruby text. */
const SHRINKING_ELEMENTS = new Map([
  ['small', 1],
  ['sub', 1],
  ['sup', 1],
  ['rt', 2],
]);

/**
 * The MathML element children its parent `parent` shows smaller (MathML Core's math-depth, `auto-add`), as
 * Chromium does: a script of `<msub>`, `<msup>`, `<msubsup>` and `<mmultiscripts>`, an under- or overscript
 * that is no accent, a root's index (two steps), a fraction's parts unless in display style. Each is in
 * compact style, as are a table's cells. `index` counts element children only.
 */
function mathStep(parent: string, index: number, accent: (name: string) => boolean, display: boolean) {
  if (index === 0)
    return parent === 'mfrac' ? { steps: display ? 0 : 1, compact: true } : { steps: 0, compact: false };
  switch (parent) {
    case 'msub':
    case 'msup':
    case 'msubsup':
    case 'mmultiscripts':
      return { steps: 1, compact: true };
    case 'mfrac':
      return { steps: index === 1 && !display ? 1 : 0, compact: true };
    case 'mroot':
      return { steps: index === 1 ? 2 : 0, compact: true };
    case 'munder':
    case 'mover':
    case 'munderover': {
      const over = parent === 'mover' || (parent === 'munderover' && index === 2);
      return { steps: accent(over ? 'accent' : 'accentunder') ? 0 : 1, compact: true };
    }
    default:
      return { steps: 0, compact: false };
  }
}

/**
 * Where `child`, the `index`th element child of `parent` (shown as `outer` says), shows its text: a `<small>`,
 * `<sub>`, `<sup>` or `<rt>` smaller (SHRINKING_ELEMENTS), and inside `<math>` smaller by MathML's scripts and
 * fractions (mathStep) or its `scriptlevel=` (`+n`, `-n`, or `n` from the formula's own size).
 */
function shownSmaller(outer: Shrinking, parent: MdxNode, child: MdxNode, index: number): Shrinking {
  const name = isJsxElement(child) ? (child.name ?? '').toLowerCase() : '';
  let steps = outer.steps + (SHRINKING_ELEMENTS.get(name) ?? 0);
  let math = outer.math;
  if (name === 'math')
    math = { depth: 0, display: jsxAttributeValue(child.attributes, 'display')?.toLowerCase() === 'block' };
  else if (math !== undefined && isJsxElement(parent)) {
    const { depth, display } = math;
    const accent = (attribute: string) =>
      jsxAttributeValue(parent.attributes, attribute)?.toLowerCase() === 'true';
    const step = mathStep((parent.name ?? '').toLowerCase(), index, accent, display);
    math = { depth: depth + step.steps, display: display && !step.compact && name !== 'mtable' };
    const level = /^([+-]?)(\d+)$/.exec(jsxAttributeValue(child.attributes, 'scriptlevel')?.trim() ?? '');
    if (level) {
      const value = Number(level[2]);
      math.depth = level[1] === '+' ? depth + value : level[1] === '-' ? depth - value : value;
    }
    steps += math.depth - depth;
  }
  if (math !== undefined && name !== '') {
    const style = jsxAttributeValue(child.attributes, 'displaystyle')?.toLowerCase();
    if (style === 'true' || style === 'false') math = { ...math, display: style === 'true' };
  }
  return { steps, math };
}

/** A node a browser lays out as an element child (not text between elements). */
function isElementChild(node: MdxNode): boolean {
  return node.type !== 'text';
}

/**
 * The children of MathML element `name` a browser never shows: all but the first of `<semantics>` (but its
 * `<annotation>`s, which search leaves out, src/lib/unseen.ts) and of `<maction>` (MathML Core: display: none).
 */
function neverShownChildren(name: string, children: readonly MdxNode[]): MdxNode[] {
  if (name !== 'semantics' && name !== 'maction') return [];
  const elements = children.filter(isElementChild);
  return elements.slice(1).filter((child) => {
    const tag = isJsxElement(child) ? (child.name ?? '').toLowerCase() : '';
    return name === 'maction' || (tag !== 'annotation' && tag !== 'annotation-xml');
  });
}

/** Inline nodes: their text runs on with the text around them, as a browser, search and the Markdown copy read it. */
const INLINE_TYPES = new Set([
  'text',
  'inlineCode',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'footnoteReference',
  'mdxJsxTextElement',
]);

/** A stretch of text read as one, inline elements or not between its parts: each part's node and where its text starts. */
interface TextRun {
  text: string;
  parts: { node: MdxNode; start: number }[];
}

/**
 * The page's text as readers read it, in runs: the text and inline code of a paragraph, heading or cell joined
 * across the inline elements between them (`*a*b`, `<span>a</span>b` is one run "ab"), a block's code alone.
 * A block, a line break (`<br>`) or the end of one ends a run. Walked without recursion.
 */
function textRuns(tree: MdxNode): TextRun[] {
  const runs: TextRun[] = [];
  let run: TextRun = { text: '', parts: [] };
  const end = () => {
    if (run.parts.length > 0) runs.push(run);
    run = { text: '', parts: [] };
  };
  const stack: [MdxNode, boolean][] = [[tree, false]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [node, leaving] = next;
    if (leaving || node.type === 'break' || (node.type === 'mdxJsxTextElement' && node.name === 'br')) {
      end();
      continue;
    }
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      if (node.type === 'code') end();
      run.parts.push({ node, start: run.text.length });
      run.text += node.value ?? '';
      if (node.type === 'code') end();
      continue;
    }
    if (!INLINE_TYPES.has(node.type)) {
      end();
      stack.push([node, true]);
    }
    for (const child of [...(node.children ?? [])].reverse()) stack.push([child, false]);
  }
  end();
  return runs;
}

/**
 * Fails the build on content that could run code or escape the site's design: raw `<script>` and
 * similar elements, elements a browser does not read as written (`<noscript>`, `<textarea>`…), inline
 * event handlers, Astro directives (`set:html`, `client:*`), names that shadow the page's own properties,
 * `javascript:`/`data:` URLs, bidirectional controls in text, attribute values, link titles and alt text,
 * unknown components, and imports or expressions (code) in MDX. Each problem
 * names the file, line and what to do instead.
 */
export function remarkContentSafety({ components }: ContentSafetyOptions) {
  const known = new Set(components);
  const allowed = components.length > 0 ? components.map((name) => `<${name} />`).join(', ') : 'none';

  return (tree: Root, file: VFile) => {
    const problems: string[] = [];
    /** Where each component of the page is first used: its file and line (an include's, where it is included). */
    const usedAt = new Map<string, string>();
    let firstPlace: MdxNode['position'];
    const where = (node: MdxNode) => placeName(file, node.position?.start.line, node.position?.start.column);
    const report = (node: MdxNode, problem: string) => {
      firstPlace ??= node.position;
      problems.push(`${where(node)}: ${problem}`);
    };

    /** The text nodes refused for their own text, which their run is not refused for again. */
    const refusedText = new Set<MdxNode>();
    /** The elements a browser reads as SVG or MathML, where HTML's names do not apply. */
    const foreign = foreignElements(tree);

    visit(tree, (visited) => {
      const node = visited as MdxNode;
      switch (node.type) {
        case 'link':
        case 'image':
        case 'definition': {
          // Code and disguised URLs here; the rest of the link policy is checked as published (rehype-link-check).
          const refused = refusedUrl(node.url ?? '');
          if (refused && (refused.rule === 'code' || refused.rule === 'disguised'))
            report(node, `the link ${JSON.stringify(node.url)} ${refused.reason}`);
          if (foreign.has(node)) report(node, foreignLinkProblem(node.url ?? ''));
          checkShown(node);
          if (node.type === 'link') checkLinkContent(node);
          break;
        }
        case 'linkReference':
          if (foreign.has(node)) report(node, foreignLinkProblem(`[${node.label ?? ''}]`));
          checkLinkContent(node);
          break;
        case 'imageReference':
          checkShown(node);
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          checkElement(node);
          break;
        case 'html':
          // Only plain .md pages have raw HTML nodes (MDX parses tags as JSX, checked above).
          report(
            node,
            `raw HTML (${node.value?.split('\n')[0]}) is not allowed in a .md page: write Markdown, or rename the page to .mdx, where tags are checked.`,
          );
          break;
        case 'mdxjsEsm':
          report(
            node,
            `import/export is not allowed in content (${node.value?.split('\n')[0]}): pages use only ${allowed}, provided by src/pages/[...slug].astro.`,
          );
          break;
        case 'text':
        case 'inlineCode':
        case 'code': {
          // A bidirectional override shows text in another order than it is written: a link that reads as
          // another address, code that does something else than it shows ("Trojan Source").
          // Characters that show nothing carry text search and the Markdown copy hold (red team 24).
          const shown = shownTextProblem(node.value ?? '');
          if (shown !== undefined) {
            report(node, `the text ${shown}`);
            refusedText.add(node);
          }
          break;
        }
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          report(
            node,
            `a {…} expression is not allowed in content ({${node.value}}): write \\{ for a literal brace.`,
          );
          break;
      }
    });

    /**
     * A link's or image's title (a tooltip) and an image's alt text (read aloud, shown when it does not
     * load): a bidirectional override there makes "exe.tseb-eht-si-siht" read "this-is-the-best.exe".
     */
    function checkShown(node: MdxNode) {
      const what =
        node.type === 'definition' ? 'link definition' : node.type.startsWith('image') ? 'image' : 'link';
      for (const [field, label] of [
        ['title', 'title'],
        ['alt', 'alt text'],
      ] as const) {
        const shown = shownTextProblem(node[field] ?? '');
        if (shown !== undefined) report(node, `the ${what}'s ${label} ${shown}`);
      }
    }

    function checkElement(node: MdxNode) {
      const name = node.name ?? '';
      if (isComponentName(name) && !known.has(name)) {
        report(
          node,
          `unknown component <${name}>: pages may use only ${allowed}. Remove it, or add it to CONTENT_COMPONENTS in src/consts.ts and to <Content components> in src/pages/[...slug].astro.`,
        );
      }
      // A component shows what the whole site holds (SectionList a link to every page): written a thousand
      // times (17 KB of MDX) on a site of 300 pages it wrote a page of 17 MB and a Markdown copy of 25 MB
      // (red team 19), and the same id each time (TrustCenterLinks' label).
      const first = known.has(name) ? usedAt.get(name) : undefined;
      if (first !== undefined)
        report(
          node,
          `<${name}> is used again (first at ${first}): a component shows what the site holds (SectionList links every page), once a page. Remove this one.`,
        );
      else if (known.has(name)) usedAt.set(name, placeName(file, node.position?.start.line));
      const element = refusedElement(name) ?? (foreign.has(node) ? undefined : unknownElement(name));
      if (element !== undefined) report(node, element);
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute') {
          report(node, `<${name} {…}> spreads attributes from code: write each attribute out as text.`);
          continue;
        }
        const written = attribute.name ?? '';
        const read = attributeName(written);
        const refusal = refusedAttribute(name, written);
        if (refusal !== undefined) {
          report(node, refusal);
        } else if (typeof attribute.value === 'string') {
          // Any value a reader may be shown or read aloud (title=, alt=, aria-label=…), entities decoded.
          const value =
            refusedAttributeValue(name, written, attribute.value) ??
            accessibilityAttributeProblem(name, written, attribute.value, (other) =>
              jsxAttributeValue(node.attributes, other),
            );
          if (value !== undefined) report(node, value);
          if (!URL_ATTRIBUTES.has(read)) continue;
          for (const url of urlsOf(read, attribute.value)) {
            const refused = refusedUrl(url);
            if (refused) report(node, `${written}=${JSON.stringify(url)} on <${name}> ${refused.reason}`);
          }
        } else if (attribute.value !== null && attribute.value !== undefined) {
          report(node, `${written}={…} on <${name}> is code: write the value as a quoted string.`);
        }
      }
      const landmark = landmarkOf(name, (attribute) => jsxAttributeValue(node.attributes, attribute));
      if (landmark !== undefined) report(node, landmarkProblem(name, landmark));
      if (jsxAttributeValue(node.attributes, 'aria-hidden')?.trim().toLowerCase() === 'true') {
        const reached = focusableIn(node);
        if (reached !== undefined) report(node, hiddenFocusProblem(name, reached));
      }
      const whole = accessibilityElementProblem(
        name,
        (other) => jsxAttributeValue(node.attributes, other),
        toString(node),
        () => reachedInside(node),
      );
      if (whole !== undefined) report(node, whole);
    }

    /** What the keyboard reaches inside `node` (not `node` itself), or undefined. */
    function reachedInside(node: MdxNode): string | undefined {
      return (node.children ?? []).reduce<string | undefined>(
        (found, child) => found ?? focusableIn(child),
        undefined,
      );
    }

    /**
     * A Markdown link is an `<a href>` as published, held to the same rule: `[<details>…</details>](url)`, as
     * the import writes Learn's `<a href><details>`, is a link holding a control.
     */
    function checkLinkContent(node: MdxNode) {
      const whole = accessibilityElementProblem(
        'a',
        (name) => (name === 'href' ? (node.url ?? '') : undefined),
        toString(node),
        () => reachedInside(node),
      );
      if (whole !== undefined) report(node, whole);
    }

    /** What the keyboard reaches of `node` itself ("a link", "a <button>"), or undefined. */
    function focusable(node: MdxNode): string | undefined {
      if (node.type === 'link' || node.type === 'linkReference') return 'a link';
      if (!isJsxElement(node)) return undefined;
      return keyboardReaches(node.name ?? '', (attribute) => jsxAttributeValue(node.attributes, attribute));
    }

    /** What the keyboard reaches in `node` or below it, walked without recursion; undefined when nothing. */
    function focusableIn(node: MdxNode): string | undefined {
      const stack: MdxNode[] = [node];
      for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
        const found = focusable(next);
        if (found !== undefined) return found;
        stack.push(...(next.children ?? []));
      }
      return undefined;
    }

    // The same rules for text split by inline elements, as readers join it: `___PAGEFIND_<span></span>WEIGHT___10` is
    // one word to search, and zero-width characters two at a time between empty elements are one run in the
    // Markdown copy, as invisible in Chromium (red team 26). Said where the run's problem starts, or where it starts.
    for (const run of textRuns(tree)) {
      if (run.parts.length < 2 || run.parts.some((part) => refusedText.has(part.node))) continue;
      const shown = shownTextProblem(run.text);
      if (shown === undefined) continue;
      const mark = SEARCH_INDEX_MARK.exec(run.text)?.index ?? 0;
      const part = run.parts.findLast((candidate) => candidate.start <= mark) ?? run.parts[0];
      if (part !== undefined)
        report(part.node, `the text, read across the inline elements it is split by, ${shown}`);
    }

    // Text shrunk time after time (red team 23, MathML red team 24): a walk without recursion, each node with
    // the steps it is shown smaller by; the outermost one too deep is reported, not each inside it. MathML
    // shows only the first child of <semantics> and <maction> (the rest display: none), while search indexes all.
    const stack: [MdxNode, Shrinking][] = [[tree, { steps: 0, math: undefined }]];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      const [node, state] = next;
      if (state.steps > MAX_SHRINKING_DEPTH) {
        report(
          node,
          `<${node.name ?? node.type}> is shown smaller ${state.steps} times over (<small>, <sub>, <sup> and <rt> each show their text smaller, and so do MathML's scripts, fractions and scriptlevel=): text shrunk more than ${MAX_SHRINKING_DEPTH} times is too small to read while search still finds it. Write it at most ${MAX_SHRINKING_DEPTH} deep.`,
        );
        continue;
      }
      const name = isJsxElement(node) ? (node.name ?? '').toLowerCase() : '';
      const hidden = state.math !== undefined ? neverShownChildren(name, node.children ?? []) : [];
      for (const child of hidden)
        report(
          child,
          `<${child.name ?? child.type}> inside <${node.name}> is never shown: MathML shows only the first child of <semantics> and <maction> (a <semantics>'s <annotation>s aside), while search still finds the page by the rest. Write only what the formula shows.`,
        );
      let index = 0;
      for (const child of node.children ?? []) {
        const at = isElementChild(child) ? index++ : index;
        if (!hidden.includes(child)) stack.push([child, shownSmaller(state, node, child, at)]);
      }
    }

    if (problems.length > 0) {
      const list = problems.map((problem) => `  ${problem}`).join('\n');
      file.fail(`Content that is not allowed on this site:\n${list}`, {
        place: pagePoint(file, firstPlace?.start) ?? null,
        ruleId: 'content-safety',
        source: 'remark-content-safety',
      });
    }
  };
}
