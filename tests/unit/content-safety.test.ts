import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isComponentName, isEventHandler, unsafeUrlScheme } from '../../src/lib/content-safety.ts';

describe('unsafeUrlScheme', () => {
  test('finds javascript:, data: and vbscript: however they are written', () => {
    assert.equal(unsafeUrlScheme('javascript:alert(1)'), 'javascript');
    assert.equal(unsafeUrlScheme('JavaScript:alert(1)'), 'javascript');
    assert.equal(unsafeUrlScheme(' \u0001javascript:alert(1)'), 'javascript');
    assert.equal(unsafeUrlScheme('java\tscr\nipt:alert(1)'), 'javascript');
    assert.equal(unsafeUrlScheme('data:text/html,<script>alert(1)</script>'), 'data');
    assert.equal(unsafeUrlScheme('vbscript:msgbox'), 'vbscript');
  });

  test('lets ordinary links through', () => {
    for (const url of [
      'https://www.microsoft.com/trust-center',
      'privacy.md',
      '/security/',
      '#data',
      'mailto:a@b.c',
      '../javascript:x',
    ]) {
      assert.equal(unsafeUrlScheme(url), undefined, url);
    }
  });
});

describe('isEventHandler', () => {
  test('matches on* attributes in any case, and nothing else', () => {
    assert.ok(isEventHandler('onclick'));
    assert.ok(isEventHandler('onClick'));
    assert.ok(isEventHandler('ONERROR'));
    assert.ok(!isEventHandler('title'));
    assert.ok(!isEventHandler('href'));
  });
});

describe('isComponentName', () => {
  test('components start with a capital or are dotted; HTML elements are lower case', () => {
    assert.ok(isComponentName('SectionList'));
    assert.ok(isComponentName('ui.Badge'));
    assert.ok(!isComponentName('a'));
    assert.ok(!isComponentName('script'));
  });
});
