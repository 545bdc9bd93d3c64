/**
 * A generated API reference's article (winrt-api, WinUI's) is on Learn by its `-api-id`, not by its file's
 * path: its page keeps that path (`learnPath`) and credits that URL, so "Adapted from" is no dead link.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { apiIdLearnName, apiLearnPath, learnArticleUrl } from '../../src/lib/learn-links.ts';
import { apiLabel } from '../../src/lib/import/reference-sections.ts';
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

test("a winrt-api page's sidebar label is Learn's name of it, type and member and kind (trial ci: the namespace made each label two or three lines)", () => {
  const label = (id: string, type: string) => apiLabel({ '-api-id': id, '-api-type': type });
  assert.equal(label('P:Windows.UI.Xaml.Controls.AppBar.IsOpen', 'winrt property'), 'AppBar.IsOpen Property');
  assert.equal(label('E:Windows.UI.Xaml.Controls.AppBar.Closed', 'winrt event'), 'AppBar.Closed Event');
  assert.equal(label('T:Windows.UI.Xaml.Controls.AppBar', 'winrt class'), 'AppBar Class');
  assert.equal(
    label('T:Windows.UI.Xaml.Controls.AppBarClosedDisplayMode', 'winrt enum'),
    'AppBarClosedDisplayMode Enum',
  );
  // A method or constructor (Learn names its parameters), a generic type, a kind that is not the id's, or no
  // winrt type: the title stays the label.
  assert.equal(label('M:Windows.UI.Xaml.Controls.AppBar.OnClosed(System.Object)', 'winrt method'), undefined);
  assert.equal(label('M:Windows.UI.Xaml.Controls.AppBar.#ctor', 'winrt method'), undefined);
  assert.equal(label('T:Windows.Foundation.Collections.IVector`1', 'winrt interface'), undefined);
  assert.equal(label('T:Windows.UI.Xaml.Controls.AppBar', 'winrt property'), undefined);
  assert.equal(label('P:Windows.UI.Xaml.Controls.AppBar.IsOpen', 'managed-reference'), undefined);
  assert.equal(apiLabel({ title: 'AppBar' }), undefined);

  const file = '/src/windows.ui.xaml.controls/appbar_isopen.md';
  const source = [
    '---',
    '-api-id: P:Windows.UI.Xaml.Controls.AppBar.IsOpen',
    '-api-type: winrt property',
    '---',
    '',
    '# Windows.UI.Xaml.Controls.AppBar.IsOpen',
    '',
    '## -description',
    'Gets or sets a value that indicates whether the AppBar is open.',
    '',
  ].join('\n');
  const plan = planImport(
    [file],
    { today: '2026-01-01' },
    { read: (path) => (path === file ? source : undefined), exists: (path) => path === file },
  );
  const [page] = plan.pages;
  assert.ok(page);
  assert.equal(page.frontMatter.title, 'Windows.UI.Xaml.Controls.AppBar.IsOpen');
  assert.equal(page.frontMatter.sidebarLabel, 'AppBar.IsOpen Property');
});
