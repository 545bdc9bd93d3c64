/**
 * Content may not be announced by screen readers by itself, nor tell them the rest of the page is inert. Red team
 * 27: an MDX page's `<div role="alert">Your session expired</div>`, `<p aria-live="assertive">`, `<div role="status">`
 * (the role of the site's own "Copy page as Markdown" status) and `<div role="dialog" aria-modal="true">` built, and
 * stood in Chromium's accessibility tree as an alert, a live region, a status and a modal dialog over the page. Each
 * fails the build at its line; the import leaves such attributes out of Learn's HTML.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toMdxSafe } from '../../src/lib/import/mdx-safe.ts';
import { buildError } from '../support/learn-markdown.ts';

const root = new URL('../../', import.meta.url);
const path = new URL('content/attack.mdx', root).pathname;

describe('content that screen readers would announce by itself, or take for a modal dialog', () => {
  const cases: [string, RegExp][] = [
    [
      '<div role="alert">Your session expired</div>',
      /role="alert" on <div> is not allowed: screen readers announce/,
    ],
    [
      '<div role="note Status">x</div>',
      /role="note Status" on <div> is not allowed: screen readers announce/,
    ],
    ['<p aria-live="assertive">Live</p>', /aria-live="assertive" on <p> is not allowed/],
    ['<p ariaLive="polite">Live</p>', /ariaLive="polite" on <p> is not allowed/],
    ['<div role="alertdialog">x</div>', /role="alertdialog" on <div> is not allowed/],
    ['<div role="log">x</div>', /role="log" on <div> is not allowed/],
    ['<span role="timer">1</span>', /role="timer" on <span> is not allowed/],
    [
      '<div role="dialog" aria-modal="true">x</div>',
      /aria-modal= on <div> is not allowed: it tells assistive technology that everything outside/,
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

  // A dialog role is refused as a control with no script behind it: accessibility-attributes.test.ts.
  test('aria-live="off" and a note still build', async () => {
    const page = ['<p aria-live="off">Off.</p>', '<div role="note">Note.</div>'];
    assert.equal(await buildError(`${page.join('\n\n')}\n`, path, root, ['attack']), '');
  });

  test("the import leaves announced roles, aria-live and aria-modal out of Learn's HTML", () => {
    const mdx = toMdxSafe('<div role="alert" class="x" aria-live="polite" aria-modal="true">a</div>\n');
    assert.doesNotMatch(mdx, /role=|aria-live|aria-modal/);
    assert.match(mdx, /<div class="x">a<\/div>/);
  });

  test('of a role refused for one of its roles, the import keeps the others', () => {
    // "note status": a browser takes the first role it knows, so the element was a note; only "status" is refused.
    assert.match(
      toMdxSafe('<div role="note status" class="x">a</div>\n'),
      /<div role="note" class="x">a<\/div>/,
    );
    assert.match(toMdxSafe('<div role="Alert  note">a</div>\n'), /<div role="note">a<\/div>/);
    assert.match(toMdxSafe('<div role="main status">a</div>\n'), /<div>a<\/div>/);
  });
});
