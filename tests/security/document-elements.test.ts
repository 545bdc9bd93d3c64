/**
 * Content may not write `<html>`, `<head>` or `<body>`: a browser gives the attributes of such a tag written in a
 * page to the page's own root and body. Red team 27: an MDX page's `<body inert>` built, and in Chromium the sidebar's
 * links, the search and the header were deaf to clicks, keys and screen readers; `<body hidden>` showed a blank page.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildError } from '../support/learn-markdown.ts';

const root = new URL('../../', import.meta.url);
const path = new URL('content/attack.mdx', root).pathname;

describe("content's <html>, <head> and <body>, whose attributes a browser gives to the page's own", () => {
  for (const line of [
    '<body inert>x</body>',
    '<body hidden>x</body>',
    '<html dir="rtl">x</html>',
    '<head>x</head>',
    '<svg><body inert /></svg>',
  ])
    test(`${line} fails the build at its line`, async () => {
      const error = await buildError(`Intro.\n\n${line}\n`, path, root, ['attack']);
      assert.match(
        error,
        /content\/attack\.mdx:3:\d+: a <(body|html|head)> is not allowed in content: a page is inside the site's own <html> and <body>/,
        error || '(it compiled)',
      );
    });
});
