/**
 * The import reads an imported folder's files as far as it needs, and only regular files: a FIFO named as an
 * image (`media/x.png`) held the import for ever, and a sparse file of hundreds of MB (a few KB on disk) was
 * read whole before it was refused (red team 19).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { planImport } from '../../src/lib/import/convert.ts';
import {
  IMAGE_MAX_BYTES,
  imageProblem,
  readConfinedBytes,
  SOURCE_TEXT_MAX_BYTES,
  sourceTextSizeProblem,
} from '../../src/lib/learn/source-files.ts';
import { memoryFolder } from '../support/memory-folder.ts';
import { tempDir } from '../support/temp-dir.ts';

test('a FIFO, a folder or a link in an image file’s place has no bytes, and is read without waiting', () => {
  const dir = tempDir('special-files-');
  execFileSync('mkfifo', [join(dir, 'x.png')]);
  mkdirSync(join(dir, 'folder.png'));
  writeFileSync(join(dir, 'real.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  execFileSync('ln', ['-s', 'real.png', join(dir, 'link.png')]);
  // No writer ever opens the FIFO: a blocking read would hold this test (and the import) for ever.
  assert.equal(readConfinedBytes(join(dir, 'x.png'), IMAGE_MAX_BYTES), undefined);
  assert.equal(readConfinedBytes(join(dir, 'folder.png'), IMAGE_MAX_BYTES), undefined);
  assert.equal(readConfinedBytes(join(dir, 'link.png'), IMAGE_MAX_BYTES), undefined);
  assert.equal(readConfinedBytes(join(dir, 'real.png'), IMAGE_MAX_BYTES)?.length, 8);
});

test('a sparse image file of 200 MB is read no further than its size check needs, and refused for it', () => {
  const file = join(tempDir('special-files-'), 'big.png');
  writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  truncateSync(file, 200 * 1024 * 1024);
  const bytes = readConfinedBytes(file, IMAGE_MAX_BYTES);
  assert.ok(bytes);
  assert.equal(bytes.length, IMAGE_MAX_BYTES + 1);
  assert.match(String(imageProblem('big.png', bytes)), /over the 5 MB an image may be/);
});

test('an image the folder holds no regular file of is not copied, and said at its line', () => {
  const FOLDER = '/docs';
  const PAGE = `${FOLDER}/a.md`;
  const front = '---\ntitle: T\ndescription: About it.\nauthor: test\nms.date: 01/02/2024\n---\n\n';
  // memoryFolder gives no bytes for a file it holds as text, as the disk gives none for a FIFO.
  const files = memoryFolder(
    { [PAGE]: `${front}# A\n\nText.\n\n![A picture](media/x.png)\n`, [`${FOLDER}/media/x.png`]: '' },
    [FOLDER],
  );
  const plan = planImport([PAGE], { sourceRoot: FOLDER }, files);
  assert.deepEqual(plan.copies, []);
  assert.deepEqual(
    plan.warnings.map((warning) => warning.line),
    [12],
  );
  assert.match(
    plan.warnings.map((warning) => warning.message).join('\n'),
    /"media\/x\.png" is not a regular file \(a FIFO, a device or a folder\): only image files are copied/,
  );
});

test('a source text over 50 MB is refused for its size before it is read', () => {
  assert.equal(sourceTextSizeProblem('a.md', SOURCE_TEXT_MAX_BYTES), undefined);
  assert.match(
    sourceTextSizeProblem('a.md', 629_145_600) ?? '',
    /^a\.md is 629\.1 MB, more than the 50 MB the import reads of one source file .*Leave it out of the files given/,
  );
});
