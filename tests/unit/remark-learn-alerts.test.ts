import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
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
        // Left out of search: the site's word, not the page's (an excerpt read "Important. Dynamics 365…").
        new RegExp(
          `<p class="callout-title" data-pagefind-ignore=""><svg [^>]*aria-hidden="true"[^>]*>.*</svg>${label}</p>`,
        ),
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

describe('a block element right under the marker (in MDX, part of the marker’s paragraph)', () => {
  /** The structure of `html` as a browser parses it: serialized again, it is `html` when nothing was re-nested. */
  const asParsed = (html: string) => toHtml(fromHtml(html, { fragment: true }));
  /** Each callout's children (elements) by tag name, text and class, as a browser reads the page. */
  const calloutParts = (html: string) =>
    findElements(html, (element) => element.properties['role'] === 'note').map((callout) =>
      callout.children.flatMap((child) =>
        child.type === 'element'
          ? [`${child.tagName}${child.tagName === 'svg' ? '' : `: ${textOf(child)}`}`]
          : [],
      ),
    );

  // As DynamicsAX2012-technet writes its notes (`> <P>Text.</P>`), which the import writes in an .mdx page.
  test('a <p> is the callout’s paragraph, not one inside another (system-architecture.md)', async () => {
    const html = await renderLearn(
      '> [!NOTE]\n> <p>The model store has been moved to a separate database in Microsoft Dynamics AX 2012 R2.</p>\n',
    );
    assert.equal(asParsed(html), html, 'no element a browser would move: no <p> inside a <p>');
    assert.deepEqual(calloutParts(html), [
      [
        'p: Note',
        'p: The model store has been moved to a separate database in Microsoft Dynamics AX 2012 R2.',
      ],
    ]);
  });

  test('so are several, a <div> and a <table>; a link in one stays a Markdown link', async () => {
    const html = await renderLearn(
      [
        '> [!NOTE]',
        '> <p>One, see the [System requirements](https://learn.microsoft.com/x).</p>',
        '> <p>Two.</p>',
        '',
        '> [!TIP] <div>In a div.</div>',
        '',
        '> [!WARNING]',
        '> <table><tbody><tr><td>Cell</td></tr></tbody></table>',
        '',
      ].join('\n'),
    );
    assert.equal(asParsed(html), html);
    assert.deepEqual(calloutParts(html), [
      ['p: Note', 'p: One, see the System requirements (external site).', 'p: Two.'],
      ['p: Tip', 'div: In a div.'],
      ['p: Warning', 'div: Cell'],
    ]);
    assert.match(
      joinedLinkText(html),
      /<a href="https:\/\/learn\.microsoft\.com\/x"[^>]*>System requirements/,
    );
    assert.match(html, /<div class="table-scroll"[^>]*><table>/);
  });

  test('text around a block element stays paragraphs of its own; inline elements stay in their paragraph', async () => {
    const html = await renderLearn(
      '> [!IMPORTANT]\n> Before <p>inside</p> after.\n\n> [!CAUTION]\n> Text in <b>bold</b>.\n\n> [!div class="x"]\n> <p>In a div.</p>\n',
    );
    assert.equal(asParsed(html), html);
    assert.deepEqual(calloutParts(html), [
      ['p: Important', 'p: Before', 'p: inside', 'p: after.'],
      ['p: Caution', 'p: Text in bold.'],
    ]);
    assert.match(html, /<div class="learn-div learn-div-x">\s*<p>In a div\.<\/p>\s*<\/div>/);
  });
});
