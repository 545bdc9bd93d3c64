/**
 * A link or loaded URL may not hold a bidirectional control written as a %-escape. Red team 29: a page's link to
 * /search/?q=zz%E2%80%AE.0010-555%20llac… built, and in Chromium the site's search page said "No results for
 * “zzNo results.” Your licence has expired: call 555-0100.”": the override read from the URL reordered the quoted
 * words into a sentence of the site's own, which red team 25's rule on ?section= was written against.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkUrl } from '../../src/lib/link-check.ts';
import { buildError } from '../support/learn-markdown.ts';

const root = new URL('../../', import.meta.url);
const path = new URL('content/attack.mdx', root).pathname;
const hosts = new Set(['www.microsoft.com']);

test('a %-escaped bidirectional control in a link, an image or a mailto: fails the build at its line', async () => {
  const error = await buildError(
    'Intro.\n\nSee [search](/search/?q=zz%E2%80%AE.0010-555%20llac) here.\n',
    path,
    root,
    ['attack', 'search'],
  );
  assert.match(
    error,
    /content\/attack\.mdx:3: the link "\/search\/\?q=zz%E2%80%AE\.0010-555%20llac".* holds, once its %-escapes are read, the bidirectional control character U\+202E/,
  );
  for (const url of [
    'https://www.microsoft.com/a%E2%81%A6b',
    '/privacy/#%E2%80%AEx',
    'mailto:a@b.example?subject=%E2%80%ABx',
    '/favicon.svg?x=%e2%80%ae',
  ])
    assert.match(
      JSON.stringify(checkUrl(url, '/attack/', 'link', hosts)),
      /once its %-escapes are read/,
      url,
    );
});

test('other escapes pass: letters of any script, a left-to-right mark, zero-width spaces real addresses hold', () => {
  for (const url of [
    'https://www.microsoft.com/caf%C3%A9?q=a+b',
    'https://www.microsoft.com/a%E2%80%8E',
    'https://www.microsoft.com/city-%E2%80%8B%E2%80%8Bwalls',
    '/privacy/#%D8%A7%D9%84%D8%AE%D8%B5%D9%88%D8%B5%D9%8A%D8%A9',
  ])
    assert.doesNotMatch(JSON.stringify(checkUrl(url, '/attack/', 'link', hosts)), /problem/, url);
});
