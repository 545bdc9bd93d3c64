import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findElements, textOf, joinedLinkText } from '../support/html.ts';
import { renderLearn } from '../support/learn-markdown.ts';

describe('remark-learn-alerts', () => {
  for (const [marker, label] of [
    ['NOTE', 'Note'],
    ['TIP', 'Tip'],
    ['IMPORTANT', 'Important'],
    ['CAUTION', 'Caution'],
    ['WARNING', 'Warning'],
  ] as const) {
    test(`> [!${marker}] is a callout labelled "${label}", with a hidden icon and its text`, async () => {
      const html = joinedLinkText(await renderLearn(`> [!${marker}]\n> Keep the *dial* at zero.\n`));
      assert.match(
        html,
        new RegExp(`<div class="callout callout-${marker.toLowerCase()}" role="note" aria-label="${label}">`),
      );
      assert.match(
        html,
        new RegExp(`<p class="callout-title"><svg [^>]*aria-hidden="true"[^>]*>.*</svg>${label}</p>`),
      );
      assert.match(html, /<p>Keep the <em>dial<\/em> at zero\.<\/p>/);
      assert.doesNotMatch(html, /\[!|<blockquote/);
      assert.doesNotMatch(html, /style=/, 'no inline styles (CSP)');
    });
  }

  test('the marker may be lower case and share its line with the text', async () => {
    const html = joinedLinkText(await renderLearn('> [!tip] Turn it slowly.\n'));
    assert.match(html, /aria-label="Tip"/);
    assert.match(html, /<p>Turn it slowly\.<\/p>/);
  });

  test('a callout keeps lists and links inside it', async () => {
    const html = joinedLinkText(
      await renderLearn('> [!WARNING]\n> - One [link](https://learn.microsoft.com/x).\n> - Two.\n'),
    );
    assert.match(
      html,
      /callout-warning[\s\S]*<li>One <a href="https:\/\/learn.microsoft.com\/x"[^>]*>link[\s\S]*<\/a>\.<\/li>[\s\S]*<\/div>/,
    );
  });

  test('> [!div class="nextstepaction"] is a plain block with its content, no marker', async () => {
    const html = joinedLinkText(
      await renderLearn('> [!div class="nextstepaction"]\n> [Next step](page.md)\n', {
        sitePages: ['page'],
      }),
    );
    assert.match(
      html,
      /<div class="learn-div learn-div-nextstepaction">\s*<p><a href="\/page\/">Next step<\/a><\/p>\s*<\/div>/,
    );
  });

  test('an ordinary quote stays a quote', async () => {
    assert.match(
      await renderLearn('> Just a quote.\n'),
      /<blockquote>\s*<p>Just a quote\.<\/p>\s*<\/blockquote>/,
    );
  });
});

describe('an alert starting partway through a quote', () => {
  /** The callouts of `html` in order, each as its label and text. */
  const callouts = (html: string) =>
    findElements(html, (element) => element.properties['role'] === 'note').map(textOf);

  test('a later paragraph that starts with a marker closes the callout and opens the next, as on Learn', async () => {
    const html = joinedLinkText(
      await renderLearn('> [!IMPORTANT]\n> First.\n>\n> [!NOTE]\n> Second.\n>\n> More of it.\n'),
    );
    assert.deepEqual(callouts(html), ['Important First.', 'Note Second. More of it.']);
    assert.doesNotMatch(html, /\[!|<blockquote/);
  });

  test('so does a marker line inside a paragraph, and a marker after a plain quote', async () => {
    const html = joinedLinkText(
      await renderLearn(
        '> [!TIP]\n> One *tip*\n> [!WARNING]\n> A warning.\n\n> Just a quote.\n>\n> [!CAUTION] Careful.\n',
      ),
    );
    assert.deepEqual(callouts(html), ['Tip One tip', 'Warning A warning.', 'Caution Careful.']);
    assert.match(html, /<blockquote>\s*<p>Just a quote\.<\/p>\s*<\/blockquote>/);
    assert.doesNotMatch(html, /\[!/);
  });

  test('a marker in the middle of a line, or escaped, is text', async () => {
    const html = joinedLinkText(
      await renderLearn('> [!NOTE]\n> Start a note with [!NOTE].\n>\n> \\[!TIP] shows the marker.\n'),
    );
    assert.equal(callouts(html).length, 1);
    assert.match(html, /Start a note with \[!NOTE\]\./);
  });
});
