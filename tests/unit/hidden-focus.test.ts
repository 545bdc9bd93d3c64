/**
 * `aria-hidden="true"` around what the keyboard reaches, checked on the finished page (red-team round 9):
 * the Markdown check refuses a page that hides a link so, but a code block's scroll box and a heading's "#"
 * link are made focusable by the site's own plugins after it, and a keyboard reader then tabs to something
 * a screen reader does not announce.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hiddenFocus } from '../../src/lib/post-build/hidden-focus.ts';
import { parsePage } from '../../src/lib/post-build/stage.ts';
import { buildError, renderLearn } from '../support/learn-markdown.ts';

const ROOT = new URL('file:///nonexistent-project/');

/** What the stage finds on a page whose article is `markdown`, rendered by the site's pipeline. */
async function problemsOf(markdown: string): Promise<string[]> {
  const html = await renderLearn(markdown);
  return hiddenFocus(parsePage('a/index.html', `<!DOCTYPE html><html lang="en"><body>${html}</body></html>`));
}

describe('aria-hidden around what the site makes focusable', () => {
  const cases: [string, RegExp][] = [
    [
      '<div aria-hidden="true">\n\n```powershell\nGet-Item .\n```\n\n</div>',
      // Its bar's "Copy" button first, then the block's scroll box.
      /^aria-hidden="true" on <div> hides a <button> from screen readers that the keyboard still reaches/,
    ],
    [
      '<section aria-hidden="TRUE ">\n\n## Settings\n\nText.\n\n</section>',
      /^aria-hidden="true" on <section> hides a link from screen readers/,
    ],
  ];
  for (const [markdown, expected] of cases) {
    test(`passes the Markdown check, fails the finished page's: ${markdown.split('\n')[2] ?? ''}`, async () => {
      assert.equal(await buildError(markdown, '/nonexistent-project/content/page.mdx', ROOT, ['page']), '');
      const problems = await problemsOf(markdown);
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0] ?? '', expected);
    });
  }

  test('a <details> without a <summary> (the browser makes one, which Tab reaches): refused by both checks', async () => {
    // Red-team round 11: it passed both.
    const markdown = '<div aria-hidden="true"><details><p>x</p></details></div>';
    assert.match(
      await buildError(markdown, '/nonexistent-project/content/page.mdx', ROOT, ['page']),
      /aria-hidden="true" on <div> hides a <details> from screen readers/,
    );
    const page = parsePage(
      'a/index.html',
      '<!DOCTYPE html><html lang="en"><body><div aria-hidden="true"><details><p>x</p></details></div></body></html>',
    );
    assert.match(hiddenFocus(page).join('\n'), /aria-hidden="true" on <div> hides a <details>/);
  });

  test('hidden decoration, a link taken out of the tab order and an unhidden code block are fine', async () => {
    assert.deepEqual(
      await problemsOf(
        '<span aria-hidden="true">★</span> [Rated](/page/)\n\n<span aria-hidden="true"><a href="/page/" tabIndex="-1">x</a></span>\n\n<div aria-hidden="false">\n\n```\ncode\n```\n\n</div>\n\n## Heading\n',
      ),
      [],
    );
  });
});
