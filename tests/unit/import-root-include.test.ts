/**
 * `npm run import` of pages with docfx's `~/` paths (the repository's root), as dotnet/docs writes them:
 * `[!INCLUDE [n](~/includes/note.md)]` and `[p](~/docs/f/code-id.md)`.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { importCommand } from '../support/run-import.ts';
import { outsideReads, planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { tempDir } from '../support/temp-dir.ts';

const front = '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n';

// A copy of a repository: the folder docs/f, and includes/ at the root.
const repo = tempDir('import-root-');
mkdirSync(join(repo, 'docs/f'), { recursive: true });
mkdirSync(join(repo, 'includes'));
writeFileSync(
  join(repo, 'includes/note.md'),
  'Included from the repository root; see [the code](~/docs/f/code-id.md).\n',
);
writeFileSync(
  join(repo, 'docs/f/tilde.md'),
  `${front}# Tilde\n\n[!INCLUDE [note](~/includes/note.md)]\n\nSee [the other page](~/docs/f/code-id.md#part).\n`,
);
writeFileSync(join(repo, 'docs/f/code-id.md'), `${front}# Code id\n\n## Part\n\nText.\n`);

async function runImport(...flags: string[]): Promise<{ dir: string; output: string; page: string }> {
  const dir = tempDir('import-root-site-');
  const run = await importCommand([
    join(repo, 'docs/f/tilde.md'),
    join(repo, 'docs/f/code-id.md'),
    '--learn-path',
    'dotnet/f',
    '--repository',
    'dotnet/docs',
    '--root',
    dir,
    ...flags,
  ]);
  return {
    dir,
    output: `${run.stdout}\n${run.stderr}`,
    page: readFileSync(join(dir, 'content/tilde.md'), 'utf8'),
  };
}

describe('with --read-root at the repository root', async () => {
  const { output, page } = await runImport('--read-root', repo);

  test("the ~/ include is read from the repository's includes/, its ~/ link written from the page too", () => {
    assert.match(page, /^Included from the repository root; see \[the code\]\(code-id\.md\)\.$/m);
    assert.doesNotMatch(output, /INCLUDE|~\//);
  });

  test('a ~/ link to an article imported is the relative link the build resolves to its page', () => {
    assert.match(page, /^See \[the other page\]\(code-id\.md#part\)\.$/m);
    assert.match(output, /0 warning\(s\)/);
  });
});

describe('without a read root, nor a clone or SOURCE.md to say where the folder is in its repository', async () => {
  const { output, page } = await runImport();

  test('the ~/ include is a read outside the folder: refused, counted, and --read-root named as the way', () => {
    assert.doesNotMatch(page, /Included from the repository root/);
    assert.match(
      output,
      /warning {3}\S*docs\/f\/tilde\.md:10: \[!INCLUDE\] "~\/includes\/note\.md" starts at the repository's root \(~\/\), outside the source folder/,
    );
    assert.match(
      output,
      /1 include\(s\), image\(s\) or code file\(s\) outside the source folder were not read.*--read-root/,
    );
  });

  test('the ~/ link is left as written, and the import warns with the page line and what to do', () => {
    assert.match(page, /\[the other page\]\(~\/docs\/f\/code-id\.md#part\)/);
    assert.match(
      output,
      /warning {3}content\/tilde\.md:\d+: The link "~\/docs\/f\/code-id\.md#part" .*import again with --read-root <the repository's root>.* The build will fail on it\./,
    );
  });
});

describe('an image at a ~/ path', () => {
  const files: Record<string, string> = {
    '/repo/docs/f/a.md': `${front}# A\n\n:::image type="content" source="~/media/dial.png" alt-text="The dial.":::\n\n![The gauge](~/media/gauge.png)\n`,
    '/repo/media/dial.png': 'png',
    '/repo/media/gauge.png': 'png',
  };
  const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };

  test("is copied from the repository's root with --read-root, and shown from the site", () => {
    const plan = planImport(['/repo/docs/f/a.md'], { readRoot: '/repo' }, access);
    assert.deepEqual(
      plan.copies.map((copy) => copy.from),
      ['/repo/media/dial.png', '/repo/media/gauge.png'],
    );
    const body = plan.pages[0]?.body ?? '';
    for (const copy of plan.copies) assert.ok(body.includes(copy.to.replace(/^public/, '')), body);
    assert.deepEqual(plan.warnings, []);
  });

  test("the repository lacks is written where the repository's root puts it, from an include too", () => {
    // Trial CH: fabric-docs' applies-to includes show :::image type="icon" source="~/media/yes-icon.svg":::,
    // which a copy without docs/media/ lacks: the page named it /media/includes/~/media/yes-icon.svg, the
    // include's folder with a "~" folder in it, and so did the build's warning.
    const more: Record<string, string> = {
      ...files,
      '/repo/docs/f/b.md': `${front}# B\n\n**Applies to:** [!INCLUDE [w](includes/icon.md)]\n\n![Missing](~/media/none.png)\n`,
      '/repo/docs/f/includes/icon.md':
        ':::image type="icon" source="~/media/yes.svg" border="false"::: Warehouse\n',
    };
    const plan = planImport(
      ['/repo/docs/f/b.md'],
      { readRoot: '/repo' },
      { read: (path) => more[path], exists: (path) => path in more },
    );
    const body = plan.pages[0]?.body ?? '';
    assert.ok(body.includes('source="/media/_up/_up/media/yes.svg"'), body);
    assert.ok(body.includes('(/media/_up/_up/media/none.png)'), body);
    assert.ok(!body.includes('~'), body);
  });

  test('without it, is a read outside the folder: warned so, and counted', () => {
    const plan = planImport(['/repo/docs/f/a.md'], {}, access);
    assert.deepEqual(plan.copies, []);
    assert.equal(outsideReads(plan), 2);
  });
});
