/**
 * An image an article writes from Learn's root (`![Yes](/sql/includes/media/yes.png)`, as sql-docs'
 * applies-to includes do: real-folder trial CK) is the docset's file docfx publishes there, copied as any
 * image of the page is; as written the build looked for it in public/ and showed its alt text.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { learnRootSources } from '../../src/lib/import/zone-pivots.ts';
import { importCommand } from '../support/run-import.ts';
import { tempDir } from '../support/temp-dir.ts';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

// As sql-docs' docs/docfx.json publishes its docset (at Learn's /sql/): its files by their path below docs/.
const DOCFX = {
  build: {
    content: [{ src: './', files: ['**/*.md'], exclude: ['**/includes/**'] }],
    resource: [{ src: './', files: ['**/*.png'] }],
  },
};

describe('learnRootSources', () => {
  test("a path below the docset's Learn path is its file by the groups' src; a locale is Learn's own", () => {
    assert.deepEqual(learnRootSources(DOCFX, 'sql', '/sql/includes/media/yes.png'), [
      'includes/media/yes.png',
      'includes/media/yes.png',
    ]);
    assert.deepEqual(
      learnRootSources(DOCFX, 'sql', '/en-us/sql/includes/media/yes.png')[0],
      'includes/media/yes.png',
    );
    assert.deepEqual(learnRootSources(DOCFX, 'sql', '/azure/media/x.png'), []);
    assert.deepEqual(learnRootSources(DOCFX, 'sql', '/sql/../../etc/x.png'), []);
  });
});

describe("npm run import of an include showing an image from Learn's root", async () => {
  const repo = tempDir('import-learn-root-images-');
  const write = (path: string, data: string | Buffer) => {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), data);
  };
  write('docs/docfx.json', JSON.stringify(DOCFX));
  write('docs/includes/media/yes.png', PNG);
  write('docs/includes/applies-to.md', '![Yes](/sql/includes/media/yes.png) SQL Server (Linux only)\n');
  write(
    'docs/linux/a.md',
    '---\ntitle: A\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n# A\n\n[!INCLUDE [applies](../includes/applies-to.md)]\n\nText.\n',
  );
  const dir = tempDir('import-learn-root-images-site-');
  const run = await importCommand([
    join(repo, 'docs/linux/a.md'),
    '--read-root',
    join(repo, 'docs'),
    '--learn-path',
    'sql/linux',
    '--repository',
    'contoso/docs',
    '--root',
    dir,
  ]);
  const output = `${run.stdout}\n${run.stderr}`;

  test('the image is copied from the docset and the page shows that copy', () => {
    assert.match(
      readFileSync(join(dir, 'content/a.md'), 'utf8'),
      /^!\[Yes\]\(\/media\/_up\/includes\/media\/yes\.png\) SQL Server \(Linux only\)$/m,
    );
    assert.ok(existsSync(join(dir, 'public/media/_up/includes/media/yes.png')), output);
    assert.match(output, /, 1 image\(s\), 0 warning\(s\)\.$/m);
  });
});

describe("an image from Learn's root that names no file of the folder read (import trial 26)", () => {
  // azure-devops-docs' boards/github/features-timeline.md shows the release notes' screenshots so.
  const article = [
    '---\ntitle: Timeline\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n',
    '# Timeline\n',
    '> [!div class="mx-imgBorder"]',
    '> ![Gif to pull request mentions.](/azure/devops/release-notes/2025/media/256-boards-02.gif "Mentions")',
    '',
    ':::image type="content" source="/azure/devops/release-notes/2024/media/242-boards-01.png" alt-text="Add repositories.":::',
    '',
  ].join('\n');
  const files: Record<string, string> = { '/repo/docs/boards/timeline.md': article };
  const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
  const plan = planImport(['/repo/docs/boards/timeline.md'], { sourceRoot: '/repo/docs/boards' }, access);

  test('is left as written, its alt text shown, and said at its line with what to do', () => {
    const body = plan.pages[0]?.body ?? '';
    assert.match(body, /\(\/azure\/devops\/release-notes\/2025\/media\/256-boards-02\.gif "Mentions"\)/);
    assert.match(body, /source="\/azure\/devops\/release-notes\/2024\/media\/242-boards-01\.png"/);
    assert.deepEqual(
      plan.warnings
        .filter((note) => /Learn's root/.test(note.message))
        .map(({ line, message }) => `${String(line)}: ${message}`),
      [
        `11: image "/azure/devops/release-notes/2025/media/256-boards-02.gif" is a path from Learn's root that names no file of the folder read (another docset's, on Learn): the page shows its alt text. Download it next to the article and write its path from there, then import again.`,
        `13: image "/azure/devops/release-notes/2024/media/242-boards-01.png" is a path from Learn's root that names no file of the folder read (another docset's, on Learn): the page shows its alt text. Download it next to the article and write its path from there, then import again.`,
      ],
    );
  });
});
