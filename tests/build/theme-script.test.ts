/** Every page sets its theme before first paint: the theme script runs inline in <head>, before any style or content. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { minifySync } from 'vite';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { DIST } from '../support/built-site.ts';
import { listDistPages } from '../support/dist-pages.ts';

const dist = fileURLToPath(DIST);
/** src/client/theme-init.js as DocsLayout inlines it: minified with Vite's minifier. */
const themeScript = minifySync(
  'theme-init.js',
  readFileSync(new URL('../../src/client/theme-init.js', import.meta.url), 'utf8'),
).code;

/** The element children of the page's <head>, in order. */
function headElements(html: string): Element[] {
  const root = fromHtml(html);
  const htmlElement = root.children.find((node): node is Element => node.type === 'element');
  const head = htmlElement?.children.find(
    (node): node is Element => node.type === 'element' && node.tagName === 'head',
  );
  return head?.children.filter((node): node is Element => node.type === 'element') ?? [];
}

for (const page of listDistPages(DIST)) {
  test(`${page} runs the theme script inline and blocking in <head>, before its styles`, () => {
    const html = readFileSync(`${dist}${page.endsWith('.html') ? page : `${page}index.html`}`, 'utf8');
    const head = headElements(html);
    const at = head.findIndex((element) => element.tagName === 'script' && toString(element) === themeScript);
    assert.ok(at !== -1, `${page}: no inline <script> in <head> holding src/client/theme-init.js, minified`);
    const script = head[at] as Element;
    for (const attribute of ['src', 'async', 'defer', 'type'])
      assert.equal(script.properties[attribute], undefined, `${page}: the theme script has ${attribute}`);
    const firstStyle = head.findIndex(
      (element) =>
        element.tagName === 'style' ||
        (element.tagName === 'link' &&
          String(element.properties['rel']) === 'stylesheet' &&
          element.properties['media'] !== 'print'),
    );
    assert.ok(firstStyle === -1 || at < firstStyle, `${page}: the theme script comes after a style`);
  });
}
