/**
 * Content may write only the elements HTML defines where a browser reads HTML. Red team 28: an MDX page's
 * `<geolocation />` and `<usermedia type="camera" />` built, and Chromium 156 showed them as its own buttons,
 * "Use location" and "Use microphone and camera", asking the reader for that permission on the site's behalf.
 * Inside `<svg>` and `<math>` a name is SVG's or MathML's, inert, but for what the parser reads as HTML again there.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildError } from '../support/learn-markdown.ts';

const root = new URL('../../', import.meta.url);
const path = new URL('content/attack.mdx', root).pathname;
const built = (line: string) => buildError(`Intro.\n\n${line}\n`, path, root, ['attack']);

describe('an element HTML does not define, where a browser reads HTML', () => {
  const refused: [string, string, number][] = [
    ['<geolocation />', 'geolocation', 1],
    ['<usermedia type="camera" />', 'usermedia', 1],
    ['Text <permission type="camera" /> here.', 'permission', 6],
    ['<svg><foreignObject><geolocation /></foreignObject></svg>', 'geolocation', 21],
    ['<svg><desc><geolocation /></desc></svg>', 'geolocation', 12],
    ['<svg><p><geolocation /></p></svg>', 'geolocation', 9],
    ['<math><mi><usermedia /></mi></math>', 'usermedia', 11],
  ];
  for (const [line, name, column] of refused)
    test(`${line} fails the build at its line and column`, async () => {
      assert.match(
        await built(line),
        new RegExp(
          `content/attack\\.mdx:3:${column}: a <${name}> is not allowed in content: HTML defines no such element`,
        ),
      );
    });

  test("SVG's and MathML's own elements, custom elements and HTML's, old ones too, still build", async () => {
    for (const line of [
      '<svg viewBox="0 0 4 4"><g><rect width="1" height="1" /><linearGradient id="g"><stop offset="0" /></linearGradient></g></svg>',
      '<svg><geolocation /></svg>',
      '<math><mrow><msup><mi>x</mi><mn>2</mn></msup></mrow></math>',
      '<my-placeholder>x</my-placeholder>',
      '<center>x</center> <tt>x</tt> <kbd>Ctrl</kbd> <abbr title="a">a</abbr> <time>now</time>',
      '<details><summary>s</summary>x</details>',
    ])
      assert.equal(await built(line), '', line);
  });
});
