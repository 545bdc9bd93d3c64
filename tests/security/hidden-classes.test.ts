/**
 * Content may not write the classes that hide text from sighted readers while search indexes it, nor those that
 * mark text the build's checks leave alone. Red team 22: an MDX page's `<span className="visually-hidden">privacy
 * compliance</span>` was found by search for those words, its excerpt showing them, on a page that shows them to
 * no one who reads it by sight (red team 19 left out `hidden` elements so); `heading-anchor` (shown only on hover)
 * and `toc-collapsible` (not shown on wide screens) hid text alike, and `heading-anchor` or `learn-literal` kept
 * a raw `::: zone` from the check for unrendered Learn syntax; `url-text` printed a link without its URL. Each fails the build naming file, line and class.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findElements, textOf } from '../support/html.ts';
import { buildError, renderLearn } from '../support/learn-markdown.ts';

const root = new URL('../../', import.meta.url);
const path = new URL('content/attack.mdx', root).pathname;

describe('a class that hides text or marks it for the checks, written in content', () => {
  const cases: [string, string, string][] = [
    ['Text <span className="visually-hidden">privacy compliance</span>.', 'visually-hidden', 'span'],
    ['<p class="note visually-hidden">keywords</p>', 'visually-hidden', 'p'],
    ['Text <span className="heading-anchor">keywords</span>.', 'heading-anchor', 'span'],
    ['<div className="learn-literal">::: zone pivot="x"</div>', 'learn-literal', 'div'],
    ['<div className="toc-collapsible">keywords</div>', 'toc-collapsible', 'div'],
    ['<a className="url-text" href="https://example.com/">Trust Center</a>', 'url-text', 'a'],
  ];
  for (const [line, name, tag] of cases)
    test(`${line} fails the build, naming file, line and the class`, async () => {
      const error = await buildError(`Intro.\n\n${line}\n`, path, root, ['attack']);
      assert.match(
        error,
        new RegExp(`content/attack\\.mdx:3:\\d+: the class "${name}" on <${tag}> is the site's own`),
        error || '(it compiled)',
      );
    });

  test("the site's own hidden words, an external link's marker and a heading's '#' link, still build", async () => {
    const html = await renderLearn('## Setup\n\n[Trust Center](https://www.microsoft.com/trust-center).\n');
    const withClass = (name: string) =>
      findElements(html, (element) => {
        const className = element.properties['className'];
        return Array.isArray(className) && className.includes(name);
      });
    assert.deepEqual(withClass('visually-hidden').map(textOf), ['Link to section: Setup', '(external site)']);
    assert.equal(withClass('heading-anchor').length, 1);
    assert.equal(
      await buildError('## Setup\n\n[Trust Center](https://www.microsoft.com/trust-center).\n', path, root, [
        'attack',
      ]),
      '',
    );
  });
});
