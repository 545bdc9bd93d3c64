/** Every page sets its theme before first paint: /theme-init.js is a blocking script in <head>, before the CSS. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DIST } from '../support/built-site.ts';
import { listDistPages } from '../support/dist-pages.ts';

const dist = fileURLToPath(DIST);

for (const page of listDistPages(DIST)) {
  test(`${page} loads /theme-init.js blocking, in <head>, before its stylesheets`, () => {
    const html = readFileSync(`${dist}${page.endsWith('.html') ? page : `${page}index.html`}`, 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    const script = /<script src="\/theme-init\.js"><\/script>/.exec(head);
    assert.ok(
      script,
      `${page}: no plain <script src="/theme-init.js"> (no async, defer or type=module) in <head>`,
    );
    const firstStylesheet = head.search(/<link rel="stylesheet" href="[^"]+"(?! media="print")>/);
    assert.ok(
      firstStylesheet === -1 || script.index < firstStylesheet,
      `${page}: the theme script comes after a stylesheet`,
    );
  });
}
