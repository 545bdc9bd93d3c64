/**
 * The TOC given to the import (`--toc`) is read as the TOCs it names are (red-team round 13): inside the read
 * root (else its own folder) after its symlinks, a regular file of at most TOC_MAX_BYTES. A TOC.md linked to a
 * file outside published that file's names, a TOC.yml linked out printed its first line in the YAML error, one
 * linked to /dev/zero grew the import to 11.6 GB and a FIFO hung it. A TOC's YAML error gives its line and the
 * problem, never the file's text; the source folder's SOURCE.md is confined the same way.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readGivenToc, TOC_MAX_BYTES, type TocFiles } from '../../src/lib/import/toc-reader.ts';
import { importCommand, importProcess } from '../support/run-import.ts';
import { tempDir } from '../support/temp-dir.ts';

const ARTICLE = '---\ntitle: A\ndescription: D.\nauthor: a\nms.date: 01/02/2024\n---\n\n# A\n\nText.\n';

/** A source folder `src` holding a.md, an `outside` folder beside it with a TOC and a secret, a site folder. */
function layout(): { dir: string; src: string; outside: string; site: string } {
  const dir = realpathSync(tempDir('import-toc-confined-'));
  const [src, outside, site] = ['src', 'outside', 'site'].map((name) => join(dir, name)) as [
    string,
    string,
    string,
  ];
  for (const folder of [src, outside, site]) mkdirSync(folder);
  writeFileSync(join(src, 'a.md'), ARTICLE);
  writeFileSync(join(outside, 'TOC.md'), '# [SECRET-TITLE-OUTSIDE](a.md)\n');
  writeFileSync(join(outside, 'secret.yml'), 'PASSWORD=hunter2-outside-secret\nkey: [unclosed, "x\n');
  return { dir, src, outside, site };
}

/** The text of every file the import wrote below `site`. */
function written(site: string): string {
  const texts: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }))
      if (entry.isDirectory()) walk(join(folder, entry.name));
      else texts.push(readFileSync(join(folder, entry.name), 'utf8'));
  };
  if (existsSync(site)) walk(site);
  return texts.join('\n');
}

test('a --toc linked to a file outside the source folder is refused, naming it: its names are not published', async () => {
  const { src, outside, site } = layout();
  symlinkSync(join(outside, 'TOC.md'), join(src, 'TOC.md'));
  const run = await importCommand([join(src, 'a.md'), '--toc', join(src, 'TOC.md'), '--root', site]);
  assert.equal(run.status, 1, run.output);
  assert.match(run.output, /--toc .*TOC\.md: "TOC\.md" is a link to a file outside the source folder/);
  assert.match(run.output, /Give --toc the folder's own TOC\.yml or TOC\.md/);
  assert.doesNotMatch(`${run.output}${written(site)}`, /SECRET-TITLE-OUTSIDE/);
});

test('a --toc linked to a YAML file outside is refused before it is parsed: its lines are not printed', async () => {
  const { src, outside, site } = layout();
  symlinkSync(join(outside, 'secret.yml'), join(src, 's1.yml'));
  const run = await importCommand([join(src, 'a.md'), '--toc', join(src, 's1.yml'), '--root', site]);
  assert.equal(run.status, 1, run.output);
  assert.match(run.output, /"s1\.yml" is a link to a file outside the source folder/);
  assert.doesNotMatch(run.output, /hunter2|PASSWORD/);
});

// In a process of its own: were either read, the import would grow without end or wait forever, and a
// test's own thread so busy cannot be stopped.
test('a --toc linked to /dev/zero, or a FIFO, is refused at once', async () => {
  const { src, site } = layout();
  mkdirSync(join(src, 'z'));
  symlinkSync('/dev/zero', join(src, 'z/TOC.yml'));
  const zero = await importProcess([join(src, 'a.md'), '--toc', join(src, 'z/TOC.yml'), '--root', site], {
    timeout: 60_000,
  });
  assert.equal(zero.status, 1, zero.output);
  assert.match(zero.output, /"TOC\.yml" is a link to a file outside the source folder/);
  mkdirSync(join(src, 'f'));
  assert.equal(spawnSync('mkfifo', [join(src, 'f/toc.yml')]).status, 0);
  const fifo = await importProcess([join(src, 'a.md'), '--toc', join(src, 'f/toc.yml'), '--root', site], {
    timeout: 60_000,
  });
  assert.equal(fifo.status, 1, fifo.output);
  assert.match(fifo.output, /"toc\.yml" is not a file \(a folder, a FIFO or a device\)/);
});

test('a --toc linked to a TOC inside the source folder is read as that TOC', async () => {
  const { src, site } = layout();
  mkdirSync(join(src, 'tocs'));
  writeFileSync(join(src, 'tocs/main.yml'), '- name: Inside name\n  href: a.md\n');
  symlinkSync(join(src, 'tocs/main.yml'), join(src, 'TOC.yml'));
  const run = await importCommand([join(src, 'a.md'), '--toc', join(src, 'TOC.yml'), '--root', site]);
  assert.equal(run.status, 0, run.output);
  assert.match(written(site), /sidebarLabel: "Inside name"/);
});

test("a TOC's YAML error gives its line and the problem, not the file's text; a nested TOC's too", async () => {
  const { src, site } = layout();
  writeFileSync(join(src, 'bad.yml'), '- name: A\n  href: a.md\nPASSWORD=hunter2-inside\n');
  const top = await importCommand([join(src, 'a.md'), '--toc', join(src, 'bad.yml'), '--root', site]);
  assert.equal(top.status, 1, top.output);
  assert.match(
    top.output,
    /bad\.yml:3: the TOC is not valid YAML: [^\n]+\. Fix that line, then import the file again\./,
  );
  assert.doesNotMatch(top.output, /hunter2/);
  mkdirSync(join(src, 'sub'));
  writeFileSync(join(src, 'sub/toc.yml'), '- name: A\n  href: a.md\nPASSWORD=hunter2-nested\n');
  writeFileSync(join(src, 'TOC.yml'), '- name: A\n  href: a.md\n- name: More\n  href: sub/toc.yml\n');
  const nested = await importCommand([join(src, 'a.md'), '--toc', join(src, 'TOC.yml'), '--root', site]);
  assert.equal(nested.status, 0, nested.output);
  assert.match(
    nested.output,
    /href "sub\/toc\.yml" names a TOC that is not read: .*sub\/toc\.yml:3: the TOC is not valid YAML: [^\n]+\. Fix that line, then import the file again\. Its entries/,
  );
  assert.doesNotMatch(nested.output, /hunter2/);
});

test("the source folder's SOURCE.md linked out of it is not read, and said", async () => {
  const { src, outside, site } = layout();
  writeFileSync(join(outside, 'record.md'), '- Repository: `SECRET-owner/secret-name`\n- Folder: `x/`\n');
  symlinkSync(join(outside, 'record.md'), join(src, 'SOURCE.md'));
  const run = await importCommand([join(src, 'a.md'), '--root', site]);
  assert.match(
    run.output,
    /SOURCE\.md: "SOURCE\.md" is a link to a file outside the source folder: .*It is not read/,
  );
  assert.doesNotMatch(written(site), /SECRET-owner/);
});

test('a TOC file over TOC_MAX_BYTES is refused before it is read', () => {
  let reads = 0;
  const files: TocFiles = {
    real: (path) => path,
    read: () => {
      reads += 1;
      return '- name: A\n  href: a.md\n';
    },
    list: () => [],
    size: () => TOC_MAX_BYTES + 1,
  };
  const read = readGivenToc('/src/TOC.yml', '/src', files);
  assert.equal(read.ok, false);
  assert.match(read.problem, /"TOC\.yml" is 50\.0 MB, more than the 50 MB of TOCs an import reads/);
  assert.equal(reads, 0);
});
