/**
 * Content may not hide words from sight by restyling them where the CSP does not reach, nor ship form controls.
 * Red team 22 left, red team 23 closed: `<font color="white">` (a presentational hint, not a style= the CSP
 * blocks) showed words white on the white page, `<font size="1">` and twenty nested `<small>` too small to
 * read, while search found the page by them and quoted them in its excerpt (a table's `bgcolor`,
 * MathML's `mathcolor` and `mathsize`, and a `<marquee>` scrolling its words out of sight built alike); `<input>`, `<button>`, `<select>`
 * and `contentEditable` built, though a page has no form (`<form>` is refused) and they only take the
 * keyboard's focus and a reader's typing. Red team 24: MathML shrinks text by its scripts, fractions and
 * `scriptlevel=` (0.0006 px at scriptlevel="30" in Chromium) and never shows a `<semantics>`'s or `<maction>`'s
 * children after the first, and Pagefind indexed them all. Each fails the build naming file, line and what to write instead.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildError } from '../support/learn-markdown.ts';

const root = new URL('../../', import.meta.url);
const path = new URL('content/attack.mdx', root).pathname;
const nested = (depth: number, tag = 'small') =>
  `${`<${tag}>`.repeat(depth)}keywords${`</${tag}>`.repeat(depth)}`;

describe('text hidden by restyling, and form controls, written in content', () => {
  const cases: [string, RegExp][] = [
    ['Text <font color="white">privacy compliance</font>.', /<font> is not allowed in content: its color=/],
    ['Text <font size="1">keywords</font>.', /<font> is not allowed/],
    ['Text <basefont color="white" /> keywords.', /<basefont> is not allowed/],
    [`Text ${nested(3)}.`, /<small> is shown smaller 3 times over/],
    [`Text <sup><sub>${nested(1)}</sub></sup>.`, /<small> is shown smaller 3 times/],
    [`Text ${nested(20)}.`, /<small> is shown smaller 3 times/],
    // Red team 24: MathML shrinks by its own means, as small as 0.0006 px in Chromium (scriptlevel="30"), and
    // shows only the first child of <semantics> and <maction>; ruby text is half size, in ruby text a quarter.
    [
      '<math><mstyle scriptlevel="30"><mtext>keywords</mtext></mstyle></math>',
      /<mstyle> is shown smaller 30 times/,
    ],
    [
      `<math><msup><mi>e</mi><msup><mi>x</mi><msup><mi>y</mi><mtext>keywords</mtext></msup></msup></msup></math>`,
      /<mtext> is shown smaller 3 times/,
    ],
    [
      '<math><mroot><mi>x</mi><mfrac><mtext>keywords</mtext><mn>2</mn></mfrac></mroot></math>',
      /<mtext> is shown smaller 3 times/,
    ],
    [
      '<small><math><msub><mi>x</mi><msub><mi>i</mi><mtext>keywords</mtext></msub></msub></math></small>',
      /<mtext> is shown smaller 3 times/,
    ],
    ['<ruby>a<rt><small>keywords</small></rt></ruby>', /<small> is shown smaller 3 times/],
    [
      '<math><semantics><mi>x</mi><mtext>keywords</mtext></semantics></math>',
      /<mtext> inside <semantics> is never shown/,
    ],
    [
      '<math><maction actiontype="toggle"><mi>x</mi><mtext>keywords</mtext></maction></math>',
      /<mtext> inside <maction> is never shown/,
    ],
    [
      '<table bgcolor="#111"><tbody><tr><td>keywords</td></tr></tbody></table>',
      /bgcolor= on <table> is not allowed/,
    ],
    ['<math><mtext mathcolor="white">keywords</mtext></math>', /mathcolor= on <mtext> is not allowed/],
    [
      '<math><mstyle mathsize="1px"><mtext>keywords</mtext></mstyle></math>',
      /mathsize= on <mstyle> is not allowed/,
    ],
    [
      '<marquee scrollamount="9999">keywords</marquee>',
      /<marquee> is not allowed in content: it moves its text/,
    ],
    // The mobile menu's button, which its scoped style shows only on narrow screens (the cid as built).
    [
      '<span className="menu-button" data-astro-cid-xlat7obg="">keywords</span>',
      /data-astro-cid-xlat7obg= on <span> is not allowed: data-astro-\* attributes are Astro's own/,
    ],
    ['<a href="/" data-astro-reload>Home</a>', /data-astro-reload= on <a> is not allowed/],
    ['Name: <input value="keywords" />', /<input> is not allowed in content: a docs page has no form/],
    ['<button type="submit">keywords</button>', /<button> is not allowed/],
    ['<select><option>keywords</option></select>', /<select> is not allowed/],
    ['<p contentEditable="true">keywords</p>', /contentEditable= on <p> is not allowed/],
    // Red team 33: an image drawn at no size shows nothing, while the Markdown copy writes its alt text.
    [
      'An icon <img src="/favicon.svg" width="0" height="0" alt="keywords" /> here.',
      /width="0" on <img> is not allowed: it draws the image too small to see/,
    ],
    ['<img src="/favicon.svg" height=" 1.5px" alt="keywords" />', /height=" 1.5px" on <img> is not allowed/],
    ['<img src="/favicon.svg" width="0.5%" alt="keywords" />', /width="0.5%" on <img> is not allowed/],
    // Red team 33: MathML's spacing moved a formula's text out of the column, which clips, in Chromium.
    [
      '<math><mpadded voffset="3000px"><mtext>keywords</mtext></mpadded></math>',
      /voffset="3000px" on <mpadded> is not allowed: it moves or spaces a formula's parts further than 4em/,
    ],
    ['<math><mpadded lspace="200em"><mtext>keywords</mtext></mpadded></math>', /lspace="200em" on <mpadded>/],
    ['<math><mo rspace="1in">+</mo><mtext>keywords</mtext></math>', /rspace="1in" on <mo>/],
    ['<math><mspace width="-3000px" /><mtext>keywords</mtext></math>', /width="-3000px" on <mspace>/],
    ['<div contenteditable="plaintext-only">keywords</div>', /contenteditable= on <div> is not allowed/],
  ];
  for (const [line, problem] of cases)
    test(`${line.slice(0, 60)} fails the build at its line`, async () => {
      const error = await buildError(`Intro.\n\n${line}\n`, path, root, ['attack']);
      assert.match(error, /content\/attack\.mdx:3:\d+: /, error || '(it compiled)');
      assert.match(error, problem);
    });

  test('text shrunk twice, a <details open> and an image of a size to see still build', async () => {
    for (const line of [
      `Text ${nested(2)}, H<sub>2</sub>O and x<sup><small>2</small></sup>.`,
      // A superscript's superscript, an accent over a script, a fraction in display style, a reset scriptlevel,
      // and a formula's annotation, which search leaves out.
      '<math><msup><mi>e</mi><msup><mi>x</mi><mover accent="true"><mn>2</mn><mo>^</mo></mover></msup></msup></math>',
      '<math display="block"><mfrac><msup><mi>x</mi><msub><mi>a</mi><mi>i</mi></msub></msup><mn>2</mn></mfrac></math>',
      '<math><msub><mi>x</mi><msub><mi>i</mi><mrow scriptlevel="0"><msub><mi>j</mi><mi>k</mi></msub></mrow></msub></msub></math>',
      '<math><semantics><mi>x</mi><annotation encoding="TeX">x</annotation></semantics></math>',
      '<ruby>漢<rt>kan</rt></ruby>',
      '<details open><summary>More</summary>Text.</details>',
      // An icon's size, a share of the column, and a size a browser ignores.
      '<img src="/favicon.svg" width="16" height="16" alt="Shield" />',
      '<img src="/favicon.svg" width="50%" alt="Shield" />',
      '<img src="/favicon.svg" width="auto" alt="Shield" />',
      // A formula's own spacing: a thin space, an operator's spaces, a raised part.
      '<math><mi>a</mi><mspace width="0.2em" /><mo lspace="0" rspace="0.28em">+</mo><mpadded voffset="3px" height="+2px"><mi>b</mi></mpadded></math>',
    ])
      assert.equal(await buildError(`Intro.\n\n${line}\n`, path, root, ['attack']), '', line);
  });
});
