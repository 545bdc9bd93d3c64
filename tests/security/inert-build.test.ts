/**
 * A real build of a page whose text and attribute values hold markup look-alikes (what Astro leaves
 * unescaped in attributes, what a regex over the HTML would have cut): it builds, and what it publishes is
 * inert: dist/ parsed holds no new element, and in Chromium clicking every link opens no dialog and goes
 * nowhere but this site, with no request to another origin.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { closeSite, serveSite } from '../../scripts/serve.ts';
import { buildWith } from '../support/build-fixture.ts';
import { sharedChromium } from '../support/search-site.ts';

/** Markup that would act if it escaped its attribute: a CSP override, a refresh away, a script the site serves. */
const LOOK_ALIKES = [
  '<meta http-equiv="content-security-policy" content="default-src *">',
  '<script src="/media/x.js"></script>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<img src=x onerror=alert(1)>',
  '</span><script src=/media/x.js></script>',
];

const HOSTILE = `---
title: Hostile
description: Markup look-alikes in text and attributes.
order: 90
updated: 2024-05-31
author: tester
---

Intro, with &lt;script src="/media/x.js"&gt;&lt;/script&gt; as text, and \`<meta http-equiv="refresh">\` as code.

${LOOK_ALIKES.map((text, n) => `<span title='${text}' lang='en'>look-alike ${n + 1}</span>`).join('\n\n')}

${LOOK_ALIKES.map((text, n) => `<abbr title='${text}'>abbr ${n + 1}</abbr>`).join(' ')}

[A link titled with markup](privacy.md "<meta http-equiv=&quot;refresh&quot; content=&quot;0;url=https://evil.example/&quot;>")

[Back to the top](#top-of-page) <a id="top-of-page"></a>

[Security](security.md#further-reading)
`;

let site = '';
let server: Server | undefined;
/** Where the site is served: a port the system gives, so no other run can hold it (a fixed one was refused on a busy machine). */
let ORIGIN = '';

before(async () => {
  const result = await buildWith({
    'content/hostile.mdx': HOSTILE,
    'public/media/x.js': 'alert("the look-alike ran")\n',
  });
  assert.equal(result.status, 0, result.output);
  site = result.dist;
  server = await serveSite(site, 0);
  ORIGIN = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
});

after(async () => {
  if (server) await closeSite(server);
});

/** Elements named `tag` in a built page. */
function elements(html: string, tag: string): Element[] {
  const found: Element[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName === tag) found.push(node);
  });
  return found;
}

test('dist/ parsed: the look-alikes are attribute values and text, nothing more', () => {
  const html = readFileSync(join(site, 'hostile/index.html'), 'utf8');
  const home = readFileSync(join(site, 'index.html'), 'utf8');
  for (const tag of ['script', 'meta', 'img']) {
    assert.equal(
      elements(html, tag).length,
      elements(home, tag).length,
      `as many <${tag}> as an ordinary page`,
    );
  }
  const titles = elements(html, 'span').map((span) => span.properties['title']);
  for (const text of LOOK_ALIKES) assert.ok(titles.includes(text), `title kept word for word: ${text}`);
  assert.ok(
    !elements(html, 'script').some((script) => String(script.properties['src']).includes('/media/x.js')),
  );
});

test('in Chromium, every link the content wrote is clicked: no dialog, no page error, no request or navigation elsewhere', async () => {
  const context = await (await sharedChromium()).newContext();
  const page = await context.newPage();
  const events: string[] = [];
  page.on('dialog', (dialog) => {
    events.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => events.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== ORIGIN) events.push(`request: ${request.url()}`);
  });
  page.on('framenavigated', (frame) => {
    if (new URL(frame.url()).origin !== ORIGIN) events.push(`navigation: ${frame.url()}`);
  });
  await context.route(
    (url) => url.origin !== ORIGIN,
    (route) => route.abort(),
  );
  await page.goto(`${ORIGIN}/hostile/`);
  // The page's own chrome links out on purpose (the source on GitHub); the links under test are the content's.
  const contentLinks = page.locator('main .content a[href]');
  const count = await contentLinks.count();
  assert.ok(count >= 3, `the page has its links (${count})`);
  for (let n = 0; n < count; n++) {
    await page.goto(`${ORIGIN}/hostile/`);
    await page.waitForTimeout(100); // a refresh that escaped would fire now
    const link = contentLinks.nth(n);
    if (!(await link.isVisible())) continue;
    await link.click();
    await page.waitForLoadState('load');
    assert.equal(new URL(page.url()).origin, ORIGIN, `link ${n} stays on the site`);
  }
  await context.close();
  assert.deepEqual(events, []);
});
