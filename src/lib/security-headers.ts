/**
 * The site's security policy in one place. It feeds Astro's `security.csp` (the `<meta>` in every page,
 * with build-time hashes of inline scripts and styles), the `_headers` file written into dist/ for
 * static hosts, and, through that file, the response headers of `npm start`.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { findElement } from './hast-walk.ts';

/** A Content-Security-Policy as directive name → sources, in the order they are written. */
export type Policy = Record<string, readonly string[]>;

/**
 * What a page may load: only this origin, nothing inline unless hashed, no plugins, no eval.
 * `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly search; it allows no JavaScript eval.
 */
export const BASE_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
} as const satisfies Policy;

/** Directives a `<meta>` policy cannot carry (browsers ignore them there): response headers only. */
export const HEADER_ONLY_POLICY = {
  'frame-ancestors': ["'none'"],
} as const satisfies Policy;

/** Browser features the site does not use, switched off for it and anything it could embed. */
export const DENIED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
] as const;

/** The headers every response carries besides the CSP. */
export const STATIC_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Astro's `security.csp` options: the base policy, with Astro adding its hashes to script-src and style-src. */
export function astroCspOptions() {
  const { 'script-src': scripts, 'style-src': styles, ...others } = BASE_POLICY;
  return {
    algorithm: 'SHA-256' as const,
    directives: Object.entries(others).map(
      ([name, sources]) => `${name as keyof typeof others} ${sources.join(' ')}` as const,
    ),
    scriptDirective: { resources: [...scripts] },
    styleDirective: { resources: [...styles] },
  };
}

/** Reads a policy string (`a x y; b z`) into directives; later duplicates of a directive are ignored, as browsers do. */
export function parsePolicy(text: string): Policy {
  const policy: Record<string, string[]> = {};
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!(key in policy)) policy[key] = sources;
  }
  return policy;
}

/** Writes a policy as one line, directives in their order, sources de-duplicated. */
export function formatPolicy(policy: Policy): string {
  return Object.entries(policy)
    .map(([name, sources]) => [name, ...new Set(sources)].join(' '))
    .join('; ');
}

/** One policy that allows everything any of `policies` allows (pages differ only in their hashes). */
export function mergePolicies(policies: readonly Policy[]): Policy {
  const merged: Record<string, string[]> = {};
  for (const policy of policies) {
    for (const [name, sources] of Object.entries(policy)) {
      merged[name] = [...new Set([...(merged[name] ?? []), ...sources])];
    }
  }
  return merged;
}

/** The policy without hash sources that match no inline code the site ships (`used`). */
export function keepUsedHashes(policy: Policy, used: ReadonlySet<string>): Policy {
  const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);
  return Object.fromEntries(
    Object.entries(policy).map(([name, sources]) => [
      name,
      sources.filter((source) => !isHash(source) || used.has(source)),
    ]),
  );
}

/** The response-header policy: the page's `<meta>` policy plus what only a header can say. */
export function headerPolicy(metaPolicy: Policy): Policy {
  return { ...metaPolicy, ...HEADER_ONLY_POLICY };
}

/** Every security header of a response, given the policy of the site's pages. */
export function securityHeaders(metaPolicy: Policy): Record<string, string> {
  return { 'Content-Security-Policy': formatPolicy(headerPolicy(metaPolicy)), ...STATIC_HEADERS };
}

/** A `_headers` file (Netlify, Cloudflare Pages and others): one rule for every path of the site. */
export function formatHeadersFile(headers: Readonly<Record<string, string>>): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return `# Written by the build from src/lib/security-headers.ts: do not edit.\n/*\n${lines.join('\n')}\n`;
}

/** The headers of a `_headers` file that apply to every path (`/*`), as `npm start` serves them. */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let inAllPaths = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inAllPaths = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (inAllPaths && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** Whether an element is a `<meta http-equiv="content-security-policy">` (any case). */
export function isCspMeta(node: Element): boolean {
  return (
    node.tagName === 'meta' &&
    propertyText(node, 'httpEquiv').trim().toLowerCase() === 'content-security-policy'
  );
}

/** A hast property of `node` as the attribute's text ('' when absent; lists joined with spaces). */
export function propertyText(node: Element, property: string): string {
  const value = node.properties[property];
  if (value === undefined || value === null) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** The `content` of the first CSP `<meta>` of a parsed page, or undefined if it has none. */
export function metaPolicyOf(tree: Root): string | undefined {
  const meta = findElement(tree, isCspMeta);
  return meta === undefined ? undefined : propertyText(meta, 'content');
}

/** The `content` of the page's CSP `<meta>`, read with an HTML parser, or undefined if it has none. */
export function readMetaPolicy(html: string): string | undefined {
  return metaPolicyOf(fromHtml(html));
}
