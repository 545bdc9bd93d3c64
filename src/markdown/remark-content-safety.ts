import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { pagePoint, placeName } from './source-place.ts';
import {
  attributeName,
  bidiControlProblem,
  hiddenFocusProblem,
  isComponentName,
  keyboardReaches,
  refusedAttribute,
  refusedAttributeValue,
  refusedElement,
  refusedUrl,
  URL_ATTRIBUTES,
  urlsOf,
} from '../lib/content-safety.ts';

/**
 * Elements each showing their text smaller than their parent's (the browser's `font-size: smaller`), and
 * how many content may nest: `<small>` in `<small>` reads, but twenty of them show words no reader can make
 * out while search finds and quotes them.
 */
const SHRINKING_ELEMENTS = new Set(['small', 'sub', 'sup']);
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
  title?: string | null | undefined;
  alt?: string | null | undefined;
  value?: string | undefined;
  attributes?: { type: string; name?: string | undefined; value?: unknown }[] | undefined;
  position?: { start: { line: number; column: number } } | undefined;
  children?: MdxNode[] | undefined;
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
          checkShown(node);
          break;
        }
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
          const bidi = bidiControlProblem(node.value ?? '');
          if (bidi !== undefined) report(node, `the text ${bidi}`);
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
        const bidi = bidiControlProblem(node[field] ?? '');
        if (bidi !== undefined) report(node, `the ${what}'s ${label} ${bidi}`);
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
      const element = refusedElement(name);
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
          const value = refusedAttributeValue(name, written, attribute.value);
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
      if (valueOf(node, 'aria-hidden')?.trim().toLowerCase() === 'true') {
        const reached = focusableIn(node);
        if (reached !== undefined) report(node, hiddenFocusProblem(name, reached));
      }
    }

    /** The value of `node`'s attribute `name` (in any case), as written; undefined when it has none or it is code. */
    function valueOf(node: MdxNode, name: string): string | undefined {
      for (const attribute of node.attributes ?? [])
        if (attribute.type === 'mdxJsxAttribute' && attributeName(attribute.name ?? '') === name)
          return typeof attribute.value === 'string'
            ? attribute.value
            : attribute.value == null
              ? ''
              : undefined;
      return undefined;
    }

    /** What the keyboard reaches of `node` itself ("a link", "a <button>"), or undefined. */
    function focusable(node: MdxNode): string | undefined {
      if (node.type === 'link' || node.type === 'linkReference') return 'a link';
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
      return keyboardReaches(node.name ?? '', (attribute) => valueOf(node, attribute));
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

    // Text shrunk time after time (red team 23): a walk without recursion, each node with the number of
    // shrinking elements it is in; the outermost one too deep is reported, not each inside it.
    const stack: [MdxNode, number][] = [[tree, 0]];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      const [node, outer] = next;
      const shrinks =
        (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        SHRINKING_ELEMENTS.has((node.name ?? '').toLowerCase());
      const depth = outer + (shrinks ? 1 : 0);
      if (depth > MAX_SHRINKING_DEPTH) {
        report(
          node,
          `<${node.name}> is inside ${outer} more <small>, <sub> or <sup> elements: each shows its text smaller, and text shrunk more than ${MAX_SHRINKING_DEPTH} times is too small to read while search still finds it. Write it at most ${MAX_SHRINKING_DEPTH} deep.`,
        );
        continue;
      }
      for (const child of node.children ?? []) stack.push([child, depth]);
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
