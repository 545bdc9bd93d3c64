/**
 * Post-build stage: what every published page must not hold, whoever wrote it (content, a component, a
 * plugin): inline event handlers, URLs that run code (javascript:, data:, vbscript:) in any URL
 * attribute, `download=` (a file of the site saved under a name the page chooses, "Setup.html" or "run.bat",
 * runs as that kind of file when opened, outside the CSP), a `<meta http-equiv>` other than the CSP (a refresh sends readers elsewhere, and no CSP
 * governs it), and `<base>`, which would re-aim every relative link. Read in every reading a browser can
 * make: a `<noscript>`'s text as the markup a browser without scripts reads, a `<template>`'s content too.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { walkElements } from '../hast-walk.ts';
import { attributeName, isEventHandler, refusedUrl, URL_ATTRIBUTES, urlsOf } from '../content-safety.ts';
import { isCspMeta } from '../security-headers.ts';
import type { BuiltPage, Stage } from './stage.ts';

/**
 * Calls `visitor` on every element of `tree` a browser may make live: also those of a `<template>`'s
 * content (a shadow root with `shadowrootmode`, or a copy a script makes), and those of a `<noscript>`,
 * whose text (the page was parsed with scripting on) is markup to a browser without scripts.
 */
function walkEveryReading(tree: Root | Element, visitor: (node: Element) => void): void {
  walkElements(tree, (node) => {
    visitor(node);
    if (node.tagName === 'template' && node.content) walkEveryReading(node.content, visitor);
    if (node.tagName === 'noscript') {
      const text = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
      // hast-util-from-html parses with scripting off, as a browser without scripts does.
      if (text.trim() !== '') walkEveryReading(fromHtml(text, { fragment: true }), visitor);
    }
    return undefined;
  });
}

/** The problems of one parsed page. */
export function activeMarkup({ tree }: BuiltPage): string[] {
  const problems: string[] = [];
  walkEveryReading(tree, (node: Element) => {
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
      if (name === 'download')
        problems.push(
          `a download= on <${node.tagName}>, which saves a file of the site under a name the page chooses: an image saved as "Setup.html" runs its script when opened, outside the CSP`,
        );
      if (!URL_ATTRIBUTES.has(name) || value === null || value === undefined || typeof value === 'boolean')
        continue;
      const text = Array.isArray(value) ? value.join(name === 'ping' ? ' ' : ',') : String(value);
      // A URL names a scheme only before a ':' (the URL standard's scheme state): without one, each URL
      // here is relative to the page, on https, and runs nothing. Most of a page's links are paths, and
      // classifying each cost a third of this stage (two URL parses a link).
      if (!text.includes(':')) continue;
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
