/**
 * A tab set is the build's: content may not write the classes it is built with, which the tabs script finds
 * sets and panels by. Red team round 4 wrote one in an MDX page,
 * `<div className="learn-tabs"><div role="tablist"></div><section role="tabpanel" data-tab="x" hidden>…</section></div>`,
 * beside a real set: the script threw and the page's real tabs stopped working.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TAB_SET_CLASSES } from '../../src/markdown/remark-learn-tabs.ts';
import { findElements } from '../support/html.ts';
import { buildError, renderLearn } from '../support/learn-markdown.ts';

const root = new URL('../../', import.meta.url);
const path = new URL('content/attack.mdx', root).pathname;

const REAL_SET =
  '# [Linux](#tab/linux)\n\nLinux text.\n\n# [Windows](#tab/windows)\n\nWindows text.\n\n---\n';

describe("a tab set's class written in content", () => {
  const forged: [string, string, string][] = [
    [
      '<div className="learn-tabs"><div></div><section role="tabpanel" data-tab="x" id="fake-panel" hidden>hidden text</section></div>',
      'learn-tabs',
      'div',
    ],
    ['<div className="learn-tabs"></div>', 'learn-tabs', 'div'],
    ['<section class="note learn-tab" hidden>x</section>', 'learn-tab', 'section'],
    ['<div className="learn-tablist">x</div>', 'learn-tablist', 'div'],
    ['<div className="learn-tabs-ready">ready</div>', 'learn-tabs-ready', 'div'],
    ['Text <span className="learn-tab-button">inline</span>.', 'learn-tab-button', 'span'],
  ];
  for (const [line, name, tag] of forged) {
    test(`${line.slice(0, 60)}… fails the build, naming file, line and the class`, async () => {
      const error = await buildError(`Intro.\n\n${line}\n\n${REAL_SET}`, path, root, ['attack']);
      assert.match(
        error,
        new RegExp(`content/attack\\.mdx:3:\\d+: the class "${name}" on <${tag}> is the site's own`),
        error || '(it compiled)',
      );
    });
  }

  test('every class a set is built with is reserved', () => {
    assert.deepEqual(Object.values(TAB_SET_CLASSES).sort(), [
      'learn-tab',
      'learn-tab-button',
      'learn-tablist',
      'learn-tabs',
      'learn-tabs-ready',
    ]);
  });

  test('classes of its own, named alike, pass', async () => {
    for (const line of [
      '<div className="learn-tabs-note my-learn-tabs">x</div>',
      '<div class="Learn-Tabs-x tabs">x</div>',
    ])
      assert.equal(await buildError(`Intro.\n\n${line}\n\n${REAL_SET}`, path, root, ['attack']), '', line);
  });
});

test('tab ids are written in lower case, as the script compares them (Learn matches ?tabs= without case)', async () => {
  const html = await renderLearn(
    '# [Servers](#tab/Servers)\n\nS.\n\n# [Windows 10 and 11](#tab/Windows10and11)\n\nW.\n\n---\n\n# [Ext](#tab/ExtV5/Servers)\n\nE.\n\n---\n',
  );
  assert.deepEqual(
    findElements(html, (element) => element.properties['role'] === 'tabpanel').map((panel) => [
      panel.properties['dataTab'],
      panel.properties['dataCondition'],
    ]),
    [
      ['servers', undefined],
      ['windows10and11', undefined],
      ['extv5', 'servers'],
    ],
  );
});
