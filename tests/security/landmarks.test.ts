/**
 * Content may not stand as the layout's landmarks for screen readers, nor rearrange what they read by id. Red team
 * 26, in Chromium's accessibility tree of built pages: an MDX page's `<div aria-owns="search-input menu-panel">`
 * made the header's search box and the sidebar children of the page's content (the search landmark left empty),
 * and its `<nav aria-label="Pages">`, `<main>`, `<search>` and `<div role="contentinfo">Licensed under the MIT
 * licence…</div>` were a second sidebar, main, search and footer (the credit and licence) among the layout's, in
 * the list of landmarks a screen reader moves by. Each fails the build at its line; the import leaves such
 * attributes out of Learn's HTML.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toMdxSafe } from '../../src/lib/import/mdx-safe.ts';
import { buildError } from '../support/learn-markdown.ts';

const root = new URL('../../', import.meta.url);
const path = new URL('content/attack.mdx', root).pathname;

describe("content written as the layout's landmarks, or rearranging what screen readers read", () => {
  const cases: [string, RegExp][] = [
    [
      '<div aria-owns="search-input menu-panel">Owner</div>',
      /aria-owns= on <div> is not allowed: it rearranges/,
    ],
    ['<p aria-flowto="main-content">Next</p>', /aria-flowto= on <p> is not allowed/],
    ['<nav aria-label="Pages">[Home](/)</nav>', /a <nav> here is a "navigation" landmark/],
    ['<main>Second</main>', /a <main> here is a "main" landmark/],
    ['<search>Find</search>', /a <search> here is a "search" landmark/],
    ['<aside aria-label="Table of contents">x</aside>', /a <aside> here is a "complementary" landmark/],
    ['<section title="Sec">x</section>', /a <section> here is a "region" landmark/],
    [
      '<div role="contentinfo">Licensed under the MIT licence.</div>',
      /role="contentinfo" on <div> is not allowed/,
    ],
    [
      '<div role="note search">x</div>',
      /role="note search" on <div> is not allowed: "search" makes the element a landmark/,
    ],
    [
      '<div role="Application">x</div>',
      /role="Application" on <div> is not allowed: it has a screen reader hand every key/,
    ],
  ];
  for (const [line, expected] of cases)
    test(`${line} fails the build at its line`, async () => {
      const error = await buildError(`Intro.\n\n${line}\n`, path, root, ['attack']);
      assert.match(
        error,
        new RegExp(`content/attack\\.mdx:3:1: ${expected.source}`),
        error || '(it compiled)',
      );
    });

  test('unnamed <aside> and <section>, <header>, <footer>, a note and ids of its own still build', async () => {
    const page = [
      '<aside>Aside.</aside>',
      '<section>Section.</section>',
      '<header>Header.</header>',
      '<footer>Footer.</footer>',
      '<div role="note" aria-label="Note">Note.</div>',
      '<p id="own">Own.</p>',
      '<p aria-describedby="own">Described.</p>',
    ].join('\n\n');
    assert.equal(await buildError(`${page}\n`, path, root, ['attack']), '');
  });

  test("the import leaves a landmark role and aria-owns out of Learn's HTML", () => {
    const mdx = toMdxSafe('<div role="navigation" class="x">a</div>\n\n<div aria-owns="b">c</div>\n');
    assert.doesNotMatch(mdx, /role=|aria-owns/);
    assert.match(mdx, /<div class="x">a<\/div>/);
  });
});
