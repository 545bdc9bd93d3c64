/**
 * The post-build step reads a page as a reader's browser does (scripting on, so a `</noscript>` in an
 * attribute ends the `<noscript>` and what follows is markup), and in every other reading a browser can
 * make: without scripts (a `<noscript>`'s content as markup) and a `<template>`'s content.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { activeMarkup } from '../../src/lib/post-build/inert.ts';
import { parsePage } from '../../src/lib/post-build/stage.ts';

/** A built page as Astro writes it, with `body` in it. */
const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body><main>${body}</main></body></html>`;

const REFRESH = `<meta http-equiv=refresh content='2;url=https://evil.example/r'>`;

describe('the post-build step reads a page as a browser does', () => {
  test('a refresh after "</noscript>" in an attribute is found: a browser with scripts makes it an element', () => {
    // The red-team's page as Astro built it: the title's value is not escaped but for & and ".
    const html = page(`<noscript><span title="</noscript>${REFRESH}">x</span></noscript>`);
    assert.deepEqual(activeMarkup(parsePage('attack/index.html', html)), [
      'a <meta http-equiv="refresh">: only the CSP may be set this way',
    ]);
  });

  test('a <noscript> is also read as a browser without scripts reads it', () => {
    const html = page(`<noscript>${REFRESH}<a href="javascript:alert(1)">x</a></noscript>`);
    assert.deepEqual(activeMarkup(parsePage('attack/index.html', html)), [
      'a <meta http-equiv="refresh">: only the CSP may be set this way',
      'href="javascript:alert(1)" on <a> runs code',
    ]);
  });

  test("a <template>'s content is read (a shadow root with shadowrootmode, or a copy a script makes)", () => {
    const html = page(
      `<div><template shadowrootmode="open"><img src="x" onerror="alert(1)"></template></div>`,
    );
    assert.deepEqual(activeMarkup(parsePage('attack/index.html', html)), [
      'an inline event handler onerror= on <img>',
    ]);
  });

  test('download= on any element, whoever wrote it, is found: a file of the site saved as Setup.html runs outside the CSP', () => {
    const html = page(
      `<a href="/media/img/p.png" download="DefenderSetup.html">Get it</a><a href="/x.png" DOWNLOAD>x</a><svg><a href="/favicon.svg" download="x.bat"><text>x</text></a></svg>`,
    );
    const found = activeMarkup(parsePage('attack/index.html', html));
    assert.deepEqual(
      found.map((problem) => problem.split(',')[0]),
      ['a download= on <a>', 'a download= on <a>', 'a download= on <a>'],
    );
    assert.match(found[0] ?? '', /saves a file of the site under a name the page chooses/);
  });

  test("the search page's own <noscript> message, and markup look-alikes in text, pass", () => {
    const html = page(
      `<noscript><p class="noscript">Search needs JavaScript: see the <a href="/">pages</a>.</p></noscript><p title="&lt;/noscript>">&lt;meta http-equiv=refresh&gt;</p>`,
    );
    assert.deepEqual(activeMarkup(parsePage('search/index.html', html)), []);
  });
});
