/**
 * Image, include and code paths written with `\` (Windows-written articles: fabric-docs'
 * `:::image … source="media\mrs\runtime-2.png"`, sql-docs' `[!INCLUDE[sql-server-2019](..\includes\sssqlv15-md.md)]`):
 * Learn's docfx reads each `\` of the path as `/`, as it does a link's (slashedHref), so the import reads them
 * so, says it once for the file, and still reads nothing outside the read root.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { tempDir } from '../support/temp-dir.ts';

const FRONT = '---\ntitle: T\ndescription: An article.\nauthor: a\nms.date: 03/07/2025\n---\n';

/** An in-memory Learn folder. */
function folder(files: Record<string, string>): SourceFiles {
  return { read: (path) => files[path], exists: (path) => path in files };
}

/** A folder on disk, read as the import reads it (symlinks resolved). */
function disk(): SourceFiles {
  return {
    read: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
    exists: existsSync,
    real: (path) => (existsSync(path) ? realpathSync(path) : undefined),
  };
}

describe('paths written with "\\"', () => {
  const files = {
    '/sql/docs/sql-2019.md': [
      FRONT,
      '# What is new',
      '',
      // sql-docs (it-it), sql-server/what-s-new-in-sql-server-ver15.md: an include inside a line.
      '[!INCLUDE[sql-server-2019](..\\includes\\sssqlv15-md.md)] si basa sulle versioni precedenti.',
      '',
      // azure-docs (fr-fr), sql-database-wtp-overview.md.
      '![connection](media\\sql-database-wtp-overview\\tenants1-connect.png)',
      '',
      // fabric-docs, data-science/runtime.md (its source and its lightbox).
      ':::image type="content" source="media\\mrs\\runtime-2.png" alt-text="Screenshot showing where to select runtime version for Workspace settings." lightbox="media\\mrs\\runtime-2.png":::',
      '',
      // memdocs (it-it): an include on a line of its own.
      '[!INCLUDE[downloadupdates](..\\includes\\downloadupdates.md)]',
      '',
      '[!code-csharp[](snippets\\hello.cs)]',
      '',
    ].join('\n'),
    '/sql/includes/sssqlv15-md.md': 'SQL Server 2019\n',
    '/sql/includes/downloadupdates.md': 'Download the updates.\n',
    '/sql/docs/media/sql-database-wtp-overview/tenants1-connect.png': 'png',
    '/sql/docs/media/mrs/runtime-2.png': 'png',
    '/sql/docs/snippets/hello.cs': 'Console.WriteLine("Hello");\n',
  };
  const plan = planImport(['/sql/docs/sql-2019.md'], { readRoot: '/sql' }, folder(files));
  const body = plan.pages[0]?.body ?? '';

  test('reads the images, includes and code file, as Learn does', () => {
    assert.match(body, /^SQL Server 2019 si basa sulle versioni precedenti\.$/m);
    assert.match(body, /^!\[connection\]\(\/media\/sql-database-wtp-overview\/tenants1-connect\.png\)$/m);
    assert.match(
      body,
      /source="\/media\/mrs\/runtime-2\.png" .* lightbox="\/media\/mrs\/runtime-2\.png":::$/m,
    );
    assert.match(body, /^Download the updates\.$/m);
    assert.match(body, /^Console\.WriteLine\("Hello"\);$/m);
    assert.doesNotMatch(body, /\\/);
    // The :::image first, as every :::image is published before the Markdown images.
    assert.deepEqual(
      plan.copies.map(({ to }) => to),
      ['public/media/mrs/runtime-2.png', 'public/media/sql-database-wtp-overview/tenants1-connect.png'],
    );
  });

  test('says so once for the file, at the first, and nothing else: no missing file, no link with a backslash', () => {
    // The :::image::: and its lightbox of the same file are one image (trial CH: fabric-docs' "22 images" were 11).
    assert.deepEqual(plan.warnings, [
      {
        file: '/sql/docs/sql-2019.md',
        line: 10,
        message:
          '5 paths with "\\" (2 includes, 2 images, 1 code file) are read with "/", as Learn and browsers read a "\\" in a URL\'s path ("..\\includes\\sssqlv15-md.md" is "../includes/sssqlv15-md.md"), on lines 10, 12, 14 and 2 more.',
      },
    ]);
  });

  test('one path is named', () => {
    const one = planImport(
      ['/d/a.md'],
      {},
      folder({ '/d/a.md': `${FRONT}\n# A\n\n![A dial](media\\dial.png)\n`, '/d/media/dial.png': 'png' }),
    );
    assert.deepEqual(
      one.warnings.map(({ line, message }) => `${line}: ${message}`),
      [
        '10: the image "media\\dial.png" is read as "media/dial.png", as Learn and browsers read a "\\" in a URL\'s path.',
      ],
    );
  });

  test('a path that is not there is named as written', () => {
    const missing = planImport(
      ['/d/a.md'],
      {},
      folder({ '/d/a.md': `${FRONT}\n# A\n\n![A dial](media\\gone.png)\n` }),
    );
    assert.ok(
      missing.warnings.some(
        ({ message }) =>
          message === 'image "media\\gone.png" does not exist. The page shows its alt text instead.',
      ),
      JSON.stringify(missing.warnings),
    );
  });
});

describe('a path read with "/" is confined to the read root as any other', () => {
  test('"..\\..\\..\\etc\\passwd" is outside it: not read, as an image, an include or code', () => {
    const files = {
      '/learn/docs/a.md': [
        FRONT,
        '# A',
        '',
        '![secret](..\\..\\..\\etc\\passwd)',
        '',
        '[!INCLUDE [secret](..\\..\\..\\etc\\passwd)]',
        '',
        ':::code language="text" source="..\\..\\..\\etc\\passwd":::',
        '',
        // Read with "/", it climbs out (as a Markdown destination, `\\.` is an escaped ".": `media......`).
        ':::image type="content" source="media\\..\\..\\..\\etc\\passwd" alt-text="Secret.":::',
        '',
      ].join('\n'),
      '/etc/passwd': 'root:x:0:0',
    };
    const plan = planImport(['/learn/docs/a.md'], {}, folder(files));
    assert.doesNotMatch(plan.pages[0]?.body ?? '', /root:x/);
    assert.deepEqual(plan.copies, []);
    const refused = plan.warnings.filter((note) => note.outside).map(({ message }) => message);
    // The Markdown image's destination, its escapes undone, is `......\etc\passwd`: read with "/", a file in a
    // folder named `......` inside, hidden (its name starts with a dot), so it is not read either.
    assert.ok(
      plan.warnings.some(({ message }) =>
        message.startsWith('image "..\\..\\..\\etc\\passwd" is in ......, a hidden folder'),
      ),
      JSON.stringify(plan.warnings),
    );
    assert.deepEqual(refused, [
      '[!INCLUDE] "..\\..\\..\\etc\\passwd" is outside the source folder: only files inside it are read. Its text is left out of the page: import with --read-root set to a folder holding it and the source (the repository\'s root) to have it.',
      ':::code::: "..\\..\\..\\etc\\passwd" is outside the source folder: only files inside it are read. The code is left out of the page.',
      'image "media\\..\\..\\..\\etc\\passwd" is outside the source folder: only files inside it are read. The page shows its alt text instead.',
    ]);
  });

  test('a symlink inside the folder to a file outside it is not read, once its path is read with "/"', () => {
    const outside = tempDir('import-slashed-outside-');
    const root = tempDir('import-slashed-paths-');
    writeFileSync(join(outside, 'secret.md'), 'A secret.\n');
    mkdirSync(join(root, 'includes'));
    symlinkSync(join(outside, 'secret.md'), join(root, 'includes/secret.md'));
    const page = join(root, 'a.md');
    mkdirSync(dirname(page), { recursive: true });
    writeFileSync(page, `${FRONT}\n# A\n\n[!INCLUDE [secret](includes\\secret.md)]\n`);
    const plan = planImport([page], {}, disk());
    assert.doesNotMatch(plan.pages[0]?.body ?? '', /secret/i);
    assert.ok(
      plan.warnings.some(
        ({ message }) =>
          message ===
          '[!INCLUDE] "includes\\secret.md" is a link to a file outside the source folder: only files inside it are read. Its text is left out of the page: import with --read-root set to a folder holding it and the source (the repository\'s root) to have it.',
      ),
      JSON.stringify(plan.warnings),
    );
  });

  test('a UNC path (\\\\server\\share) is another host, not read with "/": left for the build to refuse', () => {
    const plan = planImport(
      ['/d/a.md'],
      {},
      folder({ '/d/a.md': `${FRONT}\n# A\n\n[!INCLUDE [x](\\\\server\\share\\x.md)]\n` }),
    );
    assert.ok(!plan.warnings.some(({ message }) => /read with "\/"|is read as/.test(message)));
  });
});

describe('a path whose every "\\" escapes punctuation is read as docfx reads it, its escapes undone', () => {
  // azure-docs' durable-functions-sequence.md (import trial 29) writes its Python samples' file so, and Learn shows them.
  test('[!code-python[Main](…/\\_\\_init\\_\\_.py)], [!notebook-…] and [!INCLUDE] read __init__.py', () => {
    const files = {
      '/d/a.md': [
        FRONT,
        '# A',
        '',
        '[!code-python[Main](samples/E1_HelloSequence/\\_\\_init\\_\\_.py)]',
        '',
        '[!notebook-python[](samples/\\_\\_main\\_\\_.ipynb)]',
        '',
        '[!INCLUDE [prerequisites](includes/\\_prerequisites.md)]',
        '',
      ].join('\n'),
      '/d/samples/E1_HelloSequence/__init__.py': 'import azure.durable_functions as df\n',
      '/d/samples/__main__.ipynb': JSON.stringify({
        cells: [{ cell_type: 'code', metadata: {}, source: ['print("notebook cell")'] }],
      }),
      '/d/includes/_prerequisites.md': 'Complete the quickstart first.\n',
    };
    const plan = planImport(['/d/a.md'], {}, folder(files));
    const body = plan.pages[0]?.body ?? '';
    assert.match(body, /import azure\.durable_functions as df/);
    assert.match(body, /print\("notebook cell"\)/);
    assert.match(body, /Complete the quickstart first\./);
    assert.deepEqual(
      plan.warnings.map(({ message }) => message).filter((message) => /\\|does not exist/.test(message)),
      [],
    );
  });

  test('a Windows path (a "\\" before a letter) is read with "/", its "\\_" a "/_" too', () => {
    const files = {
      '/d/a.md': `${FRONT}\n# A\n\n[!code-csharp[](snippets\\_shared\\hello.cs)]\n`,
      '/d/snippets/_shared/hello.cs': 'class Hello {}\n',
    };
    const plan = planImport(['/d/a.md'], {}, folder(files));
    assert.match(plan.pages[0]?.body ?? '', /class Hello \{\}/);
  });
});
