/**
 * An SVG of content refers only to elements its page's content holds, of the kind the reference uses. Red team 28
 * left it, red team 29 checked in Chromium: `fill="url(#nowhere)"` drew no shape, a mask or filter so named was
 * dropped, `url(#main-content)` named the layout's `<main>`, and `url(/other.svg#g)` loaded a file the site does
 * not have (Chromium loads another document's gradient, mask, filter, clip path or marker) — all built unsaid.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Nearness, NEARNESS_STEPS } from '../../src/lib/learn-links.ts';
import { buildError } from '../support/learn-markdown.ts';

const root = new URL('../../', import.meta.url);
const path = new URL('content/attack.mdx', root).pathname;
const built = (line: string) => buildError(`Intro.\n\n${line}\n`, path, root, ['attack', 'privacy']);

describe("an SVG's reference to an element", () => {
  const refused: [string, RegExp][] = [
    [
      '<svg><rect fill="url(#nowhere)" /></svg>',
      /fill= of <rect> "#nowhere" names #nowhere, which no element/,
    ],
    ['<svg><rect mask="url(#main-content)" /></svg>', /mask= of <rect> "#main-content" names #main-content/],
    ['<svg><rect filter="url(#f)" /></svg>', /filter= of <rect> "#f" names #f, which no element/],
    ['<svg><path markerEnd="url(#m)" /><marker id="x" /></svg>', /names #m.*those it can name: #x\./],
    ['<svg><use href="#nowhere" /></svg>', /href= of <use> "#nowhere" names #nowhere/],
    ['<svg><feImage xlinkHref="#nowhere" /></svg>', /href= of <feImage> "#nowhere" names #nowhere/],
    [
      '<div id="g">x</div>\n\n<svg><rect fill="url(#g)" /><linearGradient id="g" /></svg>',
      /names #g, a <div>, which it cannot use \(only <linearGradient>, <radialGradient>, <pattern>\)/,
    ],
    [
      '<svg><rect clip-path="url(#g)" /><linearGradient id="g" /></svg>',
      /a <lineargradient>.*only <clipPath>/,
    ],
    [
      '<svg><rect fill="url(/other.svg#g)" /></svg>',
      /"\/other\.svg#g" loads \/other\.svg, which is no file of public/,
    ],
    [
      '<svg><rect mask="url(/privacy/#m)" /></svg>',
      /"\/privacy\/#m" loads \/privacy\/, which is no file of public/,
    ],
  ];
  for (const [line, expected] of refused)
    test(`${line} fails the build at its line`, async () => {
      const error = await built(line);
      assert.match(
        error,
        /content\/attack\.mdx:\d+: the (?:CSS URL in )?[a-z-]+= of </i,
        error || '(it built)',
      );
      assert.match(error, expected);
    });

  test('a gradient, clip path, marker or symbol the page writes, before or after its use, and a file of public/ build', async () => {
    for (const line of [
      '<svg><defs><linearGradient id="g"><stop offset="0" /></linearGradient><clipPath id="c" /></defs><rect fill="url(#g)" stroke="url(#g) red" clipPath="url(#c)" /></svg>',
      '<svg><path markerStart="url(#k)" fill="url(\'#p\')" /><marker id="k" /><pattern id="p" /><symbol id="s" /><use href="#s" /></svg>',
      '<svg><rect cursor="url(/favicon.svg), auto" mask="url(/favicon.svg#m)" /></svg>',
      '<span title="fill: url(#nothing)">text</span>',
    ])
      assert.equal(await built(line), '', line);
  });
});

test("a page's broken references share one budget for the ids they suggest", async () => {
  // Red team 29: 4,000 gradients and 4,000 references to missing ones took 262 s to refuse, each reference
  // comparing its id with every gradient's on a budget of its own; the page's references share NEARNESS_STEPS.
  const count = 400;
  const defs = Array.from({ length: count }, (_, i) => `<linearGradient id="gradient-number-${i}" />`);
  const uses = Array.from({ length: count }, (_, i) => `<rect fill="url(#missing-gradient-${i})" />`);
  let steps = 0;
  const take = Object.getOwnPropertyDescriptor(Nearness.prototype, 'take');
  const original = take?.value as (this: Nearness, wanted: number) => boolean;
  Nearness.prototype.take = function (this: Nearness, wanted: number) {
    const taken = original.call(this, wanted);
    if (taken) steps += wanted;
    return taken;
  };
  try {
    assert.match(await built(`<svg>${defs.join('')}${uses.join('')}</svg>`), /names #missing-gradient-399/);
  } finally {
    if (take) Object.defineProperty(Nearness.prototype, 'take', take);
  }
  assert.ok(steps > 0 && steps <= NEARNESS_STEPS, `${steps} steps`);
});
