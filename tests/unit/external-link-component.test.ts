/**
 * A link a component writes off the site (ExternalLink.astro) keeps its arrow on the line of its last letter,
 * as a page's links do (rehypeExternalTail). On a page of customer-insights-pr.he-il (real-folder trial BY),
 * "Source: ci-docs/odata-examples.md in MicrosoftDocs/customer-insights-pr.he-il · Suggest a fix" filled the
 * line at 1280 px, and the arrow of "Suggest a fix" began the next line alone.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EXTERNAL_TAIL_CLASS, externalLinkHtml } from '../../src/markdown/external-links.ts';

test("a component's external link holds its last letter and its arrow in one unbreakable span", () => {
  const html = externalLinkHtml('Suggest a fix');
  assert.match(
    html,
    new RegExp(`^Suggest a fi<span class="${EXTERNAL_TAIL_CLASS}">x<span class="external-marker"[^>]*><svg`),
  );
  assert.match(html, /<span class="visually-hidden"> \(external site\)<\/span><\/span><\/span>$/);
});

test('a link text ending in an element keeps it whole, the arrow after it; its markup stays', () => {
  const html = externalLinkHtml('<code data-astro-cid-x>ci-docs/apis.md</code>');
  assert.match(html, /^<code data-astro-cid-x="">ci-docs\/apis\.md<\/code><span class="external-marker"/);
  assert.doesNotMatch(html, new RegExp(EXTERNAL_TAIL_CLASS));
});

test('each link gets a marker of its own', () => {
  const first = externalLinkHtml('A');
  assert.equal(externalLinkHtml('A'), first);
  assert.equal((first.match(/<svg/g) ?? []).length, 1);
});
