/**
 * Post-build stage: one Content-Security-Policy for every page. Each page's own policy (Astro's `<meta>`,
 * with the hashes of that page's inline code) is read from the parsed page; inline code no hash allows
 * fails the build; then every page gets the merged policy, keeping only hashes of inline code the site
 * really holds, as the first element after `<meta charset>`; and `_headers` is written from it.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { walkElements } from '../hast-walk.ts';
import {
  formatHeadersFile,
  formatPolicy,
  isCspMeta,
  propertyText,
  keepUsedHashes,
  mergePolicies,
  metaPolicyOf,
  parsePolicy,
  securityHeaders,
  type Policy,
} from '../security-headers.ts';
import { offsetsOf, serialize, type Edit, type Stage } from './stage.ts';

/** The CSP source for a script or style body, as a browser computes it. */
export function sha256Source(body: string): string {
  return `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
}

/** Script types that are data, never run: the CSP does not govern them. */
const DATA_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json']);

/**
 * The inline code of a page checked against `policy`: hashes it allows go to `used`; the rest, and
 * `style=` attributes, which no hash allows, are problems.
 */
export function unhashedInlineCode(tree: Root, policy: Policy, used: Set<string>): string[] {
  const problems: string[] = [];
  const styled: Element[] = [];
  walkElements(tree, (node: Element) => {
    if (node.properties['style'] !== undefined) styled.push(node);
    if (node.tagName === 'script' && node.properties['src'] === undefined) {
      const type = propertyText(node, 'type').trim().toLowerCase();
      if (DATA_SCRIPT_TYPES.has(type)) return;
      const body = toString(node);
      const hash = sha256Source(body);
      if ((policy['script-src'] ?? []).includes(hash)) used.add(hash);
      else problems.push(`an inline <script> not hashed by Astro (is:inline?): ${body.trim().slice(0, 60)}…`);
    } else if (node.tagName === 'style') {
      const body = toString(node);
      const hash = sha256Source(body);
      if ((policy['style-src'] ?? []).includes(hash)) used.add(hash);
      else problems.push(`an inline <style> not hashed by Astro: ${body.trim().slice(0, 60)}…`);
    }
  });
  if (styled.length > 0) problems.push('a style="…" attribute, which the policy blocks');
  return problems;
}

/**
 * The edits that give a page one CSP `<meta>`, carrying `policy()`, right after `<meta charset>`: every
 * CSP `<meta>` it has is removed, wherever the parser found it.
 */
export function cspMetaEdits(tree: Root, policy: () => Policy): Edit[] {
  const edits: Edit[] = [];
  let charset: Element | undefined;
  walkElements(tree, (node: Element, parent) => {
    if (isCspMeta(node)) edits.push({ ...offsetsOf(node), text: () => '' });
    const inHead = parent.type === 'element' && parent.tagName === 'head';
    if (inHead && node.tagName === 'meta' && node.properties['charSet'] !== undefined) charset ??= node;
  });
  if (!charset) throw new Error('no <meta charset> in <head>, which the CSP <meta> must follow');
  const after = offsetsOf(charset).end;
  edits.push({
    start: after,
    end: after,
    text: () =>
      serialize({
        type: 'element',
        tagName: 'meta',
        properties: { httpEquiv: ['content-security-policy'], content: formatPolicy(policy()) },
        children: [],
      }),
  });
  return edits;
}

/** What the CSP stage gathers from pages: their policies merged in page order, and the hashes they use. */
export interface GatheredPolicies {
  policy: Policy;
  pages: number;
  used: string[];
}

export function cspStage(): Stage<GatheredPolicies> {
  // The pages' policies merged as they are read (merging is in order, so shards merge alike).
  let merged: Policy = {};
  let pages = 0;
  let used = new Set<string>();
  let policy: Policy = {};
  return {
    name: 'csp',
    failure:
      'Inline code the Content-Security-Policy would block. Use a bundled <script> or a file in public/ loaded with <script src>, and styles in <style> blocks Astro bundles',
    inspect: ({ tree }) => {
      const meta = metaPolicyOf(tree);
      if (meta === undefined) {
        return ['no Content-Security-Policy <meta>: is security.csp on in astro.config.mjs?'];
      }
      const own = parsePolicy(meta);
      merged = mergePolicies([merged, own]);
      pages++;
      return unhashedInlineCode(tree, own, used);
    },
    gathered: () => ({ policy: merged, pages, used: [...used] }),
    merge: (parts) => {
      merged = mergePolicies(parts.map((part) => part.policy));
      pages = parts.reduce((sum, part) => sum + part.pages, 0);
      used = new Set(parts.flatMap((part) => part.used));
    },
    settle: () => {
      // Astro also lists hashes for code this site never inlines (island runtime, client directives): drop them.
      policy = keepUsedHashes(merged, used);
      return [];
    },
    edit: ({ file, tree }) => {
      try {
        return cspMetaEdits(tree, () => policy);
      } catch (error) {
        throw new Error(`dist/${file}: ${(error as Error).message}`, { cause: error });
      }
    },
    finish: (site) => {
      writeFileSync(join(site, '_headers'), formatHeadersFile(securityHeaders(policy)));
      return `one CSP for ${pages} pages; headers written to dist/_headers`;
    },
  };
}
