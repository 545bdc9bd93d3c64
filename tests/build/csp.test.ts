/** Every built page is safe under its own CSP: nothing inline but what is hashed, nothing from another origin. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { BASE_POLICY, parsePolicy, readMetaPolicy } from '../../src/lib/security-headers.ts';
import { DIST } from '../support/built-site.ts';
import { listDistPages } from '../support/dist-pages.ts';
import { postBuildFailures } from '../support/post-build-failures.ts';

/** The CSP source a browser would match an inline script or style body against. */
const hashSource = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
/** Attributes through which a page loads something (links the reader follows are not loads). */
const LOADS: Record<string, string> = {
  script: 'src',
  img: 'src',
  iframe: 'src',
  source: 'src',
  video: 'src',
  audio: 'src',
};

for (const path of listDistPages(DIST)) {
  test(`${path} allows only its own code and loads only from this site`, () => {
    const html = readFileSync(new URL(`.${path.endsWith('/') ? `${path}index.html` : path}`, DIST), 'utf8');
    const meta = readMetaPolicy(html);
    assert.ok(meta, 'the page has a CSP <meta>');
    const policy = parsePolicy(meta);
    for (const [directive, sources] of Object.entries(BASE_POLICY)) {
      for (const source of sources)
        assert.ok(policy[directive]?.includes(source), `${directive} keeps ${source}`);
    }
    for (const directive of ['script-src', 'style-src']) {
      assert.ok(!policy[directive]?.includes("'unsafe-inline'"), `${directive} without 'unsafe-inline'`);
      assert.ok(!policy[directive]?.includes("'unsafe-eval'"), `${directive} without 'unsafe-eval'`);
    }

    visit(fromHtml(html), 'element', (node: Element) => {
      const at = `<${node.tagName}> on ${path}`;
      const attributes = Object.keys(node.properties);
      assert.deepEqual(
        attributes.filter((name) => /^on/i.test(name)),
        [],
        `no inline event handler on ${at}`,
      );
      assert.ok(!('style' in node.properties), `no style attribute on ${at}`);
      if (node.tagName === 'script' && node.properties['src'] === undefined) {
        assert.ok(
          policy['script-src']?.includes(hashSource(toString(node))),
          `the inline script's hash is in script-src (${at})`,
        );
      }
      if (node.tagName === 'style') {
        assert.ok(
          policy['style-src']?.includes(hashSource(toString(node))),
          `the inline style's hash is in style-src (${at})`,
        );
      }
      const loaded =
        node.tagName === 'link' ? node.properties['href'] : node.properties[LOADS[node.tagName] ?? ''];
      const isLoad = node.tagName !== 'link' || !String(node.properties['rel']).includes('canonical');
      if (typeof loaded === 'string' && isLoad) {
        assert.equal(
          new URL(loaded, 'https://site.invalid/').origin,
          'https://site.invalid',
          `${at} loads ${loaded} from this site`,
        );
      }
    });
  });
}

test('an inline script Astro does not hash (is:inline) or a style attribute in a template fails the build, saying what to do', async () => {
  // The build shared with the other post-build failures (tests/support/post-build-failures.ts).
  const { status, output, published } = await postBuildFailures();
  assert.notEqual(status, 0, 'the build must fail');
  assert.equal(published, false, 'a failed build publishes no page');
  assert.match(
    output,
    /dist\/inline-script\/index\.html: an inline <script> not hashed by Astro \(is:inline\?\)/,
  );
  assert.match(output, /a file in public\/ loaded with <script src>/);
  assert.match(output, /dist\/inline-style\/index\.html: a style="…" attribute, which the policy blocks/);
});
