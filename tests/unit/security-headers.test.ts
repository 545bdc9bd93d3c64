import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  astroCspOptions,
  BASE_POLICY,
  formatHeadersFile,
  formatPolicy,
  headerPolicy,
  keepUsedHashes,
  mergePolicies,
  parseHeadersFile,
  parsePolicy,
  readMetaPolicy,
  securityHeaders,
} from '../../src/lib/security-headers.ts';

describe('BASE_POLICY', () => {
  test('is strict: only this origin, no inline code or eval, no plugins', () => {
    assert.deepEqual(BASE_POLICY['default-src'], ["'self'"]);
    assert.deepEqual(BASE_POLICY['object-src'], ["'none'"]);
    assert.deepEqual(BASE_POLICY['base-uri'], ["'self'"]);
    assert.deepEqual(BASE_POLICY['form-action'], ["'self'"]);
    for (const directive of ['script-src', 'style-src'] as const) {
      assert.ok(
        !BASE_POLICY[directive].some(
          (source: string) => source === "'unsafe-inline'" || source === "'unsafe-eval'",
        ),
      );
    }
    assert.ok(BASE_POLICY['script-src'].includes("'wasm-unsafe-eval'"), 'Pagefind needs WebAssembly');
  });
});

describe('astroCspOptions', () => {
  test('hands Astro every directive, with script-src and style-src as resources it adds hashes to', () => {
    const options = astroCspOptions();
    assert.deepEqual(options.scriptDirective.resources, ["'self'", "'wasm-unsafe-eval'"]);
    assert.deepEqual(options.styleDirective.resources, ["'self'"]);
    assert.ok(options.directives.includes("default-src 'self'"));
    assert.ok(options.directives.includes("object-src 'none'"));
    assert.ok(
      !options.directives.some((directive) => directive.startsWith('frame-ancestors')),
      'a <meta> cannot carry it',
    );
  });
});

describe('parsePolicy and formatPolicy', () => {
  test('read and write the same policy', () => {
    const text = "default-src 'self'; script-src 'self' 'sha256-abc='; object-src 'none'";
    assert.deepEqual(parsePolicy(text), {
      'default-src': ["'self'"],
      'script-src': ["'self'", "'sha256-abc='"],
      'object-src': ["'none'"],
    });
    assert.equal(formatPolicy(parsePolicy(text)), text);
  });

  test('a repeated directive counts once, the first, as in browsers', () => {
    assert.deepEqual(parsePolicy("script-src 'self'; script-src *"), { 'script-src': ["'self'"] });
  });
});

describe('mergePolicies', () => {
  test('keeps each directive once with the sources of every page', () => {
    const merged = mergePolicies([
      parsePolicy("default-src 'self'; script-src 'self' 'sha256-a='"),
      parsePolicy("default-src 'self'; script-src 'self' 'sha256-b='"),
    ]);
    assert.equal(formatPolicy(merged), "default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='");
  });
});

describe('headerPolicy and securityHeaders', () => {
  test('the header policy is the meta policy plus frame-ancestors', () => {
    const meta = parsePolicy("default-src 'self'");
    assert.equal(formatPolicy(headerPolicy(meta)), "default-src 'self'; frame-ancestors 'none'");
  });

  test('every response header the site promises is there', () => {
    const headers = securityHeaders(parsePolicy("default-src 'self'"));
    assert.equal(headers['Content-Security-Policy'], "default-src 'self'; frame-ancestors 'none'");
    assert.equal(headers['X-Content-Type-Options'], 'nosniff');
    assert.equal(headers['Referrer-Policy'], 'strict-origin-when-cross-origin');
    assert.equal(headers['Cross-Origin-Opener-Policy'], 'same-origin');
    assert.match(headers['Permissions-Policy'] ?? '', /(^|, )camera=\(\)/);
    assert.match(headers['Permissions-Policy'] ?? '', /(^|, )geolocation=\(\)/);
  });
});

describe('_headers file', () => {
  test('what formatHeadersFile writes, parseHeadersFile reads back', () => {
    const headers = securityHeaders(parsePolicy("default-src 'self'; script-src 'self' 'sha256-a+b/c='"));
    const file = formatHeadersFile(headers);
    assert.match(file, /^\/\*$/m, 'one rule for every path');
    assert.deepEqual(parseHeadersFile(file), headers);
  });

  test('only the rule for every path counts', () => {
    const file = '/*\n  X-A: 1\n/old/\n  X-B: 2\n';
    assert.deepEqual(parseHeadersFile(file), { 'X-A': '1' });
  });
});

describe('readMetaPolicy', () => {
  test("reads the page's CSP meta, with or without escaped quotes", () => {
    const page = (content: string) =>
      `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${content}"></head>`;
    assert.equal(readMetaPolicy(page("default-src 'self'")), "default-src 'self'");
    assert.equal(readMetaPolicy(page('default-src &#39;self&#39;')), "default-src 'self'");
    assert.equal(readMetaPolicy('<head><meta charset="utf-8"></head>'), undefined);
  });
});

describe('keepUsedHashes', () => {
  test('drops the hashes of code no page inlines, keeps every other source', () => {
    const policy = parsePolicy(
      "script-src 'self' 'wasm-unsafe-eval' 'sha256-used=' 'sha256-unused='; style-src 'self' 'sha384-x='",
    );
    assert.equal(
      formatPolicy(keepUsedHashes(policy, new Set(["'sha256-used='"]))),
      "script-src 'self' 'wasm-unsafe-eval' 'sha256-used='; style-src 'self'",
    );
  });
});
