import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
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
      const html = await renderLearn(`> [!${marker}]\n> Keep the *dial* at zero.\n`);
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
    const html = await renderLearn('> [!tip] Turn it slowly.\n');
    assert.match(html, /aria-label="Tip"/);
    assert.match(html, /<p>Turn it slowly\.<\/p>/);
  });

  test('a callout keeps lists and links inside it', async () => {
    const html = await renderLearn(
      '> [!WARNING]\n> - One [link](https://learn.microsoft.com/x).\n> - Two.\n',
    );
    assert.match(
      html,
      /callout-warning[\s\S]*<li>One <a href="https:\/\/learn.microsoft.com\/x"[^>]*>link[\s\S]*<\/a>\.<\/li>[\s\S]*<\/div>/,
    );
  });

  test('> [!div class="nextstepaction"] is a plain block with its content, no marker', async () => {
    const html = await renderLearn('> [!div class="nextstepaction"]\n> [Next step](page.md)\n', {
      sitePages: ['page'],
    });
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
