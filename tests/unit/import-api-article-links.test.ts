/**
 * A generated API reference's link to an article of its folder that is not imported goes where Learn serves
 * that article, by its `-api-id` (real-folder trial ci: winrt-api's windows.ui.xaml.controls pages link
 * `commandbar.md`, on Learn /uwp/api/windows.ui.xaml.controls.commandbar), not to its path on Learn, where
 * Learn has nothing.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { apiArticleLinks } from '../../src/lib/import/links.ts';
import { importCommand } from '../support/run-import.ts';
import { tempDir } from '../support/temp-dir.ts';

const LEARN = 'https://learn.microsoft.com/en-us/uwp/api/';

describe('apiArticleLinks', () => {
  const place = {
    page: 'appbar.md',
    imported: new Set(['appbar.md', 'appbar_isopen.md']),
    learnUrl: (path: string) =>
      path === 'commandbar.md' ? `${LEARN}windows.ui.xaml.controls.commandbar` : undefined,
  };

  test("writes a link to an article not imported as its Learn URL by API id, its #anchor kept; a definition's too", () => {
    const markdown = [
      'Use a [CommandBar](commandbar.md) or [its remarks](commandbar.md#remarks).',
      '',
      '[bar]: commandbar.md',
    ].join('\n');
    assert.equal(
      apiArticleLinks(markdown, place),
      [
        `Use a [CommandBar](${LEARN}windows.ui.xaml.controls.commandbar) or [its remarks](${LEARN}windows.ui.xaml.controls.commandbar#remarks).`,
        '',
        `[bar]: ${LEARN}windows.ui.xaml.controls.commandbar`,
      ].join('\n'),
    );
  });

  test('leaves an imported article, one without an API id or missing, one outside the folder, code and markers', () => {
    const markdown = [
      '[IsOpen](appbar_isopen.md), [Page](page.md), [Style](../windows.ui.xaml/style.md), [x](https://a.example/commandbar.md)',
      '',
      '`[CommandBar](commandbar.md)`',
      '',
      '[!code-xml[IsOpen](commandbar.md)]',
      '',
      '```md',
      '[CommandBar](commandbar.md)',
      '```',
    ].join('\n');
    assert.equal(apiArticleLinks(markdown, place), markdown);
  });
});

describe('importing a generated reference folder in part', async () => {
  const source = tempDir('import-api-links-src-');
  const site = tempDir('import-api-links-site-');
  const folder = join(source, 'windows.ui.xaml.controls');
  mkdirSync(folder);
  const article = (id: string, title: string, body: string) =>
    `---\n-api-id: ${id}\n-api-type: winrt class\n---\n\n# ${title}\n\n## -description\n${body}\n`;
  writeFileSync(
    join(folder, 'appbar.md'),
    article(
      'T:Windows.UI.Xaml.Controls.AppBar',
      'Windows.UI.Xaml.Controls.AppBar',
      'Use a [CommandBar](commandbar.md) and [IsOpen](appbar_isopen.md).',
    ),
  );
  writeFileSync(
    join(folder, 'appbar_isopen.md'),
    article('P:Windows.UI.Xaml.Controls.AppBar.IsOpen', 'Windows.UI.Xaml.Controls.AppBar.IsOpen', 'Open.'),
  );
  writeFileSync(
    join(folder, 'commandbar.md'),
    article('T:Windows.UI.Xaml.Controls.CommandBar', 'Windows.UI.Xaml.Controls.CommandBar', 'A bar.'),
  );
  // The repository's docfx.json at its root says where the folder is in the docset, as winrt-api's does.
  writeFileSync(join(source, 'docfx.json'), '{ "build": { "content": [{ "files": ["**/*.md"] }] } }');
  const run = await importCommand([
    join(folder, 'appbar.md'),
    join(folder, 'appbar_isopen.md'),
    '--read-root',
    source,
    '--repository',
    'MicrosoftDocs/winrt-api',
    '--learn-path',
    'uwp/api/windows.ui.xaml.controls',
    '--root',
    site,
  ]);

  test('links the article not imported at its Learn URL by API id, the imported one by its file for the build', () => {
    assert.equal(run.status, 0, run.output);
    const page = readFileSync(join(site, 'content/appbar.md'), 'utf8');
    assert.match(
      page,
      /\[CommandBar\]\(https:\/\/learn\.microsoft\.com\/en-us\/uwp\/api\/windows\.ui\.xaml\.controls\.commandbar\)/,
    );
    assert.match(page, /\[IsOpen\]\(appbar_isopen\.md\)/);
  });
});
