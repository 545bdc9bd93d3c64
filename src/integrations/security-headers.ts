import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  formatHeadersFile,
  formatPolicy,
  keepUsedHashes,
  mergePolicies,
  parsePolicy,
  readMetaPolicy,
  securityHeaders,
  type Policy,
} from '../lib/security-headers.ts';
import { readBuiltPages, refusePublishing } from './built-pages.ts';

const META_TAG = /<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/gi;
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/** The CSP source for a script or style body, as a browser computes it. */
function sha256Source(body: string): string {
  return `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
}

/** Inline code of a page that Astro's policy does not allow, described for the build error; `used` collects the hashes that are. */
function unhashedInlineCode(html: string, policy: Policy, used: Set<string>): string[] {
  const problems: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    const type = /\stype="([^"]*)"/i.exec(attributes)?.[1] ?? '';
    if (!['', 'module', 'text/javascript'].includes(type)) continue;
    const hash = sha256Source(body);
    if ((policy['script-src'] ?? []).includes(hash)) used.add(hash);
    else problems.push(`an inline <script> not hashed by Astro (is:inline?): ${body.trim().slice(0, 60)}…`);
  }
  for (const [, body = ''] of html.matchAll(INLINE_STYLE)) {
    const hash = sha256Source(body);
    if ((policy['style-src'] ?? []).includes(hash)) used.add(hash);
    else problems.push(`an inline <style> not hashed by Astro: ${body.trim().slice(0, 60)}…`);
  }
  if (/<[a-z][^>]*\sstyle="/i.test(html)) problems.push('a style="…" attribute, which the policy blocks');
  return problems;
}

/**
 * Gives every page the same CSP (Astro's per-page `<meta>`, hashes merged, only those of inline code
 * the pages hold kept) as the first thing in its `<head>`, fails the build on inline code Astro did not
 * hash, and writes the `_headers` file from the same policy.
 * Must run before the Pagefind integration, which indexes the final HTML.
 */
export function securityHeadersFile(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = readBuiltPages(site);
        const policies = pages.map(({ file, html }) => {
          const meta = readMetaPolicy(html);
          if (meta === undefined) {
            throw new Error(
              `dist/${file} has no Content-Security-Policy <meta>: is security.csp on in astro.config.mjs?`,
            );
          }
          return parsePolicy(meta);
        });
        const astroPolicy = mergePolicies(policies);
        const used = new Set<string>();
        const problems = pages.flatMap(({ file, html }) =>
          unhashedInlineCode(html.replace(META_TAG, ''), astroPolicy, used).map(
            (problem) => `dist/${file}: ${problem}`,
          ),
        );
        if (problems.length > 0) {
          // A site that breaks under its own policy must not be published.
          refusePublishing(
            site,
            `Inline code the Content-Security-Policy would block (dist/ removed):\n${problems.join('\n')}\n` +
              'Use a bundled <script> or a file in public/ loaded with <script src>, and styles in <style> blocks Astro bundles.',
          );
        }
        // Astro also lists hashes for code this site never inlines (island runtime, client directives): drop them.
        const policy = keepUsedHashes(astroPolicy, used);
        const meta = `<meta http-equiv="content-security-policy" content="${formatPolicy(policy)}">`;
        for (const { file, html } of pages) {
          const withoutMeta = html.replace(META_TAG, '');
          const charset = /<meta charset="utf-8"\s*\/?>/i.exec(withoutMeta);
          if (!charset)
            throw new Error(`dist/${file} has no <meta charset="utf-8">, which the CSP <meta> must follow.`);
          const at = charset.index + charset[0].length;
          writeFileSync(join(site, file), withoutMeta.slice(0, at) + meta + withoutMeta.slice(at));
        }
        const headersFile = join(site, '_headers');
        writeFileSync(headersFile, formatHeadersFile(securityHeaders(policy)));
        logger.info(
          `One CSP for ${pages.length} pages; headers written to ${relative(process.cwd(), headersFile)}`,
        );
      },
    },
  };
}
