import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkInternal, checkOutbound, classifyLink, describeProblem } from '../../src/lib/link-check.ts';

const allowed = new Set(['www.microsoft.com', 'learn.microsoft.com']);
const headingIds = new Map<string, ReadonlySet<string> | undefined>([
  ['/', new Set(['in-this-article'])],
  ['/security/', new Set(['service-level-security', 'further-reading'])],
  ['/links/', undefined],
]);

describe('classifyLink', () => {
  test('a scheme or a host makes a link outbound', () => {
    for (const href of [
      'https://www.microsoft.com/security',
      'http://x.org/',
      'mailto:a@b.c',
      '//cdn.example/x',
    ]) {
      assert.deepEqual(classifyLink(href, '/privacy/'), { kind: 'outbound', href });
    }
  });

  test('paths and anchors are pages of this site, resolved from the linking page', () => {
    assert.deepEqual(classifyLink('/security/#further-reading', '/privacy/'), {
      kind: 'internal',
      path: '/security/',
      anchor: 'further-reading',
    });
    assert.deepEqual(classifyLink('#top', '/privacy/'), {
      kind: 'internal',
      path: '/privacy/',
      anchor: 'top',
    });
    assert.deepEqual(classifyLink('../security/', '/privacy/'), {
      kind: 'internal',
      path: '/security/',
      anchor: undefined,
    });
  });
});

describe('checkOutbound', () => {
  test('https to an allowed host passes', () => {
    assert.equal(checkOutbound('https://www.microsoft.com/trust-center/privacy', allowed), undefined);
  });

  test('http fails and says the https address to write', () => {
    assert.match(
      checkOutbound('http://www.microsoft.com/security', allowed) ?? '',
      /not https: write it as https:\/\/www\.microsoft\.com\/security/,
    );
  });

  test('other schemes (mailto: excepted: it makes no request) and protocol-relative links fail', () => {
    for (const href of ['ftp://www.microsoft.com/x', '//www.microsoft.com/x']) {
      assert.match(checkOutbound(href, allowed) ?? '', /full https:\/\/ URLs/, href);
    }
  });

  test('a host off the allowlist fails and says which line to add where', () => {
    const problem = checkOutbound('https://example.com/page', allowed) ?? '';
    assert.match(problem, /goes to example\.com, which is not on the allowlist/);
    assert.match(problem, /add 'example\.com' to OUTBOUND_HOSTS in src\/consts\.ts/);
  });

  test('hosts are compared exactly: a look-alike subdomain is not allowed', () => {
    assert.match(
      checkOutbound('https://learn.microsoft.com.evil.example/x', allowed) ?? '',
      /not on the allowlist/,
    );
  });
});

describe('checkInternal', () => {
  test('a page of the site, with or without a heading of it, passes', () => {
    assert.equal(checkInternal({ path: '/security/', anchor: undefined }, headingIds), undefined);
    assert.equal(checkInternal({ path: '/security/', anchor: 'further-reading' }, headingIds), undefined);
  });

  test('a page that does not exist fails, listing the pages there are', () => {
    assert.match(
      checkInternal({ path: '/privcy/', anchor: undefined }, headingIds) ?? '',
      /goes to \/privcy\/, which is not a page of this site\. Link to one of \/, \/links\/, \/security\//,
    );
  });

  test('an anchor that is not a heading of the target fails, listing its headings', () => {
    assert.match(
      checkInternal({ path: '/security/', anchor: 'further' }, headingIds) ?? '',
      /#further, which is not a heading on \/security\/\. Its headings are: #service-level-security, #further-reading/,
    );
  });

  test('anchors on a page whose headings are unknown are not judged', () => {
    assert.equal(checkInternal({ path: '/links/', anchor: 'anything' }, headingIds), undefined);
  });
});

describe('describeProblem', () => {
  test('names file, line and the link as written, and as published when resolved', () => {
    assert.equal(
      describeProblem(
        { file: 'content/privacy.mdx', line: 12, href: 'security.md#x', published: '/security/#x' },
        'is wrong.',
      ),
      'content/privacy.mdx:12: the link "security.md#x" (published as /security/#x) is wrong.',
    );
    assert.equal(
      describeProblem({ file: 'content/a.mdx', line: undefined, href: '#x' }, 'is wrong.'),
      'content/a.mdx: the link "#x" is wrong.',
    );
  });
});
