/** Every page sets its theme before first paint: /theme-init.js is a blocking script in <head>, before the CSS. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DIST } from '../support/built-site.ts';
import { listDistPages } from '../support/dist-pages.ts';
import { byTag, findElements } from '../support/html.ts';

const dist = fileURLToPath(DIST);

for (const page of listDistPages(DIST)) {
  test(`${page} loads /theme-init.js blocking, in <head>, before its stylesheets`, () => {
    const html = readFileSync(`${dist}${page.endsWith('.html') ? page : `${page}index.html`}`, 'utf8');
    const [head] = byTag(html, 'head');
    assert.ok(head, `${page} has a <head>`);
    const inHead = findElements(head, (node) => node !== head);
    const script = inHead.findIndex(
      (node) =>
        node.tagName === 'script' &&
        node.properties['src'] === '/theme-init.js' &&
        !['async', 'defer', 'type'].some((name) => node.properties[name] !== undefined),
    );
    assert.ok(
      script !== -1,
      `${page}: no plain <script src="/theme-init.js"> (no async, defer or type=module) in <head>`,
    );
    const firstStylesheet = inHead.findIndex(
      (node) =>
        node.tagName === 'link' &&
        String(node.properties['rel']) === 'stylesheet' &&
        node.properties['media'] !== 'print',
    );
    assert.ok(
      firstStylesheet === -1 || script < firstStylesheet,
      `${page}: the theme script comes after a stylesheet`,
    );
  });
}
