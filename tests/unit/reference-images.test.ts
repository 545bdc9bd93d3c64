/**
 * A reference image (`![alt][0]` with `[0]: ../media/x.png`) gets what an inline image gets: as
 * visualstudio-docs.cs-cz's containers/includes/vs-2019/container-tools.md writes its dialog,
 * `![Dialog pro vytváření Azure Container Registry v aplikaci Visual Studio][0]` with
 * `[0]:../../media/hosting-web-apps-in-docker/vs-acr-provisioning-dialog-2019.png`, a file the folder lacks.
 * Missing, it showed a broken image (`<img src="/media/…">`, a 404) where an inline one shows its alt text.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { buildError, renderLearn } from '../support/learn-markdown.ts';
import { warnings } from '../support/console.ts';
import { tempDir } from '../support/temp-dir.ts';

const project = tempDir('reference-images-');
mkdirSync(join(project, 'public', 'media'), { recursive: true });
mkdirSync(join(project, 'content'), { recursive: true });
writeFileSync(join(project, 'public', 'media', 'dial.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
const root = pathToFileURL(`${project}/`);
const page = join(project, 'content', 'page.md');
const render = (markdown: string) => renderLearn(markdown, { root, path: page });

describe('reference images at build', () => {
  test("a missing one shows its alt text and warns at the reference's line, as an inline one does", async () => {
    const { result: html, warned } = await warnings(() =>
      render(
        'Reference image to a missing file:\n\n![Dialog pro vytváření Azure Container Registry][0]\n\n' +
          'Inline: ![The back panel.](/media/gone.png)\n\n' +
          '[0]:/media/hosting-web-apps-in-docker/vs-acr-provisioning-dialog-2019.png\n',
      ),
    );
    assert.match(html, /<span class="image-missing">Dialog pro vytváření Azure Container Registry<\/span>/);
    assert.match(html, /<span class="image-missing">The back panel\.<\/span>/);
    assert.doesNotMatch(html, /<img/, 'no request for a missing file');
    assert.equal(warned.length, 2, warned.join('\n'));
    assert.match(
      warned[0] ?? '',
      /page\.md:3: image "\/media\/hosting-web-apps-in-docker\/vs-acr-provisioning-dialog-2019\.png" is not in public\/: the page shows its alt text instead/,
    );
  });

  test('a present one is kept; a missing one without alt text (decorative) shows nothing', async () => {
    const { result: html } = await warnings(() =>
      render(
        '![The dial.][dial] and ![][gone] here.\n\n[dial]: /media/dial.svg "Dial"\n[gone]: /media/gone.png\n',
      ),
    );
    assert.match(html, /<img src="\/media\/dial\.svg" alt="The dial\." title="Dial"/);
    assert.doesNotMatch(html, /gone/);
  });

  test('a reference image on another site fails the build, as an inline one does', async () => {
    const inline = await buildError('![Chart](https://cdn.example.com/chart.png)\n', page, root, ['page']);
    const reference = await buildError(
      '![Chart][c]\n\n[c]: https://cdn.example.com/chart.png\n',
      page,
      root,
      ['page'],
    );
    assert.notEqual(inline, '');
    assert.notEqual(reference, '');
  });
});

describe('reference images at import', () => {
  const article = [
    '---',
    'title: Repro',
    'description: Repro page.',
    'author: x',
    'ms.date: 01/01/2020',
    '---',
    '# Repro',
    '',
    '![Missing by reference][m] and ![Missing inline](media/gone.png)',
    '',
    '![Remote by reference][r] and ![Remote inline](https://cdn.example.com/b.png)',
    '',
    '[m]: media/missing.png',
    '[r]: https://cdn.example.com/a.png',
    '',
  ].join('\n');
  const files: Record<string, string> = { '/repo/docs/a.md': article };
  const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };

  test('are published, warned of and refused as inline images are, at the line their path is on', () => {
    const plan = planImport(['/repo/docs/a.md'], { sourceRoot: '/repo/docs' }, access);
    const body = plan.pages[0]?.body ?? '';
    assert.match(body, /^\[m\]: \/media\/missing\.png$/m, 'where the build looks for it, as an inline one');
    assert.match(body, /!\[Missing inline\]\(\/media\/gone\.png\)/);
    const said = plan.warnings.map((warning) => `${String(warning.line)}: ${warning.message}`);
    assert.ok(
      said.includes('9: image "media/gone.png" does not exist. The page shows its alt text instead.'),
      said.join('\n'),
    );
    assert.ok(
      said.includes('13: image "media/missing.png" does not exist. The page shows its alt text instead.'),
      said.join('\n'),
    );
    for (const [line, url] of [
      [11, 'https://cdn.example.com/b.png'],
      [14, 'https://cdn.example.com/a.png'],
    ] as const)
      assert.ok(
        said.includes(
          `${String(line)}: image ${url} is on another site, which this site never loads from: the build will fail on it. Download it next to the article, then import again.`,
        ),
        said.join('\n'),
      );
  });
});
