/**
 * The source folder's SOURCE.md, which the import reads for where its files come from, is no page when
 * `folder/*.md` takes it among the articles (real-folder trial BZ: Dynamics-365-Operations.th-th's
 * analytics folder, imported as the README's first example writes it, got a page "Source of this corpus"
 * in its sidebar, with four warnings of front-matter defaults and one of a file its TOC does not list).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planImport } from '../../src/lib/import/convert.ts';
import { readTocYml } from '../../src/lib/import/toc-yml.ts';
import { memoryFolder } from '../support/memory-folder.ts';

const FRONT = '---\ntitle: T\ndescription: About it.\nauthor: a\nms.date: 01/02/2024\n---\n\n';
const RECORD =
  '# Source of this corpus\n\n- Repository: [MicrosoftDocs/Dynamics-365-Operations.th-th](https://github.com/MicrosoftDocs/Dynamics-365-Operations.th-th)\n- Folder: `articles/fin-ops-core/dev-itpro/analytics/`\n';
const DIR = '/repo/analytics';
const files = {
  [`${DIR}/er-functions-datetime-days.md`]: `${FRONT}# ฟังก์ชัน DAYS ER\n\nText.\n`,
  [`${DIR}/SOURCE.md`]: RECORD,
  [`${DIR}/sub/SOURCE.md`]: `${FRONT}# An article named so\n\nText.\n`,
};
const access = memoryFolder(files, ['/repo', DIR, `${DIR}/sub`]);

test("the source folder's SOURCE.md given among the articles is no page, and says nothing", () => {
  const plan = planImport([`${DIR}/SOURCE.md`, `${DIR}/er-functions-datetime-days.md`], {}, access);
  assert.deepEqual(
    plan.pages.map((page) => page.slug),
    ['er-functions-datetime-days'],
  );
  // What `Importing N Learn file(s)` counts: the articles, not the record (it said 16 for 15).
  assert.deepEqual(plan.articles, [`${DIR}/er-functions-datetime-days.md`]);
  assert.deepEqual(plan.warnings, []);
  assert.deepEqual(plan.refused, []);
});

test('a SOURCE.md the TOC lists, or one below the source folder, is an article like any other', () => {
  const toc = `- name: ER\n  items:\n    - {name: Days, href: er-functions-datetime-days.md}\n    - {name: Source, href: SOURCE.md}\n`;
  const listed = planImport(
    [`${DIR}/SOURCE.md`, `${DIR}/er-functions-datetime-days.md`],
    { toc: { entries: readTocYml(toc, `${DIR}/toc.yml`), dir: DIR, file: `${DIR}/toc.yml` } },
    access,
  );
  assert.deepEqual(listed.pages.map((page) => page.slug).sort(), ['er-functions-datetime-days', 'source']);
  assert.equal(listed.articles.length, 2);
  const below = planImport([`${DIR}/sub/SOURCE.md`, `${DIR}/er-functions-datetime-days.md`], {}, access);
  assert.deepEqual(below.pages.map((page) => page.slug).sort(), ['er-functions-datetime-days', 'sub/source']);
});
