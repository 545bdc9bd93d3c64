/**
 * A file of content/ or public/ that is a symbolic link out of its folder stops the build before it reads a page.
 * Red team 24: `content/leak.md` linked to a Markdown file outside the project built into /leak/, its Markdown
 * copy and llms-full.txt (`content/ext` linked to a folder outside alike), where a build reads only the project's
 * own files; a repository can hold such a link. A link that stays inside its folder builds.
 */
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { linksOutside } from '../../src/lib/page-urls.ts';
import { tempDir } from '../support/temp-dir.ts';

test('links out of content/ or public/, or to nothing, are each named; a link inside is not', () => {
  const project = tempDir('content-links-');
  const outside = tempDir('content-links-outside-');
  writeFileSync(join(outside, 'secret.md'), '---\ntitle: Outside\n---\n\nSECRET\n');
  for (const folder of ['content/docs', 'public/media'])
    mkdirSync(join(project, folder), { recursive: true });
  writeFileSync(join(project, 'content/docs/page.md'), 'Page.\n');
  symlinkSync(join(outside, 'secret.md'), join(project, 'content/leak.md'));
  symlinkSync(outside, join(project, 'content/docs/ext'));
  symlinkSync(join(project, 'missing.md'), join(project, 'content/gone.md'));
  symlinkSync('docs/page.md', join(project, 'content/alias.md'));
  symlinkSync(join(outside, 'secret.md'), join(project, 'public/media/secret.txt'));
  const content = linksOutside(pathToFileURL(join(project, 'content/')), 'content').sort();
  assert.equal(content.length, 3, content.join('\n'));
  assert.match(
    content[0] ?? '',
    /^content\/docs\/ext is a symbolic link to .*content-links-outside-\w+, outside content\/: the build reads only the project's own files/,
  );
  assert.equal(content[1], 'content/gone.md is a symbolic link that leads nowhere. Remove it.');
  assert.match(
    content[2] ?? '',
    /^content\/leak\.md is a symbolic link to .*secret\.md, outside content\/.* Copy what the page needs into content\/ instead/,
  );
  assert.deepEqual(
    linksOutside(pathToFileURL(join(project, 'public/')), 'public').map((line) => line.split(' is ')[0]),
    ['public/media/secret.txt'],
  );
});
