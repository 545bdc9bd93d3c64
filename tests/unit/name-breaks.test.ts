/**
 * Where the layout lets a line break inside a long name (src/lib/name-breaks.ts): between the parts a reader
 * of code reads, so an API reference's page names wrap as "Microsoft" / ".CIFramework" / ".addHandler",
 * not "Microsoft.CIFramewo" / "rk" (real-folder trial CE). In the browser: tests/build/import-folders.test.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MIN_BREAKABLE, nameParts } from '../../src/lib/name-breaks.ts';
import { pageMarkdown } from '../../src/lib/page-markdown.ts';
import { renderLearn } from '../support/learn-markdown.ts';

test('a long name breaks before each dot or :: joining two parts, and between a word and the next capital', () => {
  assert.deepEqual(nameParts('Microsoft.CIFramework.addHandler'), [
    'Microsoft',
    '.CI',
    'Framework',
    '.add',
    'Handler',
  ]);
  assert.deepEqual(nameParts('Windows::Foundation::Collections'), [
    'Windows',
    '::Foundation',
    '::Collections',
  ]);
  assert.deepEqual(nameParts('getEnvironmentVariable'), ['get', 'Environment', 'Variable']);
});

test('after a path separator or underscore, never leaving one character alone', () => {
  assert.deepEqual(nameParts('HKEY_LOCAL_MACHINE\\SOFTWARE'), ['HKEY_', 'LOCAL_', 'MACHINE\\', 'SOFTWARE']);
  assert.deepEqual(nameParts('/security/privacy-notice'), ['/security/', 'privacy-notice']);
  assert.deepEqual(nameParts('a.b.c.d.e.f.g.h.i'), ['a.b', '.c', '.d', '.e', '.f', '.g', '.h', '.i']);
});

test('words shorter than MIN_BREAKABLE and sentences keep their own breaks only; the parts always join to the text', () => {
  const short = `${'x'.repeat(MIN_BREAKABLE - 6)}.Load`;
  assert.deepEqual(nameParts(short), [short]);
  const title = 'Security, privacy, and compliance in Microsoft Defender for Business (e.g. v2.0)';
  assert.deepEqual(nameParts(title), [title]);
  const mixed = 'Use Microsoft.CIFramework.setClickToAct to call it';
  assert.equal(nameParts(mixed).join(''), mixed);
  assert.deepEqual(nameParts(mixed).slice(0, 2), ['Use Microsoft', '.CI']);
});

test("a heading's long name breaks there too; its id, its link's name and the Markdown copy keep it as written", async () => {
  const html = await renderLearn('## Microsoft.CIFramework.setClickToAct method\n\nText.\n');
  assert.match(
    html,
    /<h2 id="microsoftciframeworksetclicktoact-method">Microsoft<wbr>\.CI<wbr>Framework<wbr>\.set<wbr>Click<wbr>To<wbr>Act method<\/h2>/,
  );
  assert.match(html, /Link to section: Microsoft\.CIFramework\.setClickToAct method</);
  const { markdown } = pageMarkdown(`<article><h1>T</h1>${html}</article>`, 'https://example.com/page/');
  assert.match(markdown, /^## Microsoft\.CIFramework\.setClickToAct method$/m);
  assert.doesNotMatch(markdown, /\u200b/);
});
