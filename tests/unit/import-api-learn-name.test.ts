/**
 * A generated API reference's article (winrt-api, WinUI's) is on Learn by its `-api-id`, not by its file's
 * path: its page keeps that path (`learnPath`) and credits that URL, so "Adapted from" is no dead link.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { apiIdLearnName, apiLearnPath, learnArticleUrl } from '../../src/lib/learn-links.ts';
import { pageSchema } from '../../src/lib/page-schema.ts';

test('an -api-id is the name Learn serves its article by: lower case, parameters out, #ctor as -ctor, arity as -N', () => {
  assert.equal(apiIdLearnName('N:Windows.Globalization.Fonts'), 'windows.globalization.fonts');
  assert.equal(
    apiIdLearnName('T:Windows.Globalization.Fonts.LanguageFont'),
    'windows.globalization.fonts.languagefont',
  );
  assert.equal(
    apiIdLearnName('P:Windows.Globalization.Fonts.LanguageFont.FontFamily'),
    'windows.globalization.fonts.languagefont.fontfamily',
  );
  assert.equal(
    apiIdLearnName('M:Windows.Globalization.Fonts.LanguageFontGroup.#ctor(System.String)'),
    'windows.globalization.fonts.languagefontgroup.-ctor',
  );
  assert.equal(
    apiIdLearnName('M:Windows.Storage.FileIO.WriteTextAsync(Windows.Storage.IStorageFile,System.String)'),
    'windows.storage.fileio.writetextasync',
  );
  assert.equal(
    apiIdLearnName('T:Windows.Foundation.Collections.IVector`1'),
    'windows.foundation.collections.ivector-1',
  );
  assert.equal(
    apiIdLearnName('E:Windows.Media.Audio.AudioStateMonitor.SoundLevelChanged'),
    'windows.media.audio.audiostatemonitor.soundlevelchanged',
  );
  // What is no API id keeps the file's path: no kind letter, a path, a URL, markup, not text.
  for (const notId of [
    'Windows.Globalization',
    'T:../../etc/passwd',
    'T:https://evil.example/x',
    'T:<b>x</b>',
    'X',
    42,
    undefined,
  ])
    assert.equal(apiIdLearnName(notId), undefined, String(notId));
});

test('an imported winrt-api page records its Learn name, credited under its folder; the -api-id is not said to be dropped', () => {
  const file = '/src/windows.globalization.fonts/languagefontgroup_languagefontgroup_290278668.md';
  const source = [
    '---',
    '-api-id: M:Windows.Globalization.Fonts.LanguageFontGroup.#ctor(System.String)',
    '-api-type: winrt method',
    '---',
    '',
    '<!-- Method syntax',
    'public LanguageFontGroup(System.String languageTag)',
    '-->',
    '',
    '# Windows.Globalization.Fonts.LanguageFontGroup.LanguageFontGroup',
    '',
    '## -description',
    '',
    'Creates a LanguageFontGroup object for a specific language or script.',
    '',
  ].join('\n');
  const files: SourceFiles = {
    read: (path) => (path === file ? source : undefined),
    exists: (path) => path === file,
  };
  const plan = planImport([file], { today: '2026-01-01' }, files);
  const [page] = plan.pages;
  assert.ok(page);
  assert.equal(page.apiName, 'windows.globalization.fonts.languagefontgroup.-ctor');
  assert.deepEqual(
    plan.dropped.flatMap(({ keys }) => keys),
    ['-api-type'],
  );
  // Below the docset's Learn path: --learn-path named the docset (uwp/api), or the namespace's folder
  // (uwp/api/windows.globalization.fonts, the folder imported being that one of the docset).
  const learnPath = 'uwp/api/windows.globalization.fonts.languagefontgroup.-ctor';
  assert.equal(apiLearnPath('uwp/api', '', page.apiName), learnPath);
  assert.equal(
    apiLearnPath('uwp/api/windows.globalization.fonts', 'windows.globalization.fonts', page.apiName),
    learnPath,
  );
  assert.equal(apiLearnPath('/uwp/api/', 'other', page.apiName), learnPath);
  assert.ok(pageSchema.shape.learnPath.safeParse(learnPath).success);
  assert.equal(
    learnArticleUrl(page.slug, 'https://learn.microsoft.com/en-us', 'uwp/api', [], [], learnPath),
    `https://learn.microsoft.com/en-us/${learnPath}`,
  );
  // Without one, the page's path, as before.
  assert.equal(
    learnArticleUrl(page.slug, 'https://learn.microsoft.com/en-us', 'uwp/api', [], []),
    `https://learn.microsoft.com/en-us/uwp/api/${page.slug}`,
  );
});

test('a learnPath written by hand must be a path as in a Learn URL: no climbing, no host, no markup', () => {
  for (const bad of [
    '../x',
    '/x',
    'a//b',
    'https://evil.example',
    '//evil.example/x',
    'X Y',
    'a/../b',
    '<b>',
  ])
    assert.equal(pageSchema.shape.learnPath.safeParse(bad).success, false, bad);
  assert.ok(pageSchema.shape.learnPath.safeParse('uwp/api/windows.ui.text.fontstyle').success);
});
