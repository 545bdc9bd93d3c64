/**
 * An image an article writes from Learn's root (`![Yes](/sql/includes/media/yes.png)`, as sql-docs'
 * applies-to includes do: real-folder trial CK) is the docset's file docfx publishes there, copied as any
 * image of the page is; as written the build looked for it in public/ and showed its alt text.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
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
