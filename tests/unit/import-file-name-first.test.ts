/**
 * The import reads a file's name as a page's name before it reads its path as a link's: red team 13's
 * `%2e%2e.md` was refused as "outside the source folder" and `a%41.md` as "does not exist" (confine decodes
 * %-escapes, as in a link), where the problem is the name, which no page URL here can have.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { tempDir } from '../support/temp-dir.ts';

/** The disk, as the import reads it. */
const DISK: SourceFiles = {
  read: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
  exists: (path) => existsSync(path),
  real: (path) => (existsSync(path) ? realpathSync(path) : undefined),
};

const FRONT =
  '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n# T\n\nText.\n';

function folderOf(names: readonly string[]): string {
  const root = tempDir('import-name-');
  mkdirSync(join(root, 'docs'));
  for (const name of names) writeFileSync(join(root, 'docs', name), FRONT);
  return join(root, 'docs');
}

for (const name of ['%2e%2e.md', '%2e%2e%2fa.md', 'a%41.md', '..%2f..%2fetc.md']) {
  test(`${name} is refused for its name, saying what to rename it to`, () => {
    const docs = folderOf([name, 'a.md']);
    const plan = planImport([join(docs, 'a.md'), join(docs, name)], { sourceRoot: docs }, DISK);
    assert.equal(plan.pages.length, 1);
    assert.equal(plan.refused.length, 1);
    const refused = plan.refused[0] ?? { file: '', message: '' };
    assert.equal(refused.file, join(docs, name));
    assert.equal(
      refused.message,
      `its path in the folder imported, ${name}, cannot be a page URL here: the name ${JSON.stringify(name)} has "%" (U+0025), which is none of the ASCII letters, digits, "-", "_", "." and parentheses a name here may hold. Rename it (and the links and TOC entries naming it) to such a name, or leave the file out of the import.`,
    );
    assert.doesNotMatch(refused.message, /outside the source folder|does not exist/);
  });
}

test('a file outside the source folder is still refused as outside it, with where the folder is', () => {
  const docs = folderOf(['a.md']);
  const other = folderOf(['b.md']);
  const plan = planImport([join(docs, 'a.md'), join(other, 'b.md')], { sourceRoot: docs }, DISK);
  assert.match(plan.refused[0]?.message ?? '', /is outside the source folder: .* The source folder is /);
});
