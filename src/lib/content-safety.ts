/** What content (content/*.mdx) may not contain, as pure checks the remark plugin applies to every page. */

/** URL schemes that run code or carry a document of their own when followed from a page. */
const UNSAFE_SCHEMES = new Set(['javascript', 'data', 'vbscript']);

/** HTML elements content may not write: they run code, load other documents or restyle the site. */
export const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'object',
  'embed',
  'base',
  'link',
  'meta',
  'form',
]);

/** The scheme of `url` if it is one that runs code or smuggles content (`javascript`, `data`, `vbscript`). */
export function unsafeUrlScheme(url: string): string | undefined {
  // Browsers drop tabs and newlines anywhere, and controls and spaces at the ends, before reading the scheme.
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  return scheme && UNSAFE_SCHEMES.has(scheme) ? scheme : undefined;
}

/** An attribute that is an inline event handler (`onclick`, `onLoad`…), which the CSP would block anyway. */
export function isEventHandler(attribute: string): boolean {
  return /^on[a-z]/i.test(attribute);
}

/** Whether a JSX name is a component (`SectionList`, `Foo.Bar`) rather than an HTML element (`div`). */
export function isComponentName(name: string): boolean {
  return /^[A-Z]/.test(name) || name.includes('.');
}
