/**
 * What a screen reader reads of content's own HTML is what the page shows (src/markdown/rehype-shown-names.ts). Red
 * team 35: `<a href aria-label="Privacy">Security</a>` was read as "Privacy" (axe: label-content-name-mismatch) and an
 * `<img>` without alt= failed axe's image-alt; each now renders as shown, with a warning at its line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderLearn } from '../support/learn-markdown.ts';

const root = new URL('../../', import.meta.url);

/** The HTML of an .mdx page of `markdown`, and what the build warned. */
async function rendered(markdown: string): Promise<{ html: string; warnings: string[] }> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (message: string) => warnings.push(message);
  try {
    const html = await renderLearn(markdown, { root, path: new URL('content/page.mdx', root).pathname });
    return { html, warnings };
  } finally {
    console.warn = warn;
  }
}

test("a link's aria-label that does not hold its shown text is left out, said at its line", async () => {
  const { html, warnings } = await rendered(
    'Intro.\n\nSee <a href="/page/" aria-label="Privacy">Security</a>.\n',
  );
  assert.match(html, /<a href="\/page\/">Security<\/a>/);
  assert.deepEqual(warnings.length, 1);
  assert.match(warnings[0] ?? '', /content\/page\.mdx:3: aria-label="Privacy" on <a> is left out/);
});

test('an aria-label holding the shown text stays, and so does a label of an element not named by its text', async () => {
  const { html, warnings } = await rendered(
    'See <a href="/page/" aria-label="Security settings, opens the page">Security</a>.\n\n<div role="note" aria-label="Note">Other words.</div>\n',
  );
  assert.match(html, /aria-label="Security settings, opens the page"/);
  assert.match(html, /<div role="note" aria-label="Note">/);
  assert.deepEqual(warnings, []);
});

test('an <img> without alt= is decoration (alt=""), said at its line; alt text stays', async () => {
  const { html, warnings } = await rendered(
    'Intro.\n\n<img src="/favicon.svg" />\n\n<img src="/favicon.svg" alt="Logo" />\n\n<img src="/favicon.svg" alt=" " />\n',
  );
  assert.equal(html.match(/<img src="\/favicon.svg" alt="">/g)?.length, 2, html);
  assert.match(html, /<img src="\/favicon.svg" alt="Logo">/);
  assert.equal(warnings.length, 2);
  assert.match(
    warnings[0] ?? '',
    /content\/page\.mdx:3: an <img> without alt= \(or of blanks alone\) is read as decoration/,
  );
  assert.match(warnings[1] ?? '', /content\/page\.mdx:7: an <img> without alt=/);
});

test('an <img> without alt= named by its aria-label or title keeps that name, not made decoration', async () => {
  // axe's image-alt passes such an image; alt="" beside its name would hide it from screen readers.
  const { html, warnings } = await rendered(
    '<img src="/favicon.svg" title="Network diagram" />\n\n<img src="/favicon.svg" aria-label="Sizing chart" />\n',
  );
  assert.match(html, /<img src="\/favicon.svg" title="Network diagram">/);
  assert.match(html, /<img src="\/favicon.svg" aria-label="Sizing chart">/);
  assert.deepEqual(warnings, []);
});

test('aria-labelledby naming other text than the link shows is left out; one naming text that holds it stays', async () => {
  const { html, warnings } = await rendered(
    'Intro.\n\n<p id="other">Privacy</p>\n\n<p id="holds">Security settings</p>\n\n<a href="/page/" aria-labelledby="other">Security</a> <a href="/page/" aria-labelledby="holds">Security</a>\n',
  );
  assert.match(
    html,
    /<a href="\/page\/">Security<\/a>\s*<a href="\/page\/" aria-labelledby="holds">Security<\/a>/,
  );
  assert.equal(warnings.length, 1);
  assert.match(
    warnings[0] ?? '',
    /content\/page\.mdx:7: aria-labelledby="other" on <a> is left out: a screen reader would read "Privacy"/,
  );
});

test("a cell's headers= naming no header cell of its table is left out; one naming its <th> stays", async () => {
  const { html, warnings } = await rendered(
    'Intro.\n\n<table><thead><tr><th id="plan">Plan</th></tr></thead><tbody><tr><td headers="plan">Basic</td><td headers="nowhere">Premium</td></tr></tbody></table>\n',
  );
  assert.match(html, /<td headers="plan">Basic<\/td><td>Premium<\/td>/);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0] ?? '', /content\/page\.mdx:3: headers="nowhere" on <td> is left out/);
});

test('aria-hidden="true" on a heading the page shows is left out, said at its line; elsewhere it stays', async () => {
  // rv53: <h2 aria-hidden="true"> showed, and stood in "On this page", with no heading for a screen reader.
  const { html, warnings } = await rendered(
    'Intro.\n\n<h2 ARIA-HIDDEN="true" id="steps">Steps</h2>\n\nDo it <span aria-hidden="true">★</span>.\n',
  );
  assert.match(html, /<h2 id="steps">Steps<\/h2>/);
  assert.match(html, /<span aria-hidden="true">★<\/span>/);
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(warnings[0] ?? '', /content\/page\.mdx:3: aria-hidden="true" on <h2> is left out/);
});

test('dir="rtl" around text of no right-to-left letter is left out; around Arabic or Hebrew it stays', async () => {
  // Red team 35: Chromium showed <span dir="rtl">100 - 200</span> as "200 - 100", read and copied as "100 - 200".
  const { html, warnings } = await rendered(
    'Intro.\n\nTransfer <span dir="rtl">100 - 200</span> USD, <span dir="rtl">مرحبا 100</span> and <span dir="rtl">שלום</span>.\n',
  );
  assert.match(
    html,
    /Transfer <span>100 - 200<\/span> USD, <span dir="rtl">مرحبا 100<\/span> and <span dir="rtl">שלום<\/span>/,
  );
  assert.equal(warnings.length, 1);
  assert.match(warnings[0] ?? '', /content\/page\.mdx:3: dir="rtl" on <span> is left out/);
});
