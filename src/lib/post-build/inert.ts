/**
 * Post-build stage: what every published page must not hold, whoever wrote it (content, a component, a
 * plugin): inline event handlers, URLs that run code (javascript:, data:, vbscript:) in any URL
 * attribute, a `<meta http-equiv>` other than the CSP (a refresh sends readers elsewhere, and no CSP
 * governs it), and `<base>`, which would re-aim every relative link.
 */
import type { Element } from 'hast';
import { walkElements } from '../hast-walk.ts';
import { attributeName, isEventHandler, refusedUrl, URL_ATTRIBUTES, urlsOf } from '../content-safety.ts';
import { isCspMeta } from '../security-headers.ts';
import type { BuiltPage, Stage } from './stage.ts';

/** The problems of one parsed page. */
export function activeMarkup({ tree }: BuiltPage): string[] {
  const problems: string[] = [];
  walkElements(tree, (node: Element) => {
    if (node.tagName === 'base') problems.push('a <base> element, which re-aims every relative link');
    if (node.tagName === 'meta' && node.properties['httpEquiv'] !== undefined && !isCspMeta(node)) {
      problems.push(
        `a <meta http-equiv="${String(node.properties['httpEquiv'])}">: only the CSP may be set this way`,
      );
    }
    for (const [property, value] of Object.entries(node.properties)) {
      // hast names properties in camel case (`srcSet`, `onClick`): lower case is the attribute's name.
      const name = attributeName(property);
      if (isEventHandler(name)) problems.push(`an inline event handler ${name}= on <${node.tagName}>`);
      if (!URL_ATTRIBUTES.has(name) || value === null || value === undefined || typeof value === 'boolean')
        continue;
      const text = Array.isArray(value) ? value.join(name === 'ping' ? ' ' : ',') : String(value);
      const code = urlsOf(name, text).find((url) => refusedUrl(url)?.rule === 'code');
      if (code !== undefined) problems.push(`${name}="${code.slice(0, 60)}" on <${node.tagName}> runs code`);
    }
  });
  return problems;
}

export function inertStage(): Stage {
  return {
    name: 'inert',
    failure: 'Markup that could run code or send readers elsewhere reached the published HTML',
    inspect: activeMarkup,
  };
}
