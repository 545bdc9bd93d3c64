/**
 * A caveat of a construct a page uses again and again is said once for the file, not once a block; an
 * include outside the source folder that pages use again and again is said once, naming the pages.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport, type SourceFiles } from '../../src/lib/import/convert.ts';
import { warningLines } from '../../src/lib/import/report.ts';
import { memoryFolder } from '../support/memory-folder.ts';

const FRONT = '---\ntitle: T\ndescription: D.\nauthor: a\nms.date: 01/02/2024\n---\n\n';

/** Moniker blocks as visualstudio-docs' autos-and-locals-windows.md writes them, one pair a screenshot. */
const VERSIONS = Array.from(
  { length: 7 },
  (_, index) =>
    `Step ${index + 1}:\n\n::: moniker range=">= vs-2022"\n![Shot ${index}.](media/vs-2022/s${index}.png)\n::: moniker-end\n::: moniker range="vs-2019"\n![Shot ${index}.](media/s${index}.png)\n::: moniker-end\n`,
).join('\n');

test('fourteen ::: moniker blocks in one file are one warning at the first, counting the others', () => {
  const files: Record<string, string> = {
    '/learn/autos.md': `${FRONT}# Autos\n\n${VERSIONS}`,
    '/learn/other.md': `${FRONT}# Other\n\n::: moniker range="vs-2019"\nOld.\n::: moniker-end\n\n:::zone pivot="a"\nA.\n:::zone-end\n`,
  };
  const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
  const plan = planImport(['/learn/autos.md', '/learn/other.md'], {}, access);
  const lines = warningLines(
    plan.warnings.filter((note) => /^(?:moniker|zone):/.test(note.message)),
    (file) => file.replace('/learn/', ''),
  );
  const first = FRONT.split('\n').length + 4;
  assert.equal(lines.length, 3, lines.join('\n'));
  assert.match(
    lines[0] ?? '',
    new RegExp(
      `^autos\\.md:${first}: moniker: every version's content is shown.*label\\. \\(14 in this file: also lines ${first + 3}, ${first + 9}, ${first + 12} and 10 more\\)$`,
    ),
  );
  // One block each: no count of others.
  assert.match(lines[1] ?? '', /^other\.md:\d+: moniker: (?!.*in this file)/);
  assert.match(lines[2] ?? '', /^other\.md:\d+: zone: (?!.*in this file)/);
});

test('an include outside the source folder, used on many lines of many pages, is one warning naming the pages', () => {
  // MicrosoftDocs/biztalk-docs' install-and-config-guides: 40 warnings for this one include, one per use.
  const product = '[!INCLUDE[btsBizTalkServerNoVersion](../includes/btsbiztalkservernoversion-md.md)]';
  const sql = '[!INCLUDE[btsSQLServerNoVersion](../includes/btssqlservernoversion-md.md)]';
  const files: Record<string, string> = {
    '/repo/guides/appendix-a.md': `${FRONT}# Silent\n\nThis topic lists the steps to create a silent installation of ${product}.\n\nRun ${product} setup.\n`,
    '/repo/guides/consolidate.md': `${FRONT}# Consolidate\n\nA Microsoft ${product} installation may use databases in ${sql} for ${product} features.\n`,
    '/repo/guides/uninstall.md': `${FRONT}# Uninstall\n\nUninstall ${product}.\n`,
    '/repo/includes/btsbiztalkservernoversion-md.md': 'BizTalk Server',
    '/repo/includes/btssqlservernoversion-md.md': 'SQL Server',
  };
  const access: SourceFiles = { read: (path) => files[path], exists: (path) => path in files };
  const plan = planImport(
    ['/repo/guides/appendix-a.md', '/repo/guides/consolidate.md', '/repo/guides/uninstall.md'],
    {},
    access,
  );
  const outside = plan.warnings.filter((note) => note.outside);
  assert.equal(outside.length, 6, JSON.stringify(outside));
  const lines = warningLines(outside, (file) => file.replace('/repo/guides/', ''));
  const first = FRONT.split('\n').length + 2;
  const left =
    "is outside the source folder: only files inside it are read. Its text is left out of the page: import with --read-root set to a folder holding it and the source (the repository's root) to have it.";
  assert.deepEqual(lines, [
    `appendix-a.md:${first}: [!INCLUDE] "../includes/btsbiztalkservernoversion-md.md" ${left} (used 5 times in 3 pages: appendix-a.md, consolidate.md, uninstall.md)`,
    `consolidate.md:${first}: [!INCLUDE] "../includes/btssqlservernoversion-md.md" ${left}`,
  ]);
});

test('an include the copy read lacks, written by every page, is one warning naming the pages', () => {
  // Real-folder trial BZ, Dynamics-365-Operations.th-th's analytics/er-functions-*.md: each of the 15 pages
  // starts with this include, which the copy read lacks, and the import printed 15 lines of one problem.
  const banner = '[!include [banner](../includes/banner.md)]';
  const files: Record<string, string> = {
    '/repo/analytics/a.md': `${FRONT}# A\n\n${banner}\n\nText.\n`,
    '/repo/analytics/b.md': `${FRONT}# B\n\n${banner}\n\nText.\n\n![Shot](media/shot.png)\n`,
    '/repo/analytics/c.md': `${FRONT}# C\n\n${banner}\n\n![Shot](media/shot.png)\n\n![Other](media/other.png)\n`,
  };
  const plan = planImport(
    ['/repo/analytics/a.md', '/repo/analytics/b.md', '/repo/analytics/c.md'],
    { readRoot: '/repo' },
    memoryFolder(files, ['/repo', '/repo/analytics']),
  );
  const missing = plan.warnings.filter((note) => note.missing);
  assert.equal(missing.length, 6, JSON.stringify(missing));
  const lines = warningLines(missing, (file) => file.replace('/repo/analytics/', ''));
  const first = FRONT.split('\n').length + 2;
  assert.equal(lines.length, 3, lines.join('\n'));
  assert.match(
    lines[0] ?? '',
    new RegExp(
      `^a\\.md:${first}: \\[!INCLUDE\\] "\\.\\./includes/banner\\.md" does not exist\\. Its text is left out of the page: add the file, or remove the \\[!INCLUDE\\]\\. \\(used 3 times in 3 pages: a\\.md, b\\.md, c\\.md\\)$`,
    ),
  );
  // The same image missing from two pages is one line too; another image its own.
  assert.match(
    lines[1] ?? '',
    /^b\.md:\d+: .*"media\/shot\.png" does not exist\..* \(used 2 times in 2 pages: b\.md, c\.md\)$/,
  );
  assert.match(lines[2] ?? '', /^c\.md:\d+: .*"media\/other\.png" does not exist\.(?!.*used)/);
});
